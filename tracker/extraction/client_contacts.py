"""An agency's client named through its person, whatever the writer says they did with them.

A recruiter writes of the client's people by name or post with where they work, not by a sentence about the
client itself: "I've finally pinned Dagny at Orrevale Foods down", "sent your CV to the Ward Manager at St
Cuthbert's Hospice", "Mr Dassanayake at Kelani Mills". The person (a given name mid-sentence, a form of
address and a surname, or "the" and a post) is the client's; the organisation after "at" is the client, the
employer of the process; the person, read as a name elsewhere, is no employer. Read only where the writer
signs for a recruiting firm (an agency by employer_agencies, or a recruiting word in the display name or the
mail's last lines) and the organisation is not the firm itself: an in-house recruiter's "the hiring manager
at Acme" names their own organisation, which their domain spells. French and German mail names the client's
place by words the employer anchors read anyway ("chez X", "bei der X GmbH"). (client_conversations.py
reads the same person after a talk's words, in any agency's mail.)
"""

from __future__ import annotations

import re

from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.name_reading import read_name
from tracker.extraction.places import only_places
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role

# The client's person: a given name after a lowercase word (mid-sentence: "Everyone at X" opens one), a
# form of address and a surname, or "the"/"their" and a post of up to four words (capitalised or a post's
# common lowercase words). Then "at". Every repeat is bounded;
# a post's capitalised and lowercase words open with different letters.
_POST_WORD = r"(?:[A-Z][\w'&-]{0,20}|hiring|recruiting|line|team|manager|director|head|lead|of)"
_CONTACT = re.compile(
    r"(?:(?<=[a-z,] )(?P<given>[A-Z][a-z'-]{1,20})"
    r"|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'-]{1,25}"
    r"|\b(?:the|their) (?:" + _POST_WORD + r" ){0,3}" + _POST_WORD + r")"
    r" at (?=[A-Z])"
)
# Words that the opening of a contact's place holds: most mail holds none.
_PLACE_WORDS = (" at ",)
# Capitalised words mid-sentence before "at" that are no person: days, months, a meeting's own words.
_NO_PERSON = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "teams", "zoom", "interview", "office", "noon", "midday",
    }
)  # fmt: skip
# A recruiting firm's word in its signature (an employer's own team signs "Recruitment" too, but speaks of
# its own organisation, which its domain spells and is passed over).
_RECRUITING = re.compile(r"\b(?:recruitment|recruiting|headhunters?)\b")
# How far below the closing the writer's signature may run.
_SIGNATURE_CHARS = 600


def add_client_contacts(found: list[Candidate], email: PreparedEmail) -> None:
    """The client a recruiting firm's writer names by its person's name or post and where they work."""
    body = email.body
    if not any(word in email.body_lower for word in _PLACE_WORDS):
        return
    matches = [m for m in _CONTACT.finditer(body) if _names_a_person(m, body)]
    if not matches or not _signs_for_recruiters(email):
        return
    own = agency_sender_spellings(email)
    persons: set[str] = set()
    for match in matches:
        name = read_name(body, match.end())
        if not name or only_places(name):
            continue  # "Karin at Leeds": the office's town
        letters = run_together(name)
        if len(letters) < 3 or spells_the_agency(letters, own):
            continue  # the firm's own office or team ("the team at Calder Search")
        add_candidate(found, name, CLIENT_FIRM_WEIGHT, ("body", match.end(), CLIENT_FIRM))
        if not match.group(0).startswith(("the ", "their ")):
            persons.add(match.group(0).removesuffix(" at "))
    # The client's person, read as a name by the anchors ("with Mr Rathnayake at X"), is no employer.
    found[:] = [c for c in found if c.name not in persons]


def _names_a_person(match: re.Match[str], body: str) -> bool:
    """Whether a contact's given name is a person's: no day or meeting's word, no post's last word
    ("for Assistant Manager at X": the post's place, not a person's), its word before lowercase."""
    given = match.group("given")
    if given is None:
        return True
    before = body[max(0, match.start() - 30) : match.start()].split()
    return (
        given.lower() not in _NO_PERSON
        and not names_a_person_role(given)
        and not (before and before[-1][:1].isupper())
    )


def _signs_for_recruiters(email: PreparedEmail) -> bool:
    """Whether the writer signs for a recruiting firm: an agency by its trade, or a recruiting word in the
    display name or the mail's last lines."""
    if is_agency_sender(email):
        return True
    tail = f"{email.sender.name}\n{email.body[-_SIGNATURE_CHARS:]}"
    return names_an_agency(tail) or _RECRUITING.search(tail.lower()) is not None
