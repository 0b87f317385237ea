"""A person named with their post in brackets is no employer: "an interview with Tom Reeve (Head of Sales)",
"I've heard back from Quennick and Owen Tate (Head of Procurement) would like to meet you", "met Anja Brenner
(Leiterin Einkauf)", "avec Ombretta Marchal (Directrice financière)".

A writer introducing the people the reader will meet writes each name, then what they do in brackets; a
reader of names takes the name for an organisation (after "with", or run on from the organisation before it
through "and"). The bracket holding a person's post tells the name for a person's in every language; the
reading a name ran on from ("Quennick and Owen Tate") is no employer either, since its last words are the
person's.
"""

from __future__ import annotations

import re

from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.title_shape import names_a_person_role

# The bracket after the name, holding a post: "(Head of Procurement)", "(Leiterin Einkauf)".
_BRACKET_AFTER = re.compile(r"\s{0,2}\(([^()\n]{2,60})\)")
# The conjunction a reading runs on through, in each language, before the person's name.
_AND = re.compile(r"\s(?:and|&|und|et|en|e|y)\s", re.I)
_MAX_PLACES = 20  # a name is looked for at its first few places only: a mail writes a person a few times


def written_as_a_person_by_post(name: str, body: str) -> bool:
    """Whether `body` writes `name`, or the person's name closing it after an "and", right before a bracket
    naming a person's post."""
    person = _person_closing(name)
    if person is None:
        return False
    start = 0
    for _ in range(_MAX_PLACES):
        at = body.find(name, start)
        if at < 0:
            return False
        after = _BRACKET_AFTER.match(body, at + len(name))
        if after is not None and names_a_person_role(after.group(1)):
            return True
        start = at + len(name)
    return False


def _person_closing(name: str) -> str | None:
    """The person's name `name` is or closes with after a conjunction ("Quennick and Owen Tate" -> "Owen
    Tate"), or None where it closes on no person's name."""
    if looks_like_person_name(name):
        return name
    parts = _AND.split(name)
    if len(parts) > 1 and looks_like_person_name(parts[-1]):
        return parts[-1]
    return None
