"""What the phrase index reads from a pattern's shape holds for every match (phrases/pattern_shape.py).

The scan tests the character a pattern's closing lookahead opens with before the lookahead: it must
find what the plain pattern finds. Texts are random mixes (seeded, so a failure repeats) of the words
and characters the phrases turn on.
"""

from __future__ import annotations

import random
import re

from tests.pattern_samples import matching_texts
from tracker.extraction import phrases
from tracker.extraction.phrases import anchors, lookahead_tests

_PARTS = [
    "thank you for your interest in",
    "your application for",
    "applying to",
    "applied for",
    "the ",
    "our ",
    "position",
    "role",
    " at acme",
    " with us",
    "data analyst",
    "senior engineer",
    "interview",
    " has been ",
    "was ",
    "scheduled",
    "received",
    "unfortunately",
    "withdrawn",
    "not moving forward",
    " and we",
    ", and ",
    ", we ",
    " (job id 1234):",
    " ",
    " ",
    ".",
    "!",
    ";",
    "?",
    "\n",
    "\t",
    "-",
    "x",
    "é",
    "2",
    "stelle",
    "als ",
    " bei ",
    "votre candidature",
    " pour le poste de ",
    " chez ",
    "puesto de ",
    " en ",
    "(",
    ")",
]


def _mixes(count: int, longest: int = 10) -> list[str]:
    rng = random.Random(12)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _index_fragments() -> list[str]:
    """Every fragment the phrase index scans for, as written in the tables."""
    fragments = [
        fragment for category in phrases.SCANNED_CATEGORIES for fragment in phrases.fragments_of(category)
    ]
    fragments += [pattern for pattern, _ in anchors.EMPLOYER_AFTER]
    fragments += [pattern for pattern, _ in anchors.EMPLOYER_BEFORE]
    return fragments + [pattern for pattern, *_ in anchors.TITLES]


def test_a_lookahead_tested_for_its_opening_character_finds_what_it_finds():
    texts = ["", "your application for data analyst", *_mixes(3000)]
    tested = 0
    for fragment in _index_fragments():
        with_test = lookahead_tests.with_next_character_test(fragment)
        if with_test == fragment:
            continue
        tested += 1
        plain, first_tested = re.compile(fragment), re.compile(with_test)
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in first_tested.finditer(text)] == expected, (fragment, text)
    assert tested > 25  # the title anchors ending "(?=\s*[.!;]|, and ...|$)"


def test_the_opening_character_test_reads_classes_escapes_and_the_end():
    test = lookahead_tests.with_next_character_test
    assert test(r"\bfor (?P<t>[^\n.]{2,20}?)(?=\s*[.!;]|,\s+and\b|[ \t]*(?:\n|$))") == (
        r"\bfor (?P<t>[^\n.]{2,20}?)(?=[ !,.;\n\s\t]|\Z)(?=\s*[.!;]|,\s+and\b|[ \t]*(?:\n|$))"
    )
    assert (
        test(r"\bas (?P<t>[^)\]]{2,20}?)(?=\)|\]| at\b)")
        == r"\bas (?P<t>[^)\]]{2,20}?)(?=[ )\]])(?=\)|\]| at\b)"
    )
    # A lookahead that may match without reading a character, or none at all: left as it is.
    for fragment in [
        r"\bfor (?P<t>\w+?)(?=\s*|x)",
        r"\bfor (?P<t>\w+?)(?=\b|x)",
        r"\bfor \w+",
        r"\bfor (?=x)y",
    ]:
        assert test(fragment) == fragment


def test_every_match_of_a_category_scanned_whole_passes_its_gate():
    # Drawn from every branch of each unkeyed category's own pattern ("sans retour ... clôturé"): a gate
    # word some branch lacks would skip a text holding its match.
    index = phrases.phrase_index()
    gated = 0
    for category, pattern in index._scanned:
        gate = index._scanned_gates[category]
        if gate is None:
            continue
        gated += 1
        texts = matching_texts(pattern, 4000)
        assert len(texts) > 100, category
        for text in texts:
            assert gate.may_hold(text), (category, text)
    assert gated >= 3
