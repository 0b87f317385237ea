"""The sheet_sync function: one coalesced Cloud Task per user per window; the user's sheet edits read
back in one values.get, the changed rows written in one Sheets batch.

One sync per user at a time (a lease): two overlapping syncs could write an older row over a newer
one, and would contend on the sheet layout. A sync that finds the lease taken asks for a later one.
"""

from __future__ import annotations

import uuid

import flask

from functions.http import json_errors
from functions.tasks_common import ok, task_payload, with_failure_policy
from infra.bootstrap import Services
from tracker.accounts import RunState
from tracker.errors import Conflict
from tracker.processing import sync_window_end
from tracker.sheet_sync import sync_sheet

# Longer than a sync can take, Sheets backoff included (num_retries=5 sleeps up to ~1 minute).
LEASE_SECONDS = 180


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.sheet_sync_url, ("user_id",))
    accounts = services.accounts
    user = accounts.get_user(payload["user_id"])
    if user is None or not user.sheet_id:
        return ok(result="no sheet")
    holder = uuid.uuid4().hex
    if not accounts.acquire_sync_lease(user.user_id, holder, services.now(), LEASE_SECONDS):
        _sync_later(services, user.user_id)
        return ok(result="another sync is running; asked for a later one")

    def work() -> flask.Response:
        try:
            sheet = services.sheet_for(user)
            result = sync_sheet(user, accounts, sheet, services.use_cases.take_sheet_edits, services.now())
        except Conflict as error:
            return ok(result=f"sheet not writable: {error}")
        finally:
            accounts.release_sync_lease(user.user_id, holder)
        if result.needs_another_sync:
            _sync_later(services, user.user_id)
        return ok(
            rows_written=result.rows_written, rows_cleared=result.rows_cleared, edits_taken=result.edits_taken
        )

    # No give_up: a sync that keeps failing leaves its applications marked changed for the next one.
    return with_failure_policy(request, services, user.user_id, work)


def _sync_later(services: Services, user_id: str) -> None:
    """Ask for the sync of the window a change made now would ask for. While a fetch runs that is its
    run's window (RUN_SHEET_SYNC_DELAY_SECONDS), whose sync the run's workers ask for anyway: the same
    named task, so no sync more than the run's own. Otherwise the user's (SHEET_SYNC_DELAY_SECONDS)."""
    settings = services.settings
    latest = services.accounts.list_runs(user_id, limit=1)
    running = bool(latest) and latest[0].state in (RunState.QUEUED, RunState.RUNNING)
    window = settings.run_sheet_sync_delay_seconds if running else settings.sheet_sync_delay_seconds
    services.queue.enqueue_sheet_sync(user_id, not_before=sync_window_end(services.now(), window))
