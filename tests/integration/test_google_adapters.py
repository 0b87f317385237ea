"""infra/gmail.py and infra/sheets.py through the real googleapiclient against the fake Google."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage as MimeMessage
from email.utils import format_datetime

import pytest

from functions import worker
from infra.bootstrap import Services
from infra.gmail import GmailMailbox, gmail_service
from infra.google_credentials import user_credentials
from infra.settings import GOOGLE_SCOPES_SHEETS_CREATED
from infra.sheets import GoogleSheet, sheets_service
from tests.fakes import RecordingQueue
from tests.functions_support import function_client
from tests.sheet_support import SheetUser
from tracker.accounts import UserAccount
from tracker.errors import Conflict, GrantRevoked, HistoryExpired
from tracker.sheet_layout import HEADER, LAST_COLUMN

DAY0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def account(google_account):
    return google_account


def raw_mail(n: int, day: int) -> bytes:
    message = MimeMessage()
    message["From"] = "Careers <jobs@acme.example>"
    message["Subject"] = f"Message {n}"
    message["Date"] = format_datetime(DAY0 + timedelta(days=day))
    message["Message-ID"] = f"<m{n}-{uuid.uuid4().hex[:6]}@acme.example>"
    message.set_content(f"Body {n}")
    return bytes(message)


def mailbox_of(account) -> GmailMailbox:
    return GmailMailbox(gmail_service(account["settings"], account["credentials"]))


def test_listing_reads_page_by_page_each_page_oldest_first_and_skips_sent_mail(account):
    control, mailbox = account["control"], mailbox_of(account)
    ids = control.add_messages(account["email"], [raw_mail(n, n) for n in range(620)])
    control.add_messages(account["email"], [raw_mail(999, 5)], label_ids=["SENT"])
    after = DAY0 + timedelta(days=10) - timedelta(hours=1)
    first = mailbox.list_message_page(after, None, 500)
    last = mailbox.list_message_page(after, first.next_page_token, 500)
    assert first.message_ids == ids[120:] and last.message_ids == ids[10:120]  # Gmail: newest first
    assert last.next_page_token is None


def test_history_lists_what_arrived_since_and_reports_an_expired_history(account):
    control, mailbox = account["control"], mailbox_of(account)
    control.add_messages(account["email"], [raw_mail(1, 1)])
    checkpoint = mailbox.current_history_id()
    new_ids = control.add_messages(account["email"], [raw_mail(n, n) for n in (2, 3, 4)])
    first = mailbox.list_added_page(checkpoint, None, 2)
    last = mailbox.list_added_page(checkpoint, first.next_page_token, 2)
    assert first.message_ids + last.message_ids == new_ids and last.next_page_token is None
    assert last.history_id is not None and int(last.history_id) > int(checkpoint)
    assert mailbox.list_added_page(last.history_id, None, 2).message_ids == []
    control.expire_history_before(account["email"], last.history_id)
    with pytest.raises(HistoryExpired):
        mailbox.list_added_page(checkpoint, None, 2)


def test_a_message_comes_back_whole_with_its_thread_and_date(account):
    raw = raw_mail(7, 3)
    (gmail_id,) = account["control"].add_messages(account["email"], [raw])
    message = mailbox_of(account).get_message(gmail_id)
    assert message.raw == raw and message.thread_id and message.internal_date == DAY0 + timedelta(days=3)
    assert mailbox_of(account).get_message("0000000000000000") is None


def test_a_revoked_grant_is_reported_as_such(account):
    account["control"].revoke_user_grants(account["email"])
    with pytest.raises(GrantRevoked):
        mailbox_of(account).current_history_id()


def test_a_new_sheet_gets_a_frozen_header_and_rows_in_one_batch(account):
    sheet = GoogleSheet(sheets_service(account["settings"], account["credentials"]))
    sheet_id = sheet.create("Job applications")
    title = sheet.prepare(sheet_id)
    account["control"].reset_counters()
    sheet.write_rows(
        sheet_id, title, {2: ["Acme", "Engineer", "applied"] + [""] * 5, 3: ["Globex"] + [""] * 7}
    )
    assert account["control"].counters() == {"sheets.values.batchUpdate": 1}
    grid = account["control"].read_sheet(sheet_id)["sheets"][0]
    assert grid["gridProperties"]["frozenRowCount"] == 1
    assert grid["values"][0] == list(HEADER) and grid["values"][2][0] == "Globex"


def test_a_sheet_laid_out_before_tags_and_notes_gets_their_headers_unless_the_user_took_those_columns(
    account,
):
    sheet = GoogleSheet(sheets_service(account["settings"], account["credentials"]))
    values = sheets_service(account["settings"], account["credentials"]).spreadsheets().values()
    old, taken = sheet.create("Old layout"), sheet.create("Own column")
    for sheet_id, header in ((old, HEADER[:6]), (taken, (*HEADER[:6], "Recruiter"))):
        body = {"values": [list(header) + [""] * (len(HEADER) - len(header))]}
        values.update(
            spreadsheetId=sheet_id, range=f"A1:{LAST_COLUMN}1", valueInputOption="RAW", body=body
        ).execute()

    sheet.prepare(old)
    assert account["control"].sheet_values(old)[0] == list(HEADER)
    with pytest.raises(Conflict, match="G \\('Recruiter'\\)"):
        sheet.prepare(taken)
    assert account["control"].sheet_values(taken)[0] == [*HEADER[:6], "Recruiter"]


def test_a_sheet_the_app_may_not_open_is_a_conflict(account):
    other = f"other-{uuid.uuid4().hex[:6]}@example.com"
    account["control"].create_user(other)
    foreign = account["control"].create_sheet(other, "Theirs")["spreadsheetId"]
    with pytest.raises(Conflict):
        GoogleSheet(sheets_service(account["settings"], account["credentials"])).prepare(foreign)


@pytest.mark.emulator
def test_sync_leaves_the_users_own_rows_and_columns_alone(account, firestore_client):
    user = SheetUser(account, firestore_client, DAY0)
    user.receive(1, "Acme")
    user.sync()
    # The user types a note in a column of their own and a row of their own below ours.
    user.type_in_sheet("J2", "call back Friday")
    user.type_in_sheet("A3", "My own row")
    user.receive(5, "Acme", "interview")
    user.receive(6, "Globex")
    user.sync()
    rows = user.rows()
    assert rows[1][:3] == ["Acme", "Engineer", "interview"] and rows[1][9] == "call back Friday"
    assert rows[2][0] == "My own row"
    assert rows[3][:3] == ["Globex", "Engineer", "applied"]


@pytest.mark.emulator
def test_a_sync_reads_the_sheet_once_and_writes_its_changed_rows_in_one_call(account, firestore_client):
    user = SheetUser(account, firestore_client, DAY0)
    user.receive(1, status="applied")
    user.sync()
    user.receive(4, status="interview")
    user.control.reset_counters()
    user.sync()
    assert user.control.counters() == {"sheets.values.get": 1, "sheets.values.batchUpdate": 1}
    user.control.reset_counters()
    assert user.sync().rows_written == 0
    assert user.control.counters() == {"sheets.values.get": 1}


# --- A grant without a scope the app needs (Google's consent screen lets the user untick each) ------


def test_a_gmail_call_without_the_gmail_scope_is_a_dead_grant_after_one_call(account):
    control = account["control"]
    tokens = control.issue_tokens(
        account["email"],
        account["settings"].google_client_id,
        ["openid", "email", GOOGLE_SCOPES_SHEETS_CREATED],
    )
    ids = control.add_messages(account["email"], [raw_mail(1, 1)])
    mailbox = GmailMailbox(
        gmail_service(account["settings"], user_credentials(account["settings"], tokens["refresh_token"]))
    )
    control.reset_counters()

    with pytest.raises(GrantRevoked, match="lacks a permission"):
        mailbox.get_message(ids[0])

    assert control.counters()["gmail.messages.get"] == 1  # asked once: a retry can't help


def test_a_worker_task_with_a_grant_lacking_gmail_asks_to_reconnect_after_one_attempt(
    account, firestore_client
):
    control, settings = account["control"], replace(account["settings"], verify_oidc=False)
    tokens = control.issue_tokens(
        account["email"], settings.google_client_id, ["openid", "email", GOOGLE_SCOPES_SHEETS_CREATED]
    )
    (message_id,) = control.add_messages(account["email"], [raw_mail(1, 1)])
    services = Services(settings, firestore=firestore_client, queue=RecordingQueue())
    user_id = f"scopes-{uuid.uuid4().hex[:8]}"
    services.accounts.save_user(
        UserAccount(
            user_id,
            account["email"],
            user_id,
            encrypted_refresh_token=services.cipher.encrypt(tokens["refresh_token"], user_id),
        )
    )
    control.reset_counters()

    answer = function_client(worker.handle, services).post(
        "/", json={"user_id": user_id, "message_id": message_id}
    )

    assert answer.status_code == 200 and answer.get_json()["result"] == "reconnect needed"
    assert services.accounts.get_user(user_id).reconnect_needed
    assert services.accounts.processed_message_ids(user_id, [message_id]) == set()  # read again later
    assert control.counters()["gmail.messages.get"] == 1


def test_a_tab_title_with_an_apostrophe_syncs(account):
    """Sheets answers 400 "Unable to parse range" to 'Bob's apps'!A1: the apostrophe is doubled."""
    control = account["control"]
    sheet_id = control.create_sheet(
        account["email"],
        "Mine",
        sheets=["Sam's applications"],
        client_id=account["settings"].google_client_id,
    )["spreadsheetId"]
    sheet = GoogleSheet(sheets_service(account["settings"], account["credentials"]))

    title = sheet.prepare(sheet_id)
    sheet.write_rows(sheet_id, title, {2: ["Acme", "Engineer", "applied", "", "", ""]})

    assert title == "Sam's applications"
    assert sheet.read_rows(sheet_id, title)[1][:3] == ["Acme", "Engineer", "applied"]
    assert control.sheet_values(sheet_id)[1][0] == "Acme"


# --- A sheet longer than a new sheet's grid (1,000 rows) --------------------------------------------


@pytest.mark.emulator
def test_a_sheet_of_more_applications_than_a_new_sheets_1000_rows_syncs_fully(account, firestore_client):
    """Sheets answers 400 "exceeds grid limits" to a write past the grid: the sync adds rows first."""
    user = SheetUser(account, firestore_client, DAY0)
    companies = [f"Company {n:04d}" for n in range(1_250)]
    user.receive_many(companies[:600])
    user.sync()
    user.receive_many(companies[600:])
    user.control.reset_counters()

    user.sync()

    rows = user.rows()
    assert len(rows) == 1 + len(companies)
    assert sorted(row[0] for row in rows[1:]) == companies
    # The sync's read showed the grid's 1,000 rows: rows are added before the one write, none refused.
    assert user.control.counters() == {
        "sheets.values.get": 1,
        "sheets.get": 1,
        "sheets.batchUpdate": 1,
        "sheets.values.batchUpdate": 1,
    }


def test_a_write_past_the_grid_without_a_read_first_still_lands(account):
    """write_rows alone (no read_rows in the same sync to learn the grid's size) grows the grid too."""
    control = account["control"]
    sheet = GoogleSheet(sheets_service(account["settings"], account["credentials"]))
    sheet_id = sheet.create("Long")
    title = sheet.prepare(sheet_id)

    sheet.write_rows(sheet_id, title, {1_001: ["Acme", "Engineer", "applied"], 2: ["Globex"]})

    values = control.sheet_values(sheet_id)
    assert len(values) == 1_001 and values[1_000][0] == "Acme" and values[1][0] == "Globex"
