"""/jobs/: the user's applications, paginated as the original app's Django REST Framework did."""

from __future__ import annotations

from urllib.parse import urlencode

from functions.http import Problem
from tracker.models import Application, ApplicationEvent
from tracker.sheet_layout import gmail_link

MAX_PAGE_SIZE = 100


def job_json(application: Application) -> dict:
    """The original app's JOB shape, plus the fields the tracker adds."""
    return {
        "id": application.app_id,
        "job_title": application.job_title or "",
        "company": application.company,
        "status": application.status.value,
        "sender_email": application.sender_email,
        "row_number": application.row_number,
        "applied_at": application.applied_at.isoformat() if application.applied_at else None,
        "updated_at": application.updated_at.isoformat() if application.updated_at else None,
        "email_link": gmail_link(application.last_message_id) or None,
        "edited_fields": list(application.edited_fields),
    }


def _positive_int(ctx, name: str, default: int, maximum: int | None = None) -> int:
    raw = ctx.request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise Problem(400, "invalid_input", f"{name} must be a positive integer") from None
    if value < 1 or (maximum is not None and value > maximum):
        limit = f" and at most {maximum}" if maximum else ""
        raise Problem(400, "invalid_input", f"{name} must be at least 1{limit}")
    return value


def _page_url(ctx, page: int, page_size: int) -> str:
    return f"{ctx.request.base_url}?{urlencode({'page': page, 'page_size': page_size})}"


def list_jobs(ctx):
    page = _positive_int(ctx, "page", 1)
    page_size = _positive_int(ctx, "page_size", 10, MAX_PAGE_SIZE)
    applications, count = ctx.services.applications.page_applications(
        ctx.user_id, offset=(page - 1) * page_size, limit=page_size
    )
    if page > 1 and not applications:
        raise Problem(404, "not_found", "invalid page")
    has_next = page * page_size < count
    return {
        "count": count,
        "next": _page_url(ctx, page + 1, page_size) if has_next else None,
        "previous": _page_url(ctx, page - 1, page_size) if page > 1 else None,
        "results": [job_json(a) for a in applications],
    }


def _own_job(ctx, job_id: str) -> Application:
    application = ctx.services.applications.get_application(ctx.user_id, job_id)
    if application is None:
        raise Problem(404, "not_found", f"no job {job_id}")
    return application


def get_job(ctx, job_id: str):
    return job_json(_own_job(ctx, job_id))


def event_json(event: ApplicationEvent) -> dict:
    return {
        "message_id": event.message_id,
        "status": event.status.value,
        "received_at": event.received_at.isoformat() if event.received_at else None,
        "subject": event.subject,
        "sender": event.sender,
        "email_link": gmail_link(event.message_id),
        "extractor": event.extractor,
        "confidence": event.confidence,
    }


def list_events(ctx, job_id: str):
    """The application's timeline: one entry per email, oldest first."""
    _own_job(ctx, job_id)
    events = ctx.services.applications.list_events(ctx.user_id, job_id)
    return {"count": len(events), "results": [event_json(e) for e in events]}
