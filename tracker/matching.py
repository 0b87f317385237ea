"""Which application an application email belongs to.

Order of evidence (docs/DESIGN.md): the Gmail thread of an earlier email; the requisition id;
the same normalised employer and title; for an email without a title, the most recent open
application at that employer; else a new application. Names are compared by key only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.models import Application, Extraction, Status
from tracker.names import company_key, title_key

_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class MatchKeys:
    """The normalised keys an email is matched by."""

    company_key: str
    title_key: str
    requisition_id: str | None

    @classmethod
    def of(cls, extraction: Extraction, fallback_company: str) -> MatchKeys:
        return cls(
            company_key=company_key(extraction.company) or company_key(fallback_company),
            title_key=title_key(extraction.job_title),
            requisition_id=extraction.requisition_id,
        )


def _started(application: Application) -> datetime:
    return application.applied_at or _EARLIEST


def _latest_activity(application: Application) -> datetime:
    return application.updated_at or application.applied_at or _EARLIEST


def match_application(
    keys: MatchKeys,
    status: Status,
    received_at: datetime | None,
    thread_application: Application | None,
    company_applications: list[Application],
) -> Application | None:
    """The existing application this email belongs to, or None when it starts a new one.

    `company_applications` are the user's applications with `keys.company_key`;
    `thread_application` is the one an earlier email of the same Gmail thread went to.
    """
    if thread_application is not None and thread_application.company_key in (keys.company_key, ""):
        return thread_application
    if keys.requisition_id:
        for application in company_applications:
            if keys.requisition_id in application.requisition_ids:
                return application
    if keys.title_key:
        return _match_titled(keys.title_key, status, received_at, company_applications)
    return _match_untitled(received_at, company_applications)


def _match_titled(
    key: str, status: Status, received_at: datetime | None, candidates: list[Application]
) -> Application | None:
    same_role = [a for a in candidates if a.title_key == key]
    if same_role:
        return _same_role_application(same_role, status, received_at)
    # An earlier email that named no title started this application: this one names it.
    untitled = [a for a in candidates if not a.title_key]
    return max(untitled, key=_latest_activity) if untitled else None


def _same_role_application(
    same_role: list[Application], status: Status, received_at: datetime | None
) -> Application | None:
    """Among applications for one role, the one this email is part of (None: a re-application)."""
    moment = received_at or _EARLIEST
    if status is Status.APPLIED and received_at is not None:
        closed_before = [a for a in same_role if a.closed_at is not None and a.closed_at < moment]
        if len(closed_before) == len(same_role):
            return None
    started_before = [a for a in same_role if _started(a) <= moment]
    if started_before:
        return max(started_before, key=_started)
    return min(same_role, key=_started)


def _match_untitled(received_at: datetime | None, candidates: list[Application]) -> Application | None:
    """The application that was open at the email's date and started most recently before it.

    Judged at the email's date, not at arrival time, so that the answer does not depend on the
    order emails are processed in. Without such an application: the latest open one, else the latest.
    """
    if not candidates:
        return None
    moment = received_at or _EARLIEST
    open_then = [
        a for a in candidates if _started(a) <= moment and (a.closed_at is None or a.closed_at >= moment)
    ]
    if open_then:
        return max(open_then, key=lambda a: (_started(a), a.app_id))
    open_now = [a for a in candidates if a.is_open]
    return max(open_now or candidates, key=lambda a: (_latest_activity(a), a.app_id))
