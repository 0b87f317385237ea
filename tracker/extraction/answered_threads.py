"""The kind and step of a reply over the reader's own application (quoted_applications.py).

Its answer may state a step in everyday words ("come by Monday at 7", "you can start on the 3rd": read as
addressed_steps.py reads them) or none: "Thanks, we'll be in touch next week", "still going through the
portfolios" leave the application where it was, applied.
"""

from __future__ import annotations

from tracker.extraction.addressed_steps import proposed_step
from tracker.extraction.answered_steps import UNREAD_READINGS
from tracker.extraction.kind_reading import KindReading
from tracker.extraction.quoted_applications import quotes_the_readers_application
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind, Status

# As sure as a step stated by hand (answered_steps.py's readings are weighed the same).
_STRENGTH = 0.6
_REASON = "a reply over the reader's own application"


def with_quoted_application(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """An application's kind and step for mail no pattern read that answers the reader's quoted application;
    any other reading stands."""
    if kind.kind is Kind.APPLICATION or kind.reason not in UNREAD_READINGS:
        return kind, status
    if not quotes_the_readers_application(email):
        return kind, status
    kind = KindReading(Kind.APPLICATION, _STRENGTH, _REASON)
    if status.status not in (None, Status.APPLIED):
        return kind, status
    step = proposed_step(email) or Status.APPLIED
    return kind, StatusReading(step, _STRENGTH, False, status.signals, subject_signals=status.subject_signals)
