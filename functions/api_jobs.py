"""/jobs/: the user's applications, paginated as the original app's Django REST Framework did."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from functions.api_users import current_user
from functions.http import Problem, iso_datetime, json_body
from tracker.editing import EDITABLE_FIELDS, ManualChanges, parse_tags
from tracker.errors import InvalidInput
from tracker.ghosting import ghosting_json, silence
from tracker.models import Application, ApplicationEvent, ManualEdit, Status
from tracker.names import company_key
from tracker.ports import ORDER_FIELDS, ApplicationQuery
from tracker.retention import visible_subject
from tracker.sheet_layout import gmail_link
from tracker.stats import search_stats
from tracker.statuses import EARLIEST

if TYPE_CHECKING:
    from functions.api import ApiContext

MAX_PAGE_SIZE = 100


def job_json(ctx: ApiContext, application: Application, after_days: int | None = None) -> dict:
    """The original app's JOB shape, plus the fields the tracker adds (`ghosting` after the user's
    ghosting days, read unless given)."""
    days = after_days if after_days is not None else ghosting_days(ctx)
    quiet = silence(application, ctx.services.now(), days)
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
        "needs_review": application.needs_review,
        "ghosting": ghosting_json(application, quiet) if quiet else None,
        "tags": list(application.tags),
        "notes": application.notes,
        "pinned_by": application.pinned_by,
    }


def positive_int(ctx: ApiContext, name: str, default: int, maximum: int | None = None) -> int:
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


def page_links(ctx: ApiContext, page: int, page_size: int, count: int) -> dict[str, str | None]:
    """The listing's `next` and `previous` page addresses (None at either end)."""
    return {
        "next": _page_url(ctx, page + 1, page_size) if page * page_size < count else None,
        "previous": _page_url(ctx, page - 1, page_size) if page > 1 else None,
    }


def _page_url(ctx: ApiContext, page: int, page_size: int) -> str:
    """The same listing (filters kept) at another page."""
    query = {**ctx.request.args.to_dict(), "page": page, "page_size": page_size}
    return f"{ctx.request.base_url}?{urlencode(query)}"


def _query(ctx: ApiContext, page: int, page_size: int) -> ApplicationQuery:
    args = ctx.request.args
    status = args.get("status") or None
    if status is not None and status not in Status._value2member_map_:
        raise Problem(400, "invalid_input", f"status must be one of: {', '.join(s.value for s in Status)}")
    ordering = args.get("ordering", "-updated_at")
    field = ordering.removeprefix("-")
    if field not in ORDER_FIELDS:
        choices = ", ".join(sorted(ORDER_FIELDS))
        raise Problem(
            400, "invalid_input", f"ordering must be one of {choices}, optionally with a leading '-'"
        )
    needs_review = args.get("needs_review")
    if needs_review not in (None, "true", "false"):
        raise Problem(400, "invalid_input", "needs_review must be true or false")
    tag = args.get("tag")
    return ApplicationQuery(
        tag=_one_tag(tag) if tag else None,
        needs_review=None if needs_review is None else needs_review == "true",
        offset=(page - 1) * page_size,
        limit=page_size,
        status=status,
        company_prefix=company_key(args.get("company")) or None,
        order_field=ORDER_FIELDS[field],
        descending=ordering.startswith("-"),
    )


def _one_tag(text: str) -> str:
    try:
        return parse_tags([text])[0]
    except InvalidInput as error:
        raise Problem(400, "invalid_input", f"tag: {error}") from None


def list_jobs(ctx: ApiContext) -> dict:
    """The user's jobs, a page at a time; `status`, `company` (name search), `tag`, `needs_review`
    (the review list) and `ordering` narrow it."""
    page = positive_int(ctx, "page", 1)
    page_size = positive_int(ctx, "page_size", 10, MAX_PAGE_SIZE)
    applications, count = ctx.services.applications.query_applications(
        ctx.user_id, _query(ctx, page, page_size)
    )
    if page > 1 and not applications:
        raise Problem(404, "not_found", "invalid page")
    days = ghosting_days(ctx)
    return {
        "count": count,
        **page_links(ctx, page, page_size, count),
        "results": [job_json(ctx, a, days) for a in applications],
    }


def _own_job(ctx: ApiContext, job_id: str) -> Application:
    application = ctx.services.applications.get_application(ctx.user_id, job_id)
    if application is None:
        raise Problem(404, "not_found", f"no job {job_id}")
    return application


def get_job(ctx: ApiContext, job_id: str) -> dict:
    return job_json(ctx, _own_job(ctx, job_id))


def event_json(event: ApplicationEvent, subject: str) -> dict:
    return {
        "kind": "email",
        "message_id": event.message_id,
        "status": event.status.value,
        "received_at": event.received_at.isoformat() if event.received_at else None,
        "subject": subject,
        "sender": event.sender,
        "email_link": gmail_link(event.message_id),
        "extractor": event.extractor,
        "confidence": event.confidence,
        "dates": [
            {"kind": d.kind, "starts_at": d.starts_at.isoformat(), "source": d.source} for d in event.dates
        ],
    }


_WHERE = {"app": "in the app", "sheet": "in your sheet"}
_FIELD_NAMES = {
    "company": "company",
    "job_title": "job title",
    "status": "status",
    "tags": "tags",
    "notes": "notes",
}


def manual_edit_json(edit: ManualEdit) -> dict:
    # In the fields' usual order: a stored map does not keep its keys' order.
    changed = [name for name in EDITABLE_FIELDS if name in edit.changes]
    said = "; ".join(f"{_FIELD_NAMES[name]}: {edit.changes[name] or '(cleared)'}" for name in changed)
    return {
        "kind": "manual_edit",
        "message_id": None,
        "status": edit.changes.get("status"),
        "received_at": edit.at.isoformat(),
        "subject": f"Edited {_WHERE.get(edit.source, edit.source)}: {said}",
        "sender": "",
        "email_link": None,
        "extractor": "manual",
        "confidence": 1.0,
        "source": edit.source,
        "changes": dict(edit.changes),
    }


def timeline_json(
    application: Application, events: list[ApplicationEvent], now: datetime, retention_days: int
) -> list[dict]:
    """The application's timeline, oldest first: one entry per email and per change made by hand;
    `now` and the user's `retention_days` say which subjects are still shown."""
    # A subject past the user's retention is not shown, whether or not a fetch has erased it yet.
    entries = [
        (e.received_at or EARLIEST, event_json(e, visible_subject(e, now, retention_days))) for e in events
    ]
    entries += [(edit.at, manual_edit_json(edit)) for edit in application.manual_edits]
    entries.sort(key=lambda entry: entry[0])
    return [entry for _, entry in entries]


def list_events(ctx: ApiContext, job_id: str) -> dict:
    """The application's timeline, oldest first: one entry per email and per change made by hand."""
    application = _own_job(ctx, job_id)
    events = ctx.services.applications.list_events(ctx.user_id, job_id)
    retention_days = current_user(ctx).settings.retention_days
    timeline = timeline_json(application, events, ctx.services.now(), retention_days)
    return {"count": len(timeline), "results": timeline}


def replace_job(ctx: ApiContext, job_id: str) -> dict:
    """PUT: the original app's edit (company, job title and status, all three)."""
    return _edit(ctx, job_id, require_all=True)


def update_job(ctx: ApiContext, job_id: str) -> dict:
    """PATCH: change some of company, job title, status, tags, notes."""
    return _edit(ctx, job_id, require_all=False)


def _edit(ctx: ApiContext, job_id: str, require_all: bool) -> dict:
    changes = ManualChanges.from_json(json_body(ctx.request), require_all=require_all)
    application = ctx.services.use_cases.edit_application(ctx.user_id, job_id, changes)
    if application is None:
        raise Problem(404, "not_found", f"no job {job_id}")
    return job_json(ctx, application)


def delete_job(ctx: ApiContext, job_id: str) -> tuple[str, int]:
    """Delete an application and its timeline; its sheet row is blanked at the next sync."""
    application = ctx.services.use_cases.delete_application(ctx.user_id, job_id)
    if application is None:
        raise Problem(404, "not_found", f"no job {job_id}")
    return "", 204


def create_job(ctx: ApiContext) -> tuple[dict, int]:
    """Add an application by hand: company, job_title, status, optionally tags, notes, applied_at."""
    body = json_body(ctx.request)
    applied_at = body.pop("applied_at", None)
    changes = ManualChanges.from_json(body, require_all=True)
    when = iso_datetime(applied_at, "applied_at") if applied_at is not None else ctx.services.now()
    application = ctx.services.use_cases.add_application(ctx.user_id, changes, when)
    return job_json(ctx, application), 201


def stats(ctx: ApiContext) -> dict:
    """The original counts (per status, response rate, median days to a reply, per week), the
    funnel, delays, ghosted applications and the breakdowns by employer and by channel."""
    store = ctx.services.applications
    return search_stats(
        store.list_applications(ctx.user_id),
        store.timelines(ctx.user_id),
        ctx.services.now(),
        ghosting_days(ctx),
    )


def ghosting_days(ctx: ApiContext) -> int:
    """After how many silent days the user counts an application as ghosted (their setting)."""
    return current_user(ctx).settings.ghosting_days
