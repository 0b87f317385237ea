"""Shortcuts the rules take for speed give what the full patterns give (tracker/extraction).

Each shortcut skips a regex substitution when a cheap test shows it would take nothing off, or finds
the same place another way; these compare both on the edge cases and on random mixes of the
characters that matter (seeded, so a failure repeats).
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter

from tests.written_inboxes import WRITTEN_INBOXES
from tracker import names as names_module
from tracker.email_reading import email_from_fields
from tracker.extraction import (
    brand_names,
    caseless_words,
    employer_display,
    employer_signoffs,
    greeted_names,
    name_finishing,
    phrases,
    shortened_names,
    spelled_labels,
    status_sentences,
    title_body,
    title_brackets,
    title_clause,
    title_cleaning,
    title_codes,
    title_judgement,
    title_shape,
    title_slots,
    title_subject,
    valedictions,
    written_words,
)
from tracker.extraction.german_clause_ends import german_clause_end
from tracker.extraction.phrases import pattern_shape
from tracker.extraction.subject_post_nouns import is_subject_noun_before
from tracker.extraction.text import prepare
from tracker.extraction.title_joined import joined_end
from tracker.extraction.title_slots import TitleCandidate


def _mixes(parts: list[str], longest: int = 8, count: int = 3000) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_a_name_loses_the_same_noise_at_its_edges():
    names = [
        "Acme",
        "Acme Inc.",
        "Acme's",
        "Acme’s",
        " (Acme)",
        '"Acme"',
        "Acme -",
        "Acme\n",
        "",
        "Acme\u00a0",
    ]
    names += _mixes(
        ["Acme", " ", ".", ",", "'s", "’s", "s", "\n", "(", ")", "[", "]", "|", "/", "-", '"', ":"]
    )
    for name in names:
        full = name_finishing._LEADING_NOISE.sub("", name_finishing._TRAILING_NOISE.sub("", name))
        assert name_finishing._without_edge_noise(name) == full, name


def test_a_title_loses_the_same_trailing_role_noun():
    titles = ["Data Engineer", "Data Engineer contract role", "Data Engineer Contract", "Barista position "]
    titles += ["Nurse Job", "Postings", "ſubmiſſion", "Data Engineer\n", ""]
    titles += _mixes(
        ["Data", "Engineer", " contract", " Contract", " role", " ROLE", " post", "ſ", "\n", " "]
    )
    for title in titles:
        assert title_cleaning._without_role_noun(title) == title_cleaning._ROLE_NOUN_TRAILING.sub(
            "", title
        ), title


def test_the_sentence_before_a_place_starts_where_reading_forwards_finds_it():
    texts = ["Thanks. We regret.\nSadly", "e.g.x? ok!\tfine", ""]
    texts += _mixes(["a", " ", ".", "!", "?", "\n", "\u00a0", "x.", ". ", "\t", "\u2028"], longest=30)
    for text in texts:
        for high in range(len(text) + 1):
            low = max(0, high - 7)
            forwards = 0
            for match in status_sentences._SENTENCE_BREAK.finditer(text, low, high):
                forwards = match.end()
            assert status_sentences._last_break_end(text, low, high) == forwards, (text, high)


def test_a_label_is_found_spelled_where_its_pattern_finds_it():
    labels = ["quillonhealth", "maddoxlyle", "staldric", "acme", "sandandsea", "kit", "is", "b2b"]
    texts = [
        "Quillon Health, Inc. and quillonhealth.com",
        "Maddox & Lyle, Maddox and Lyle, maddoxlyle.at",
        "St. Aldric hospital",
        "ACME Corp. wrote from @acme and /acme-x",
        "Sand and Sea and Sand & Sea",
        "KİT, Kıt, \u212aIT, ſandandſea, Kit.",
        "Acme.com, Acme.io.x Acme Limited, Acme plc.",
    ]
    parts = ["a", "c", "m", "e", "A", "C", "M", "E", " ", ".", ". ", "&", " & ", " and ", "'", "-", "_"]
    parts += ["@", "/", ".com", ".io", ", Inc", " LLC.", "\n", "é", "İ", "ı", "\u212a", "ſ", "k", "i", "t"]
    texts += _mixes(parts, longest=14, count=4000)
    for label in labels:
        pattern = spelled_labels._spelling_pattern(label)
        for text in texts:
            expected = [match.group(0) for match in pattern.finditer(text)]
            assert spelled_labels._spellings(label, text) == expected, (label, text)


_WORD_PARTS = ["Acme", "acme", "ACME", "Ac", "me", " ", "_", "-", ".", "@", "/", "'s", "’s", "x", "é", "1"]
_WORD_PARTS += ["\n", ".com", "Your ", "your ", " and", " Group", " group", "K", "\u212a", "ſ", "İ", "ı"]


def test_a_word_is_found_written_where_its_pattern_finds_it():
    words = ["Acme", "acme", "ACME", "Ac", "-x", "x_", "é", "'s", "", "Acme Group", "ac-"]
    for text in ["", "Acme", "Acme's", "xAcme", "Acme_", "(Acme)", *_mixes(_WORD_PARTS, longest=10)]:
        for word in words:
            whole = re.search(rf"\b{re.escape(word)}\b", text)
            assert next(written_words.word_places(word, text), None) == (whole and whole.start()), (
                word,
                text,
            )
            apart = re.search(rf"(?<![\w@/.-]){re.escape(word)}(?![\w@-]|\.\w)", text)
            assert written_words.written_apart(word, text) == bool(apart), (word, text)
            alone = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
            assert written_words.written_alone(word, text) == bool(alone), (word, text)


def test_a_name_is_found_as_whole_words_where_a_pattern_with_letters_and_digits_as_its_edges_finds_it():
    needles = ["Acme", "acme", "Ac", "-x", "x_", "é", "'s", "1", "Acme Group", "me me"]
    for text in ["", "Acme", "Acme's", "xAcme", "Acme_", "(Acme)", *_mixes(_WORD_PARTS, longest=10)]:
        for needle in needles:
            edges = rf"(?=(?<![^\W_]){re.escape(needle)}(?![^\W_]))"
            expected = [found.start() for found in re.finditer(edges, text)]
            assert list(written_words.occurrences_as_words(text, needle)) == expected, (needle, text)


def test_case_folding_keeps_what_an_ascii_pattern_matches_ignoring_case():
    chars = [chr(code) for code in range(0x250)] + ["\u0130", "\u0131", "\u212a", "\u017f", "\u1e9e"]
    for char in chars:
        assert len(written_words.case_folded(char)) == 1
        for ascii_char in map(chr, range(0x80)):
            ignoring_case = bool(re.fullmatch(re.escape(ascii_char), char, re.I))
            assert ignoring_case == (written_words.case_folded(char) == ascii_char.lower()), (
                char,
                ascii_char,
            )


def test_a_brand_possessive_is_read_where_its_patterns_read_it():
    after = employer_display._AFTER_BRAND_POSSESSIVE
    parts = [*_WORD_PARTS, "'s and", "’s!", "'s Inc", " is", "s", "'"]
    for text in [
        "Acme's",
        "at Acme's (Main St)",
        "your Acme's card",
        "Acme's team",
        *_mixes(parts, longest=10),
    ]:
        for name in ["Acme", "ACME", "Ac"]:
            escaped = re.escape(name)
            brand = re.search(rf"\b{escaped}['’]s{after}|\b[Yy]our {escaped}['’]s ", text)
            assert employer_display._written_possessive(name, text) == bool(brand), (name, text)


def test_a_brand_is_found_written_alone_where_its_pattern_finds_it():
    for text in ["Acme Group", "ACME GROUP and acme", "Acme\u212a", *_mixes(_WORD_PARTS, longest=10)]:
        for brand, next_word in [("Acme", "Group"), ("acme", "group"), ("ACME", "Ltd"), ("Ac", "me")]:
            ignoring_case = re.search(rf"\b{re.escape(brand)}\b(?! {re.escape(next_word)}\b)", text, re.I)
            assert brand_names.written_alone(brand, next_word, text) == bool(ignoring_case), (brand, text)
    for text in ["ACME Group", "ACME Groups", "ACME", *_mixes([*_WORD_PARTS, "ACME Group"], longest=10)]:
        alone = re.search(r"\bACME\b(?! Group)", text)
        assert brand_names._capitals_used_alone("ACME Group", text) == (["ACME"] if alone else []), text


def test_a_skeleton_label_finds_the_word_its_pattern_finds():
    parts = ["Kestrel", "Kstrl", "kestrel", "Kastrel", "Vertex", " ", "K", "\u212a", "_", "é", "Ke", "strel"]
    for text in _mixes(parts, longest=6):
        for label in ["kstrl", "vrtx", "krtx"]:
            words = (m.group(0) for m in re.finditer(rf"\b{label[0].upper()}[a-z]+\b", text))
            expected = next(
                (w for w in words if "".join(c for c in w.lower() if c not in "aeiouy") == label), None
            )
            assert shortened_names.skeleton_spelling(label, text) == expected, (label, text)


def test_a_line_is_refused_an_employer_key_only_where_its_key_differs():
    parts = ["The ", "the ", "Acme", " Health", "Amazon", ".com", " Web Services", "AWS", "&", " and ", " "]
    parts += [
        "S.",
        "A.",
        "S",
        "X.",
        "Y.",
        "Z",
        ".io",
        " GmbH",
        ", Inc.",
        " Corp",
        "Meta",
        "Facebook",
        "é",
        "x",
    ]
    names = _mixes(parts, longest=8, count=4000)
    keys = {names_module.company_key(name) for name in names[:300]} | {"amazon", "meta", "acme", "xyz", "and"}
    refused = 0
    for name in names:
        for key in keys - {""}:
            if not names_module.may_have_company_key(name, key):
                refused += 1
                assert names_module.company_key(name) != key, (name, key)
    assert refused > len(names)  # the shortcut does refuse most pairs
    assert not names_module.may_have_company_key("Thanks for applying to Globex today", "acme")
    assert names_module.may_have_company_key("AWS Careers", "amazon")
    assert names_module.company_key("The X.Y.Z.") == "xyz"
    assert names_module.may_have_company_key("The X.Y.Z.", "xyz")
    assert names_module.company_key("The Limited") == "the"
    assert names_module.may_have_company_key("The Limited", "the")


def test_an_event_for_a_title_is_read_where_its_pattern_reads_it():
    parts = ["Interview", "INVITATION", "teſt", "ſtatus", "İnvitation", "ınterview", "Offer", " for ", " to "]
    parts += [" the ", "Data Analyst", " ", "\n", "x", "s", "-", "Regarding ", "update", "availability"]
    for text in ["Interview invitation for Data Analyst", "", *_mixes(parts, longest=8)]:
        expected = title_judgement._EVENT_FOR.match(text)
        found = title_judgement.event_for(text)
        assert (found and found.group("t")) == (expected and expected.group("t")), text


def _each_category_tried_at_each_key_start(index, text: str) -> list[tuple]:
    """What the phrase index finds by trying, at every word start where a key begins, every category of
    that key's entry (the way it scanned before it asked which category matches first); the patterns
    opening with a number searched whole, by finditer (as they were before they were keyed)."""
    found = []
    for start in index.key_starts().finditer(text):
        entry = index._by_key.get(start.group(1)) or index._compile_key(start.group(1))
        for category, pattern in zip(entry.categories, entry.patterns, strict=True):
            if category in index._searched_whole:
                continue
            if match := pattern.match(text, start.start()):
                found.append((category, match.span(), _groups_read(match, pattern.groups > 0)))
    searched_whole = [
        (index._searched_whole[own], phrases.index._join(fragments))
        for own, fragments in index._fragment_order.items()
    ]
    assert {category for category, _ in searched_whole} == {
        "MARKETING",
        "JOB_ADVICE",
        "TIME_SHAPE",
        "SIZE_SHAPE",
    }
    for category, pattern in [*index._scanned, *searched_whole]:
        found += [(category, match.span(), match.groups()) for match in pattern.finditer(text)]
    return sorted(found)


def _groups_read(match: re.Match[str], grouped: bool) -> tuple:
    """The groups a reader reads in a category's match: none when the category's pattern has none (the
    scan may hand over the match of the pattern combining several categories, whose groups are its own)."""
    return match.groups() if grouped else ()


def test_the_phrase_scan_finds_what_each_category_tried_at_each_key_start_finds():
    index = phrases.phrase_index()
    parts = ["we regret to inform you", "thank you for applying", "your application", "interview", " ", " "]
    parts += ["i'd like to", "'d love ", "unfortunately", "invite you to", "offer", "at acme", "ltd", "\n"]
    parts += ["position", "-", ".", ",", "x", "é", "_", "2", "% off", "schedule a call", "not moving forward"]
    parts += ["leider", "entrevista", "candidature", "merci", "assessment", "recruiter", "job alert"]
    parts += ["applying to acme", "the role of", "we have received", "position at", "thanks for applying"]
    parts += [
        "5 ",
        "10",
        "\u0663",
        "ten ",
        "mistakes to",
        "tips for ",
        "consejos para",
        "20% off",
        "1-click ",
    ]
    categories: Counter[str] = Counter()
    shared_places = 0
    grouped = {
        category
        for entries in index._per_key.values()
        for category, fragments in entries
        if any(re.compile(fragment).groups for fragment in fragments)
    }
    texts = ["", "'d like to", "x'd like to", "5 10 tips to", "ten 7 tips for", "2% off 3% off", "x5 tips to"]
    for text in [*texts, *_mixes(parts, longest=12, count=2000)]:
        hits = index.scan(text)
        found = sorted(
            (category, match.span(), _groups_read(match, category in grouped))
            for category, matches in hits.items()
            for match in matches
        )
        assert found == _each_category_tried_at_each_key_start(index, text), text
        categories.update(category for category, _, _ in found)
        places = Counter(span[0] for _, span, _ in found)
        shared_places += sum(1 for count in places.values() if count > 1)
    # The texts do match phrases, some places more than one category.
    assert len(categories) > 10 and categories["REJECTION"] > 100 and shared_places > 100


def test_a_pattern_tested_for_its_beginnings_first_finds_what_it_finds():
    patterns = [
        title_shape._PERSON_ROLES.pattern,
        title_shape._SENTENCE_WORDS.pattern,
        employer_signoffs.SIGNATURE_WORDS.pattern,
        r"\b(?:ab|abc|xy\w*|de(?:f|g)?h)\b|(?<=\w)[*:/]in(?:nen)?\b",
        r"\b(?:" + "|".join(f"(?:{fragment[2:]})" for fragment in phrases.fragments_of("HEDGE")) + ")",
        r"this is|i am",  # the engine skips ahead to "t" and "i" itself: left as it is
    ]
    parts = ["analyst", "engineer", "entwickler", "in", ":in", "*in", "*innen", "ab", "abc", "xy", "dgh"]
    parts += ["deh", "team", "recruiting", "your", "this is", "i am", " ", " ", "-", "x", "é", "_", "2"]
    parts += ["\n", "/", "if you", "may be", "we hope", "whether", "not sure"]
    texts = ["", "Data Analyst", "Softwareentwickler:in", *_mixes(parts, longest=8, count=4000)]
    tested = 0
    for pattern in patterns:
        plain, first_tested = (
            re.compile(pattern),
            re.compile(pattern_shape.with_first_characters_test(pattern)),
        )
        tested += first_tested.pattern != pattern
        for text in texts:
            expected, found = plain.search(text), first_tested.search(text)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text)
    assert tested == len(patterns) - 1


def test_a_word_boundary_is_tested_first_only_where_every_match_opens_at_one_among_many_first_letters():
    words = "analyst|baker|chef|driver|editor|florist|gardener|hostess|intern"
    with_boundary_first = pattern_shape.with_first_characters_test(rf"\b(?:{words})\b")
    assert with_boundary_first.startswith(r"\b(?=")
    # A branch opening inside a word ("Grafiker:in"), or few first letters: the trie's test alone.
    assert not pattern_shape.with_first_characters_test(rf"\b(?:{words})\b|(?<=\w):in\b").startswith(r"\b")
    assert not pattern_shape.with_first_characters_test(r"\b(?:analyst|auditor|baker)\b").startswith(r"\b")
    parts = ["analyst", "baker", "chef", "gardener", "intern", "interns", "s", " ", ".", "é", "_", "2", "\n"]
    plain = re.compile(rf"\b(?:{words})\b")
    tested = re.compile(with_boundary_first)
    for text in ["", "Chef", *_mixes(parts, longest=6, count=3000)]:
        expected, found = plain.search(text), tested.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_generic_title_is_read_where_its_pattern_reads_it():
    parts = ["the ", "our ", "this ", "data analyst", " position", " role", " opening", " opportunity"]
    parts += [" vacancy", " requisition", " job", ".", "\n", " ", "x", "roles", "positions"]
    parts += ["onze ", " vacature"]
    read = 0
    for text in ["we filled the data analyst position", "", *_mixes(parts, longest=10)]:
        found = [match for pattern in title_body._GENERIC_TITLES for match in pattern.finditer(text)]
        expected = [match.span("t") for match in sorted(found, key=lambda match: match.start())]
        assert [match.span("t") for match in title_body.generic_titles(text)] == expected, text
        read += bool(expected)
    assert read > 100  # the texts do hold generic titles


def test_the_characters_caselessly_an_ascii_letter_are_those_caseless_words_knows():
    every = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    partners = {
        char
        for letter in "abcdefghijklmnopqrstuvwxyz"
        for char in re.findall(letter, every, re.IGNORECASE)
        if not any(other.isascii() for other in char.lower())
    }
    assert partners == caseless_words._ASCII_CASE_PARTNERS


def test_a_lowercase_latin_letter_is_caselessly_the_characters_str_lower_makes_it():
    # caseless_words lowers text beyond ASCII for a pattern naming only such letters (and ASCII ones):
    # each must match, ignoring case, exactly the characters whose str.lower is that letter, but for the
    # few characters str.lower keeps apart (text holding one is searched caselessly).
    every = _every_character().translate({ord(char): None for char in caseless_words._KEPT_APART})
    low, high = caseless_words.LATIN_BEYOND_ASCII
    letters = [chr(code) for code in [*range(0x80), *range(ord(low), ord(high) + 1)]]
    named = [char for char in letters if caseless_words._latin_lowercase(ord(char)) and char.lower() == char]
    assert {"é", "ß", "ñ", "a", "-"} <= set(named) and not {"É", "ı", "ſ", "A"} & set(named)
    named_set = set(named)
    lowered_to_one = [char for char in every if char.lower() in named_set]
    caselessly = set(re.findall("[" + re.escape("".join(named)) + "]", every, re.IGNORECASE))
    for letter in named:
        lowered = {char for char in lowered_to_one if char.lower() == letter}
        assert {char for char in caselessly if re.fullmatch(re.escape(letter), char, re.I)} == lowered, letter


def test_lowering_a_character_keeps_it_one_character_of_the_same_class():
    # What \w, \b, \s and \d read of a character they read of its lowercase, the characters kept
    # apart aside: a lowercase pattern's classes find the same places in lowered text.
    every = _every_character().translate({ord(char): None for char in caseless_words._KEPT_APART})
    lowered = every.lower()
    assert len(lowered) == len(every)  # each character lowered to one
    assert lowered.index("\n") == every.index("\n") and lowered.count("\n") == 1  # what "." leaves
    for category in (r"\w", r"\s", r"\d"):
        assert [found.start() for found in re.finditer(category, every)] == [
            found.start() for found in re.finditer(category, lowered)
        ], category


@functools.lru_cache(maxsize=1)
def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def test_a_valediction_opens_a_line_where_its_pattern_matches():
    parts = ["Mit freundlichen Grüßen", "GRÜSSEN", "grüße", "Best", "best", "Kind regards", "ſincerely"]
    parts += ["Thanks", "thank you", "!", ",", " ", "Cordialement", "Saludos", "x", "ı", "K", "\n", "ẞ"]
    caseless = re.compile(valedictions._VALEDICTION.pattern, re.IGNORECASE)
    opened = 0
    for line in ["Best,", "", *_mixes(parts, longest=5)]:
        expected = caseless.match(line) is not None
        assert valedictions._VALEDICTION.opens(line) == expected, line
        opened += expected
    assert opened > 300


def test_a_pattern_opening_lines_is_found_at_line_starts_where_finditer_finds_it():
    from tracker.extraction import rules

    patterns = [
        rules._GREETING,
        greeted_names._GREETING,
        title_body._LABEL_LINE,
        title_body._REFERENCE_LINE,
    ]
    parts = ["Hi", "hi ", "Dear ", "Hallo ", "Sehr geehrte ", "ſehr", "Sam", "Lee", ",", "!", ":", " ", "\n"]
    parts += ["\n\n", "position", "job title", "ref", "re: ", "Data Analyst", "x", "\t", "|", "K", "İ"]
    found = 0
    for pattern in patterns:
        for text in ["", "\n", "Hi Sam,\n\nDear Lee\n", "position:\nData Analyst\n", *_mixes(parts, 10)]:
            expected = [match.span() for match in pattern.finditer(text)]
            assert [match.span() for match in written_words.line_start_matches(pattern, text)] == expected
            found += bool(expected)
    assert found > 500  # the texts do hold greetings and labels


def test_a_post_by_code_is_found_where_its_pattern_finds_it():
    from tracker.extraction.text import lowercase

    def first_at_a_word_start(text: str) -> re.Match[str] | None:
        for match in title_codes._POST_BY_CODE.finditer(text):
            before = text[match.start() - 1 : match.start()]
            if not (before.isalnum() or before == "_"):
                return match
        return None

    parts = ["Position", "position", "POSITION", "Role", "role", "opening", "Vacancy", "requisition", " "]
    parts += [" R-1060", " 12345", "JR2024", "x", "_", "-", "\n", "İ", "ß", ".", "openings", "Xrole"]
    parts += ["position 55512", "Role R-2024-1234", "xopening 77777", "role\t123456"]
    found = 0
    for text in ["", "your interest in position R-1060", *_mixes(parts, 8, 4000)]:
        expected = first_at_a_word_start(text)
        coded = title_codes._post_by_code(text, lowercase(text))
        assert (coded and coded.span(1)) == (expected and expected.span(1)), text
        found += expected is not None
    assert found > 300


def test_case_folding_by_str_lower_gives_what_the_translation_table_gives():
    parts = ["Data", "ANALYST", " ", "é", "É", "ü", "Ü", "ß", "ẞ", "İ", "ı", "K", "ſ", "Σ", "ΣΑ", "σ", "x"]
    parts += ["\n", "Ǆ", "ǅ", "ﬁ", "Å", "日本", "-", "2"]
    for text in ["", "é", "Élan", *_mixes(parts, longest=8)]:
        assert written_words.case_folded(text) == text.translate(written_words._CASE_FOLDS), text


def test_a_title_holds_a_digit_where_str_isdigit_finds_one():
    parts = ["Analyst", " ", "II", "2", "0", "²", "٣", "é", "x", "-", "(", "R-1060", "Ⅻ"]
    for text in ["", "Data Analyst", "Engineer 2", "Analyst ²", *_mixes(parts, longest=5)]:
        assert title_cleaning._holds_digit(text) == any(ch.isdigit() for ch in text), text


# What the subject patterns' words and marks are made of, in the cases and foldings that matter.
_SUBJECT_PARTS = [
    "Data Engineer", " ", ": ", " - ", " | ", "(", ")", "Acme", "at ", " @ ", "application", "APPLICATION",
    "Application", "applying ", "apply ", "for ", "to ", "the ", "your ", "Your ", "update", "UPDATE",
    "status", "next steps", "interview", "assessment", "with ", "received ", "123456", "!", "ſ", "\u212a",
    "İ", "ı", "\t", "\u00a0", "AB-",
]  # fmt: skip


def test_a_subjects_titles_are_read_where_the_patterns_alone_read_them():
    subjects = [
        "Thank you for applying (Patient Care Technician)",
        "Job Application: Data Engineer",
        "Your application for Data Engineer at Acme",
        "Application for the Data Engineer position",
        "Update: Data Engineer II 1665505",
        "Data Analyst - 792743 update",
        "Senior Nurse | AB-123456 update",
        "Sam Lee - Next Steps for your Consultant Development Program Application",
        "Acme - Application Status for 2025 Entry Level Software Engineer, 109345BR",
        "We've received your Test Technician application",
        "Your Product Designer interviews",
        "Data Engineer interviews with Acme",
        "Data Engineer next steps with Acme!",
        "Data Engineer @ Acme",
        "APPLICATION RECEIVED - Data Engineer",
        "Thank you for your \u212aey Application",
        "ſtatus update for Data Engineer",
    ]
    # Each written in other cases, and with the letters that match ASCII ones only caselessly.
    folds = (str.upper, str.lower, str.swapcase, lambda text: text.replace("s", "ſ").replace("k", "\u212a"))
    subjects += [fold(subject) for subject in subjects for fold in folds]
    subjects += _mixes(_SUBJECT_PARTS, longest=12, count=6000)
    for subject in subjects:
        expected = [
            (m.group("t"), weight, needs_role)
            for pattern, weight, needs_role in title_subject._SUBJECT_PATTERNS
            for m in pattern.finditer(subject)
        ]
        assert [tuple(c[:3]) for c in title_subject.subject_pattern_titles(subject)] == expected, subject


def _body_titles_at_once(email) -> list:
    """find_title's reading of the body before it was read one weight at a time: every candidate, in
    reading order."""
    matches = [
        (match, *rule)
        for category, rule in phrases.anchors_found(email.body_hits, phrases.TITLES)
        for match in email.body_hits[category]
    ]
    matches.sort(key=lambda item: item[0].start())
    lowered, label, reference = email.body_lower, title_body._LABEL_WEIGHT, title_body._REFERENCE_WEIGHT
    matches += [
        (m, label, False, False) for m in written_words.line_start_matches(title_body._LABEL_LINE, lowered)
    ]
    matches += [(m, label, True, False) for m in title_body._APPLIED_TO_LINE.finditer(lowered)]
    matches += [
        (m, reference, True, False)
        for m in written_words.line_start_matches(title_body._REFERENCE_LINE, lowered)
    ]
    found = []
    for match, weight, needs_role_word, needs_capital_after in matches:
        capital_at = match.end() if match.end() > match.end("t") else match.start("t")
        if needs_capital_after and not title_body._capitalised_at(email.body, capital_at):
            continue
        if not title_body._capitalised_at(email.body, match.start("t")) and is_subject_noun_before(
            lowered, match.start("t")
        ):
            continue
        if title_judgement.cut_short(email.body[match.start("t") : match.end("t") + 3]):
            continue
        start, end = match.span("t")
        end = title_brackets.quote_closed(
            email.body, start, title_brackets.bracket_closed(email.body, start, end)
        )
        end = title_clause.clause_end(
            email.body, start, title_clause.unit_joined_end(email.body, start, joined_end(email.body, end))
        )
        end = german_clause_end(email.body, lowered, start, end)
        post_slot, named = title_slots.slot_of(lowered, start, end)
        raw = email.body[start:end]
        if not post_slot and (title_slots.before_post_noun(lowered, end) or " " not in raw.strip()):
            post_slot = title_shape.names_a_person_role(raw.strip())
        found.append(TitleCandidate(raw, weight, needs_role_word and not named, post_slot))
    return found


def test_the_body_read_one_weight_at_a_time_gives_its_titles_in_the_order_read_at_once():
    bodies = [mail.body for inbox in WRITTEN_INBOXES for mail in inbox.mails]
    bodies.append(
        "Thank you for applying to:\n\nData Engineer\nJob title: Data Engineer\nRef: Data Engineer II\n"
        "We received your application for the Data Engineer position. Your application for Analyst."
    )
    read = 0
    for body in bodies:
        email = prepare(email_from_fields("x", "Acme <jobs@acme.com>", None, "Hello", body))
        at_once = sorted(_body_titles_at_once(email), key=lambda candidate: -candidate.weight)  # stable
        anchored = title_body.body_anchors_by_weight(email)
        by_weight = [
            candidate
            for weight in title_body.BODY_WEIGHTS
            for candidate in title_body.body_titles(email, weight, anchored.get(weight, []))
        ]
        assert by_weight == at_once, body
        read += bool(at_once)
    assert read > 100


def test_an_acronym_is_spelled_out_where_its_own_pattern_finds_it():
    from tracker import employer_acronyms

    def plain(acronym: str, text: str) -> str | None:
        words = rf"{employer_acronyms._CONNECTOR}\s+".join(rf"{letter}[a-z]+" for letter in acronym)
        found = re.search(rf"\b{words}\b", text)
        return found.group(0) if found else None

    parts = ["Federal ", "Aviation ", "Administration", "Bank ", "America ", " ", "  ", "\n", " of ", " and"]
    parts += [" the ", " de", "offer ", "Av", "A", "F", "FAA", "aviation", "-", ".", ",", "É", "é", "x"]
    spelled = 0
    for text in ["", "the Federal Aviation Administration", *_mixes(parts, 8, 6000)]:
        for acronym in ("FAA", "FA", "BA", "BOA", "AAF", "AA"):
            expected = plain(acronym, text)
            assert employer_acronyms.spelled_out(acronym, text) == expected, (acronym, text)
            spelled += expected is not None
    assert spelled > 300


def test_the_scan_finds_a_lookalike_phrase_first_where_its_search_finds_it():
    from tracker.extraction.phrases import lookalike_shapes
    from tracker.extraction.text import lowercase

    texts = [mail.body for inbox in WRITTEN_INBOXES for mail in inbox.mails]
    texts += [
        "You applied two weeks ago. Did you hear back from Acme? Have you heard back yet?",
        "We received your resume for a free resume review. Our expert resume writers will reply.",
        "You applied more than two years ago, so we will delete your candidate profile.",
        "You are receiving this email because you applied for a role with us.",
        "Sie erhalten diese E-Mail, weil Sie sich beworben haben. Haben Sie schon etwas gehört?",
        "As a past applicant, you've previously applied to Halcrow.",
        "Vous recevez ce message car vous avez postulé.",
    ]
    parts = [
        "did you ",
        "hear back",
        "resume review",
        "you are receiving",
        " this email",
        " because",
        " you applied",
        "data will be deleted",
        "as a past applicant",
        " ",
        ".",
        "\n",
        "x",
        "é",
    ]
    texts += _mixes(parts, 8, 3000)
    found = 0
    for text in texts:
        lowered = lowercase(text)
        hits = phrases.scan(lowered)
        for category, (pattern,) in lookalike_shapes.CATEGORIES.items():
            expected = re.search(pattern, lowered)
            first = hits.get(category)
            assert (first[0].span() if first else None) == (expected and expected.span()), (category, text)
            found += expected is not None
    assert found > 300
