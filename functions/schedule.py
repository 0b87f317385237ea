"""The schedule function: Cloud Scheduler calls it daily; it starts one fetch per user with auto-fetch on."""

from __future__ import annotations

import uuid

import flask

from functions.http import json_errors
from functions.oidc import require_invoker
from functions.tasks_common import ok
from infra.bootstrap import Services
from tracker.accounts import FetchRun


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    require_invoker(request, services.settings, services.settings.schedule_url or request.base_url)
    started = 0
    for user in services.accounts.users_with_auto_fetch():
        if user.first_time_user or user.reconnect_needed:
            continue
        run = FetchRun(run_id=uuid.uuid4().hex, user_id=user.user_id, started_at=services.now())
        services.accounts.start_run(run)
        services.queue.enqueue_fetch(user.user_id, run.run_id)
        started += 1
    return ok(fetches_started=started)
