"""What the task handlers share: caller verification, payload parsing, retry bookkeeping."""

from __future__ import annotations

import flask

from functions.http import Problem, json_body
from functions.oidc import require_invoker
from infra.bootstrap import Services

RETRY_COUNT_HEADER = "X-CloudTasks-TaskRetryCount"


def task_payload(
    request: flask.Request, services: Services, audience: str, required: tuple[str, ...]
) -> dict:
    """The JSON payload of an authenticated task request (401/403/400 otherwise)."""
    require_invoker(request, services.settings, audience)
    body = json_body(request, required=required)
    for name in required:
        if not isinstance(body[name], str):
            raise Problem(400, "invalid_input", f"{name} must be a string")
    return body


def is_last_attempt(request: flask.Request, services: Services) -> bool:
    """True when Cloud Tasks will not retry this task again if it fails now."""
    try:
        retries = int(request.headers.get(RETRY_COUNT_HEADER, "0"))
    except ValueError:
        return False
    return retries + 1 >= services.settings.worker_max_attempts


def ok(**fields) -> flask.Response:
    return flask.jsonify({"status": "ok", **fields})
