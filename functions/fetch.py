"""The fetch function: Cloud Tasks per (user, fetch run); lists new mail and fans it out.

A listing that outgrows one task's budget goes on in a follow-up task (`listing_page`: where it
starts). The function also sweeps its runs: a task with `sweep_progress` looks at a running run a
period after its first listing task (and after each look that saw progress) and ends it FAILED when
no page was listed and no message handled meanwhile.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import flask

from functions.http import Problem, json_errors
from functions.tasks_common import ok, task_payload, with_failure_policy
from infra.bootstrap import Services
from tracker.errors import AccountDeleted
from tracker.fetching import ListingBudget, run_fetch, sweep_later, sweep_run

log = logging.getLogger(__name__)


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.fetch_url, ("user_id", "run_id"))
    user_id, run_id = payload["user_id"], payload["run_id"]
    accounts = services.accounts
    user = accounts.get_user(user_id)
    if user is None:
        return ok(result="unknown user")
    if user.first_time_user:  # a task queued before the account was deleted and made afresh
        return ok(result="no start date")
    settings = services.settings
    period = timedelta(seconds=settings.run_sweep_seconds)
    if "sweep_progress" in payload:
        progress = _count(payload, "sweep_progress")
        run = sweep_run(user_id, run_id, progress, accounts, services.queue, services.now(), period)
        return ok(swept=run.state.value if run else "no such run")
    from_page = _count(payload, "listing_page") if "listing_page" in payload else 0
    if from_page and accounts.get_run(user_id, run_id) is None:
        return ok(result="run gone")  # its run went with a deleted account
    budget = ListingBudget(
        page_size=settings.fetch_page_size,
        pages=settings.fetch_pages_per_task,
        seconds=settings.fetch_listing_seconds,
    )

    def work() -> flask.Response:
        if from_page == 0:
            _rekey_if_older(services, user_id)
        now = services.now()
        mailbox = services.mailbox_for(user)
        run = run_fetch(user_id, run_id, accounts, mailbox, services.queue, now, budget, from_page)
        if from_page == 0:
            sweep_later(run, services.queue, now, period)
        if run.listing_done:
            # The daily fetch is also when silent applications cross the user's ghosting days.
            last_fetch_at, ghosting_days = user.sync.last_fetch_at, user.settings.ghosting_days
            services.use_cases.mark_newly_ghosted(user_id, last_fetch_at, ghosting_days)
            # And when subjects past the user's retention period are erased (tracker/retention.py).
            services.use_cases.erase_expired_subjects(user_id, user.settings.retention_days)
        return ok(listed=run.count("listed"), state=run.state.value, pages=run.listing.pages)

    def give_up(error: str) -> None:
        accounts.fail_run(user_id, run_id, error, services.now())

    return with_failure_policy(request, services, user_id, work, run_id=run_id, give_up=give_up)


def _rekey_if_older(services: Services, user_id: str) -> None:
    """Records saved under older matching keys get today's before this run's mail meets them
    (tracker/rekeying.py; one read when they are current). A re-key that fails is reported and the
    fetch goes on: the user's mail is still read, and the next fetch re-keys (the version is set last)."""
    try:
        services.rekeying.rekey_if_older(user_id)
    except AccountDeleted:
        raise
    except Exception:
        log.exception("re-keying failed; the next fetch tries again", extra={"event": "rekey_failed"})


def _count(payload: dict, name: str) -> int:
    value = payload[name]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise Problem(400, "invalid_input", f"{name} must be a count")
    return value
