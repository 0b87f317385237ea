"""The schedule function: Cloud Scheduler calls it daily; it starts one fetch per user with auto-fetch on."""

from __future__ import annotations

import flask

from functions.http import json_errors
from functions.oidc import require_invoker
from functions.tasks_common import ok
from infra.bootstrap import Services


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    require_invoker(request, services.settings, services.settings.schedule_url or request.base_url)
    started = 0
    for user in services.accounts.users_with_auto_fetch():
        if user.first_time_user or user.reconnect_needed:
            continue
        services.use_cases.start_fetch(user.user_id)
        started += 1
    return ok(fetches_started=started)
