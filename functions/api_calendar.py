"""Dates that matter: the upcoming ones for the web page, and the private iCalendar feed.

The feed is read by calendar apps, which send no session: the random token in its path is the
only key. Only its SHA-256 is stored; it is never logged, and a wrong, revoked or malformed token
is the same 404 (which does not repeat the path).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import flask

from functions.http import Problem, iso_datetime, json_errors
from infra.bootstrap import Services
from tracker.agenda import agenda, upcoming
from tracker.calendar_feed import TOKEN_PATTERN, ics_feed, token_hash

if TYPE_CHECKING:
    from functions.api import ApiContext

FEED_PREFIX = "/calendar/"
FEED_SUFFIX = ".ics"


def list_upcoming(ctx: ApiContext) -> dict:
    """Interviews, assessments and deadlines from now (or `after`, an ISO 8601 time) on, earliest first."""
    raw_after = ctx.request.args.get("after")
    after = iso_datetime(raw_after, "after") if raw_after is not None else ctx.services.now()
    store = ctx.services.applications
    items = upcoming(agenda(store.list_applications(ctx.user_id), store.timelines(ctx.user_id)), after)
    return {"count": len(items), "results": [item.to_json() for item in items]}


def create_feed(ctx: ApiContext) -> tuple[dict, int]:
    """A new private feed address; any earlier one stops working. The token is shown only here."""
    token = ctx.services.use_cases.new_calendar_feed(ctx.user_id)
    return {"path": f"{FEED_PREFIX.lstrip('/')}{token}{FEED_SUFFIX}"}, 201


def revoke_feed(ctx: ApiContext) -> dict:
    ctx.services.use_cases.revoke_calendar_feed(ctx.user_id)
    return {"status": "revoked"}


def is_feed_path(path: str) -> bool:
    return path.startswith(FEED_PREFIX)


@json_errors
def serve_feed(request: flask.Request, services: Services) -> flask.Response:
    """GET /calendar/{token}.ics: every dated interview, assessment and deadline of the token's user."""
    if request.method not in ("GET", "HEAD"):
        raise Problem(405, "method_not_allowed", "the calendar feed is read with GET", {"Allow": "GET"})
    token = request.path[len(FEED_PREFIX) :].removesuffix(FEED_SUFFIX)
    user_id = None
    if request.path.endswith(FEED_SUFFIX) and TOKEN_PATTERN.match(token):
        user_id = services.accounts.user_for_calendar_token(token_hash(token))
    if user_id is None:
        raise Problem(404, "not_found", "no such calendar")
    store = services.applications
    items = agenda(store.list_applications(user_id), store.timelines(user_id))
    response = flask.Response(ics_feed(items, services.now()), mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
