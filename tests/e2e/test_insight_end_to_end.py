"""After the demo fetch on the local stack: /stats/ agrees with an independent count over GET /jobs/ and
the timelines, and the private calendar feed holds every interview the demo mailbox schedules at its
UTC instant (parsed with the icalendar library); a revoked address is a 404; the token is in no log."""

from __future__ import annotations

import statistics
import uuid
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import requests

from devstack.browser_session import FETCH_ENDED, BrowserSession
from devstack.demo_mailbox import generate_mailbox
from devstack.demo_mailbox.model import FINAL_STATUSES
from devstack.fake_google.client import FakeGoogleControl

pytestmark = [pytest.mark.stack, pytest.mark.timeout(900)]

MAILBOX = generate_mailbox()  # the one `make demo` fetches
RANK = {"applied": 1, "assessment": 2, "interview": 3, "offer": 4}


@pytest.fixture(scope="module")
def demo(stack):
    email = f"insight-{uuid.uuid4().hex[:8]}@example.com"
    google = FakeGoogleControl(stack.endpoints.fake_google)
    google.create_user(email, "Insight User")
    google.add_messages(email, [m.raw for m in MAILBOX], internal_dates=[m.received_at for m in MAILBOX])
    browser = BrowserSession(stack.endpoints)
    browser.sign_in(email)
    start = min(m.received_at for m in MAILBOX) - timedelta(days=1)
    browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start.isoformat()}, expect=201)
    task = browser.api("POST", "/jobs/fetch_emails/", expect=202)
    run = browser.wait_for_fetch(task["task_id"], timeout=600, interval=1)
    assert run["status"] in FETCH_ENDED and run["status"] == "SUCCESS", run
    jobs = browser.all_jobs()
    timelines = {
        job["id"]: browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"] for job in jobs
    }
    return {"browser": browser, "jobs": jobs, "timelines": timelines}


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def test_stats_agree_with_a_count_over_the_jobs_and_their_emails(demo):
    browser, jobs, timelines = demo["browser"], demo["jobs"], demo["timelines"]
    stats = browser.api("GET", "/stats/", expect=200)
    now = datetime.now(UTC)

    assert stats["total"] == len(jobs) > 50
    for status, count in stats["by_status"].items():
        assert count == sum(1 for job in jobs if job["status"] == status), status

    def furthest(job) -> int:
        seen = [job["status"], *(event["status"] for event in timelines[job["id"]])]
        return max(RANK.get(status, 1) for status in seen)

    reached = [sum(1 for job in jobs if furthest(job) >= rank) for rank in RANK.values()]
    assert [stage["reached"] for stage in stats["funnel"]] == reached

    first_replies = {}
    for job in jobs:
        replies = [at(e["received_at"]) for e in timelines[job["id"]] if e["status"] != "applied"]
        if replies:
            first_replies[job["id"]] = (min(replies) - at(job["applied_at"])).total_seconds() / 86400
    assert stats["response_rate"] == round(len(first_replies) / len(jobs), 3)
    assert stats["days_to_first_reply"]["count"] == len(first_replies)
    assert stats["days_to_first_reply"]["median"] == round(statistics.median(first_replies.values()), 1)

    silent_for = 21
    ghosted = [
        job
        for job in jobs
        if job["status"] not in ("rejected", "withdrawn", "offer")
        and (now - max(at(e["received_at"]) for e in timelines[job["id"]])).days >= silent_for
    ]
    assert stats["ghosted"]["after_days"] == silent_for
    assert sorted(g["id"] for g in stats["ghosted"]["applications"]) == sorted(job["id"] for job in ghosted)
    assert {job["id"] for job in ghosted} == {job["id"] for job in jobs if job["ghosting"]}

    assert sum(stats["applications_per_week"].values()) == len(jobs)
    assert sum(row["applications"] for row in stats["by_employer"]) == len(jobs)
    assert sum(row["applications"] for row in stats["by_channel"]) == len(jobs)
    channels = {row["name"] for row in stats["by_channel"]}
    assert {"Greenhouse", "Workday", "direct"} <= channels


def test_the_calendar_feed_holds_every_scheduled_interview_at_its_utc_instant(demo, stack):
    browser = demo["browser"]
    path = browser.api("POST", "/users/calendar_feed/", expect=201)["path"]
    token = path.removeprefix("calendar/").removesuffix(".ics")
    feed = requests.get(stack.endpoints.api + path, timeout=30)  # no cookie: a calendar app
    assert feed.status_code == 200 and feed.headers["Content-Type"].startswith("text/calendar")
    events = icalendar.Calendar.from_ical(feed.text).walk("VEVENT")
    starts = {event.decoded("DTSTART") for event in events}

    closed_on = {}  # an application's final email: no interview after it is on the calendar
    for email in MAILBOX:
        if email.truth.status in FINAL_STATUSES:
            closed_on[email.truth.application_key] = email.received_at
    expected = {
        instant
        for email in MAILBOX
        for kind, instant in email.scheduled
        if kind == "interview"
        and (email.truth.application_key not in closed_on or instant < closed_on[email.truth.application_key])
    }
    assert len(expected) >= 5
    assert expected <= starts, sorted(expected - starts)
    assert all(start.tzinfo is not None and start.utcoffset() == timedelta(0) for start in starts)

    browser.api("DELETE", "/users/calendar_feed/", expect=200)
    assert requests.get(stack.endpoints.api + path, timeout=30).status_code == 404
    logs = stack.state_dir / "logs"
    assert not [log.name for log in logs.iterdir() if token in log.read_text(errors="replace")]
