"""Public bodies of the UK, Ireland, Australia and New Zealand, named by how such names are built.

A department, ministry, agency, council or police force is named by its shape ("Department for X",
"Ministry of X", "HM X", "X Office", "X County Council", "Shire of X", "X Constabulary"), not by a list:
wherever the mail writes one, it is a candidate employer, and after a title's comma ("Work Coach (EO),
Department for Work and Pensions") it is no part of the title. A university's unit ("Department of
Physics, University of Oxford") is where the post is, not its employer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extraction.building_names import PUBLIC_BUILDING
from tracker.extraction.employer_candidates import PUBLIC_BODY, Candidate, add_candidate
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail

# The words of a body's name after its head ("for Work and Pensions", "of Environment, Food and Rural
# Affairs"): capitalised words, joined by "and", "&", "of", "the" or a comma before another capital.
_WORDS = r"[A-Z][\w'’-]*(?:(?:,? (?:and|&|of|the|for) |, | )[A-Z][\w'’-]*){0,6}"
_PUBLIC_BODY = re.compile(
    r"\b(?P<name>"
    rf"(?:Department|Ministry|Office) (?:for|of) (?:the )?{_WORDS}"
    rf"|HM {_WORDS}"
    r"|(?:Home|Cabinet|Scotland|Wales|Northern Ireland|Met|Foreign, Commonwealth (?:and|&) Development) "
    r"Office"
    rf"|(?:Shire|City|Town|Municipality) of (?:the )?{_WORDS}"
    r"|(?:[A-Z][\w'’-]* (?:(?:and|&|upon|on) )?){1,4}"
    r"(?:(?:Metropolitan )?Borough|County|City|District|Shire|Regional|Town) Council"
    # "Ōtaki Bay Hospital and Health Service": a health body's name ends at its own words.
    r"|(?:[A-ZÀ-ÖØ-ÞĀĒĪŌŪ][\w'’-]* (?:(?:and|&) )?){1,5}"
    r"(?:(?:University )?Health Board|NHS (?:Foundation )?Trust|Local Health District|"
    r"Health Service(?: Executive)?)"
    r"|(?:[A-Z][\w'’-]* ){1,3}(?:Constabulary|Police(?: Service)?|Fire (?:and|&) Rescue Service|Fire Service)"
    r")\b"
)
# The words that start such a name: a mail without any is passed over in one search.
_HEADS = re.compile(
    r"Department|Ministry|Office|HM |Shire|City of|Town of|Municipality|Council|Constabulary|Police|Fire |"
    r"Health Board|NHS|Health District|Health Service",
)
# A unit of a university or of a body named after it: "Department of Physics, University of Oxford".
_UNIT_BEFORE_ORGANISATION = re.compile(
    r"\s*(?:,|\n|at|at the|in|of the)\s*(?:The )?(?:University|[A-Z]\w+ University|[A-Z]\w+ College)"
)
_PUBLIC_BODY_WEIGHT = 2.0
_ACADEMIC_WORDS = ("university", "college")
_UNIT_HEADS = ("Department of", "Office of", "Office for")


# A unit read with its organisation as one name: "Department of Chemistry, University of Kent" (but
# "Department for Environment, Food and Rural Affairs" is one name).
_UNIT_THEN_ORGANISATION = re.compile(
    r"^(?:the )?(?:Department|School|Faculty|Institute|Division|Centre|Center) (?:of|for) [^,]+,\s+"
    r"(?P<org>(?:The )?(?:University|(?:[A-Z][\w'’-]* ){1,3}(?:University|College))\b.*)$"
)


def add_public_bodies(found: list[Candidate], email: PreparedEmail) -> None:
    """The public bodies a mail names by their names' shape, each a candidate employer where it names no
    university's unit; a unit read with its organisation ("Department of Chemistry, University of Kent")
    is the organisation."""
    # A university's or a college's mail (its name, its domain) names its own units "Department of Biology".
    domain = email.sender.domain.lower()
    academic = (
        domain.endswith(".edu")
        or ".ac." in f"{domain}."
        or ".edu." in domain
        or any(
            word in text for text in (email.sender.name.lower(), email.body_lower) for word in _ACADEMIC_WORDS
        )
    )
    for field, text, match in public_body_matches(email, _HEADS, _PUBLIC_BODY):
        name = _without_trailing_place(match.group("name").rstrip(" ,"))
        if _UNIT_BEFORE_ORGANISATION.match(text, match.end()) or (academic and name.startswith(_UNIT_HEADS)):
            continue
        add_candidate(found, name, _PUBLIC_BODY_WEIGHT, (field, match.start(), PUBLIC_BODY))
    for candidate in found:
        if "," in candidate.name and (unit := _UNIT_THEN_ORGANISATION.match(candidate.name)):
            candidate.name = unit.group("org")
        elif candidate.name.startswith(_UNIT_NAMES) and (
            university := _university_of_unit(candidate.name, email)
        ):
            candidate.name = university


# A university's unit read alone ("Department of Civil Engineering"), the text writing its university
# after it: "the Department of Civil Engineering at Harrowfield University", "School of Physics\nUniversity of
# Northfield". The university employs the unit's staff: it is the employer, as a body is its sites'.
_UNIT_NAMES = tuple(
    f"{head} {joint}"
    for head in ("Department", "School", "Faculty", "Division", "Institute", "Centre", "Center")
    for joint in ("of", "for")
)
# Of those, the heads of a university's units ("Institute for Marine Sciences", "Centre for Ageing Better"
# and "Department for Transport" are organisations of their own).
_ONLY_UNIT_NAMES = ("Department of", "School of", "Faculty of", "Division of")
_UNIVERSITY_AFTER_UNIT = re.compile(
    r"[ \t]*(?:,|\n|at|at the|in|of the)[ \t]*(?P<org>(?:The )?(?:University of (?:the )?[A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*){0,3}|(?:[A-Z][\w'’-]* ){1,3}(?:University|College)))"
)


def is_unit_name(name: str) -> bool:
    """True when `name` is built as a university's unit: "Department of Chemistry", "School of Physics"."""
    return name.startswith(_ONLY_UNIT_NAMES)


def _university_of_unit(unit: str, email: PreparedEmail) -> str | None:
    """The university the text writes right after the unit `unit`, else None."""
    for text in (email.body, email.subject):
        at = text.find(unit)
        while at >= 0:
            university = _UNIVERSITY_AFTER_UNIT.match(text, at + len(unit))
            if university:
                return university.group("org")
            at = text.find(unit, at + len(unit))
    return None


def public_body_matches(
    email: PreparedEmail, heads: re.Pattern[str], bodies: re.Pattern[str]
) -> Iterator[tuple[str, str, re.Match[str]]]:
    """Each match of `bodies` in the mail's subject, then its body, with its field and that text; a text
    naming none of `heads` (the bodies' first words) is passed over in one search."""
    for field, text in (("subject", email.subject), ("body", email.body)):
        if heads.search(text):
            for match in bodies.finditer(text):
                yield field, text, match


def _without_trailing_place(name: str) -> str:
    """ "Department of Defence, Canberra" -> "Department of Defence": a comma joins a name's own words
    ("Environment, Food and Rural Affairs"), never the place the body sits in; nor is the body's building
    ("City of Alderby Municipal Building, Room 12", "Harwick County Civic Centre") part of its name."""
    if building := PUBLIC_BUILDING.search(name):
        name = name[: building.start()]
    head, comma, tail = name.rpartition(", ")
    return head if comma and only_places(tail) else name
