"""How long what the tracker keeps from an email lives: the user's retention period.

An email's subject (on its timeline event), its processed marker and each model call about it are
kept `retention_days` (a setting: tracker/user_settings.py) after the tracker recorded them. Markers
and model calls carry `expire_at`, a Firestore TTL field (terraform/data.tf): Firestore deletes them.
A TTL can only delete whole documents and an event is part of the application's history, so an
event keeps its status and dates and only its subject goes: `subject_expire_at` is written with it,
every fetch erases the subjects past it (`erase_expired_subjects`), and the API shows none meanwhile.
A shorter period set later applies to subjects at once (the current setting is read) and to markers
and model calls recorded from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from tracker.models import ApplicationEvent
from tracker.ports import ApplicationStore, UserTransaction


def expire_at(now: datetime, retention_days: int | None) -> datetime | None:
    """When what is recorded `now` expires; None keeps it (no period given: the offline `track`)."""
    return now + timedelta(days=retention_days) if retention_days is not None else None


def subject_expired(event: ApplicationEvent, now: datetime, retention_days: int) -> bool:
    """Whether the event's subject is past its expiry: the stored one, or the current period counted
    from when it was recorded (received, for events recorded before either existed)."""
    recorded = event.recorded_at or event.received_at
    due = [event.subject_expire_at, expire_at(recorded, retention_days) if recorded else None]
    return any(when is not None and when <= now for when in due)


def visible_subject(event: ApplicationEvent, now: datetime, retention_days: int) -> str:
    """The subject as the user may still see it: empty once expired, erased or not yet."""
    return "" if subject_expired(event, now, retention_days) else event.subject


def erase_expired_subjects(store: ApplicationStore, user_id: str, now: datetime, retention_days: int) -> int:
    """Erase the subjects past their expiry from the user's timelines; returns how many.

    One transaction per application with such events, through its employer's document (which holds
    every recorded email too): the timeline keeps the event, its status and dates."""
    due = {
        app_id
        for app_id, events in store.timelines(user_id).items()
        if any(event.subject and subject_expired(event, now, retention_days) for event in events)
    }
    if not due:
        return 0
    employers = {a.app_id: a.company_key for a in store.list_applications(user_id) if a.app_id in due}
    erased = 0
    for app_id, company_key in employers.items():
        erased += store.in_transaction(user_id, _erasing(app_id, company_key, now, retention_days))
    return erased


def _erasing(
    app_id: str, company_key: str, now: datetime, retention_days: int
) -> Callable[[UserTransaction], int]:
    def erase(tx: UserTransaction) -> int:
        events = tx.employer_history(company_key).get(app_id, [])
        expired = [e for e in events if e.subject and subject_expired(e, now, retention_days)]
        for event in expired:
            tx.add_event(app_id, replace(event, subject=""))
        return len(expired)

    return erase
