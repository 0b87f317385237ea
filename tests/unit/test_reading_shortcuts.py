"""Shortcuts the rules take for speed give what the full patterns give (tracker/extraction).

Each shortcut skips a regex substitution when a cheap test shows it would take nothing off, or finds
the same place another way; these compare both on the edge cases and on random mixes of the
characters that matter (seeded, so a failure repeats).
"""

from __future__ import annotations

import random

from tracker.extraction import name_reading, status_rules, title_cleaning


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
        full = name_reading._LEADING_NOISE.sub("", name_reading._TRAILING_NOISE.sub("", name))
        assert name_reading._without_edge_noise(name) == full, name


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
            for match in status_rules._SENTENCE_BREAK.finditer(text, low, high):
                forwards = match.end()
            assert status_rules._last_break_end(text, low, high) == forwards, (text, high)


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
        pattern = name_reading._spelling_pattern(label)
        for text in texts:
            expected = [match.group(0) for match in pattern.finditer(text)]
            assert name_reading._spellings(label, text) == expected, (label, text)
