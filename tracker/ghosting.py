"""Ghosting: an open application whose employer has sent nothing for a while.

Computed from the application as it stands and the clock, never stored as a status: the next
email about the application moves its last-email date and so clears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.models import Application, Status

DEFAULT_GHOSTING_DAYS = 21


@dataclass(frozen=True)
class Silence:
    """How long an open application has waited since its last email."""

    days: int
    since: datetime

    def describe(self, status: Status) -> str:
        """'applied, no reply for 34 days'."""
        unit = "day" if self.days == 1 else "days"
        return f"{status.value}, no reply for {self.days} {unit}"


def last_email_at(application: Application) -> datetime | None:
    """The date of the application's latest email (an application added by hand: its date)."""
    return application.updated_at or application.applied_at


def silence(
    application: Application, now: datetime, after_days: int = DEFAULT_GHOSTING_DAYS
) -> Silence | None:
    """The silence when the application is ghosted: still waiting (not rejected, withdrawn or at an
    offer) and no email for `after_days` whole days or more; None otherwise."""
    if application.status.is_final or application.status is Status.OFFER:
        return None
    since = last_email_at(application)
    if since is None:
        return None
    days = (now - since).days
    return Silence(days=days, since=since) if days >= after_days else None


def became_ghosted(application: Application, since: datetime, now: datetime, after_days: int) -> bool:
    """Ghosted at `now` but not yet at `since`: its silence reached `after_days` in between."""
    quiet = silence(application, now, after_days)
    return quiet is not None and quiet.since + timedelta(days=after_days) > since


def ghosting_json(application: Application, quiet: Silence) -> dict:
    """The application and its silence, as the API shows a ghosted application."""
    return {
        "id": application.app_id,
        "company": application.company,
        "job_title": application.job_title or "",
        "status": application.status.value,
        "days": quiet.days,
        "last_email_at": quiet.since.isoformat(),
        "label": quiet.describe(application.status),
    }
