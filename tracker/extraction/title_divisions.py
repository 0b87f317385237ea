"""An employer's division heading a title: "Acme Robotics - Data Analyst Co-op" names the role within Acme
Robotics, and the title keeps the division as the employer writes it (the labels keep it: a tracker lists
the posting's name whole), where "Acme Data Analyst" or "Acme - Data Analyst" only repeats the employer, as
"Brackwater Mills Payroll Analyst" does of "Brackwater Mills Corporation" (a name written without its company
word or legal form).
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places
from tracker.extraction.title_shape import names_a_person_role
from tracker.names import company_key

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


def employer_written_first(raw: str, company: str) -> str:
    """The employer's name as `raw` opens with it, whole or without its legal form or its company word
    ("Brackwater Mills" of "Brackwater Mills Corporation"); "" when it opens with neither."""
    lowered = raw.lower()
    if lowered.startswith(company.lower() + " "):
        return company
    words = company.split()
    for count in range(len(words) - 1, 0, -1):
        written = " ".join(words[:count])
        if not lowered.startswith(written.lower() + " ") or company_key(written) != company_key(company):
            continue
        if lowered[len(written) :].split()[0].strip(".,") == words[count].lower().strip(".,"):
            return ""  # "Acme Logistics Inc - Data Engineer": the name whole, its segment cut elsewhere
        return written
    return ""
