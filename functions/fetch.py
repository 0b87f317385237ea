"""The fetch function: one Cloud Task per (user, fetch run); lists new mail and fans it out."""

from __future__ import annotations

import flask

from functions.http import json_errors
from functions.tasks_common import ok, task_payload, with_failure_policy
from infra.bootstrap import Services
from tracker.fetching import run_fetch


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.fetch_url, ("user_id", "run_id"))
    user_id, run_id = payload["user_id"], payload["run_id"]
    accounts = services.accounts
    user = accounts.get_user(user_id)
    if user is None:
        return ok(result="unknown user")

    def work() -> flask.Response:
        run = run_fetch(user_id, run_id, accounts, services.mailbox_for(user), services.queue, services.now())
        return ok(listed=run.count("listed"), state=run.state.value)

    def give_up(error: str) -> None:
        accounts.fail_run(user_id, run_id, error, services.now())

    return with_failure_policy(request, services, user_id, work, run_id=run_id, give_up=give_up)
