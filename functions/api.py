"""The api function: the REST API the web frontend calls (a superset of the original app's).

Every path needs a valid session; state-changing ones also the CSRF header. Routes are one table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flask

from functions import (
    api_calendar,
    api_corrections,
    api_export,
    api_fetches,
    api_jobs,
    api_notifications,
    api_users,
    openapi,
)
from functions.cors import preflight, with_cors
from functions.http import Router, json_errors, with_security_headers
from functions.session import Session, read_session, require_csrf
from infra.bootstrap import Services


@dataclass(frozen=True)
class ApiContext:
    """What a handler gets: the request, the services and the caller's session."""

    request: flask.Request
    services: Services
    session: Session

    @property
    def user_id(self) -> str:
        return self.session.user_id


ROUTES: list[tuple[str, str, Callable[..., Any]]] = [
    ("GET", "/users/", api_users.get_user),
    ("POST", "/users/update_user_sheet_id/", api_users.connect_sheet),
    ("POST", "/users/remove_sheet_id/", api_users.remove_sheet),
    ("POST", "/users/sync_sheet/", api_users.sync_sheet),
    ("POST", "/users/create_sheet/", api_users.create_sheet),
    ("PATCH", "/users/", api_users.update_user),
    ("GET", "/users/settings/", api_users.get_settings),
    ("PATCH", "/users/settings/", api_users.update_settings),
    ("GET", "/users/model_calls/", api_users.list_model_calls),
    ("DELETE", "/users/", api_users.delete_account),
    ("GET", "/jobs/", api_jobs.list_jobs),
    ("POST", "/jobs/", api_jobs.create_job),
    ("POST", "/jobs/fetch_emails/", api_fetches.start_fetch),
    ("POST", "/jobs/merge/", api_corrections.merge_jobs),
    ("POST", "/jobs/undo/", api_corrections.undo_correction),
    ("GET", "/jobs/{job_id}/", api_jobs.get_job),
    ("PUT", "/jobs/{job_id}/", api_jobs.replace_job),
    ("PATCH", "/jobs/{job_id}/", api_jobs.update_job),
    ("DELETE", "/jobs/{job_id}/", api_jobs.delete_job),
    ("GET", "/jobs/{job_id}/events/", api_jobs.list_events),
    ("POST", "/jobs/{job_id}/confirm/", api_corrections.confirm_job),
    ("POST", "/jobs/{job_id}/fix/", api_corrections.fix_job),
    ("POST", "/jobs/{job_id}/split/", api_corrections.split_job),
    ("GET", "/stats/", api_jobs.stats),
    ("GET", "/export.json", api_export.export_json),
    ("GET", "/export.csv", api_export.export_csv),
    ("GET", "/agenda/", api_calendar.list_upcoming),
    ("GET", "/notifications/", api_notifications.list_notifications),
    ("POST", "/notifications/read/", api_notifications.mark_read),
    ("POST", "/users/calendar_feed/", api_calendar.create_feed),
    ("DELETE", "/users/calendar_feed/", api_calendar.revoke_feed),
    ("GET", "/fetch_logs/", api_fetches.list_fetch_logs),
    ("POST", "/fetch_logs/add_log/", api_fetches.add_fetch_log),
    ("GET", "/task_status/{task_id}/", api_fetches.task_status),
    ("GET", "/fetches/current/", api_fetches.current_fetch),
    ("GET", "/fetches/{run_id}/", api_fetches.get_fetch),
]
ROUTER = Router(ROUTES)
# Served without a session, before the router (calendar apps send no cookie).
PUBLIC_ROUTES = [("GET", "/calendar/{token}.ics")]


@json_errors
def _dispatch(request: flask.Request, services: Services) -> flask.Response:
    handler, params = ROUTER.resolve(request.method, request.path)
    session = read_session(request, services.settings, services.accounts)
    require_csrf(request, session)
    result = handler(ApiContext(request, services, session), **params)
    if isinstance(result, flask.Response):
        return result
    body, status = result if isinstance(result, tuple) else (result, 200)
    response = flask.Response(status=status) if status == 204 else flask.jsonify(body)
    response.status_code = status
    return response


def handle(request: flask.Request, services: Services) -> flask.Response:
    return with_security_headers(_answer(request, services))


def _answer(request: flask.Request, services: Services) -> flask.Response:
    if request.method == "OPTIONS":
        return preflight(request, services.settings)
    if request.method == "GET" and request.path == "/openapi.json":
        return with_cors(flask.jsonify(openapi.DOCUMENT), request, services.settings)
    if api_calendar.is_feed_path(request.path):
        return api_calendar.serve_feed(request, services)  # no session: calendar apps send none
    response = _dispatch(request, services)
    response.headers.setdefault("Cache-Control", "no-store")
    return with_cors(response, request, services.settings)
