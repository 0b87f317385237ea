"""/users/settings/ on the Firestore emulator: read, change, refuse bad input without writing any of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.functions_support import csrf_headers
from tests.integration.test_api import assert_problem
from tracker.accounts import SyncCheckpoint

pytestmark = pytest.mark.emulator


def patch(client, body):
    return client.patch("/users/settings/", json=body, headers=csrf_headers(client))


def test_a_new_account_has_the_default_settings(signed_in):
    assert signed_in.get("/users/settings/").get_json() == {
        "auto_fetch": True,
        "ghosting_days": 21,
        "read_from": None,
        "retention_days": 365,
    }


def test_changed_settings_are_kept_and_the_others_stay(signed_in, services, user_id):
    assert patch(signed_in, {"ghosting_days": 30}).get_json()["ghosting_days"] == 30
    changed = patch(
        signed_in, {"auto_fetch": False, "read_from": "2025-09-01", "retention_days": 90}
    ).get_json()
    assert changed == {
        "auto_fetch": False,
        "ghosting_days": 30,
        "read_from": "2025-09-01",
        "retention_days": 90,
    }
    assert signed_in.get("/users/settings/").get_json() == changed
    assert user_id not in {user.user_id for user in services.accounts.users_with_auto_fetch()}
    assert signed_in.get("/users/").get_json()["first_time_user"] is False


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"ghosting_days": 0},
        {"ghosting_days": 366},
        {"ghosting_days": "21"},
        {"ghosting_days": 21.5},
        {"ghosting_days": True},
        {"retention_days": 29},
        {"retention_days": 3651},
        {"auto_fetch": 1},
        {"auto_fetch": None},
        {"read_from": "2999-01-01"},
        {"read_from": "1999-12-31"},
        {"read_from": "01/09/2025"},
        {"read_from": None},
        {"theme": "dark"},
        {"ghosting_days": 14, "auto_fetch": "no"},
    ],
)
def test_bad_settings_are_refused_by_name_and_nothing_is_written(signed_in, body):
    response = patch(signed_in, body)
    assert_problem(response, 400, "invalid_input")
    assert signed_in.get("/users/settings/").get_json()["ghosting_days"] == 21


def test_changing_settings_needs_the_csrf_header(signed_in):
    assert_problem(signed_in.patch("/users/settings/", json={"ghosting_days": 9}), 403, "csrf_failed")


def test_an_earlier_read_from_day_makes_the_next_fetch_read_from_there_again(signed_in, services, user_id):
    fetched = SyncCheckpoint(
        start_date=datetime(2025, 10, 1, tzinfo=UTC),
        history_id="12345",
        last_fetch_at=datetime(2025, 11, 1, tzinfo=UTC),
    )
    services.accounts.set_start_date(user_id, fetched.start_date)
    services.accounts.finish_listing(user_id, "run-1", 0, fetched, fetched.last_fetch_at)

    patch(signed_in, {"read_from": "2025-12-01"})  # later: only the date moves
    later = services.accounts.get_user(user_id).sync
    assert (later.start_date, later.history_id) == (datetime(2025, 12, 1, tzinfo=UTC), "12345")

    patch(signed_in, {"read_from": "2025-06-01"})  # earlier: the checkpoint is forgotten
    earlier = services.accounts.get_user(user_id).sync
    assert earlier == SyncCheckpoint(start_date=datetime(2025, 6, 1, tzinfo=UTC))


def test_the_old_auto_fetch_route_and_the_settings_route_agree(signed_in):
    signed_in.patch("/users/", json={"auto_fetch": False}, headers=csrf_headers(signed_in))
    assert signed_in.get("/users/settings/").get_json()["auto_fetch"] is False
    patch(signed_in, {"auto_fetch": True})
    assert signed_in.get("/users/").get_json()["auto_fetch"] is True
    assert_problem(
        signed_in.patch("/users/", json={"ghosting_days": 3}, headers=csrf_headers(signed_in)), 400
    )


def test_a_sheet_sync_is_asked_for_on_demand_once_a_sheet_is_connected(signed_in, services, user_id):
    assert_problem(signed_in.post("/users/sync_sheet/", headers=csrf_headers(signed_in)), 409, "no_sheet")
    services.accounts.connect_sheet(user_id, "sheet-1")
    asked = signed_in.post("/users/sync_sheet/", headers=csrf_headers(signed_in))
    assert asked.status_code == 202 and services.queue.sheet_syncs == [user_id]
