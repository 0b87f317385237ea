"""The whole journey in a real browser, at desktop and phone widths, with axe-core on every screen.

Sign in, create the sheet, choose the date, fetch with the bar reaching 100%, the table, review the
flagged record beside its email, edit a status and see the sheet change, type a status in the sheet
and "Sync sheet now", tag a record and filter by the tag, the timeline, merge two applications and
split an email back out, stats, settings, download my data (JSON and CSV), sign out, sign in again,
delete the account.
Each screen is saved as <screen>-<width>.png (`make screenshots` puts them in docs/screenshots/).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.web.conftest import (
    NO_EMPLOYER_EMAIL,
    api,
    assert_accessible,
    deliver_mailbox,
    screenshot,
    sign_in,
)

pytestmark = pytest.mark.stack


def visit(page, viewport: str, name: str) -> None:
    """Every screen: no serious or critical accessibility violation, and a screenshot."""
    assert_accessible(page)
    screenshot(page, name, viewport)


def until(check, timeout: float = 60) -> None:
    """Wait for `check()` to hold (a sheet sync runs as a Cloud Task, seconds later)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"not so after {timeout:.0f}s"
        time.sleep(0.5)


def wait_for_sheet_row(google, sheet_id: str, wanted: list[str], timeout: float = 40) -> None:
    deadline = time.monotonic() + timeout
    rows: list[list[str]] = []
    while time.monotonic() < deadline:
        rows = google.sheet_values(sheet_id)
        if any(row[: len(wanted)] == wanted for row in rows):
            return
        time.sleep(0.5)
    raise AssertionError(f"no sheet row starts {wanted} after {timeout:.0f}s: {rows}")


def test_the_whole_journey(page, viewport, stack, google, new_email):
    web = stack.endpoints.web
    deliver_mailbox(google, new_email, applications=8)
    google.add_message(new_email, NO_EMPLOYER_EMAIL)

    page.goto(web + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Keep track of every job application")
    visit(page, viewport, "sign-in")
    sign_in(page, web, new_email)

    expect(page.get_by_role("heading", name="Where should your applications go?")).to_be_visible()
    visit(page, viewport, "setup-sheet")
    page.get_by_role("button", name="Create a new sheet").click()

    expect(page.get_by_role("heading", name="From when should we read your mail?")).to_be_visible()
    visit(page, viewport, "setup-date")
    page.get_by_label("Read mail received on or after").fill("2020-01-01")
    page.get_by_role("button", name="Start tracking").click()

    expect(page.get_by_text("No applications yet.")).to_be_visible()
    visit(page, viewport, "applications-empty")

    page.get_by_role("button", name="Fetch now").click()
    expect(page.locator("#fetch-status")).to_contain_text("Done: read", timeout=120_000)
    bar = page.locator("#fetch-progress")
    assert bar.evaluate("bar => bar.value === bar.max && bar.max > 1")
    expect(page.locator("#fetch-status")).to_contain_text(re.compile(r"\d+ about applications"))
    rows = page.locator("#applications tbody tr")
    expect(rows).to_have_count(9)
    expect(page.locator(".flag")).to_have_text(["⚑ Review: the email names no employer"])
    visit(page, viewport, "applications")

    # The record the tracker is unsure of, beside its email; confirming it takes it off the list.
    review = page.locator("#review")
    expect(review.get_by_role("heading")).to_have_text("To review (1)")
    expect(review.locator(".review-email .subject")).to_have_text("Thank you for applying")
    expect(review.locator(".review-reason")).to_contain_text("the email names no employer")
    visit(page, viewport, "review")
    review.get_by_role("button", name=re.compile("^Confirm")).click()
    expect(page.get_by_text(re.compile(r"^Confirmed "))).to_be_visible()
    expect(review).to_be_hidden()
    expect(page.locator(".flag")).to_have_count(0)
    assert api(page, "GET", "users/")["needs_review"] == 0

    # Edit an application's status inline; the sheet follows.
    first = rows.filter(has_not=page.locator(".flag")).first
    company = first.locator(".company").inner_text()
    title = first.locator(".col-job_title").inner_text()
    old_status = first.locator(".badge").inner_text()
    new_status = "offer" if old_status != "offer" else "interview"
    first.get_by_role("button", name=re.compile("^Edit")).click()
    editor = page.locator("form.edit-form")
    expect(editor.get_by_label("Company")).to_be_focused()
    visit(page, viewport, "edit")
    editor.get_by_label("Status").select_option(new_status)
    editor.get_by_role("button", name="Save").click()
    expect(page.get_by_text(f"Saved {company}.")).to_be_visible()
    edited = page.locator("#applications tbody tr", has_text=company).filter(has_text=title)
    expect(edited.locator(".badge")).to_have_text(new_status)
    sheet_id = api(page, "GET", "users/")["sheet_id"]
    wait_for_sheet_row(google, sheet_id, [company, title, new_status])

    # A status typed in the sheet comes back with "Sync sheet now", as an edit made in the sheet.
    job_id = edited.get_attribute("data-id")
    row_number = api(page, "GET", f"jobs/{job_id}/")["row_number"]
    google.type_in_sheet(
        new_email, stack.endpoints.client_id, sheet_id, f"'Applications'!C{row_number}", [["Rejected"]]
    )
    page.get_by_role("button", name="Sync sheet now").click()
    expect(page.get_by_text(re.compile("^Syncing with your sheet"))).to_be_visible()
    until(lambda: api(page, "GET", f"jobs/{job_id}/")["status"] == "rejected")
    expect(edited.locator(".badge")).to_have_text("rejected", timeout=15_000)  # the page reads it again
    timeline = api(page, "GET", f"jobs/{job_id}/events/")["results"]
    assert timeline[-1]["source"] == "sheet" and timeline[-1]["changes"] == {"status": "rejected"}

    # Tag it, then show only the records with that tag.
    edited.get_by_role("button", name=re.compile("^Edit")).click()
    editor.get_by_label("Tags, separated by commas").fill("Dream job, remote")
    editor.get_by_role("button", name="Save").click()
    expect(edited.locator(".tags li")).to_have_count(2)
    tag_filter = page.get_by_label("Tag", exact=True)
    tag_filter.fill("dream job")
    expect(rows).to_have_count(1)
    expect(rows.first.locator(".company")).to_have_text(company)
    visit(page, viewport, "applications-tagged")
    tag_filter.fill("")
    expect(rows).to_have_count(9)

    # Timeline of that application.
    edited.get_by_role("link", name=re.compile("^Timeline")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(company)
    expect(page.locator("#timeline li").first).to_be_visible()
    gmail = page.locator("#timeline a").first.get_attribute("href")
    assert gmail.startswith("https://mail.google.com/")
    visit(page, viewport, "timeline")

    # Merge two applications into one, then split an email back out into an application of its own.
    page.get_by_role("link", name="Applications", exact=True).click()
    rows = page.locator("#applications tbody tr")
    expect(rows).to_have_count(9)
    kept_id, other_id = (rows.nth(n).get_attribute("data-id") for n in (0, 1))
    for n in (0, 1):
        rows.nth(n).get_by_role("checkbox").check()
    page.get_by_role("button", name="Merge selected").click()
    visit(page, viewport, "merge")
    page.get_by_role("dialog").get_by_role("button", name="Merge").click()
    expect(page.get_by_text(re.compile(r"^Merged 2 applications into "))).to_be_visible()
    expect(rows).to_have_count(8)
    assert page.locator(f'#applications tr[data-id="{other_id}"]').count() == 0
    merged_row = page.locator(f'#applications tr[data-id="{kept_id}"]')
    merged_row.get_by_role("link", name=re.compile("^Timeline")).click()
    emails = page.locator("#timeline li", has=page.locator("input.select"))  # not the hand edits
    expect(emails.nth(1)).to_be_visible()
    count = emails.count()
    emails.last.get_by_role("checkbox").check()
    page.get_by_role("button", name="Split into a new application").click()
    expect(page.get_by_text(re.compile(r"^Moved 1 email to a new application"))).to_be_visible()
    expect(emails).to_have_count(count - 1)
    visit(page, viewport, "split")
    page.get_by_role("link", name="Applications", exact=True).click()
    expect(page.locator("#applications tbody tr")).to_have_count(9)

    page.get_by_role("link", name="Stats").click()
    expect(page.locator(".tile").first).to_contain_text("9")
    expect(page.locator("svg.funnel rect")).to_have_count(4)
    expect(page.locator("svg.weeks rect").first).to_be_attached()
    expect(page.locator("svg.channels rect.channel").first).to_be_attached()
    stats = api(page, "GET", "stats/")
    assert stats["ghosted"]["count"] > 0  # the mailbox ended months ago: open applications went quiet
    expect(page.locator("#ghosted li")).to_have_count(stats["ghosted"]["count"])
    expect(page.locator("#ghosted li").first).to_contain_text("no reply for")
    visit(page, viewport, "stats")

    page.get_by_role("link", name="Calendar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Calendar")
    page.get_by_role("button", name="Make a calendar address").click()
    feed_url = page.get_by_label("Subscribe to this address").input_value()
    assert "/api/calendar/" in feed_url and feed_url.endswith(".ics")
    expect(page.locator("#calendar-link")).to_have_attribute("href", feed_url)
    feed = page.request.get(feed_url)
    assert feed.ok and feed.text().startswith("BEGIN:VCALENDAR")
    visit(page, viewport, "calendar")
    page.get_by_role("button", name="Revoke the address").click()
    expect(page.get_by_text("The calendar address was revoked")).to_be_visible()
    assert page.request.get(feed_url).status == 404

    unread = api(page, "GET", "users/")["unread_notifications"]
    assert unread > 0  # every application the fetch found is news
    page.reload()
    expect(page.locator("#unread-count")).to_have_text(f" ({unread})")
    page.get_by_role("link", name=re.compile("^Notifications")).click()
    expect(page.locator("#notifications li").first).to_be_visible()
    expect(page.locator("#notifications li.unread")).to_have_count(min(unread, 100))
    visit(page, viewport, "notifications")
    page.get_by_role("button", name="Mark all as read").click()
    expect(page.get_by_text("All notifications marked as read.")).to_be_visible()
    expect(page.locator("#unread-count")).to_have_count(0)
    assert api(page, "GET", "users/")["unread_notifications"] == 0

    page.get_by_role("link", name="Settings").click()
    auto_fetch = page.get_by_label("Fetch new mail every day")
    expect(auto_fetch).to_be_checked()
    auto_fetch.uncheck()
    expect(page.get_by_text("Daily fetch is off.")).to_be_visible()
    assert api(page, "GET", "users/")["auto_fetch"] is False
    ghosting = page.get_by_label("Count an application as ghosted after")
    expect(ghosting).to_have_value("21")
    expect(page.get_by_label("Read mail received on or after")).to_have_value("2020-01-01")
    ghosting.fill("30")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    assert api(page, "GET", "users/settings/") == {
        "auto_fetch": False,
        "ghosting_days": 30,
        "read_from": "2020-01-01",
        "retention_days": 365,
    }
    visit(page, viewport, "settings")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my data").click()
    assert download.value.suggested_filename == "job-tracker-data.json"
    exported = json.loads(Path(download.value.path()).read_text())
    assert exported["model_calls"] == api(page, "GET", "users/model_calls/?page_size=100")["results"]
    tagged = [a for a in exported["applications"] if "dream job" in a["tags"]]
    assert len(tagged) == 1 and tagged[0]["timeline"]
    with page.expect_download() as spreadsheet:
        page.get_by_role("link", name="Download as CSV").click()
    assert spreadsheet.value.suggested_filename == "job-tracker-data.csv"
    assert "dream job" in Path(spreadsheet.value.path()).read_text()

    page.get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy: what we store and why")
    visit(page, viewport, "privacy")

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    assert api_status(page, web, "users/") == 401

    sign_in(page, web, new_email)
    expect(page.locator("#applications tbody tr")).to_have_count(9)
    page.get_by_role("link", name="Settings").click()
    page.get_by_role("button", name="Delete my account").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    visit(page, viewport, "delete-account")
    dialog.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("Your account and all its data were deleted.")).to_be_visible()
    assert api_status(page, web, "users/") == 401


def api_status(page, web: str, path: str) -> int:
    return page.request.get(f"{web}/api/{path}").status
