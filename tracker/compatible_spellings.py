"""Whether two keys may be one employer's or one role's, written two ways.

Asked of names.company_key's and names.title_key's keys at one employer group (matching, recording,
weak_employers): "ford" and "ford motor" may be one employer, "Sr. Data Engineer" and "Senior Data Engineer
II" one role. Words written short or as initials are tracker/short_forms.py's.
"""

from __future__ import annotations

import re

from tracker.cohort_words import COHORT_NOUNS, ENGLISH_MONTHS, ENGLISH_SEASONS
from tracker.short_forms import cut_short, with_initials_spelled, with_short_words_spelled
from tracker.title_forms import in_one_form
from tracker.title_word_orders import content_words, reordered_run

# Words that say the level of one role, not another role ("Senior Data Engineer II").
_LEVELS = {"i", "ii", "iii", "iv", "1", "2", "3", "4"}
# A post's terms, written before the title, after it or in brackets ("Tenure-track Assistant Professor",
# "Assistant Professor (Tenure-Track)"): no other role. Not "visiting" (another post) nor "contract"
# ("Contract Manager" is a role).
_TERMS = re.compile(r"\b(?:tenure track|full time|part time|fixed term|remote|hybrid|temporary|permanent)\b")
# The words a graduate scheme's or internship's title closes with, in the languages read.
_SCHEME_WORDS = frozenset(("programme", "program", "scheme", "programma", "programa", "programm"))
# A graduate scheme's or internship's intake, written in one mail and left out of another ("Graduate Analyst
# (September 2027 Intake)", "Graduate Analyst"; "Data Intern - Summer 2026"): its year, perhaps its season or
# month before it and its cohort's word after. One role, the tag weaker than the role's words; two intakes
# both written ("2026 Intake", "2027 Intake") are two applications. Keys are folded: lowercase, single-spaced.
_INTAKE = re.compile(
    rf"\b(?:(?P<season>{'|'.join(ENGLISH_SEASONS + ENGLISH_MONTHS)}) )?(?P<year>20\d\d)"
    rf"(?: (?:{'|'.join(COHORT_NOUNS)}|starters?))?\b"
)


def compatible_employers(key_a: str, key_b: str) -> bool:
    """True when one key's words begin the other's ("ford" and "ford motor"), a word after the first
    perhaps cut short ("kingscliff rehab", "kingscliff rehabilitation centre"), so both may name one
    employer; "ford motor" and "ford foundation" do not."""
    words_a, words_b = key_a.split(), key_b.split()
    shorter, longer = sorted((words_a, words_b), key=len)
    if not shorter or longer[: len(shorter)] == shorter:
        return bool(shorter)
    if len(shorter) == 1 and len(longer) > 1 and _squashed(shorter[0], longer):
        return True
    # A word after the first cut short: "Kingscliff Rehab" is "Kingscliff Rehabilitation Centre". Of two
    # names as long, either may be the one cut short, in whichever order they come.
    if shorter[0] == longer[0]:
        return _cut_short(shorter, longer) or (len(shorter) == len(longer) and _cut_short(longer, shorter))
    return _head_squashed(words_a, words_b) or _head_squashed(words_b, words_a)


def written_short(short_key: str, full_key: str) -> bool:
    """Whether `short_key` is one word squashing `full_key`'s words, their initials or its first words
    joined ("hwp" or "halloranwhitby" of "halloran whitby partnership"): the name in full is the one a
    person writes in a tracker."""
    words = full_key.split()
    return " " not in short_key and len(words) > 1 and _squashed(short_key, words)


def _cut_short(shorter: list[str], longer: list[str]) -> bool:
    return all(
        short == full or cut_short(short, full) for short, full in zip(shorter[1:], longer[1:], strict=False)
    )


def _head_squashed(words: list[str], other: list[str]) -> bool:
    """Whether `words`' first word is `other`'s first two or more joined, the rest compatible
    ("marrowhill foods" of "marrow hill foods"): a domain or a signature squashing the name's head."""
    if len(words) < 2:
        return False
    for size in range(2, len(other) + 1):
        if words[0] == "".join(other[:size]):
            return compatible_employers(" ".join(other[:size] + words[1:]), " ".join(other))
    return False


def _squashed(word: str, words: list[str]) -> bool:
    """Whether `word` is `words`' first two or more joined ("veluwecargo" of "veluwe cargo services"), the
    initials of three or more ("gcuh" of "gold coast university hospital"), or its first words joined and
    the rest as initials (`head_and_initials`): where a domain or a signature squashes the name. Employers
    key apart by their first word (`employer_group`): mail read so meets its employer's only where the
    user's records tie them (tracker/employer_spellings.py)."""
    if len(words) >= 3 and word in {"".join(w[0] for w in words), *head_and_initials(" ".join(words))}:
        return True
    return word.startswith(words[0] + words[1]) and word in {
        "".join(words[:size]) for size in range(2, len(words) + 1)
    }


def head_and_initials(key: str) -> set[str]:
    """A firm's name as its domain shortens its trade words to their initials ("vandalenws" of "van dalen
    werving and selectie", "brandtpb" of "brandt personalberatung bayern", "corriganmf" of "corrigan metal
    fabrication"), from its key: its first words joined, four letters or more, then two initials or more
    ("and" unwritten)."""
    words = [word for word in key.split() if word != "and"]
    spellings = set()
    for size in range(1, len(words) - 1):
        head = "".join(words[:size])
        if len(head) >= _SHORTEST_HEAD:
            spellings.add(head + "".join(word[0] for word in words[size:]))
    return spellings


# The first words a domain writes in full before the rest's initials are this long or more.
_SHORTEST_HEAD = 4


def compatible_titles(key_a: str, key_b: str) -> bool:
    """True when two title keys may name one role written two ways (`_compatible_titles`), a word of one
    perhaps the initials of the other's ("RN", "Registered Nurse"; "Registered Nurse ED", "Registered
    Nurse - Emergency Department"; "Teamleider DC Zwolle", "Teamleider Distributiecentrum") or one of its
    words written short ("Comms Officer", "Communications Officer": short_forms)."""
    if _compatible_titles(key_a, key_b):
        return True
    one_a, one_b = in_one_form(key_a), in_one_form(key_b)
    if (one_a, one_b) != (key_a, key_b) and one_a and one_b and _compatible_titles(one_a, one_b):
        return True  # the role in both genders, or in the other (title_forms.py)
    words_a, words_b = key_a.split(), key_b.split()
    spelled_a, spelled_b = _spelled(words_a, words_b), _spelled(words_b, words_a)
    if (spelled_a != words_a or spelled_b != words_b) and _compatible_titles(
        " ".join(spelled_a), " ".join(spelled_b)
    ):
        return True
    return _worded_alike(key_a, key_b) or _worded_alike(one_a, one_b)


def _worded_alike(key_a: str, key_b: str) -> bool:
    """Whether two title keys write one role's words with other linking words or in another order
    (title_word_orders.py): "conseiller ou conseiller en paie", "conseiller paie"."""
    content_a, content_b = content_words(key_a), content_words(key_b)
    if not content_a or not content_b:
        return False
    if (content_a, content_b) != (key_a.split(), key_b.split()) and _compatible_titles(
        " ".join(content_a), " ".join(content_b)
    ):
        return True
    shorter, longer = sorted((content_a, content_b), key=len)
    return reordered_run(shorter, longer)


def _spelled(words: list[str], other: list[str]) -> list[str]:
    """`words` with its initials, its words written short and its posts named by their function spelled as
    `other` writes them."""
    return _holders_spelled(with_short_words_spelled(with_initials_spelled(words, other), other), other)


# German postings name a post by its function as often as by its holder, the function being neutral in
# gender ("Projektleitung (m/w/d)", then "Ihre Bewerbung als Projektleiter"; "Leitung Konstruktion",
# "Leiter Konstruktion"; "Assistenz der Geschäftsführung", "Assistent der Geschäftsführung"): one post. Keys
# are folded ("fuhrung"). The function's ending, then the holder's.
_FUNCTION_ENDINGS = (("leitung", "leiter"), ("fuhrung", "fuhrer"), ("assistenz", "assistent"))


def _holders_spelled(words: list[str], other: list[str]) -> list[str]:
    """`words` with each word naming a post by its function ("projektleitung") written as the holder's word
    `other` writes ("projektleiter"); `other`'s words as they are otherwise."""
    spelled: list[str] = []
    for word in words:
        for function, holder in _FUNCTION_ENDINGS:
            if word.endswith(function) and (held := word[: -len(function)] + holder) in other:
                word = held
                break
        spelled.append(word)
    return spelled


def _compatible_titles(key_a: str, key_b: str) -> bool:
    """True when two title keys may name one role written two ways: the shorter's words stand together
    in the longer, which adds words before or after them like "Senior" or a level ("Sr. Data Engineer",
    "Senior Data Engineer II"; not "Data Platform Engineer" for "Data Engineer"), never when the shorter
    states a level the longer lacks ("Data Engineer II", "Data Engineer III"); or one role with its terms
    written elsewhere or left out, never with other terms ("Data Engineer (Part-time)", "(Full-time)")."""
    if "20" in key_a or "20" in key_b:
        intake = _same_role_of_intakes(key_a, key_b)
        if intake is not None:
            return intake
    core_a, core_b = _TERMS.sub(" ", key_a).split(), _TERMS.sub(" ", key_b).split()
    if core_a and core_a == core_b:
        terms_a, terms_b = set(_TERMS.findall(key_a)), set(_TERMS.findall(key_b))
        return terms_a <= terms_b or terms_b <= terms_a
    words_a, words_b = key_a.split(), key_b.split()
    shorter, longer = sorted((words_a, words_b), key=len)
    if not shorter or {w for w in shorter if w in _LEVELS} - set(longer):
        return False
    if len(shorter) > 1 and shorter[-1] in _SCHEME_WORDS and not _SCHEME_WORDS.isdisjoint(longer):
        # "Audit & Assurance programme": the stream of "2026 Graduate Programme - Audit & Assurance",
        # written as a programme of its own; only within a scheme's title.
        shorter = shorter[:-1]
    size = len(shorter)
    return any(longer[start : start + size] == shorter for start in range(len(longer) - size + 1))


def _same_role_of_intakes(key_a: str, key_b: str) -> bool | None:
    """Whether two titles naming one role with an intake in one or both are one application (None when no
    intake is written or the roles differ): yes when one leaves the intake out or both write one year and
    season ("September 2026 Start", "2026 Start"), no when they write two ("2026 Intake", "2027 Intake")."""
    intakes_a, intakes_b = list(_INTAKE.finditer(key_a)), list(_INTAKE.finditer(key_b))
    if not intakes_a and not intakes_b:
        return None
    core_a, core_b = _INTAKE.sub(" ", key_a).split(), _INTAKE.sub(" ", key_b).split()
    if not core_a or core_a != core_b:
        return None
    if not intakes_a or not intakes_b:
        return True
    return len(intakes_a) == len(intakes_b) and all(
        a["year"] == b["year"] and (not a["season"] or not b["season"] or a["season"] == b["season"])
        for a, b in zip(intakes_a, intakes_b, strict=True)
    )
