"""/users/: who is signed in, and which Google Sheet their applications go to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import flask

from functions.http import Problem, json_body
from functions.session import clear_session
from tracker.accounts import UserAccount
from tracker.errors import TrackerError
from tracker.notifications import unread_count
from tracker.ports import ApplicationQuery
from tracker.user_settings import SettingsChange, read_from_day

if TYPE_CHECKING:
    from functions.api import ApiContext

_SHEET_URL = re.compile(r"/spreadsheets/d/([A-Za-z0-9_-]{10,})")
_SHEET_ID = re.compile(r"^[A-Za-z0-9_-]{10,}$")
TO_REVIEW = ApplicationQuery(needs_review=True, limit=1)


def sheet_url(sheet_id: str | None) -> str | None:
    return f"https://docs.google.com/spreadsheets/d/{sheet_id}/edit" if sheet_id else None


def sheet_id_from(text: str) -> str:
    """The spreadsheet id in a Google Sheets URL (or a bare id); 400 when there is none."""
    text = text.strip()
    match = _SHEET_URL.search(text)
    if match:
        return match.group(1)
    if _SHEET_ID.match(text):
        return text
    raise Problem(400, "invalid_input", "google_sheet_url is not a Google Sheets URL")


def current_user(ctx: ApiContext) -> UserAccount:
    user = ctx.services.accounts.get_user(ctx.user_id)
    if user is None:
        raise Problem(401, "unauthenticated", "this account no longer exists: log in again")
    return user


def get_user(ctx: ApiContext) -> dict:
    user = current_user(ctx)
    return {
        "id": user.user_id,
        "email": user.email,
        "first_time_user": user.first_time_user,
        "sheet_id": user.sheet_id,
        "name": user.name,
        "sheet_url": sheet_url(user.sheet_id),
        "reconnect_needed": user.reconnect_needed,
        "auto_fetch": user.settings.auto_fetch,
        "needs_review": ctx.services.applications.query_applications(user.user_id, TO_REVIEW)[1],
        "calendar_feed": user.calendar_token_hash is not None,
        "unread_notifications": _unread(ctx, user),
    }


def _unread(ctx: ApiContext, user: UserAccount) -> int:
    from functions.api_notifications import user_notifications  # it reads the user through this module

    return unread_count(user_notifications(ctx, user), user.notifications_seen_at)


def update_user(ctx: ApiContext) -> dict:
    """PATCH /users/: the daily auto-fetch only (kept for older pages; /users/settings/ has them all)."""
    body = json_body(ctx.request, required=("auto_fetch",))
    if set(body) != {"auto_fetch"}:
        raise Problem(400, "invalid_input", 'send exactly {"auto_fetch": true|false}')
    _change_settings(ctx, body)
    return get_user(ctx)


def settings_json(user: UserAccount) -> dict:
    return {**user.settings.to_json(), "read_from": read_from_day(user.sync.start_date)}


def get_settings(ctx: ApiContext) -> dict:
    return settings_json(current_user(ctx))


def update_settings(ctx: ApiContext) -> dict:
    """PATCH /users/settings/: any of the settings; nothing is written unless all are valid."""
    _change_settings(ctx, json_body(ctx.request))
    return get_settings(ctx)


def _change_settings(ctx: ApiContext, body: dict) -> None:
    change = SettingsChange.from_json(body, today=ctx.services.now().date())
    current_user(ctx)
    ctx.services.use_cases.change_settings(ctx.user_id, change)


def list_model_calls(ctx: ApiContext) -> dict:
    """GET /users/model_calls/: every model call made about the user's mail, newest first, a page at
    a time (when, which message, tokens, which fields came back, how it ended; no text, no values)."""
    from functions.api_jobs import MAX_PAGE_SIZE, page_links, positive_int

    page = positive_int(ctx, "page", 1)
    page_size = positive_int(ctx, "page_size", 20, MAX_PAGE_SIZE)
    current_user(ctx)
    found = ctx.services.model_calls.page(ctx.user_id, (page - 1) * page_size, page_size)
    if page > 1 and not found.calls:
        raise Problem(404, "not_found", "invalid page")
    return {
        "count": found.total,
        **page_links(ctx, page, page_size, found.total),
        "results": [call.to_json() for call in found.calls],
    }


def connect_sheet(ctx: ApiContext) -> dict:
    body = json_body(ctx.request, required=("google_sheet_url",))
    if not isinstance(body["google_sheet_url"], str):
        raise Problem(400, "invalid_input", "google_sheet_url must be a string")
    sheet_id = sheet_id_from(body["google_sheet_url"])
    user = current_user(ctx)
    ctx.services.sheet_for(user).prepare(sheet_id)  # Conflict (409) when we may not write to it
    _connect(ctx, sheet_id)
    return {"status": "updated", "google_sheet_id": sheet_id}


def create_sheet(ctx: ApiContext) -> tuple[dict, int]:
    user = current_user(ctx)
    sheet_id = ctx.services.sheet_for(user).create("Job applications")
    _connect(ctx, sheet_id)
    return {"status": "created", "google_sheet_id": sheet_id, "google_sheet_url": sheet_url(sheet_id)}, 201


def _connect(ctx: ApiContext, sheet_id: str) -> None:
    ctx.services.use_cases.connect_sheet(ctx.user_id, sheet_id)


def sync_sheet(ctx: ApiContext) -> tuple[dict, int]:
    """Ask for a sheet sync now: the user's edits in the sheet come back, changed rows go out."""
    if not current_user(ctx).sheet_id:
        raise Problem(409, "no_sheet", "connect a sheet first")
    ctx.services.use_cases.request_sheet_sync(ctx.user_id)
    return {"status": "sync queued"}, 202


def remove_sheet(ctx: ApiContext) -> dict:
    current_user(ctx)
    ctx.services.accounts.connect_sheet(ctx.user_id, None)
    return {"status": "removed", "google_sheet_id": None}


def delete_account(ctx: ApiContext) -> flask.Response:
    """Delete the account and all its data, and revoke the Google grant. Every session ends.

    The tombstone comes first: from then on no transaction writes for the user, so a worker or sync
    in flight can't recreate what is deleted next. Tasks still queued find no user and drop.
    """
    user = current_user(ctx)
    services = ctx.services
    services.accounts.tombstone(user.user_id, services.now())
    services.applications.delete_user_data(user.user_id)
    revoked = False
    if user.encrypted_refresh_token:
        try:
            revoked = services.oauth.revoke(
                services.cipher.decrypt(user.encrypted_refresh_token, user.user_id)
            )
        except (TrackerError, ValueError):
            # Google unreachable, or a token no key can read: the data is gone all the same, and the
            # user can remove the app at their Google account.
            revoked = False
    response = flask.jsonify({"status": "deleted", "google_grant_revoked": revoked})
    clear_session(response)
    return response
