"""The fake Google's Sheets API v4, driven by the real googleapiclient over HTTP."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from devstack.fake_google import create_app
from devstack.fake_google.client import DRIVE_FILE, SPREADSHEETS, FakeGoogleControl
from devstack.servers import RunningServer, serve_in_thread

CLIENT_ID = "sheets-test-client"
OTHER_CLIENT_ID = "some-other-app"
HEADER = ["Company", "Job title", "Status", "Applied", "Last update", "Source email link"]


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    running = serve_in_thread(create_app())
    control = FakeGoogleControl(running.url)
    control.register_client(CLIENT_ID, "secret", [])
    control.register_client(OTHER_CLIENT_ID, "secret", [])
    yield running
    running.stop()


@pytest.fixture
def control(server: RunningServer) -> FakeGoogleControl:
    return FakeGoogleControl(server.url)


def new_user(control: FakeGoogleControl) -> str:
    email = f"seeker-{uuid.uuid4().hex[:8]}@example.com"
    control.create_user(email)
    return email


@pytest.fixture
def user(control: FakeGoogleControl) -> str:
    return new_user(control)


def sheets_for(server, control, email, scopes=(SPREADSHEETS,), client_id=CLIENT_ID):
    token = control.issue_tokens(email, client_id, scopes)["access_token"]
    service = build(
        "sheets",
        "v4",
        credentials=Credentials(token),
        client_options={"api_endpoint": server.url},
        static_discovery=True,
        cache_discovery=False,
    )
    return service.spreadsheets()


@pytest.fixture
def sheets(server, control, user):
    return sheets_for(server, control, user)


@pytest.fixture
def spreadsheet_id(sheets) -> str:
    return sheets.create(body={"properties": {"title": "Job applications"}}).execute()["spreadsheetId"]


def values_of(sheets, spreadsheet_id: str, range_: str) -> list[list[str]]:
    return sheets.values().get(spreadsheetId=spreadsheet_id, range=range_).execute().get("values", [])


def test_create_returns_the_spreadsheet_resource_with_a_default_sheet(server, sheets):
    created = sheets.create(body={"properties": {"title": "Job applications"}}).execute()

    (only_sheet,) = created["sheets"]
    assert created["properties"]["title"] == "Job applications"
    assert only_sheet["properties"]["sheetId"] == 0
    assert only_sheet["properties"]["title"] == "Sheet1"
    assert only_sheet["properties"]["gridProperties"] == {"rowCount": 1000, "columnCount": 26}
    assert created["spreadsheetUrl"].startswith(server.url)
    assert sheets.get(spreadsheetId=created["spreadsheetId"]).execute() == created


FREEZE_HEADER = {
    "updateSheetProperties": {
        "properties": {"sheetId": 0, "gridProperties": {"frozenRowCount": 1}},
        "fields": "gridProperties.frozenRowCount",
    }
}


def frozen_rows(sheets, spreadsheet_id: str) -> int:
    grid = sheets.get(spreadsheetId=spreadsheet_id).execute()["sheets"][0]["properties"]["gridProperties"]
    return grid.get("frozenRowCount", 0)


def test_batch_update_freezes_the_header_row(sheets, spreadsheet_id):
    reply = sheets.batchUpdate(spreadsheetId=spreadsheet_id, body={"requests": [FREEZE_HEADER]}).execute()

    assert reply["replies"] == [{}]
    assert frozen_rows(sheets, spreadsheet_id) == 1


@pytest.mark.parametrize(
    "unsupported",
    [
        {"addSheet": {"properties": {"title": "Archive"}}},
        {"repeatCell": {"range": {"sheetId": 0}, "fields": "userEnteredFormat"}},
        {"updateSheetProperties": {"properties": {"sheetId": 0, "title": "Mine"}, "fields": "title"}},
    ],
)
def test_a_request_production_does_not_send_is_refused_and_changes_nothing(
    sheets, spreadsheet_id, unsupported
):
    with pytest.raises(HttpError) as refused:
        sheets.batchUpdate(
            spreadsheetId=spreadsheet_id, body={"requests": [FREEZE_HEADER, unsupported]}
        ).execute()

    assert refused.value.resp.status == 400
    assert frozen_rows(sheets, spreadsheet_id) == 0


def test_values_batch_update_then_get_returns_strings_trimmed(sheets, spreadsheet_id):
    response = (
        sheets.values()
        .batchUpdate(
            spreadsheetId=spreadsheet_id,
            body={
                "valueInputOption": "RAW",
                "data": [
                    {"range": "Sheet1!A1:F1", "values": [HEADER]},
                    {"range": "Sheet1!A2", "values": [["Acme", "Data Engineer", "applied", "", "", ""]]},
                    {"range": "Sheet1!A3:C3", "values": [["Globex", 42, True]]},
                ],
            },
        )
        .execute()
    )

    assert response["totalUpdatedRows"] == 3
    assert response["totalUpdatedCells"] == 6 + 6 + 3
    assert response["totalUpdatedSheets"] == 1
    assert [r["updatedRange"] for r in response["responses"]] == [
        "Sheet1!A1:F1",
        "Sheet1!A2:F2",
        "Sheet1!A3:C3",
    ]
    got = sheets.values().get(spreadsheetId=spreadsheet_id, range="Sheet1!A:F").execute()
    assert got["range"] == "Sheet1!A1:F1000"
    assert got["majorDimension"] == "ROWS"
    assert got["values"] == [HEADER, ["Acme", "Data Engineer", "applied"], ["Globex", "42", "TRUE"]]


def test_user_entered_values_are_parsed_like_typed_input(sheets, spreadsheet_id):
    sheets.values().update(
        spreadsheetId=spreadsheet_id,
        range="A1",
        valueInputOption="USER_ENTERED",
        body={"values": [["007", "'007", '=HYPERLINK("https://mail.example/1", "open")', "true", "2.50"]]},
    ).execute()

    assert values_of(sheets, spreadsheet_id, "A1:E1") == [["7", "007", "open", "TRUE", "2.5"]]


def test_empty_rows_between_values_come_back_empty(sheets, spreadsheet_id):
    body = {"values": [["top"], [], ["bottom"]]}
    sheets.values().update(
        spreadsheetId=spreadsheet_id, range="B2", valueInputOption="RAW", body=body
    ).execute()

    assert values_of(sheets, spreadsheet_id, "A1:C10") == [[], ["", "top"], [], ["", "bottom"]]


def test_clear_empties_the_range(sheets, spreadsheet_id):
    sheets.values().update(
        spreadsheetId=spreadsheet_id,
        range="A1",
        valueInputOption="RAW",
        body={"values": [["a", "b"], ["c", "d"]]},
    ).execute()

    cleared = sheets.values().clear(spreadsheetId=spreadsheet_id, range="Sheet1!A1:B1", body={}).execute()

    assert cleared["clearedRange"] == "Sheet1!A1:B1"
    assert values_of(sheets, spreadsheet_id, "Sheet1") == [[], ["c", "d"]]


def test_quoted_sheet_names_and_open_ranges_resolve(sheets):
    spreadsheet_id = sheets.create(
        body={"sheets": [{"properties": {"title": "Bob's apps"}}, {"properties": {"title": "Sheet1"}}]}
    ).execute()["spreadsheetId"]
    sheets.values().update(
        spreadsheetId=spreadsheet_id,
        range="'Bob''s apps'!B3",
        valueInputOption="RAW",
        body={"values": [["x", "y"], ["z"]]},
    ).execute()

    ranges = ["'Bob''s apps'!A2:F", "'Bob''s apps'!B3", "Sheet1!A1:B2"]
    got = [sheets.values().get(spreadsheetId=spreadsheet_id, range=r).execute() for r in ranges]

    assert [r["range"] for r in got] == ["'Bob''s apps'!A2:F1000", "'Bob''s apps'!B3", "Sheet1!A1:B2"]
    assert got[0]["values"] == [[], ["", "x", "y"], ["", "z"]]
    assert got[1]["values"] == [["x"]]
    assert "values" not in got[2]


@pytest.mark.parametrize(
    "bad_range",
    ["Nope!A1", "Sheet1!", "Sheet1!A0", "Sheet1!A1:B2:C3", "Sheet1!A1001", "Sheet1!AA1"],
)
def test_unparseable_or_out_of_grid_ranges_are_400(sheets, spreadsheet_id, bad_range):
    with pytest.raises(HttpError) as refused:
        sheets.values().get(spreadsheetId=spreadsheet_id, range=bad_range).execute()

    assert refused.value.resp.status == 400


def test_writing_past_the_named_range_is_refused(sheets, spreadsheet_id):
    with pytest.raises(HttpError) as refused:
        sheets.values().update(
            spreadsheetId=spreadsheet_id,
            range="A1:B1",
            valueInputOption="RAW",
            body={"values": [["a", "b", "c"]]},
        ).execute()

    assert refused.value.resp.status == 400


def test_a_write_past_the_grid_is_refused_until_rows_are_appended(sheets, spreadsheet_id):
    def write_row_1001():
        sheets.values().update(
            spreadsheetId=spreadsheet_id,
            range="Sheet1!A1001",
            valueInputOption="RAW",
            body={"values": [["x"]]},
        ).execute()

    with pytest.raises(HttpError) as refused:
        write_row_1001()
    sheets.batchUpdate(
        spreadsheetId=spreadsheet_id,
        body={"requests": [{"appendDimension": {"sheetId": 0, "dimension": "ROWS", "length": 10}}]},
    ).execute()
    write_row_1001()

    assert refused.value.resp.status == 400 and b"exceeds grid limits" in refused.value.content
    assert values_of(sheets, spreadsheet_id, "Sheet1!A1001") == [["x"]]
    grid = sheets.get(spreadsheetId=spreadsheet_id).execute()["sheets"][0]["properties"]["gridProperties"]
    assert grid["rowCount"] == 1010


def test_another_users_sheet_is_forbidden_and_an_unknown_one_not_found(server, control, spreadsheet_id):
    stranger = sheets_for(server, control, new_user(control))

    with pytest.raises(HttpError) as forbidden:
        stranger.values().get(spreadsheetId=spreadsheet_id, range="A1").execute()
    with pytest.raises(HttpError) as missing:
        stranger.get(spreadsheetId="no-such-spreadsheet").execute()

    assert forbidden.value.resp.status == 403
    assert forbidden.value.reason == "The caller does not have permission"
    assert missing.value.resp.status == 404


def test_drive_file_scope_reaches_only_sheets_this_app_created_or_was_given(server, control, user):
    app_sheets = sheets_for(server, control, user, scopes=(DRIVE_FILE,))
    created = app_sheets.create(body={"properties": {"title": "Mine"}}).execute()["spreadsheetId"]
    existing = control.create_sheet(user, title="Made by hand")["spreadsheetId"]
    picked = control.create_sheet(user, title="Picked", client_id=CLIENT_ID)["spreadsheetId"]
    other_app = sheets_for(server, control, user, scopes=(DRIVE_FILE,), client_id=OTHER_CLIENT_ID)

    assert app_sheets.get(spreadsheetId=created).execute()["spreadsheetId"] == created
    assert app_sheets.get(spreadsheetId=picked).execute()["spreadsheetId"] == picked
    for forbidden_call in (
        app_sheets.get(spreadsheetId=existing),
        other_app.values().get(spreadsheetId=created, range="A1"),
    ):
        with pytest.raises(HttpError) as forbidden:
            forbidden_call.execute()
        assert forbidden.value.resp.status == 403


def test_control_reads_the_whole_grid(control, sheets, spreadsheet_id):
    sheets.values().update(
        spreadsheetId=spreadsheet_id, range="A1", valueInputOption="RAW", body={"values": [HEADER, ["Acme"]]}
    ).execute()

    assert control.sheet_values(spreadsheet_id) == [HEADER, ["Acme"]]
    assert control.read_sheet(spreadsheet_id)["sheets"][0]["title"] == "Sheet1"


def test_sheets_faults_and_counters(control, sheets, spreadsheet_id):
    control.reset_counters()
    control.set_faults(1.0, ["429"], services=["sheets"])
    try:
        with pytest.raises(HttpError) as throttled:
            sheets.values().batchUpdate(spreadsheetId=spreadsheet_id, body={"data": []}).execute()
    finally:
        control.clear_faults()

    assert throttled.value.resp.status == 429
    assert control.counters() == {"sheets.values.batchUpdate": 1}
