"""A building's name and the address line it heads: "Kelland House" over "12 High Street", "Brightwell Court,
4 Mill Lane". An office's building is no word of its organisation's name (fuller_names.py), but a care home,
a clinic or a lodge is often named for its building ("Thornbury House"), and then the building's name is the
organisation's (employer_signoffs.py). A line opening with a house number is an address, never a name.
"""

from __future__ import annotations

import re

# The nouns a building's name ends with.
BUILDING_NOUNS = frozenset(
    {"house", "court", "lodge", "hall", "tower", "towers", "building", "centre", "center", "chambers",
     "works", "mill", "park", "place", "point", "yard", "wharf", "exchange", "gate", "plaza", "square",
     "quay", "haus"}
)  # fmt: skip
# A public body's building after its name ("City of Alderby Municipal Building", "Harwick County Civic
# Centre"): where a test or an interview is held, not who holds it.
PUBLIC_BUILDING = re.compile(
    r" (?:Municipal|Civic|Administration|Administrative|Government|Council|County|City|Town|Village|Public)"
    r" (?:Building|Buildings|Hall|Centre|Center|Chambers|Offices|Complex|Annex|Plaza)\b"
)
# What an address line opens with: a house number ("12 High Street", "4a", "12-14") or a unit's ("Unit 4").
_HOUSE_NUMBER = re.compile(r"(?:(?:unit|suite|flat|floor|level) )?\d+[a-z]?(?:[-–]\d+)?,? ", re.I)


def names_a_building(name: str) -> bool:
    """True when `name` ends with a building's noun: "Thornbury House", "Alder Court"."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in BUILDING_NOUNS


def opens_an_address(text: str, at: int = 0) -> bool:
    """True when `text` from `at` opens with a house or unit number: "12 High Street", "Unit 3, ..."."""
    return bool(_HOUSE_NUMBER.match(text, at))
