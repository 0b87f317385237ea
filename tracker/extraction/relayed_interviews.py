"""An agency confirming its client's interview, which is no cold contact though it speaks as a recruiter.

A German Personaldienstleister writes the step first and its client after: "wie besprochen bestätige ich
Ihnen hiermit das Vorstellungsgespräch im Auftrag unseres Kunden X: Montag, 16.02., 10:00 Uhr", signed
"Personalberaterin". Its recruiter's words ("im Auftrag unseres Kunden", the signature's role) are those
of cold outreach, which introduces the client or the reader's profile first and only then proposes a
call. A meeting named before any recruiter's word, not a call, with its clock time, is the reader's step.
"""

from __future__ import annotations

import re

from tracker.extraction.kind_evidence import Evidence
from tracker.extraction.text import PreparedEmail


def confirms_a_clients_interview(email: PreparedEmail, evidence: Evidence) -> bool:
    """True when the mail names a meeting (not a call) before any recruiter's word and sets its hour."""
    return (
        evidence.process_at is not None
        and evidence.outreach_at is not None
        and evidence.process_at < evidence.outreach_at
        and not evidence.asks_for_a_call
        and not evidence.cold_contact
        and bool(email.body_hits.get("TIME_SHAPE"))
    )


# The client's own wish to meet the reader, which only a client that has seen their CV has: "my client, a
# mid-size insurer, would like to invite you to an interview", "the client would like to meet you". A cold
# contact offers the agency's call about a client's role instead ("I'm recruiting for a client ... free
# for a call?").
_CLIENTS_WISH = re.compile(
    r"\b(?:my|our|the) client(?:,[^,.\n]{1,60},)? (?:would (?:like|love)|wants|is keen|has asked) to "
    r"(?:meet|interview|invite|speak (?:to|with)|see|offer) you\b"
)


def relays_a_clients_wish(email: PreparedEmail) -> bool:
    """True when an agency relays its client's wish to meet, interview or hire the reader."""
    return "client" in email.body_lower and _CLIENTS_WISH.search(email.body_lower) is not None
