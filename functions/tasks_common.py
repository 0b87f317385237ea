"""What the task handlers share: caller verification, payload parsing, and the one failure policy.

Cloud Tasks retries every non-2xx answer, so a task handler answers 2xx for what is done and for what
failed for good (recorded), and fails only for what a retry can fix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import flask

from functions.http import Problem, json_body
from functions.oidc import require_invoker
from infra.bootstrap import Services
from infra.logging import label_logs
from tracker.errors import AccountDeleted, GrantRevoked

log = logging.getLogger(__name__)

RETRY_COUNT_HEADER = "X-CloudTasks-TaskRetryCount"


def task_payload(
    request: flask.Request, services: Services, audience: str, required: tuple[str, ...]
) -> dict:
    """The JSON payload of an authenticated task request (401/403/400 otherwise)."""
    require_invoker(request, services.settings, audience)
    body = json_body(request, required=required)
    label_logs(user_id=body.get("user_id"), run_id=body.get("run_id"))
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


def with_failure_policy(
    request: flask.Request,
    services: Services,
    user_id: str,
    work: Callable[[], flask.Response],
    run_id: str | None = None,
    give_up: Callable[[str], None] | None = None,
) -> flask.Response:
    """`work()`'s answer, or what the task's failure means:

    - the user deleted their account meanwhile: nothing is written, 2xx (the task is done with).
    - the user's Google grant is revoked: mark them reconnect-needed and fail their fetch run, 2xx.
      No failure marker: once they reconnect, the next fetch must find the same mail again.
    - anything else on the task's last attempt, where `give_up(error)` records the failure: 2xx.
    - anything else: raised (a 500), so Cloud Tasks tries again.
    """
    try:
        return work()
    except AccountDeleted:
        log.info("task for deleted user %s dropped", user_id, extra={"event": "account_deleted"})
        return ok(result="account deleted")
    except GrantRevoked as error:
        log.warning("user %s must reconnect Google", user_id, extra={"event": "reconnect_needed"})
        services.accounts.mark_reconnect_needed(user_id)
        if run_id:
            services.accounts.fail_run(user_id, run_id, f"reconnect needed: {error}", services.now())
        return ok(result="reconnect needed")
    except Exception as error:
        if give_up is None or not is_last_attempt(request, services):
            raise
        log.exception("task for user %s failed on its last attempt", user_id)
        try:
            give_up(f"{type(error).__name__}: {error}")
        except AccountDeleted:
            return ok(result="account deleted")
        return ok(result="failed")
