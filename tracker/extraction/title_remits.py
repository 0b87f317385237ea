"""The territory a commercial post covers, written after its name: "Export Trade Coordinator (Area DACH)",
"Purchasing Lead – Americas", "Key Account Manager, Nordics". A sales, export, buying or marketing post
is named by the market it serves, and the labels keep it, where the same regions after another post say where
it is worked ("Software Engineer - EMEA", "(Remote - EMEA)"), which title_sites.py cuts as a place.

Only a region of several countries counts (a town or a country after a sales post is still where it is
worked): clean_title sets the remit aside before it cuts places and puts it back after.
"""

from __future__ import annotations

import re

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
    if remit is None or remit.start() == 0 or not _COMMERCIAL_POST.search(title, 0, remit.start()):
        return title, ""
    return title[: remit.start()], title[remit.start() :]
