"""The worker function: one Cloud Task per (user, message). Idempotent: redelivery changes nothing.

Returns 2xx for done and for permanent failures (recorded on the fetch run); non-2xx only for what
a retry can fix, so Cloud Tasks retries exactly those (functions/tasks_common.py).
"""

from __future__ import annotations

import logging

import flask

from functions.http import json_errors
from functions.tasks_common import ok, task_payload, with_failure_policy
from infra.bootstrap import Services
from tracker.processing import process_message
from tracker.retention import expire_at

log = logging.getLogger(__name__)


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.worker_url, ("user_id", "message_id"))
    user_id, message_id, run_id = payload["user_id"], payload["message_id"], payload.get("run_id")
    accounts = services.accounts
    reads = accounts.task_reads(user_id, run_id, message_id)
    user = reads.user
    if user is None:
        log.warning("task for unknown user %s dropped", user_id)
        return ok(result="unknown user")
    if run_id and reads.run is None:
        # Its run went with a deleted account: the task was queued before the deletion (tasks are
        # not purged; docs/decisions/2026-12-no-task-purge.md) and the user has signed up afresh since.
        log.info("task of a deleted run dropped", extra={"event": "run_gone"})
        return ok(result="run gone")

    def work() -> flask.Response:
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
            model_calls=services.model_calls,
            run_sync_delay_seconds=services.settings.run_sheet_sync_delay_seconds,
            retention_days=user.settings.retention_days,
            read_before=reads,
        )
        if outcome is None:
            return ok(result="message gone")
        if outcome.skipped:
            return ok(result="skipped", reason=outcome.skipped)
        return ok(result="duplicate" if outcome.duplicate else outcome.kind.value, app_id=outcome.app_id)

    def give_up(error: str) -> None:
        now = services.now()
        expires = expire_at(now, user.settings.retention_days)
        accounts.record_failure(user_id, run_id, message_id, error, now, expires)
        if run_id:
            accounts.complete_run_if_done(user_id, run_id, now)

    return with_failure_policy(request, services, user_id, work, run_id=run_id, give_up=give_up)
