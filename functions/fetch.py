"""The fetch function: one Cloud Task per (user, fetch run); lists new mail and fans it out."""

from __future__ import annotations

import flask

from functions.http import json_errors
from functions.tasks_common import is_last_attempt, ok, task_payload
from infra.bootstrap import Services
from tracker.errors import GrantRevoked
from tracker.fetching import run_fetch


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.fetch_url, ("user_id", "run_id"))
    user_id, run_id = payload["user_id"], payload["run_id"]
    accounts = services.accounts
    user = accounts.get_user(user_id)
    if user is None:
        return ok(result="unknown user")
    try:
        run = run_fetch(user_id, run_id, accounts, services.mailbox_for(user), services.queue, services.now())
    except GrantRevoked as error:
        accounts.mark_reconnect_needed(user_id)
        accounts.fail_run(user_id, run_id, f"reconnect needed: {error}", services.now())
        return ok(result="reconnect needed")
    except Exception as error:
        if is_last_attempt(request, services):
            accounts.fail_run(user_id, run_id, f"{type(error).__name__}: {error}", services.now())
            return ok(result="failed")
        raise
    return ok(listed=run.count("listed"), state=run.state.value)
