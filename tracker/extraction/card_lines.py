"""The lines of a job board's application card that are neither its post nor its employer: the place with
how the work is done in brackets after it ("Deventer (op locatie)", "Leeds (Hybrid)", "Sevilla
(Presencial)", "Lyon (Sur site)") and the day the reader applied ("Applied on 16 Mar", "Gesolliciteerd op
26 jan", "Beworben am 3. März", "Inscrita el 04/02/2026"). A card closes on its date: a line holding one is
the card's own, never the next posting of a list of others.
"""

from __future__ import annotations

import re

from tracker.cohort_words import ENGLISH_MONTHS
from tracker.extraction.places import only_places
from tracker.extraction.weekdays import (
    DUTCH_MONTHS,
    FRENCH_MONTHS,
    GERMAN_MONTHS,
    ITALIAN_MONTHS,
    PORTUGUESE_MONTHS,
    SPANISH_MONTHS,
)

# Every language's months by their first three letters, as boards shorten them ("jan", "mrt" aside).
_MONTH_STEMS = "|".join(
    sorted(
        {
            month[:3]
            for months in (
                ENGLISH_MONTHS, FRENCH_MONTHS, SPANISH_MONTHS, GERMAN_MONTHS,
                DUTCH_MONTHS, PORTUGUESE_MONTHS, ITALIAN_MONTHS,
            )
            for month in months
        }
    )
)  # fmt: skip
# A day and its month either way round, or a date in figures.
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.?[ \t]{{1,3}}(?:de[ \t]{{1,3}})?(?:{_MONTH_STEMS})"
    rf"|(?:{_MONTH_STEMS})\w{{0,7}}\.?[ \t]{{1,3}}\d{{1,2}}\b|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b)",
    re.I,
)
# A bracket closing a place's cell: how or where the work is done, in the board's words.
_CLOSING_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,30}\)$")


def holds_a_date(line: str) -> bool:
    """Whether `line` writes a day: a card's "applied on" line, whatever its language."""
    return _DATE.search(line) is not None


def place_with_setting(cell: str) -> bool:
    """Whether `cell` is a place with a bracket after it ("Deventer (op locatie)", "Leeds (Hybrid)")."""
    bare = _CLOSING_BRACKET.sub("", cell)
    return bare != cell and only_places(bare)
