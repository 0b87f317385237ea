"""The fake Google's Gmail API, driven by the real googleapiclient over HTTP."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
import requests
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from devstack.fake_google import create_app
from devstack.fake_google.client import GMAIL_READONLY, SPREADSHEETS, FakeGoogleControl
from devstack.servers import RunningServer, serve_in_thread

CLIENT_ID = "gmail-test-client"
START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    running = serve_in_thread(create_app())
    FakeGoogleControl(running.url).register_client(CLIENT_ID, "secret", ["http://127.0.0.1/callback"])
    yield running
    running.stop()


@pytest.fixture
def control(server: RunningServer) -> FakeGoogleControl:
    return FakeGoogleControl(server.url)


@pytest.fixture
def user(control: FakeGoogleControl) -> str:
    email = f"seeker-{uuid.uuid4().hex[:8]}@example.com"
    control.create_user(email)
    return email


def gmail_for(server: RunningServer, control: FakeGoogleControl, email: str, scopes=(GMAIL_READONLY,)):
    tokens = control.issue_tokens(email, CLIENT_ID, scopes)
    credentials = Credentials(tokens["access_token"])
    return build(
        "gmail",
        "v1",
        credentials=credentials,
        client_options={"api_endpoint": server.url},
        static_discovery=True,
        cache_discovery=False,
    )


@pytest.fixture
def gmail(server: RunningServer, control: FakeGoogleControl, user: str):
    return gmail_for(server, control, user)


def rfc822(
    subject: str = "Thanks for applying",
    sent: datetime = START,
    sender: str = "Acme Careers <careers@acme.example>",
    body: str = "We received your application.",
    in_reply_to: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "seeker@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = make_msgid(domain="acme.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    return message.as_bytes()


def plain_rfc822(subject: str, sent: datetime) -> bytes:
    """A minimal message, cheap enough to make thousands of."""
    return (
        f"From: alerts@jobs.example\r\nTo: seeker@example.com\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <{uuid.uuid4().hex}@jobs.example>\r\n\r\n"
        "New jobs for you.\r\n"
    ).encode()


def list_all(gmail, **params) -> list[str]:
    ids: list[str] = []
    request = gmail.users().messages().list(userId="me", **params)
    while request is not None:
        response = request.execute()
        ids += [m["id"] for m in response.get("messages", [])]
        request = gmail.users().messages().list_next(request, response)
    return ids


def test_list_pages_newest_first_after_a_time(gmail, control, user):
    raws = [rfc822(subject=f"Application {i}", sent=START + timedelta(hours=i)) for i in range(250)]
    ids = control.add_messages(user, raws)
    after = int((START + timedelta(hours=20)).timestamp())

    listed = list_all(gmail, q=f"after:{after}", maxResults=100)

    assert listed == list(reversed(ids[20:]))
    first_page = gmail.users().messages().list(userId="me", maxResults=100).execute()
    assert len(first_page["messages"]) == 100
    assert first_page["resultSizeEstimate"] == 250
    assert "nextPageToken" in first_page


def test_a_listing_can_be_made_to_repeat_each_pages_last_messages_on_the_next(gmail, control, user):
    alerts = [plain_rfc822(f"Alert {i}", START + timedelta(hours=i)) for i in range(25)]
    ids = control.add_messages(user, alerts)
    control.repeat_on_next_page(user, 2)

    listed = list_all(gmail, maxResults=10)

    newest_first = list(reversed(ids))
    assert listed == newest_first[:10] + newest_first[8:18] + newest_first[16:]
    assert set(listed) == set(ids)


def test_empty_result_has_no_messages_key(gmail):
    response = gmail.users().messages().list(userId="me", q="in:sent").execute()

    assert response == {"resultSizeEstimate": 0}


def test_spam_and_trash_are_not_listed(gmail, control, user):
    inbox = control.add_message(user, rfc822(subject="Interview invitation"))
    control.add_message(user, rfc822(subject="You won"), label_ids=["SPAM"])
    control.add_message(user, rfc822(subject="Old alert"), label_ids=["TRASH"])

    assert list_all(gmail) == [inbox]


def test_the_query_production_sends_skips_sent_drafts_and_chats(gmail, control, user):
    inbox = control.add_message(user, rfc822(subject="Interview invitation"))
    for label in ("SENT", "DRAFT", "CHAT"):
        control.add_message(user, rfc822(subject="Mine"), label_ids=[label])
    after = int((START - timedelta(days=1)).timestamp())

    assert list_all(gmail, q=f"after:{after} -in:sent -in:drafts -in:chats") == [inbox]


@pytest.mark.parametrize(
    "query", ["from:a OR from:b", "subject:offer", "acme", "after:2024/03/02", "in:starred", "in:spam"]
)
def test_query_syntax_production_does_not_send_is_refused(gmail, query):
    with pytest.raises(HttpError) as refused:
        gmail.users().messages().list(userId="me", q=query).execute()

    assert refused.value.resp.status == 400


def test_raw_format_round_trips_the_rfc822_bytes(gmail, control, user):
    raw = rfc822(subject="Application received — Data Engineer")
    message_id = control.add_message(user, raw)

    message = gmail.users().messages().get(userId="me", id=message_id, format="raw").execute()

    assert base64.urlsafe_b64decode(message["raw"]) == raw
    assert message["internalDate"] == str(int(START.timestamp() * 1000))
    assert message["labelIds"] == ["INBOX", "UNREAD"]
    assert message["sizeEstimate"] == len(raw)
    assert "payload" not in message


@pytest.mark.parametrize("message_format", ["full", "minimal", "metadata"])
def test_formats_production_does_not_ask_for_are_refused(gmail, control, user, message_format):
    message_id = control.add_message(user, rfc822())

    with pytest.raises(HttpError) as refused:
        gmail.users().messages().get(userId="me", id=message_id, format=message_format).execute()

    assert refused.value.resp.status == 400


def test_unknown_message_is_not_found(gmail):
    with pytest.raises(HttpError) as missing:
        gmail.users().messages().get(userId="me", id="18c0ffee00000000", format="raw").execute()

    assert missing.value.resp.status == 404
    assert missing.value.error_details[0]["message"] == "Requested entity was not found."


def test_a_reply_joins_the_thread_of_the_message_it_answers(gmail, control, user):
    first_raw = rfc822(subject="Interview")
    first = control.add_message(user, first_raw)
    original_id = next(line for line in first_raw.decode().splitlines() if line.startswith("Message-ID"))
    reply = control.add_message(user, rfc822(subject="Re: Interview", in_reply_to=original_id.split(": ")[1]))

    got = gmail.users().messages().get(userId="me", id=reply, format="raw").execute()

    assert got["threadId"] == first


def test_history_lists_messages_added_since_a_history_id(gmail, control, user):
    control.add_message(user, rfc822(subject="Before the checkpoint"))
    checkpoint = gmail.users().getProfile(userId="me").execute()["historyId"]
    added = control.add_messages(user, [rfc822(subject=f"New {i}") for i in range(3)])

    history = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=checkpoint, historyTypes="messageAdded")
        .execute()
    )

    seen = [added["message"]["id"] for record in history["history"] for added in record["messagesAdded"]]
    assert seen == added
    assert int(history["historyId"]) == int(checkpoint) + 3
    profile = gmail.users().getProfile(userId="me").execute()
    assert profile["historyId"] == history["historyId"]
    assert profile["emailAddress"] == user and profile["messagesTotal"] == 4


def test_history_older_than_what_is_kept_is_not_found(gmail, control, user):
    old_checkpoint = gmail.users().getProfile(userId="me").execute()["historyId"]
    control.add_messages(user, [rfc822(), rfc822()])
    latest = gmail.users().getProfile(userId="me").execute()["historyId"]
    control.expire_history_before(user, latest)

    with pytest.raises(HttpError) as expired:
        gmail.users().history().list(userId="me", startHistoryId=old_checkpoint).execute()
    still_fine = gmail.users().history().list(userId="me", startHistoryId=latest).execute()

    assert expired.value.resp.status == 404
    assert still_fine == {"historyId": latest}


def test_two_thousand_messages_list_in_pages_and_fetch_quickly(gmail, control, user):
    control.add_messages(user, [plain_rfc822(f"Bulk {i}", START + timedelta(minutes=i)) for i in range(2000)])
    started = time.monotonic()

    ids = list_all(gmail, maxResults=500)
    messages = gmail.users().messages()  # building resources is the client's slow part; do it once
    fetched = [messages.get(userId="me", id=message_id, format="raw").execute() for message_id in ids[:200]]

    assert len(ids) == 2000 and len(fetched) == 200
    assert time.monotonic() - started < 15


def test_calls_need_a_live_token_with_a_gmail_scope(server, control, user):
    without_token = requests.get(f"{server.url}/gmail/v1/users/me/profile", timeout=5)
    sheets_only = gmail_for(server, control, user, scopes=(SPREADSHEETS,))

    with pytest.raises(HttpError) as forbidden:
        sheets_only.users().getProfile(userId="me").execute()

    assert without_token.status_code == 401
    assert without_token.json()["error"]["status"] == "UNAUTHENTICATED"
    assert forbidden.value.resp.status == 403
    assert forbidden.value.reason == "Request had insufficient authentication scopes."


def test_another_users_mailbox_is_refused(gmail):
    with pytest.raises(HttpError) as refused:
        gmail.users().getProfile(userId="someone-else@example.com").execute()

    assert refused.value.resp.status == 403


@pytest.mark.parametrize(("kind", "status"), [("429", 429), ("500", 500), ("timeout", 503)])
def test_fault_plan_answers_with_googles_errors(gmail, control, kind, status):
    control.set_faults(1.0, [kind], services=["gmail"], timeout_seconds=0.05)
    control.reset_counters()
    try:
        with pytest.raises(HttpError) as failed:
            gmail.users().messages().list(userId="me").execute()
    finally:
        control.clear_faults()

    assert failed.value.resp.status == status
    assert control.counters() == {"gmail.messages.list": 1}
    if status == 429:
        assert failed.value.resp["retry-after"] == "1"
        assert "RESOURCE_EXHAUSTED" in failed.value.content.decode()


def test_dropped_connection_fault_closes_the_socket(server, control, user):
    token = control.issue_tokens(user, CLIENT_ID, [GMAIL_READONLY])["access_token"]
    control.set_faults(1.0, ["drop"], services=["gmail"])
    try:
        with pytest.raises(requests.ConnectionError):
            requests.get(
                f"{server.url}/gmail/v1/users/me/profile",
                headers={"Authorization": f"Bearer {token}"},
                timeout=5,
            )
    finally:
        control.clear_faults()
