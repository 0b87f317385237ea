"""The two-way sheet: what the user types in the app's columns of their sheet comes back at the next
sync as a manual edit (tracker/sheet_edits.py's rule), through the real Sheets client against the fake
Google and the Firestore emulator; the API shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from functions import api
from infra.bootstrap import Services
from tests.fakes import RecordingQueue
from tests.functions_support import csrf_headers, function_client, settings_for_tests, sign_in
from tests.sheet_support import SheetUser
from tracker.models import Status
from tracker.sheet_layout import LAST_COLUMN

pytestmark = pytest.mark.emulator


@pytest.fixture
def user(google_account, firestore_client):
    # The api function's sessions are signed and checked on this clock too: it starts at the real now
    # (the test client drops a cookie whose expiry has passed).
    return SheetUser(google_account, firestore_client, datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def api_client(user, firestore_client):
    services = Services(
        settings_for_tests(), firestore=firestore_client, queue=RecordingQueue(), now=lambda: user.now
    )
    client = function_client(api.handle, services)
    sign_in(client, services, user.user_id)
    return client


def test_a_status_typed_in_the_sheet_is_in_the_api_after_the_next_sync_and_on_the_timeline(user, api_client):
    app_id = user.receive(1, "Acme", "applied")
    user.sync()
    user.later()
    user.type_in_sheet("C2", "Offer")

    result = user.sync()

    assert result.edits_taken == 1
    job = api_client.get(f"/jobs/{app_id}/").get_json()
    assert job["status"] == "offer" and "status" in job["edited_fields"]
    timeline = api_client.get(f"/jobs/{app_id}/events/").get_json()["results"]
    assert timeline[-1]["kind"] == "manual_edit" and timeline[-1]["source"] == "sheet"
    assert timeline[-1]["changes"] == {"status": "offer"}
    assert user.rows()[1][2] == "offer"  # written back as the tracker spells it
    # A hand edit wins over later mail, as one made through the API does.
    user.receive(3, "Acme", "interview")
    assert user.application(app_id).status is Status.OFFER


def test_company_title_tags_and_notes_typed_in_the_sheet_are_taken_too(user):
    app_id = user.receive(1, "Acme", "applied", title="Engineer")
    user.sync()
    user.later()
    user.type_in_sheet("A2", "Acme Robotics", "Senior Engineer")
    user.type_in_sheet("G2", "Remote, dream job", "Ask about the visa")

    user.sync()

    application = user.application(app_id)
    assert (application.company, application.job_title) == ("Acme Robotics", "Senior Engineer")
    assert (application.tags, application.notes) == (["remote", "dream job"], "Ask about the visa")


def edit_through_the_api(api_client, app_id: str, **changes) -> None:
    response = api_client.patch(f"/jobs/{app_id}/", json=changes, headers=csrf_headers(api_client))
    assert response.status_code == 200, response.get_data(as_text=True)


def test_a_later_app_edit_wins_over_an_older_sheet_edit(user, api_client):
    app_id = user.receive(1, "Acme", "applied")
    user.sync()
    user.later()
    user.type_in_sheet("C2", "rejected")  # first in the sheet
    user.later()
    edit_through_the_api(api_client, app_id, status="interview")  # then in the app, before a sync

    user.sync()

    assert api_client.get(f"/jobs/{app_id}/").get_json()["status"] == "interview"
    assert user.rows()[1][2] == "interview"


def test_a_later_sheet_edit_wins_over_an_older_app_edit(user, api_client):
    app_id = user.receive(1, "Acme", "applied")
    user.sync()
    user.later()
    edit_through_the_api(api_client, app_id, status="interview")
    user.sync()  # the app's edit reaches the sheet
    user.later()
    user.type_in_sheet("C2", "rejected")

    user.sync()

    assert api_client.get(f"/jobs/{app_id}/").get_json()["status"] == "rejected"
    timeline = api_client.get(f"/jobs/{app_id}/events/").get_json()["results"]
    assert [(e["source"], e["changes"]) for e in timeline if e["kind"] == "manual_edit"] == [
        ("app", {"status": "interview"}),
        ("sheet", {"status": "rejected"}),
    ]


def test_the_users_own_columns_are_byte_identical_after_ten_syncs(user):
    app_id = user.receive(1, "Acme", "applied")
    user.sync()
    own = [["Recruiter", '=HYPERLINK("https://x.example";"site")', "0042", "  spaced  ", "Ünïcode ✓"]]
    user.service.values().update(
        spreadsheetId=user.user.sheet_id,
        range="'Applications'!J1:N1",
        valueInputOption="RAW",
        body={"values": own},
    ).execute()
    user.type_in_sheet("J2", "Sam", "=1+1", "3.50", "TRUE", "")
    before = own_columns(user)

    for n in range(10):
        user.later()
        if n % 3 == 0:
            user.receive(2 + n, "Globex" if n % 2 else "Acme", "interview")
        if n % 3 == 1:
            user.edit_in_app(app_id, notes=f"note {n}")
        if n % 3 == 2:
            user.type_in_sheet("C2", "assessment")
        user.sync()

    assert own_columns(user) == before


def own_columns(user: SheetUser) -> dict:
    """Columns J onwards exactly as stored (formulas as typed, numbers unformatted)."""
    return (
        user.service.values()
        .get(spreadsheetId=user.user.sheet_id, range="'Applications'!J:Z", valueRenderOption="FORMULA")
        .execute()
    )


def test_a_row_the_user_cleared_is_not_written_again(user, api_client):
    acme = user.receive(1, "Acme", "applied")
    globex = user.receive(2, "Globex", "applied")
    user.sync()
    acme_row, globex_row = (user.application(app_id).row_number for app_id in (acme, globex))
    clear = f"'Applications'!A{acme_row}:{LAST_COLUMN}{acme_row}"
    user.service.values().clear(spreadsheetId=user.user.sheet_id, range=clear).execute()
    user.later()

    user.sync()
    user.receive(5, "Acme", "interview")  # new mail for the cleared one
    user.sync()

    rows = user.rows() + [[]] * 3  # Sheets leaves trailing empty rows out
    assert not any(rows[acme_row - 1][:8]) and rows[globex_row - 1][0] == "Globex"
    assert api_client.get(f"/jobs/{acme}/").get_json()["status"] == "interview"  # still tracked


def test_a_value_the_tracker_cannot_take_is_written_back_over(user):
    app_id = user.receive(1, "Acme", "applied")
    user.sync()
    user.type_in_sheet("A2", "", "", "maybe later")

    assert user.sync().edits_taken == 0

    assert user.rows()[1][:3] == ["Acme", "Engineer", "applied"]
    assert user.application(app_id).manual_edits == []


def test_rows_moved_by_sorting_are_not_read_as_edits(user):
    acme = user.receive(1, "Acme", "applied")
    globex = user.receive(2, "Globex", "interview")
    user.sync()
    first, second = user.rows()[1][:8], user.rows()[2][:8]
    assert {first[0], second[0]} == {"Acme", "Globex"}
    user.service.values().update(
        spreadsheetId=user.user.sheet_id,
        range="'Applications'!A2:H3",
        valueInputOption="RAW",
        body={"values": [second, first]},
    ).execute()

    assert user.sync().edits_taken == 0

    assert user.application(acme).company == "Acme" and user.application(globex).company == "Globex"
