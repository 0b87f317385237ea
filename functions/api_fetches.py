"""Fetches: start one, follow it (/task_status/ in the original app's words, /fetches/ in full),
and the fetch logs the original app kept (the first one holds the date mail is read from)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from functions.api_users import current_user
from functions.http import Problem, iso_datetime, json_body
from tracker.accounts import RUN_COUNTERS, FetchRun, RunState

if TYPE_CHECKING:
    from functions.api import ApiContext


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def run_json(run: FetchRun) -> dict:
    return {
        "id": run.run_id,
        "state": run.state.value,
        "status": run.state.task_status,
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "error": run.error,
        **{name: run.count(name) for name in RUN_COUNTERS},
    }


def start_fetch(ctx: ApiContext) -> tuple[dict, int]:
    user = current_user(ctx)
    if user.first_time_user:
        raise Problem(
            409, "start_date_required", "choose the date to read mail from first (/fetch_logs/add_log/)"
        )
    if user.reconnect_needed:
        raise Problem(409, "reconnect_needed", "reconnect your Google account to fetch mail")
    min_interval = timedelta(seconds=ctx.services.settings.fetch_min_interval_seconds)
    run, started = ctx.services.use_cases.start_fetch(user.user_id, min_interval)
    if not started:  # one fetch at a time: the page follows the one in progress
        return {"task_id": run.run_id, "already_running": True}, 200
    return {"task_id": run.run_id}, 202


def _own_run(ctx: ApiContext, run_id: str) -> FetchRun:
    # The page polls every second: a running run's counts may lag a little (infra/firestore_accounts.py).
    run = ctx.services.accounts.get_run(ctx.user_id, run_id, with_counts=True, counts_may_lag=True)
    if run is None:
        raise Problem(404, "not_found", f"no fetch {run_id}")
    return run


def task_status(ctx: ApiContext, task_id: str) -> dict:
    run = _own_run(ctx, task_id)
    return {"status": run.state.task_status, **run_json(run)}


def get_fetch(ctx: ApiContext, run_id: str) -> dict:
    return run_json(_own_run(ctx, run_id))


def current_fetch(ctx: ApiContext) -> tuple[dict, int]:
    """GET /fetches/current/: the user's latest fetch while it is queued or running, so a page loaded
    mid-fetch follows it again (the daily one too); 204 when none is."""
    latest = ctx.services.accounts.list_runs(ctx.user_id, limit=1)
    if not latest or latest[0].state not in (RunState.QUEUED, RunState.RUNNING):
        return {}, 204
    return get_fetch(ctx, latest[0].run_id), 200


def list_fetch_logs(ctx: ApiContext) -> dict:
    user = current_user(ctx)
    logs = []
    if user.sync.start_date:
        logs.append({"id": "start", "last_fetch_date": _iso(user.sync.start_date), "user": user.user_id})
    for run in reversed(ctx.services.accounts.list_runs(user.user_id)):
        if run.state is RunState.DONE:
            logs.append({"id": run.run_id, "last_fetch_date": _iso(run.finished_at), "user": user.user_id})
    return {"count": len(logs), "results": logs}


def add_fetch_log(ctx: ApiContext) -> tuple[dict, int]:
    body = json_body(ctx.request, required=("last_fetch_date",))
    start = iso_datetime(body["last_fetch_date"], "last_fetch_date")
    if start > ctx.services.now():
        raise Problem(400, "invalid_input", "last_fetch_date is in the future")
    user = current_user(ctx)
    if not user.first_time_user:
        raise Problem(409, "conflict", "the start date is already set; fetches continue from the last one")
    ctx.services.accounts.set_start_date(user.user_id, start)
    return {"status": "fetch log added", "id": "start"}, 201
