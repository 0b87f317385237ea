"""Dates that matter through the api function on the Firestore emulator: the upcoming list, the
events' dates, and the private calendar feed (no session; a revoked or replaced token is a 404)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from functions import api
from infra.bootstrap import Services
from tests.builders import application_email
from tests.fakes import RecordingQueue
from tests.functions_support import csrf_headers, function_client, settings_for_tests, sign_in
from tracker.accounts import UserAccount
from tracker.models import EmailMessage
from tracker.recording import record_email

pytestmark = pytest.mark.emulator


@pytest.fixture
def services(firestore_client):
    return Services(settings_for_tests(), firestore=firestore_client, queue=RecordingQueue())


@pytest.fixture
def signed_in(services, user_id):
    client = function_client(api.handle, services)
    services.accounts.save_user(
        UserAccount(user_id=user_id, email=f"{user_id}@example.com", google_sub=user_id)
    )
    sign_in(client, services, user_id)
    return client


@pytest.fixture
def anonymous(services):
    return function_client(api.handle, services)


def invitation_in_ten_days(services, user_id) -> datetime:
    """An interview invitation received now for a slot ten days ahead at 14:00 New York time (EDT
    or EST as the date has it); returns that instant."""
    received = services.now()
    day = (received + timedelta(days=10)).date()
    email = EmailMessage(
        message_id=f"inv-{user_id}",
        sender="Acme Recruiting <recruiting@acme.example>",
        subject="Interview invitation",
        body=f"Your interview is on {day:%B} {day.day}, {day.year} at 2:00 PM ET.",
        received_at=received,
    )
    services.applications.in_transaction(
        user_id, lambda tx: record_email(tx, email, application_email("interview", "Acme"), now=received)
    )
    return datetime(day.year, day.month, day.day, 14, tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)


def test_an_invitations_date_is_on_its_event_and_in_the_upcoming_list(signed_in, services, user_id):
    starts = invitation_in_ten_days(services, user_id)
    (item,) = signed_in.get("/agenda/").get_json()["results"]
    assert item["kind"] == "interview" and item["company"] == "Acme"
    assert datetime.fromisoformat(item["starts_at"]) == starts
    (event,) = signed_in.get(f"/jobs/{item['job_id']}/events/").get_json()["results"]
    assert [datetime.fromisoformat(d["starts_at"]) for d in event["dates"]] == [starts]


def test_the_feed_needs_no_session_and_holds_the_interview_at_its_utc_instant(
    signed_in, anonymous, services, user_id, caplog
):
    caplog.set_level(logging.DEBUG)
    starts = invitation_in_ten_days(services, user_id)
    assert signed_in.get("/users/").get_json()["calendar_feed"] is False
    created = signed_in.post("/users/calendar_feed/", headers=csrf_headers(signed_in))
    assert created.status_code == 201
    path = created.get_json()["path"]
    token = path.removeprefix("calendar/").removesuffix(".ics")
    assert signed_in.get("/users/").get_json()["calendar_feed"] is True

    response = anonymous.get(f"/{path}")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    (event,) = icalendar.Calendar.from_ical(response.get_data(as_text=True)).walk("VEVENT")
    assert event.decoded("DTSTART") == starts
    assert "Acme" in str(event["SUMMARY"])
    assert token not in caplog.text


def test_a_revoked_or_replaced_token_gets_404(signed_in, anonymous, services, user_id):
    first = signed_in.post("/users/calendar_feed/", headers=csrf_headers(signed_in)).get_json()["path"]
    second = signed_in.post("/users/calendar_feed/", headers=csrf_headers(signed_in)).get_json()["path"]
    assert anonymous.get(f"/{first}").status_code == 404
    assert anonymous.get(f"/{second}").status_code == 200
    revoked = signed_in.delete("/users/calendar_feed/", headers=csrf_headers(signed_in))
    assert revoked.status_code == 200
    gone = anonymous.get(f"/{second}")
    assert gone.status_code == 404 and gone.get_json()["error"] == "not_found"
    assert second.removeprefix("calendar/") not in gone.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/calendar/short.ics", "/calendar/" + "A" * 43, "/calendar/../users/.ics"])
def test_malformed_feed_addresses_are_404(anonymous, path):
    assert anonymous.get(path).status_code == 404


def test_creating_a_feed_needs_the_session_and_the_csrf_header(anonymous, signed_in):
    assert anonymous.post("/users/calendar_feed/").status_code == 401
    assert signed_in.post("/users/calendar_feed/").status_code == 403


def test_upcoming_after_a_given_time_and_a_bad_time_is_a_400(signed_in, services, user_id):
    starts = invitation_in_ten_days(services, user_id)
    later = (starts + timedelta(minutes=1)).isoformat()
    assert signed_in.get("/agenda/", query_string={"after": later}).get_json()["count"] == 0
    assert signed_in.get("/agenda/", query_string={"after": starts.isoformat()}).get_json()["count"] == 1
    response = signed_in.get("/agenda/?after=tomorrow")
    assert response.status_code == 400 and response.get_json()["error"] == "invalid_input"


def test_notifications_list_what_changed_and_the_unread_count_goes_to_zero_once_read(
    signed_in, services, user_id
):
    invitation_in_ten_days(services, user_id)
    assert signed_in.get("/users/").get_json()["unread_notifications"] == 3
    feed = signed_in.get("/notifications/").get_json()
    assert [item["kind"] for item in feed["results"]] == [
        "interview_scheduled",
        "status_changed",
        "new_application",
    ]
    assert feed["unread"] == 3 and all(item["unread"] for item in feed["results"])
    assert signed_in.post("/notifications/read/").status_code == 403  # no CSRF header
    read = signed_in.post("/notifications/read/", headers=csrf_headers(signed_in))
    assert read.status_code == 200
    assert signed_in.get("/users/").get_json()["unread_notifications"] == 0
    after = signed_in.get("/notifications/").get_json()
    assert after["unread"] == 0 and after["count"] == 3 and after["seen_at"] is not None
