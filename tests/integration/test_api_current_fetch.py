"""GET /fetches/current/: the fetch a page loaded mid-fetch follows again (web/js/fetch.js)."""

from __future__ import annotations

from datetime import timedelta

import pytest

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
