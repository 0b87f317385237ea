"""The two-way sheet on the local stack: a status typed into the user's sheet (through the Sheets API
at the fake Google) is in GET /jobs/{id}/ after the next sync, and on the timeline as a manual edit."""

from __future__ import annotations

import time
import uuid

import pytest

from devstack.browser_session import BrowserSession
from devstack.fake_google.client import FakeGoogleControl

pytestmark = pytest.mark.stack


def until(check, timeout: float = 60):
    """`check()`'s first truthy answer; the sheet sync runs as a Cloud Task, a few seconds later."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = check()
        if answer:
            return answer
        time.sleep(0.3)
    raise AssertionError(f"not so after {timeout:.0f}s")


def test_a_status_typed_in_the_sheet_comes_back_as_a_manual_edit(stack):
    google = FakeGoogleControl(stack.endpoints.fake_google)
    email = f"e2e-{uuid.uuid4().hex[:8]}@example.com"
    google.create_user(email, "E2E User")
    browser = BrowserSession(stack.endpoints)
    browser.sign_in(email)
    sheet_id = browser.api("POST", "/users/create_sheet/", expect=201)["google_sheet_id"]
    job = browser.api(
        "POST", "/jobs/", {"company": "Acme", "job_title": "Analyst", "status": "applied"}, expect=201
    )
    row = until(lambda: browser.api("GET", f"/jobs/{job['id']}/", expect=200)["row_number"])
    until(lambda: len(google.sheet_values(sheet_id)) >= row)

    google.type_in_sheet(
        email, stack.endpoints.client_id, sheet_id, f"'Applications'!C{row}", [["Interview"]]
    )
    browser.api("POST", "/users/sync_sheet/", expect=202)

    until(lambda: browser.api("GET", f"/jobs/{job['id']}/", expect=200)["status"] == "interview")
    timeline = browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"]
    assert timeline[-1]["kind"] == "manual_edit" and timeline[-1]["source"] == "sheet"
    assert timeline[-1]["changes"] == {"status": "interview"}
    until(lambda: google.sheet_values(sheet_id)[row - 1][2] == "interview")  # written back, normalised
