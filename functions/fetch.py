"""The fetch function: one Cloud Task per (user, fetch run); lists new mail and fans it out.

It also sweeps its runs: a task with `sweep_handled` looks at a running run a period after listing
(and after each look that saw progress) and ends it FAILED when no message was handled meanwhile.
"""

from __future__ import annotations

from datetime import timedelta

import flask

from functions.http import Problem, json_errors
from functions.tasks_common import ok, task_payload, with_failure_policy
from infra.bootstrap import Services
from tracker.fetching import run_fetch, sweep_later, sweep_run


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.fetch_url, ("user_id", "run_id"))
    user_id, run_id = payload["user_id"], payload["run_id"]
    accounts = services.accounts
    user = accounts.get_user(user_id)
    if user is None:
        return ok(result="unknown user")
    period = timedelta(seconds=services.settings.run_sweep_seconds)
    if "sweep_handled" in payload:
        handled = payload["sweep_handled"]
        if not isinstance(handled, int) or isinstance(handled, bool) or handled < 0:
            raise Problem(400, "invalid_input", "sweep_handled must be a count")
        run = sweep_run(user_id, run_id, handled, accounts, services.queue, services.now(), period)
        return ok(swept=run.state.value if run else "no such run")

    def work() -> flask.Response:
        now = services.now()
        run = run_fetch(user_id, run_id, accounts, services.mailbox_for(user), services.queue, now)
        sweep_later(run, services.queue, now, period)
        # The daily fetch is also when silent applications cross the user's ghosting days.
        services.use_cases.mark_newly_ghosted(user_id, user.sync.last_fetch_at, user.settings.ghosting_days)
        return ok(listed=run.count("listed"), state=run.state.value)

    def give_up(error: str) -> None:
        accounts.fail_run(user_id, run_id, error, services.now())

    return with_failure_policy(request, services, user_id, work, run_id=run_id, give_up=give_up)
