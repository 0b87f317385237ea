"""An agency's client named by the mail the agency forwards from it.

A recruiter forwards the client's own mail under a note of its own ("Great news - they'd like to meet you!
See below from their office manager."), naming the client nowhere but in what it forwards: the forwarded
mail's sender writes from the client's own domain ("Rosa Vell <r.vell@brackwatermarine.co.uk>"). Its label
is the client, spelled as the text writes it where it does ("Brackwater Marine", employer_labels.py). Read
only in an agency's mail, where the forwarded sender is no free mail, no system and not the agency itself.
"""

from __future__ import annotations

from tracker.extraction.agency_trades import is_agency_domain
from tracker.extraction.carried_mail import forwarded_sender
from tracker.extraction.client_firms import CLIENT_FIRM, CLIENT_FIRM_WEIGHT, agency_sender_spellings
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.platforms import domain_employer, platform_of
from tracker.extraction.text import PreparedEmail, Sender

# Words one of which every forward's or carried mail's marker holds (lowercase).
_MARKER_WORDS = ("forwarded", "original message", "____", "begin forwarded")


def add_forwarded_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client whose own mail an agency forwards under its note, as its domain's label."""
    if not any(word in email.body_lower for word in _MARKER_WORDS):
        return
    forwarded = forwarded_sender(email.body)
    if forwarded is None:
        return
    at, raw = forwarded
    sender = Sender.parse(raw)
    label = domain_employer(sender)
    if not label or len(label) < 3 or platform_of(sender) or is_agency_domain(sender.domain):
        return
    if any(label in spelling or spelling in label for spelling in agency_sender_spellings(email)):
        return  # the agency's own colleague, or the reader's mail back to it
    if not is_agency_sender(email):
        return
    found.append(Candidate(label, CLIENT_FIRM_WEIGHT, False, ("body", at, CLIENT_FIRM)))
