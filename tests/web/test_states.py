"""Each screen's other states: sign-in errors, reconnecting Google, loading, empty, failed, needs review."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.web.conftest import (
    NO_EMPLOYER_EMAIL,
    api,
    assert_accessible,
    deliver_mailbox,
    future_invitation,
    screenshot,
    set_up_through_the_api,
    sign_in,
)

pytestmark = pytest.mark.stack


def test_a_refused_google_consent_shows_why_and_offers_to_try_again(page, viewport, stack, google):
    email = f"refuses-{uuid.uuid4().hex[:8]}@example.com"
    google.create_user(email, "Says No", deny_consent=True)
    web = stack.endpoints.web
    page.goto(web + "/")
    page.get_by_role("link", name="Sign in with Google").click()
    page.get_by_role("link", name=email).click()
    expect(page.get_by_role("alert")).to_contain_text("You declined access on Google's page")
    assert "login_error" not in page.url  # the message is shown once, not kept in the address
    expect(page.get_by_role("link", name="Sign in with Google")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "sign-in-error", viewport)


def test_a_revoked_grant_ends_the_fetch_with_an_error_and_asks_to_reconnect(
    page, viewport, stack, google, new_email
):
    deliver_mailbox(google, new_email, applications=2)
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    google.revoke_user_grants(new_email)
    page.get_by_role("button", name="Fetch now").click()
    expect(page.locator("#fetch-status .notice.error")).to_be_visible(timeout=60_000)
    page.reload()
    banner = page.locator("#banner")
    expect(banner).to_contain_text("Google access has ended")
    expect(banner.get_by_role("link", name="Reconnect Google")).to_have_attribute(
        "href", re.compile("/auth/google/login/")
    )
    assert_accessible(page)
    screenshot(page, "reconnect", viewport)
    banner.get_by_role("link", name="Reconnect Google").click()
    page.get_by_role("link", name=new_email).click()
    expect(page.locator("#fetch-now")).to_be_visible()
    expect(page.locator("#banner")).not_to_contain_text("Google access has ended")


def test_the_table_shows_loading_then_a_failure_it_can_retry(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    held = []
    page.route("**/api/jobs/?*", lambda route: held.append(route))
    page.reload()
    expect(page.get_by_text("Loading your applications…")).to_be_visible()
    screenshot(page, "applications-loading", viewport)
    held[0].abort()
    page.unroute("**/api/jobs/?*")
    expect(page.get_by_role("alert")).to_contain_text("Could not load your applications")
    assert_accessible(page)
    screenshot(page, "applications-error", viewport)
    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_text("No applications yet.")).to_be_visible()


def test_add_filter_search_page_and_delete_by_hand(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    for index in range(21):
        api(
            page,
            "POST",
            "jobs/",
            {"company": f"Company {index:02d}", "job_title": "Analyst", "status": "applied"},
        )
    page.get_by_text("Add an application by hand").click()
    page.get_by_label("Company", exact=True).fill("Zeta Labs")
    page.get_by_label("Job title", exact=True).fill("Data Engineer")
    page.get_by_label("Status", exact=True).last.select_option("interview")
    page.get_by_role("button", name="Add application").click()
    expect(page.get_by_text("Added Zeta Labs.")).to_be_visible()
    expect(page.locator("#page-info")).to_have_text("Page 1 of 2 · 22 applications")
    page.get_by_role("button", name="Next").click()
    expect(page.locator("#page-info")).to_have_text("Page 2 of 2 · 22 applications")
    expect(page.locator("#applications tbody tr")).to_have_count(2)

    page.get_by_label("Status", exact=True).first.select_option("interview")
    expect(page.locator("#applications tbody tr")).to_have_count(1)
    expect(page.locator("#applications .company")).to_have_text("Zeta Labs")
    page.get_by_label("Status", exact=True).first.select_option("offer")
    expect(page.get_by_text("No applications match these filters.")).to_be_visible()
    page.get_by_label("Status", exact=True).first.select_option("")
    page.get_by_label("Search").fill("company 0")
    expect(page.locator("#page-info")).to_have_text("Page 1 of 1 · 10 applications")
    page.get_by_label("Search").fill("")

    page.get_by_label("Sort by").select_option("company")
    expect(page.locator("#applications .company").first).to_have_text("Company 00")
    page.get_by_label("Sort by").select_option("-company")
    expect(page.locator("#applications .company").first).to_have_text("Zeta Labs")
    if viewport == "desktop":  # the column headers sort too (on a phone the table is cards)
        company_column = page.locator("th.col-company")
        company_column.get_by_role("button").click()
        expect(company_column).to_have_attribute("aria-sort", "ascending")
        expect(page.locator("#applications .company").first).to_have_text("Company 00")
        expect(page.get_by_label("Sort by")).to_have_value("company")
        page.get_by_label("Sort by").select_option("-company")
        expect(page.locator("#applications .company").first).to_have_text("Zeta Labs")

    page.get_by_role("button", name="Delete Zeta Labs").click()
    dialog = page.get_by_role("dialog")
    page.keyboard.press("Escape")  # cancelling keeps it
    expect(dialog).to_be_hidden()
    expect(page.locator("#applications .company").first).to_have_text("Zeta Labs")
    page.get_by_role("button", name="Delete Zeta Labs").click()
    dialog.get_by_role("button", name="Delete").click()
    expect(page.get_by_text("Deleted Zeta Labs.")).to_be_visible()
    expect(page.locator("#page-info")).to_have_text(re.compile("21 applications"))


def test_empty_and_missing_things_say_so(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    page.get_by_role("link", name="Stats").click()
    expect(
        page.get_by_text("No applications yet: the numbers appear after your first fetch.")
    ).to_be_visible()
    assert_accessible(page)
    screenshot(page, "stats-empty", viewport)
    page.goto(stack.endpoints.web + "/#/jobs/no-such-job")
    expect(page.get_by_role("alert")).to_contain_text("This application does not exist")
    job = api(page, "POST", "jobs/", {"company": "Hand Made", "job_title": "Tester", "status": "applied"})
    page.goto(f"{stack.endpoints.web}/#/jobs/{job['id']}")
    expect(page.get_by_text("No emails recorded for this application")).to_be_visible()


def test_an_interview_invitation_shows_in_the_next_events_in_the_readers_time(
    page, viewport, stack, google, new_email
):
    google.add_message(new_email, future_invitation(days_ahead=9))
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    page.get_by_role("button", name="Fetch now").click()
    expect(page.locator("#fetch-status")).to_contain_text("Done: read", timeout=120_000)
    expect(page.locator(".ghosting")).to_have_count(0)  # a fresh invitation is nobody's silence
    page.get_by_role("link", name="Calendar").click()
    events = page.locator("#agenda li")
    expect(events).to_have_count(1)
    expect(events.first).to_contain_text("Interview")
    expect(events.first).to_contain_text("Brightwave")
    (item,) = api(page, "GET", "agenda/")["results"]
    expect(events.first.locator("time")).to_have_attribute("datetime", item["starts_at"])
    assert_accessible(page)
    screenshot(page, "calendar-next-events", viewport)


def test_a_sheet_url_that_is_not_one_is_refused_with_the_reason(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    page.get_by_label("Or connect a sheet you already have (its URL)").fill("https://example.com/not-a-sheet")
    page.get_by_role("button", name="Connect").click()
    expect(page.get_by_role("alert")).to_contain_text("Could not connect that sheet")
    expect(page.get_by_label("Or connect a sheet you already have (its URL)")).to_be_focused()
    assert_accessible(page)
    screenshot(page, "setup-sheet-error", viewport)


def test_disconnecting_the_sheet_asks_for_one_again_and_privacy_is_readable_signed_out(
    page, viewport, stack, new_email
):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("link", name="Open your sheet in Google Sheets")).to_have_attribute(
        "href", re.compile(r"^https://docs\.google\.com/spreadsheets/d/")
    )
    page.get_by_role("button", name="Disconnect sheet").click()
    page.get_by_role("dialog").get_by_role("button", name="Disconnect").click()
    expect(page.get_by_role("heading", name="Where should your applications go?")).to_be_visible()
    assert api(page, "GET", "users/")["sheet_id"] is None

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("link", name="What we store and why").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy: what we store and why")


def test_an_edit_is_cancelled_with_escape_and_saved_from_the_keyboard(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    api(page, "POST", "jobs/", {"company": "Keyboard Co", "job_title": "Engineer", "status": "applied"})
    page.reload()
    edit = page.get_by_role("button", name="Edit Keyboard Co")
    edit.focus()
    page.keyboard.press("Enter")
    expect(page.locator("form.edit-form").get_by_label("Company")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Edit Keyboard Co")).to_be_visible()
    page.get_by_role("button", name="Edit Keyboard Co").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Control+A")
    page.keyboard.type("Keyboard Company")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved Keyboard Company.")).to_be_visible()
    expect(page.locator("#applications .company")).to_have_text("Keyboard Company")


def test_an_ended_session_brings_back_the_sign_in_screen(page, viewport, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    page.context.clear_cookies()  # as when the session expires, or another tab signs out
    page.get_by_role("link", name="Stats").click()
    expect(page.get_by_text("Your session ended: sign in again.")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in with Google")).to_be_visible()


def test_a_record_is_fixed_from_the_review_list_and_a_merge_undone_from_its_notice(
    page, viewport, stack, google, new_email
):
    google.add_message(new_email, NO_EMPLOYER_EMAIL)
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    page.get_by_role("button", name="Fetch now").click()
    review = page.locator("#review")
    expect(review.get_by_role("heading")).to_have_text("To review (1)", timeout=120_000)
    review.get_by_role("button", name=re.compile("^Fix")).click()
    form = review.locator("form.fix-form")
    expect(form.get_by_label("Company")).to_be_focused()
    assert_accessible(page)
    screenshot(page, "review-fix", viewport)
    form.get_by_label("Company").fill("Initech")
    form.get_by_role("button", name="Save fix").click()
    expect(page.get_by_text("Fixed Initech.")).to_be_visible()
    expect(review).to_be_hidden()
    expect(page.locator("#applications .company")).to_have_text("Initech")

    api(page, "POST", "jobs/", {"company": "Initech", "job_title": "Data Engineer", "status": "interview"})
    page.reload()
    rows = page.locator("#applications tbody tr")
    expect(rows).to_have_count(2)
    for n in (0, 1):
        rows.nth(n).get_by_role("checkbox").check()
    page.get_by_role("button", name="Merge selected").click()
    page.get_by_role("dialog").get_by_role("button", name="Merge").click()
    expect(rows).to_have_count(1)
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Undone.")).to_be_visible()
    expect(rows).to_have_count(2)
    assert api(page, "GET", "users/")["needs_review"] == 0
