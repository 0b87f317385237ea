"""What changed for the user, read from their applications and timelines: nothing extra is stored
but the moment they last looked.

A new application found, a status that changed, an interview scheduled (an email stating its
time) and an application that went silent for the user's ghosting days. Each has the moment it
happened for the user: when the tracker recorded the email (a fetch of old mail is news today), or
when the silence reached the ghosting days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.ghosting import silence
from tracker.models import Application, ApplicationEvent, Status
from tracker.statuses import EARLIEST

KINDS = ("new_application", "status_changed", "interview_scheduled", "ghosted")
MAX_NOTIFICATIONS = 100


@dataclass(frozen=True)
class Notification:
    kind: str
    at: datetime
    job_id: str
    company: str
    job_title: str
    text: str

    def to_json(self, seen_at: datetime | None) -> dict:
        return {
            "kind": self.kind,
            "at": self.at.isoformat(),
            "job_id": self.job_id,
            "company": self.company,
            "job_title": self.job_title,
            "text": self.text,
            "unread": is_unread(self, seen_at),
        }


def is_unread(notification: Notification, seen_at: datetime | None) -> bool:
    return seen_at is None or notification.at > seen_at


def notifications(
    applications: list[Application],
    timelines: dict[str, list[ApplicationEvent]],
    now: datetime,
    ghosting_days: int,
) -> list[Notification]:
    """Every notification up to `now`, newest first (at most MAX_NOTIFICATIONS)."""
    found: list[Notification] = []
    for application in applications:
        found += _about(application, timelines.get(application.app_id, []), now, ghosting_days)
    found = [n for n in found if n.at <= now]
    found.sort(key=lambda n: (n.at, KINDS.index(n.kind), n.job_id), reverse=True)
    return found[:MAX_NOTIFICATIONS]


def unread_count(items: list[Notification], seen_at: datetime | None) -> int:
    return sum(1 for item in items if is_unread(item, seen_at))


def _about(
    application: Application, events: list[ApplicationEvent], now: datetime, days: int
) -> list[Notification]:
    def note(kind: str, at: datetime, text: str) -> Notification:
        return Notification(
            kind, at, application.app_id, application.company, application.job_title or "", text
        )

    name = application.company + (f" ({application.job_title})" if application.job_title else "")
    ordered = sorted(events, key=lambda e: (e.received_at or EARLIEST, e.message_id))
    found = []
    if ordered:
        found.append(note("new_application", _noticed(ordered[0]), f"New application found: {name}"))
    progress, final, shown = Status.APPLIED, None, Status.APPLIED
    for event in ordered:
        if event.status.is_final:
            final = event.status
        elif event.status.rank > progress.rank:
            progress = event.status
        status = final or progress
        if status is not shown:
            found.append(note("status_changed", _noticed(event), f"{name}: {shown.value} → {status.value}"))
            shown = status
        for date in event.dates:
            if date.kind == "interview":
                when = date.starts_at.strftime("%a %d %b %Y %H:%M UTC")
                found.append(
                    note("interview_scheduled", _noticed(event), f"Interview scheduled: {name}, {when}")
                )
    quiet = silence(application, now, days)
    if quiet is not None:
        found.append(
            note(
                "ghosted", quiet.since + timedelta(days=days), f"{name}: {quiet.describe(application.status)}"
            )
        )
    return found


def _noticed(event: ApplicationEvent) -> datetime:
    """When the user could first have seen it: when it was recorded (older records: its date)."""
    return event.recorded_at or event.received_at or EARLIEST
