"""The worker function: one Cloud Task per (user, message). Idempotent: redelivery changes nothing.

Returns 2xx for done and for permanent failures (recorded on the fetch run); non-2xx only for what
a retry can fix, so Cloud Tasks retries exactly those.
"""

from __future__ import annotations

import logging

import flask

from functions.http import json_errors
from functions.tasks_common import is_last_attempt, ok, task_payload
from infra.bootstrap import Services
from tracker.errors import GrantRevoked
from tracker.processing import process_message

log = logging.getLogger(__name__)


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.worker_url, ("user_id", "message_id"))
    user_id, message_id, run_id = payload["user_id"], payload["message_id"], payload.get("run_id")
    accounts = services.accounts
    user = accounts.get_user(user_id)
    if user is None:
        log.warning("task for unknown user %s dropped", user_id)
        return ok(result="unknown user")
    try:
        outcome = process_message(
            user_id,
            run_id,
            message_id,
            mailbox=services.mailbox_for(user),
            extractor=services.extractor,
            store=services.applications,
            accounts=accounts,
            queue=services.queue,
            clock=services.now,
            sync_delay_seconds=services.settings.sheet_sync_delay_seconds,
        )
    except GrantRevoked as error:
        # No failure marker: once the user reconnects, the next fetch must find this message again.
        accounts.mark_reconnect_needed(user_id)
        if run_id:
            accounts.fail_run(user_id, run_id, f"reconnect needed: {error}", services.now())
        return ok(result="reconnect needed")
    except Exception as error:
        if not is_last_attempt(request, services):
            raise
        log.exception("message %s failed on its last attempt", message_id)
        _give_up(services, user_id, run_id, message_id, f"{type(error).__name__}: {error}")
        return ok(result="failed")
    if outcome is None:
        return ok(result="message gone")
    if outcome.skipped:
        return ok(result="skipped", reason=outcome.skipped)
    return ok(result="duplicate" if outcome.duplicate else outcome.kind.value, app_id=outcome.app_id)


def _give_up(services: Services, user_id: str, run_id: str | None, message_id: str, error: str) -> None:
    now = services.now()
    services.accounts.record_failure(user_id, run_id, message_id, error, now)
    if run_id:
        services.accounts.complete_run_if_done(user_id, run_id, now)
