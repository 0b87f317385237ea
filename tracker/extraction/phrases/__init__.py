"""Phrase patterns of every supported language, compiled once per category.

Each language's table (English in en_status and en_kinds; de, fr, es, nl, pt and it as TOML files, see
tables.py) lists lowercase regular-expression fragments per category; here they are joined into one
pattern per category so a rule scans the text once; bodies are scanned for all categories in one pass
(see index.py). Patterns match LOWERCASED text (see `text.lowercase`): case-insensitive matching is
several times slower.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import TypeVar

from tracker.extraction.phrases import (
    anchors,
    en_kinds,
    en_status,
    hand_anchors,
    hold_shape,
    interview_shape,
    lookalike_shapes,
    offer_shape,
    rejection_shape,
    roles,
    test_shape,
)
from tracker.extraction.phrases.index import PhraseIndex
from tracker.extraction.phrases.pattern_shape import with_first_characters_test
from tracker.extraction.phrases.tables import PhraseTable, load_language, module_table

_Rule = TypeVar("_Rule")

# In this order: a category's pattern tries English first.
LANGUAGES: dict[str, PhraseTable] = {
    table.name: table
    for table in (
        module_table(en_status),
        module_table(en_kinds),
        *(load_language(code) for code in ("de", "fr", "es", "nl", "pt", "it")),
    )
}
# Capitalised words other languages' mail is full of (pronouns, nouns), never an employer's name. (Its type
# written out: mypyc, compiling the modules that import it in a cycle, can't infer it.)
NAME_STOP_WORDS: frozenset[str] = frozenset().union(
    *(language.name_stop_words for language in LANGUAGES.values())
)


def fragments_of(category: str) -> list[str]:
    """Every language's fragments for `category`."""
    return [fragment for language in LANGUAGES.values() for fragment in language.fragments(category)]


def compile_fragments(fragments: list[str]) -> re.Pattern[str]:
    """One pattern for lowercased text matching any fragment (each must start with a word boundary)."""
    if not fragments:
        return re.compile(r"(?!x)x")
    bodies = []
    for fragment in fragments:
        if not fragment.startswith(r"\b"):
            raise ValueError(f"phrase fragment must start with \\b: {fragment!r}")
        bodies.append(f"(?:{fragment[2:]})")
    # The word boundary, hoisted out of the alternation, fails most positions at once; where it holds,
    # a test of the fragments' first characters rules out most of them at once.
    return re.compile(with_first_characters_test(r"\b(?:" + "|".join(bodies) + ")"))


# Patterns used as patterns: on short texts (subjects, one sentence) a single search is cheapest.
HEDGE = compile_fragments(fragments_of("HEDGE"))
GENERAL_CANDIDATES = compile_fragments(fragments_of("GENERAL_CANDIDATES"))
ASSESSMENT_TOOL = compile_fragments(en_status.ASSESSMENT_TOOL)
SUBJECT_APPLICATION = compile_fragments(fragments_of("SUBJECT_APPLICATION"))
SUBJECT_ALERT = compile_fragments(fragments_of("SUBJECT_ALERT"))
SUBJECT_REJECTION = compile_fragments(fragments_of("SUBJECT_REJECTION"))
SUBJECT_UPDATE = compile_fragments(fragments_of("SUBJECT_UPDATE"))
SUBJECT_OUTREACH = compile_fragments(fragments_of("SUBJECT_OUTREACH"))
SUBJECT_WITHDRAWN = compile_fragments(fragments_of("SUBJECT_WITHDRAWN"))
SUBJECT_OFFER = compile_fragments(fragments_of("SUBJECT_OFFER"))
SUBJECT_INTERVIEW = compile_fragments(fragments_of("SUBJECT_INTERVIEW"))
SUBJECT_ASSESSMENT = compile_fragments(fragments_of("SUBJECT_ASSESSMENT"))

# Categories found in one pass over a text (see index.py), by name.
SCANNED_CATEGORIES = (
    "CONFIRMATION",
    "APPLICATION_REFERENCE",
    "REJECTION",
    "WITHDRAWN",
    "SEARCH_STOPPED",
    "OFFER",
    "INTERVIEW",
    "ASSESSMENT",
    "JOB_ALERT",
    "OUTREACH",
    "REMINDER",
    "ACCOUNT",
    "SURVEY",
    "MARKETING",
    "JOB_ADVICE",
    "JOB_TIP",
    "APPLICANT_VOICE",
    "NOT_HIRING_INTERVIEW",
    "NOT_JOB_APPLICATION",
    "READER_HIRES",
    "NO_HIRING_PROCESS",
    "PROFILE_FIGURES",
    "INJECTION",
)
# Anchor categories: where employers' names and titles sit (see anchors.py), by category name.
EMPLOYER_AFTER = {
    f"employer_after:{number}": weight for number, (_, weight) in enumerate(anchors.EMPLOYER_AFTER)
}
EMPLOYER_BEFORE = {
    f"employer_before:{number}": weight for number, (_, weight) in enumerate(anchors.EMPLOYER_BEFORE)
}
TITLES: dict[str, tuple[float, bool, bool]] = {
    f"title:{number}": (weight, needs_role_word, needs_capital_after)
    for number, (_, weight, needs_role_word, needs_capital_after) in enumerate(anchors.TITLES)
}
_ANCHOR_ORDER = {category: rank for rank, category in enumerate([*EMPLOYER_AFTER, *EMPLOYER_BEFORE, *TITLES])}


def anchors_found(
    hits: dict[str, list[re.Match[str]]], table: Mapping[str, _Rule]
) -> list[tuple[str, _Rule]]:
    """The categories of an anchor `table` that a text's `hits` have matches of, with their rules, in the
    table's order. A text matches a handful of the hundred-odd anchor categories of six languages: going
    through those is the cheaper loop than asking the table's every category."""
    found = [(category, table[category]) for category in hits if category in table]
    return sorted(found, key=lambda item: _ANCHOR_ORDER[item[0]])


@functools.cache
def phrase_index() -> PhraseIndex:
    """The index of every scanned and anchor category, built on first use: parsing its ~1,200
    patterns takes about half a second, which the functions that never read mail (api, auth, fetch,
    sheet_sync) would otherwise pay at every cold start."""
    return PhraseIndex(
        {
            **{category: fragments_of(category) for category in SCANNED_CATEGORIES},
            "ASSESSMENT_TOOL": en_status.ASSESSMENT_TOOL,
            "REJECTION_SHAPE": rejection_shape.ANCHORS,
            "OFFER_SHAPE": offer_shape.ANCHORS,
            "INTERVIEW_SHAPE": interview_shape.ANCHORS,
            "TEST_SHAPE": test_shape.ANCHORS,
            "TIME_SHAPE": interview_shape.TIME_ANCHORS,
            "SIZE_SHAPE": test_shape.SIZE_ANCHORS,
            "HOLD_SHAPE": hold_shape.ANCHORS,
            "JOB_CONTEXT": [
                roles.JOB_WORDS,
                roles.PERSON_ROLES,
                roles.APPLIED_AS,
                hand_anchors.WORKPLACE_WORDS,
                *fragments_of("JOB_WORDS"),
                *fragments_of("JOB_WORDS_ENGLISH_TOO"),
            ],
            "REQUISITION": [anchors.REQUISITION],
            **lookalike_shapes.CATEGORIES,
            **{name: [anchors.EMPLOYER_AFTER[number][0]] for number, name in enumerate(EMPLOYER_AFTER)},
            **{name: [anchors.EMPLOYER_BEFORE[number][0]] for number, name in enumerate(EMPLOYER_BEFORE)},
            **{name: [anchors.TITLES[number][0]] for number, name in enumerate(TITLES)},
        }
    )


def scan(text: str) -> dict[str, list[re.Match[str]]]:
    """Every scanned and anchor category's matches in lowercased `text`, each in text order."""
    return phrase_index().scan(text)
