"""GET /fetches/current/: the fetch a page loaded mid-fetch follows again (web/js/fetch.js)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.functions_support import csrf_headers
from tracker.accounts import FetchRun, RunState

pytestmark = pytest.mark.emulator


def a_run(services, user_id: str, run_id: str, state: RunState, minutes_ago: int) -> None:
    started = services.now() - timedelta(minutes=minutes_ago)
    services.accounts.start_run(FetchRun(run_id, user_id, state=state, started_at=started))


def test_the_latest_fetch_is_current_while_it_is_queued_or_running(signed_in, services, user_id):
    a_run(services, user_id, "yesterday", RunState.DONE, minutes_ago=24 * 60)
    a_run(services, user_id, "now", RunState.RUNNING, minutes_ago=1)

    current = signed_in.get("/fetches/current/")

    assert current.status_code == 200
    body = current.get_json()
    assert (body["id"], body["state"], body["status"]) == ("now", "running", "STARTED")
    assert {"listed", "processed"} <= set(body)


def test_no_fetch_is_current_once_the_latest_has_ended(signed_in, services, user_id):
    assert signed_in.get("/fetches/current/").status_code == 204
    a_run(services, user_id, "earlier", RunState.RUNNING, minutes_ago=60)
    a_run(services, user_id, "latest", RunState.FAILED, minutes_ago=1)

    current = signed_in.get("/fetches/current/")

    assert current.status_code == 204 and current.get_data() == b""


def test_another_users_running_fetch_is_not_current(signed_in, services, user_id):
    a_run(services, f"{user_id}-other", "theirs", RunState.QUEUED, minutes_ago=1)
    assert signed_in.get("/fetches/current/").status_code == 204


# POST /jobs/fetch_emails/: one fetch at a time, and at most one a FETCH_MIN_INTERVAL_SECONDS


def ready_to_fetch(services, user_id: str) -> None:
    services.accounts.set_start_date(user_id, services.now() - timedelta(days=30))


def start_fetch(client):
    return client.post("/jobs/fetch_emails/", headers=csrf_headers(client))


def test_a_fetch_asked_for_while_one_is_in_progress_answers_that_one(signed_in, services, user_id):
    ready_to_fetch(services, user_id)
    first = start_fetch(signed_in)
    again = start_fetch(signed_in)

    assert first.status_code == 202 and again.status_code == 200
    assert again.get_json() == {"task_id": first.get_json()["task_id"], "already_running": True}
    assert services.queue.fetches == [(user_id, first.get_json()["task_id"])]
    assert len(services.accounts.list_runs(user_id)) == 1


def test_a_fetch_sooner_than_the_limit_after_the_last_gets_429_with_retry_after(signed_in, services, user_id):
    ready_to_fetch(services, user_id)
    limit = services.settings.fetch_min_interval_seconds
    a_run(services, user_id, "just-now", RunState.DONE, minutes_ago=0)

    refused = start_fetch(signed_in)

    assert refused.status_code == 429 and refused.get_json()["error"] == "too_many_requests"
    assert "fetch again in" in refused.get_json()["detail"]
    assert 0 < int(refused.headers["Retry-After"]) <= limit
    assert services.queue.fetches == [] and len(services.accounts.list_runs(user_id)) == 1


def test_a_fetch_once_the_limit_has_passed_starts(signed_in, services, user_id):
    ready_to_fetch(services, user_id)
    a_run(services, user_id, "a-while-ago", RunState.DONE, minutes_ago=2)

    started = start_fetch(signed_in)

    assert started.status_code == 202
    assert services.queue.fetches == [(user_id, started.get_json()["task_id"])]
