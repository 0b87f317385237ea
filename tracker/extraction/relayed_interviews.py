"""An agency confirming its client's interview, which is no cold contact though it speaks as a recruiter.

A German Personaldienstleister writes the step first and its client after: "wie besprochen bestätige ich
Ihnen hiermit das Vorstellungsgespräch im Auftrag unseres Kunden X: Montag, 16.02., 10:00 Uhr", signed
"Personalberaterin". Its recruiter's words ("im Auftrag unseres Kunden", the signature's role) are those
of cold outreach, which introduces the client or the reader's profile first and only then proposes a
call. A meeting named before any recruiter's word, not a call, with its clock time, is the reader's step.
"""

from __future__ import annotations

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
