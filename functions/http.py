"""HTTP plumbing shared by the functions: a small table-driven router and problem responses.

Domain errors become HTTP problems here, in one place: a JSON body {"error": code, "detail": message}
("detail" as the original app's Django REST Framework wrote it). Unknown exceptions propagate as 500s
so that they are reported.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import flask

from infra.logging import log_context, trace_id
from tracker.errors import (
    AccountDeleted,
    Conflict,
    GrantRevoked,
    InvalidInput,
    NotFound,
    TooSoon,
    TrackerError,
    TransientFailure,
)

log = logging.getLogger(__name__)


class Problem(Exception):
    """An HTTP error with a JSON body."""

    def __init__(self, status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.headers = status, code, detail, headers or {}


# Every answer of the browser-facing functions (api, auth): JSON or a redirect, never a page, so the
# strictest policy; the page's own headers are devstack/web_proxy.py's and terraform/web.tf's.
API_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def with_security_headers(response: Any) -> Any:
    for name, value in API_SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def unauthenticated(detail: str = "log in first") -> Problem:
    return Problem(401, "unauthenticated", detail)


_DOMAIN_PROBLEMS: dict[type[TrackerError], tuple[int, str]] = {
    AccountDeleted: (401, "unauthenticated"),
    NotFound: (404, "not_found"),
    InvalidInput: (400, "invalid_input"),
    Conflict: (409, "conflict"),
    GrantRevoked: (409, "reconnect_needed"),
    TransientFailure: (503, "unavailable"),
}


def problem_response(problem: Problem) -> flask.Response:
    response = flask.jsonify({"error": problem.code, "detail": problem.detail})
    response.status_code = problem.status
    response.headers.update(problem.headers)
    return response


def as_problem(error: TrackerError) -> Problem:
    if isinstance(error, TooSoon):
        return Problem(429, "too_many_requests", str(error), {"Retry-After": str(error.retry_after)})
    for error_type, (status, code) in _DOMAIN_PROBLEMS.items():
        if isinstance(error, error_type):
            return Problem(status, code, str(error))
    return Problem(400, "error", str(error))


def json_errors(handler: Callable[..., Any]) -> Callable[..., Any]:
    """Map Problems and domain errors raised by `handler` to JSON problem responses."""

    @functools.wraps(handler)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        trace = ""
        if args and isinstance(args[0], flask.Request):  # each line of the request names its trace
            headers = args[0].headers
            trace = trace_id(headers.get("X-Cloud-Trace-Context", ""), headers.get("traceparent", ""))
        with log_context(trace):
            try:
                return handler(*args, **kwargs)
            except Problem as problem:
                return problem_response(problem)
            except TrackerError as error:
                return problem_response(as_problem(error))

    return wrapped


def json_body(request: flask.Request, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """The request's JSON object; a 400 naming the problem when it is not one or lacks a field."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        body: Any = {}
    else:
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            raise Problem(400, "invalid_json", f"request body is not valid JSON: {error}") from error
    if not isinstance(body, dict):
        raise Problem(400, "invalid_json", "request body must be a JSON object")
    missing = [name for name in required if body.get(name) in (None, "")]
    if missing:
        raise Problem(400, "invalid_input", f"missing field(s): {', '.join(missing)}")
    return body


def iso_datetime(value: object, field: str) -> datetime:
    """A request field's ISO 8601 date or date-time ("Z" allowed; no offset means UTC); 400 otherwise."""
    if not isinstance(value, str):
        raise Problem(400, "invalid_input", f"{field} must be an ISO 8601 date-time string")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Problem(400, "invalid_input", f"{field} is not an ISO 8601 date-time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Any]


# Ids are ours (Firestore auto-ids, hex run ids): anything else can't name a thing, and must not reach
# Firestore (which refuses ids like ".." or "__x__" with an error, not a miss).
ID_PATTERN = r"[A-Za-z0-9_-]{1,128}"


def _compile(template: str) -> re.Pattern[str]:
    """'/jobs/{job_id}/' -> a regex with a named group; the trailing slash is optional."""
    parts = re.split(r"\{(\w+)\}", template.rstrip("/"))
    regex = "".join(
        f"(?P<{part}>{ID_PATTERN})" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(f"^{regex}/?$")


class Router:
    """Dispatch (method, path) to a handler from a table; 404 and 405 as JSON problems."""

    def __init__(self, table: list[tuple[str, str, Callable[..., Any]]]) -> None:
        self.routes = [Route(method, _compile(path), handler) for method, path, handler in table]
        self.templates = [(method, path) for method, path, _ in table]

    def resolve(self, method: str, path: str) -> tuple[Callable[..., Any], dict[str, str]]:
        allowed = []
        for route in self.routes:
            match = route.pattern.match(path)
            if match:
                if route.method == method:
                    return route.handler, match.groupdict()
                allowed.append(route.method)
        if allowed:
            raise Problem(
                405,
                "method_not_allowed",
                f"{method} is not allowed on {path}",
                {"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise Problem(404, "not_found", f"no such path: {path}")
