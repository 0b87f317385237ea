"""The territory a commercial post covers, written after its name: "Export Trade Coordinator (Area DACH)",
"Purchasing Lead – Americas", "Key Account Manager, Nordics". A sales, export, buying or marketing post
is named by the market it serves, and the labels keep it, where the same regions after another post say where
it is worked ("Software Engineer - EMEA", "(Remote - EMEA)"), which title_sites.py cuts as a place.

Only a region of several countries counts (a town or a country after a sales post is still where it is
worked): clean_title sets the remit aside before it cuts places and puts it back after.

After a comma the territory is the post's for any post: a comma adds to the role's name what a dash or a
bracket says of where it is worked ("HR Business Partner, EMEA", "Payroll Lead, Austria & Switzerland",
"Talent Partner, Europe", as "Underwriter, SME Commercial" adds a team), and the labels keep it; a town
or a single country after it is still a place ("Analyst, Leeds").
"""

from __future__ import annotations

import re

from tracker.extraction.places import is_country

_REGIONS = (
    r"(?:dach|emea|apac|latam|americas|nordics|benelux|iberia|mena|apj|north america|latin america|"
    r"south america|asia[- ]pacific|middle east|(?:northern |southern |eastern |western |central )?europe)"
)
# After a bracket, a dash, a bar or a comma, perhaps with the word for a territory ("Area", "Region").
_REMIT_AT_END = re.compile(
    rf"(?:\s*\(\s*(?:(?:area|region|territory|zone)\s+)?{_REGIONS}\s*\)|"
    rf"\s*[-–|,]\s*(?:(?:area|region|territory)\s+)?{_REGIONS})$",
    re.I,
)
# A region of several countries after a comma, as the whole tail.
_REGION_AFTER_COMMA = re.compile(rf",\s*{_REGIONS}$", re.I)
# The parts of a list of countries: "Austria & Switzerland", "UK and Ireland", "Spain, Portugal".
_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*")
# The words of a post that serves a market.
_COMMERCIAL_POST = re.compile(
    r"\b(?:sales|export|import|account|accounts|business development|commercial|procurement|purchasing|"
    r"buyer|sourcing|marketing|channel|partnerships?|territory|trade|distribution|category)\b",
    re.I,
)


def remit_set_aside(title: str) -> tuple[str, str]:
    """`title` without the market region a commercial post ends with, and that region as written (its
    separator with it); ("title", "") where it names none."""
    remit = _REMIT_AT_END.search(title)
    if remit is not None and remit.start() > 0 and _COMMERCIAL_POST.search(title, 0, remit.start()):
        return title[: remit.start()], title[remit.start() :]
    if "," in title and (listed := _territory_start(title)) is not None:
        return title[:listed], title[listed:]
    return title, ""


def is_territory(text: str) -> bool:
    """Whether `text`, written after a title's comma, is the territory the post covers: a region of several
    countries ("EMEA", "Southern Europe") or a list of two or more countries ("Austria & Switzerland")."""
    text = text.strip()
    if _REGION_AFTER_COMMA.fullmatch(f",{text}"):
        return True
    parts = [part for part in _LIST_SEPARATOR.split(text) if part]
    return len(parts) >= 2 and len(parts) <= 6 and all(is_country(part) for part in parts)


def _territory_start(title: str) -> int | None:
    """Where the territory begins after a title's comma: the first comma whose whole tail is one
    ("Analyst, EMEA"; "Analyst, Spain, Portugal & Italy", a list written with commas too)."""
    at = title.find(",")
    while at > 0:
        if any(ch.isalpha() for ch in title[:at]) and is_territory(title[at + 1 :]):
            return at
        at = title.find(",", at + 1)
    return None
