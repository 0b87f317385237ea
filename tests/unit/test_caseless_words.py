"""CaselessWords answers exactly as the re.IGNORECASE pattern would, only faster on ASCII text."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extraction.caseless_words import CaselessWords

_WORDS = r"\b(?:bank|recruit\w*|hr|université|ville de)\b"


@pytest.mark.parametrize(
    ("text", "occurs"),
    [
        ("Beispiel BANK", True),
        ("Talent Recruiting Team", True),
        ("HR Operations", True),
        ("Banking on it", False),
        ("Université de Lyon", True),
        ("UNIVERSITÉ DE LYON", True),
        ("Ville De Paris", True),
        ("Hrvoje Horvat", False),
        # Unicode case folding, not str.lower: the long s is caselessly an "s", the Kelvin sign a "k".
        ("Recruiting ſervices BANK", True),
        ("BAN\u212a", True),
        ("", False),
    ],
)
def test_it_agrees_with_the_caseless_pattern(text, occurs):
    words = CaselessWords(_WORDS)
    assert words.occurs_in(text) is occurs
    assert bool(re.search(_WORDS, text, re.IGNORECASE)) is occurs


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bAcme\b",  # a capital: lowercased text never holds it
        r"(?i:acme)|foo",  # a flag set inside
        r"\bſtrasse",  # caselessly an ASCII "s" too
        r"[a-\u0200]",  # a range holding such a character
    ],
)
def test_a_pattern_lowercasing_could_misread_is_always_searched_caselessly(pattern):
    words = CaselessWords(pattern)
    for text in ("ACME corp", "acme", "Strasse", "STRASSE", "s", "Foo"):
        assert words.occurs_in(text) is bool(re.search(pattern, text, re.IGNORECASE))


_ASCII_WORDS = r"\b(?:bank|recruit\w*|hr|ville de)\b|\bsk[^a-z]"


@pytest.mark.parametrize(
    "text",
    [
        "Société BANK",
        "Équipe Recruiting",
        "Ville De Sète",
        "ſkunk HR",
        "BAN\u212a à Lyon",
        "\u0130R",
        "SK\u0130 et SK\u017f",
        "Hrvoje Horvat à Zagreb",
        "Banking à Genève",
    ],
)
def test_non_ascii_text_folded_agrees_with_the_caseless_pattern(text):
    # An ASCII pattern reads text outside ASCII case_folded, not caselessly: the same answers.
    words = CaselessWords(_ASCII_WORDS)
    assert words.occurs_in(text) is bool(re.search(_ASCII_WORDS, text, re.IGNORECASE))
    assert words.opens(text) is bool(re.match(_ASCII_WORDS, text, re.IGNORECASE))


# Words opening with a short range ("[1-4]º turno") still have known beginnings: their test comes first.
_RANGED_WORDS = (
    r"vollzeit|[1-4][ºo] turno|[2-5]-?ploegendienst|turno [a-d](?![\w-])|\(?[2345]x8\)?|ee(?=\s*\))"
)


def test_words_opening_with_a_short_range_are_tested_for_their_beginnings_first():
    words = CaselessWords(_RANGED_WORDS)
    assert words._lowercase is not None and words._lowercase.pattern.startswith("(?=")
    parts = ["1", "3", "5", "º", "o", "O", " turno", " TURNO", "-", "ploegendienst", "x8", "(", ")"]
    parts += ["4X8", " ", "Vollzeit", "ee", "EE", "a", "D", "e", "t", "\n"]
    rng = random.Random(14)
    texts = ["2º turno", "Turno B", "3x8", "Camarero (EE)", ""]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    for text in texts:
        assert words.occurs_in(text) is bool(re.search(_RANGED_WORDS, text, re.IGNORECASE)), text


# Lowercase Latin letters beyond ASCII: text beyond ASCII is lowered, not searched caselessly.
_LATIN_WORDS = r"\b(?:grüße|université|señor|straße|façade)\b|[à-ÿ]x|\bé[^ü]|ñ\w"


@pytest.mark.parametrize(
    "text",
    [
        "Mit freundlichen GRÜSSE",
        "GRÜßE",
        "Université Lyon",
        "UNIVERSITÉ LYON",
        "SEÑOR Ruiz",
        "STRAẞE",
        "ÉÜ",
        "ÉA",
        "ÀX",
        "ÑÇ",
        "İstanbul Université",
        "ſeñor ı",
        "ΣΑΣ façade",
        "Ǆ é",
        "",
    ],
)
def test_a_pattern_of_lowercase_latin_letters_reads_text_lowered_as_caselessly(text):
    words = CaselessWords(_LATIN_WORDS)
    assert words._lowers_latin_text
    assert words.occurs_in(text) is bool(re.search(_LATIN_WORDS, text, re.IGNORECASE))
    assert words.opens(text) is bool(re.match(_LATIN_WORDS, text, re.IGNORECASE))


def test_every_reading_pattern_answers_as_caselessly_on_text_beyond_ascii():
    # Each CaselessWords of the reading, on random text of its own words in every case with letters
    # beyond ASCII around them (and the characters lowering keeps apart).
    import importlib
    import pkgutil

    import tracker.extraction as package

    patterns = set()
    for module_info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(module_info.name)
        patterns |= {value.pattern for value in vars(module).values() if isinstance(value, CaselessWords)}
    assert len(patterns) > 10
    rng = random.Random(30)
    extra = ["É", "é", "Ü", "ß", "ẞ", "Ñ", "ç", "Ç", " ", "-", "\n", "ı", "İ", "ſ", "\u212a", "Σ", "x", "2"]
    for pattern in sorted(patterns):
        words = CaselessWords(pattern)
        own = re.findall(r"[^\W\d_]+", pattern)
        parts = extra + [case(word) for word in own for case in (str.lower, str.upper, str.title)]
        for _ in range(300):
            text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
            assert words.occurs_in(text) is bool(re.search(pattern, text, re.IGNORECASE)), (pattern, text)
            assert words.opens(text) is bool(re.match(pattern, text, re.IGNORECASE)), (pattern, text)
