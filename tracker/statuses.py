"""Status rules: an application's status is a function of the set of its emails, not of their order.

applied < assessment < interview < offer; rejected and withdrawn are final. The highest non-final
status seen is kept as `progress_status`; the latest-dated final email, if any, decides `status`.
Both are commutative, so redelivered and out-of-order emails converge on the same answer.
A status the user set by hand is never overwritten.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.models import Application, Status

# Sorts before every real date: where a missing date goes when dates are compared.
EARLIEST = datetime.min.replace(tzinfo=UTC)


def _at(moment: datetime | None) -> datetime:
    return moment or EARLIEST


def fold_status(application: Application, status: Status, received_at: datetime | None) -> None:
    """Fold one email's status into the application, in place."""
    if status is not Status.APPLIED and received_at is not None:
        first = application.first_response_at
        application.first_response_at = received_at if first is None else min(first, received_at)
    if status.is_final:
        if application.closed_at is None or _at(received_at) >= application.closed_at:
            application.final_status = status
            application.closed_at = _at(received_at)
    elif status.rank > application.progress_status.rank:
        application.progress_status = status
    if "status" not in application.edited_fields:
        application.status = application.final_status or application.progress_status


def fold_dates(application: Application, message_id: str, received_at: datetime | None) -> None:
    """Keep applied_at the earliest email's date and updated_at / last_message_id the latest's."""
    if received_at is None:
        if application.last_message_id is None:
            application.last_message_id = message_id
        return
    if application.applied_at is None or received_at < application.applied_at:
        application.applied_at = received_at
    if application.updated_at is None or received_at >= application.updated_at:
        application.updated_at = received_at
        application.last_message_id = message_id
