"""The post a person signs with under their name: a role ("Head Chef", "HR Generalist") or a leader's
word no job title is read as ("Founder", "Co-founder & CEO", "Owner / Director"), alone or joined. A
signature's post line is no organisation: the organisation signs on the next line, or after the post on
the same one ("Founder, Brasswing").
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.places import only_places
from tracker.extraction.signature_lines import is_practice_area
from tracker.extraction.team_words import is_team
from tracker.extraction.title import names_a_person_role
from tracker.names import company_key

# Words a person leading or owning the place signs with, which name no post one applies for.
_LEADERS_WORDS = re.compile(
    r"(?i:(?:co-?)?founder|(?:co-?)?owner|proprietor|proprietress|ceo|cto|coo|cfo|cpo|cmo|md|"
    r"(?:managing |senior |equity )?partner|principal|headteacher|head teacher|headmaster|headmistress|"
    r"chair(?:man|woman|person)?|dean|licensee|landlord|landlady)"
)
# Posts joined on one line: "Co-founder & CEO", "Owner / Director", "Founder and Head Chef". An "&" between
# single capitals joins an initialism's letters, not two posts: "P&O-adviseur" (Dutch HR's "Personeel &
# Organisatie"), "R&D Lead".
_JOINS = re.compile(r"\s*(?:/|\+)\s*|\s*(?<!\b[A-Z])&(?![A-Z]\b)\s*|\s+and\s+")


@functools.lru_cache(maxsize=1024)
def is_signers_post(text: str) -> bool:
    """True when `text` is a post a person signs with: each of its joined parts a role or a leader's word."""
    if LEGAL_FORM_AT_END.search(text):
        return False  # "Studio Tecnico Ferraro S.r.l.": a firm named by its trade, its legal form closing it
    parts = [part for part in _JOINS.split(text.strip(" ,.")) if part]
    return bool(parts) and all(_is_one_post(part) for part in parts)


def _is_one_post(part: str) -> bool:
    """ "Founder", "Head Chef", "Head of Engineering": a leader's word, or a role ending in its noun or
    naming its field after "of" ("Studio Tecnico Galli" holds a role's word, but ends in a name)."""
    if _LEADERS_WORDS.fullmatch(part):
        return True
    last = part.rsplit(" ", 1)[-1]
    return names_a_person_role(part) and (
        _LEADERS_WORDS.fullmatch(last) is not None
        or names_a_person_role(last)
        or _FIELD_AFTER.search(part) is not None
    )


# "Head of Engineering", "Director of Operations", "Clerk to the Council": the role, then its field.
_FIELD_AFTER = re.compile(r" (?:of|for|to) ")


# An organisation's name as a signature writes it: capitalised words, "&", "and", "of" and "the" between
# them ("The Copper Kettle", "Fox & Finch Ltd", "Brasswing").
_NAME_SHAPE = re.compile(r"(?:The )?[A-Z][\w'’.&-]*(?: (?:&|and|of|the|[A-Z0-9][\w'’.&-]*)){0,5}")
# A committee or a panel signs for its organisation, not as it: "Chair, Postdoc Search Committee".
_A_BODY_OF_PEOPLE = re.compile(r"\b(?:[Cc]ommittee|[Pp]anel)$")
# A unit of the organisation, named by its noun: "Certificated Personnel", "Cybersecurity Operations".
_UNIT_NOUN_AT_END = re.compile(r" (?:Personnel|Resources|Department|Dept\.?|Division|Unit|Operations)$")
# A post and its organisation on one line: "Founder, Brasswing", "Head of Product @ Tidewater".
_POST_THEN_NAME = re.compile(r"\s*[|,·•]\s*|\s+[-–—@]\s+|\s+at\s+")


def signs_as_organisation(name: str, writer: str) -> bool:
    """True when `name`, signed under a writer's post, is an organisation's: name-shaped, and no place,
    no post, no address and not the writer (`writer`: the writer's line) themself."""
    return (
        _NAME_SHAPE.fullmatch(name) is not None
        and not any(char.isdigit() for char in name)
        and not is_signers_post(name)
        and not is_team(name)
        and not is_practice_area(name)  # "Senior Consultant - Data & Analytics": the writer's field
        and not _A_BODY_OF_PEOPLE.search(name)
        and not _UNIT_NOUN_AT_END.search(name)
        and not only_places(name)
        and not set(company_key(name).split()) <= set(company_key(writer).split())
    )


def organisation_after_post(line: str, writer: str) -> str | None:
    """The organisation a line names after the writer's post ("Founder, Brasswing"), else None."""
    if not _POST_THEN_NAME.search(line):
        return None
    parts = [part for part in _POST_THEN_NAME.split(line.strip(" ,")) if part]
    if len(parts) == 3 and only_places(parts[2]):
        parts = parts[:2]  # "Owner, The Red Lion, Ludlow"
    if len(parts) != 2 or not is_signers_post(parts[0]):
        return None
    return parts[1] if signs_as_organisation(parts[1], writer) else None


# An organisation, then the post on one line: "Brasswing – Founder", "Tidewater | Head of Product".
_NAME_THEN_POST = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
# A sign-off naming the post the writer hires for: "Brasswing - Sous Chef hiring".
_HIRING_AT_END = re.compile(r"\s+(?:[Hh]iring|[Rr]ecruitment)$")


def organisation_before_post(line: str, writer: str) -> str | None:
    """The organisation a line names before the writer's post or the post they hire for ("Brasswing –
    Founder", "Brasswing - Sous Chef hiring"), else None."""
    if not _NAME_THEN_POST.search(line):
        return None
    parts = [part for part in _NAME_THEN_POST.split(line.strip(" ,")) if part]
    if len(parts) != 2:
        return None
    post = _HIRING_AT_END.sub("", parts[1])
    if not (is_signers_post(post) or (post != parts[1] and names_a_person_role(post))):
        return None
    if parts[0].split()[0] == writer.split()[0]:
        return None  # "Sam Patel – Founder" under "Sam": the writer's full name and post
    return parts[0] if signs_as_organisation(parts[0], writer) else None
