"""An employer's division heading a title: "Acme Robotics - Data Analyst Co-op" names the role within Acme
Robotics, and the title keeps the division as the employer writes it (the labels keep it: a tracker lists
the posting's name whole), where "Acme Data Analyst" or "Acme - Data Analyst" only repeats the employer.
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places
from tracker.extraction.title_shape import names_a_person_role

# One to three capitalised words after the employer's name, then a dash ("Robotics - ", "Cloud Services- ").
_DIVISION_THEN_DASH = re.compile(r" (?P<division>[A-Z][\w&'’]*(?: [A-Z][\w&'’]*){0,2}) ?[-–] \S")
# A hiring side's words, which name no division: "Acme Careers - Data Analyst".
_HIRING_SIDE = frozenset({"careers", "career", "jobs", "recruiting", "recruitment", "hiring", "talent", "hr"})


def heads_with_a_division(raw: str, company: str) -> bool:
    """Whether `raw`, opening with `company`'s name, goes on with a division of it and a dash before the
    role: "Acme Robotics - Data Analyst" (not "Acme Data Analyst - Leeds", nor "Acme London - Analyst")."""
    match = _DIVISION_THEN_DASH.match(raw, len(company))
    if match is None:
        return False
    division = match["division"]
    return (
        not names_a_person_role(division)
        and not only_places(division)
        and not _HIRING_SIDE.intersection(division.lower().split())
    )
