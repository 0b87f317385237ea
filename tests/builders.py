"""Builders for test data: say only what the test is about."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction, Kind, Status
from tracker.names import company_key
from tracker.statuses import fold_dates, fold_status

_ids = itertools.count(1)
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def day(n: int) -> datetime:
    """Midday-ish on the n-th day of a fixed test calendar."""
    return DAY0 + timedelta(days=n)


def an_email(
    *, on: int = 0, thread: str | None = None, message_id: str | None = None, sender: str = ""
) -> EmailMessage:
    return EmailMessage(
        message_id=message_id or f"m{next(_ids):05d}",
        sender=sender or "Careers <jobs@example.com>",
        subject="Your application",
        body="",
        received_at=day(on),
        thread_id=thread,
    )


def application_email(
    status: Status | str = Status.APPLIED,
    company: str | None = "Acme",
    title: str | None = "Data Engineer",
    requisition_id: str | None = None,
    status_stated: bool = True,
) -> Extraction:
    return Extraction(
        kind=Kind.APPLICATION,
        status=Status(status),
        company=company,
        job_title=title,
        requisition_id=requisition_id,
        status_stated=status_stated,
    )


def not_an_application(kind: Kind = Kind.JOB_ALERT) -> Extraction:
    return Extraction(kind=kind)


def a_new_application(company: str = "Acme", app_id: str = "a1", **fields) -> Application:
    """An application before any email: fold emails into it with `receive`."""
    defaults = dict(
        app_id=app_id,
        company=company,
        company_key=company_key(company),
        job_title="Data Engineer",
        title_key="data engineer",
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
    )
    return Application(**{**defaults, **fields})


def receive(application: Application, event: ApplicationEvent) -> ApplicationEvent:
    """Fold one email into the application as recording does (status, dates); returns the email."""
    fold_status(application, event.status, event.received_at)
    fold_dates(application, event.message_id, event.received_at)
    return event
