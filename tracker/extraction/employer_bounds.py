"""Where an employer's name ends: what a mail glues after it that belongs to no organisation's name.

Read by the name's shape, never by knowing it: a branch office of a network after the brand ("Adecco Agence
de Lyon Part-Dieu", "Start People Vestiging Utrecht") is the brand; a town after a dash ("Maison Delorme -
Angers (49)") is where the post is; a department after a town's own government ("Wexford Township Department
of Public Works") is a unit of that government, its employer.
"""

from __future__ import annotations

import re

from tracker.extraction.not_employers import BRANCH_NOUNS, without_branch_tail
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places

MUNICIPAL_TAILS = word_list("municipal_tails")
# "Wexford Township Department of Public Works": the unit after a government's own word.
_UNIT_AFTER_GOVERNMENT = re.compile(
    rf"\s(?i:{MUNICIPAL_TAILS})(?P<unit>\s+(?:Department|Office|Division|Bureau) (?:of|for) .*)$"
)
# "Maison Delorme - Angers (49)": a town (a French department's number after it) after a dash.
_PLACE_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?P<place>[^-–—]+?)(?:\s*\(\d{2,3}\))?$")
_BRANCH_WORDS = re.compile(rf"(?i:{BRANCH_NOUNS})")
_DASHES = ("-", "–", "—")


def bounded_name(name: str) -> str:
    """`name` without a branch office, a town after a dash or a government's department after it."""
    if _BRANCH_WORDS.search(name):
        name = without_branch_tail(name)
    if any(dash in name for dash in _DASHES):
        place = _PLACE_AFTER_DASH.search(name)
        if place and place.start() > 1 and only_places(place["place"]):
            name = name[: place.start()]
    if " of " in name or " for " in name:
        unit = _UNIT_AFTER_GOVERNMENT.search(name)
        if unit:
            name = name[: unit.start("unit")]
    return name
