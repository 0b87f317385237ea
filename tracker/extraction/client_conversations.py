"""An agency's client named through the person the writer spoke with there.

A recruiter passes on the news of a call rather than the client's name in a sentence of its own: "I've just
come off the phone with Petra at Pellmoor Marine", "I spoke to Anders from Vell & Orrin this morning", "had a
catch-up with Ruth (their Head of Finance) at Brackwater". The person is the client's; the organisation
after "at" or "from" is the client, the employer of the process. Read only in an agency's mail
(employer_agencies.is_agency_sender), where the organisation is not the agency itself.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.name_reading import read_name
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.places import only_places
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# The talk, then the person (a given name, maybe a surname, maybe their post in brackets), then where they
# work. Every repeat is bounded; the alternatives open with different words.
_CONVERSATION = re.compile(
    r"\b(?i:(?:off|on) the (?:phone|call) (?:with|to)|(?:spoken?|speaking|talk(?:ed|ing)|chatt(?:ed|ing))"
    r" (?:with|to)|caught up with|(?:a|the|my|our) (?:call|chat|catch[- ]up) with) "
    r"(?P<person>[A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)(?: \([^()\n]{1,40}\))? (?:at|from) "
)
# Words every match holds one of (lowercase): most mail holds none, and the search is then skipped.
_CONVERSATION_WORDS = (
    "phone ", "call ", "spoke", "speaking", "talked", "talking", "chatted", "chatting", "caught up",
    "chat with", "catch",
)  # fmt: skip


def add_client_conversations(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's writer names by the person they spoke with there."""
    body = email.body_lower
    if not any(word in body for word in _CONVERSATION_WORDS):
        return
    matches = list(_CONVERSATION.finditer(email.body))
    if not matches or not is_agency_sender(email):
        return
    own = agency_sender_spellings(email)
    for match in matches:
        person = match.group("person")
        if " " in person and not looks_like_person_name(person):
            continue  # "the call with Harbour Freight at 10": an organisation, not its person
        name = read_name(email.body, match.end())
        if not name or only_places(name):
            continue  # "spoke to Ilse at Leeds": the office's town, not the client
        letters = run_together(name)
        if len(letters) < 3 or spells_the_agency(letters, own):
            continue  # the agency's own office ("Anna at Calder Search")
        add_candidate(found, name, CLIENT_FIRM_WEIGHT, ("body", match.end(), CLIENT_FIRM))
