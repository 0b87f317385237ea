"""The whole path over HTTP on the local stack: sign-in, sheet, fetch, Cloud Tasks, worker, Firestore, sheet.

And the offline `track` command over the same mailbox, which must give the same answer.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from cli.mail_sources import read_messages
from cli.track import TRACK_USER, track_messages
from devstack.browser_session import FETCH_ENDED, BrowserSession
from devstack.demo_mailbox import generate_mailbox
from devstack.demo_mailbox.export import write_mbox
from devstack.fake_google.client import FakeGoogleControl
from devstack.stack import TASKS_INVOKER
from tracker.extraction.rules import RulesExtractor
from tracker.sheet_layout import HEADER

pytestmark = pytest.mark.stack

MAILBOX = generate_mailbox(seed=11, applications=25)


def new_user(stack) -> str:
    email = f"e2e-{uuid.uuid4().hex[:8]}@example.com"
    FakeGoogleControl(stack.endpoints.fake_google).create_user(email, "E2E User")
    return email


def deliver(stack, email: str, mailbox) -> list[str]:
    """Put the mailbox into the user's fake Gmail; returns the Gmail ids in mailbox order."""
    return FakeGoogleControl(stack.endpoints.fake_google).add_messages(
        email, [m.raw for m in mailbox], internal_dates=[m.received_at for m in mailbox]
    )


def signed_in_with_sheet(stack, email: str, mailbox=MAILBOX) -> tuple[BrowserSession, str]:
    browser = BrowserSession(stack.endpoints)
    browser.sign_in(email)
    sheet = browser.api("POST", "/users/create_sheet/", expect=201)
    start = min(m.received_at for m in mailbox) - timedelta(days=1)
    browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start.isoformat()}, expect=201)
    return browser, sheet["google_sheet_id"]


def sheet_row(job: dict) -> list[str]:
    """The row the README promises for a job as the API shows it: every column, in order."""
    ghosting = job["ghosting"]
    return [
        job["company"],
        job["job_title"],
        job["status"],
        (job["applied_at"] or "")[:10],
        (job["updated_at"] or "")[:10],
        job["email_link"] or "",
        ", ".join(job["tags"]),
        job["notes"],
        f"no reply since {ghosting['last_email_at'][:10]}" if ghosting else "",
    ]


def padded(row: list[str]) -> list[str]:
    """A row as Sheets returns it (trailing empty cells left out), with the app's columns all there."""
    return (list(row) + [""] * len(HEADER))[: len(HEADER)]


def fetch_and_wait(browser: BrowserSession, timeout: float = 120) -> dict:
    task = browser.api("POST", "/jobs/fetch_emails/", expect=202)
    run = browser.wait_for_fetch(task["task_id"], timeout, interval=0.3)
    assert run["status"] in FETCH_ENDED, f"fetch did not finish: {run}"
    return run


@pytest.fixture(scope="module")
def fetched(stack):
    """One user whose whole mailbox was fetched through the functions."""
    email = new_user(stack)
    gmail_ids = deliver(stack, email, MAILBOX)
    browser, sheet_id = signed_in_with_sheet(stack, email)
    google = FakeGoogleControl(stack.endpoints.fake_google)
    google.reset_counters()
    run = fetch_and_wait(browser)  # the worker runs concurrently: order must not matter
    calls = google.counters()
    return {
        "email": email,
        "browser": browser,
        "sheet_id": sheet_id,
        "run": run,
        "gmail_ids": gmail_ids,
        "calls": calls,
    }


def test_fetch_processes_every_email_and_fills_the_sheet(stack, fetched):
    run = fetched["run"]
    assert run["status"] == "SUCCESS"
    assert run["listed"] == len(MAILBOX) and run["processed"] == len(MAILBOX) and run["failed"] == 0
    google = FakeGoogleControl(stack.endpoints.fake_google)
    # The last coalesced sheet sync runs a few seconds after the fetch ends: wait for the two to agree.
    deadline = time.monotonic() + 60
    while True:
        jobs = fetched["browser"].all_jobs()
        grid = google.sheet_values(fetched["sheet_id"])
        in_firestore = sorted((j["row_number"] or 0, sheet_row(j)) for j in jobs)
        in_sheet = sorted((number, padded(r)) for number, r in enumerate(grid[1:], start=2) if any(r))
        if in_sheet == in_firestore or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert grid[0] == list(HEADER)
    assert in_sheet == in_firestore
    assert sorted(j["row_number"] for j in jobs) == list(range(2, 2 + len(jobs)))


def test_a_mailbox_longer_than_one_tasks_listing_budget_is_listed_by_follow_up_tasks(stack, fetched):
    # The local stack lists 20 ids a page, 2 pages a task: 117 messages take 6 pages in 3 fetch tasks.
    pages_per_task = int(stack.function_env["FETCH_PAGES_PER_TASK"])
    page_size = int(stack.function_env["FETCH_PAGE_SIZE"])
    pages = -(-len(MAILBOX) // page_size)
    assert pages > pages_per_task
    assert fetched["calls"].get("gmail.messages.list") == pages  # each page read once
    run = fetched["run"]
    assert run["status"] == "SUCCESS" and run["listed"] == run["processed"] == len(MAILBOX)
    browser = fetched["browser"]
    recorded = [e["message_id"] for job in browser.all_jobs() for e in job_events(browser, job)]
    assert len(recorded) == len(set(recorded)) == run["applications"]  # each email recorded once
    assert set(recorded) <= set(fetched["gmail_ids"])


def test_messages_gmail_lists_again_on_the_next_page_are_read_and_counted_once(stack):
    mailbox = generate_mailbox(seed=17, applications=12)
    email = new_user(stack)
    gmail_ids = deliver(stack, email, mailbox)
    # As when mail arrives mid-listing: each page of 20 starts with the last 3 of the page before, the
    # first page of the second fetch task (67 messages: 4 pages, 2 a task) with 3 of the first task's.
    FakeGoogleControl(stack.endpoints.fake_google).repeat_on_next_page(email, 3)
    browser, _ = signed_in_with_sheet(stack, email, mailbox)

    run = fetch_and_wait(browser)

    assert run["status"] == "SUCCESS" and run["listed"] == run["processed"] == len(mailbox)
    recorded = [e["message_id"] for job in browser.all_jobs() for e in job_events(browser, job)]
    assert len(recorded) == len(set(recorded)) == run["applications"]
    assert set(recorded) <= set(gmail_ids)


def job_events(browser: BrowserSession, job: dict) -> list[dict]:
    return browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"]


def test_second_fetch_lists_nothing_again_and_costs_one_history_call(stack, fetched):
    google = FakeGoogleControl(stack.endpoints.fake_google)
    google.reset_counters()
    run = fetch_and_wait(fetched["browser"])
    assert run["status"] == "SUCCESS" and run["listed"] == 0
    calls = google.counters()
    assert calls.get("gmail.history.list") == 1
    assert not calls.get("gmail.messages.list") and not calls.get("gmail.messages.get")


def test_track_gives_the_same_applications_as_the_functions(stack, fetched, tmp_path: Path):
    mbox = tmp_path / "mailbox.mbox"
    write_mbox(MAILBOX, mbox)
    store, summary = track_messages(read_messages(mbox), RulesExtractor())
    assert summary.read == len(MAILBOX) and not summary.unreadable

    header_id_of = {
        gmail_id: m.message_id.strip("<>") for gmail_id, m in zip(fetched["gmail_ids"], MAILBOX, strict=True)
    }
    functions_answer, track_answer = set(), set()
    browser = fetched["browser"]
    for job in browser.all_jobs():
        events = job_events(browser, job)
        emails = frozenset(header_id_of[e["message_id"]] for e in events)
        functions_answer.add((job["company"], job["job_title"], job["status"], emails))
    for application in store.list_applications(TRACK_USER):
        emails = frozenset(e.message_id for e in store.list_events(TRACK_USER, application.app_id))
        track_answer.add((application.company, application.job_title or "", application.status.value, emails))
    only_functions = sorted(functions_answer - track_answer, key=str)
    only_track = sorted(track_answer - functions_answer, key=str)
    assert not only_functions and not only_track, "\n".join(
        [f"functions: {a[:3]} {sorted(a[3])}" for a in only_functions]
        + [f"track:     {a[:3]} {sorted(a[3])}" for a in only_track]
    )


def _id_token(stack, service_account: str, audience: str) -> str:
    url = f"{stack.endpoints.fake_google}/v1/projects/-/serviceAccounts/{service_account}:generateIdToken"
    response = requests.post(url, json={"audience": audience, "includeEmail": True}, timeout=10)
    response.raise_for_status()
    return response.json()["token"]


def test_worker_run_twice_on_one_message_leaves_one_application_and_one_event(stack):
    email = new_user(stack)
    confirmation = next(m for m in MAILBOX if m.truth.kind == "application")
    (gmail_id,) = deliver(stack, email, [confirmation])
    browser = BrowserSession(stack.endpoints)
    browser.sign_in(email)
    user = browser.api("GET", "/users/", expect=200)
    worker = stack.endpoints.worker
    token = _id_token(stack, TASKS_INVOKER, worker)
    payload = {"user_id": user["id"], "message_id": gmail_id}  # by hand: no run (docs/OPERATIONS.md)
    headers = {"Authorization": f"Bearer {token}"}
    first = requests.post(worker, json=payload, headers=headers, timeout=30)
    second = requests.post(worker, json=payload, headers=headers, timeout=30)
    assert first.status_code == 200 and first.json()["result"] == "application"
    assert second.status_code == 200 and second.json()["result"] == "duplicate"
    (job,) = browser.all_jobs()
    assert len(job_events(browser, job)) == 1


def test_worker_refuses_calls_without_a_valid_invoker_token(stack):
    worker = stack.endpoints.worker
    payload = {"user_id": "x", "message_id": "y"}
    assert requests.post(worker, json=payload, timeout=10).status_code == 401
    stranger = _id_token(stack, "someone@else.iam.gserviceaccount.com", worker)
    refused = requests.post(worker, json=payload, headers={"Authorization": f"Bearer {stranger}"}, timeout=10)
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    wrong_audience = _id_token(stack, TASKS_INVOKER, "https://elsewhere.example/")
    refused = requests.post(
        worker, json=payload, headers={"Authorization": f"Bearer {wrong_audience}"}, timeout=10
    )
    assert refused.status_code == 401


def test_a_revoked_grant_marks_the_user_reconnect_needed_instead_of_failing_silently(stack):
    email = new_user(stack)
    deliver(stack, email, MAILBOX[:5])
    browser, _ = signed_in_with_sheet(stack, email)
    FakeGoogleControl(stack.endpoints.fake_google).revoke_user_grants(email)
    run = fetch_and_wait(browser)
    assert run["status"] == "FAILURE" and "reconnect" in (run["error"] or "")
    assert browser.api("GET", "/users/", expect=200)["reconnect_needed"] is True
    refused = browser.api("POST", "/jobs/fetch_emails/", expect=409)
    assert refused["error"] == "reconnect_needed"
