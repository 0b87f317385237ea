"""The page's defences: a CSP that forbids inline script, and the API's data only ever shown as text."""

from __future__ import annotations

import re

import pytest
import requests
from playwright.sync_api import expect

from functions.session import CSRF_COOKIE, SESSION_COOKIE
from tests.web.conftest import (
    VIEWPORTS,
    api,
    assert_accessible,
    screenshot,
    set_up_through_the_api,
    sign_in,
)

pytestmark = pytest.mark.stack

HOSTILE = "<img src=x onerror=alert(1)>"


def test_served_pages_carry_a_policy_that_forbids_inline_script(stack):
    for path in ("/", "/js/app.js", "/config.js", "/app.css"):
        response = requests.get(stack.endpoints.web + path, timeout=10)
        assert response.status_code == 200, path
        policy = response.headers["Content-Security-Policy"]
        assert (
            "script-src 'self'" in policy
            and "'unsafe-inline'" not in policy
            and "'unsafe-eval'" not in policy
        )
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert requests.get(stack.endpoints.web + "/api/users/", timeout=10).status_code == 401


def test_the_browser_refuses_an_inline_script(page, stack):
    page.goto(stack.endpoints.web + "/")
    blocked = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener("securitypolicyviolation", e => resolve(e.violatedDirective));
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        })"""
    )
    assert blocked.startswith("script-src")
    assert page.evaluate("window.injected") is None
    assert [e for e in page.console_errors if "Content Security Policy" in e]
    page.console_errors.clear()


def test_a_hostile_company_name_renders_as_text_and_opens_no_dialog(page, viewport, stack, new_email):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    job = api(
        page,
        "POST",
        "jobs/",
        {"company": HOSTILE, "job_title": "<script>alert(2)</script>", "status": "offer"},
    )
    # The reason a record needs review is text from the tracker; shown the same way.
    page.route(
        "**/api/jobs/?*",
        lambda route: route.fulfill(
            response=(fetched := route.fetch()),
            json={
                **fetched.json(),
                "results": [{**r, "needs_review": HOSTILE} for r in fetched.json()["results"]],
            },
        ),
    )
    page.reload()
    row = page.locator("#applications tbody tr").first
    expect(row.locator(".company")).to_have_text(HOSTILE)
    expect(row.locator(".col-job_title")).to_have_text("<script>alert(2)</script>")
    expect(row.locator(".flag")).to_have_text(f"⚑ Review: {HOSTILE}")
    assert page.locator("main img, main script").count() == 0
    screenshot(page, "hostile-text", viewport)
    page.goto(f"{stack.endpoints.web}/#/jobs/{job['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(HOSTILE)
    page.wait_for_timeout(300)  # an onerror handler would have run by now
    assert dialogs == []


def test_the_session_cookies_are_host_only_secure_and_the_session_one_unreadable(page, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    cookies = {c["name"]: c for c in page.context.cookies()}
    session, csrf = cookies[SESSION_COOKIE], cookies[CSRF_COOKIE]
    assert SESSION_COOKIE.startswith("__Host-") and CSRF_COOKIE.startswith("__Host-")
    assert session["secure"] and session["httpOnly"] and session["sameSite"] == "Strict"
    assert csrf["secure"] and not csrf["httpOnly"] and session["path"] == csrf["path"] == "/"
    assert page.evaluate("document.cookie").find(SESSION_COOKIE) == -1


def test_signing_out_everywhere_signs_out_the_other_browser_too(page, browser, viewport, stack, new_email):
    other = browser.new_context(viewport=VIEWPORTS[viewport])
    try:
        other_page = other.new_page()
        sign_in(other_page, stack.endpoints.web, new_email)
        sign_in(page, stack.endpoints.web, new_email)
        set_up_through_the_api(page)
        page.goto(stack.endpoints.web + "/#/settings")
        page.get_by_role("button", name="Sign out everywhere").click()
        expect(page.get_by_text("You are signed out on every device.")).to_be_visible()
        assert_accessible(page)
        screenshot(page, "signed-out-everywhere", viewport)

        other_page.reload()  # the other browser's cookie no longer opens the app
        expect(other_page.get_by_role("link", name="Sign in with Google")).to_be_visible()
    finally:
        other.close()


def test_a_sign_in_with_gmail_unticked_says_which_permission_is_missing(page, viewport, stack, google):
    email = f"web-unticked-{viewport}@example.com"
    google.create_user(email, "Unticked", withheld_scopes=["https://www.googleapis.com/auth/gmail.readonly"])
    page.goto(stack.endpoints.web + "/")
    page.get_by_role("link", name="Sign in with Google").click()
    page.get_by_role("link", name=email).click()

    expect(
        page.get_by_text("Google did not give Job Tracker permission to read your job emails")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Sign in with Google")).to_be_visible()
    assert "login_error" not in page.url  # the page tidies its address
    assert_accessible(page)
    screenshot(page, "signin-missing-scope", viewport)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_fetch_asked_for_too_soon_says_when_it_can_fetch_again(page, stack, new_email):
    # The stack's api allows a fetch at any time; this one, an hour after the last.
    stack.restart_function("api", env={"FETCH_MIN_INTERVAL_SECONDS": "3600"})
    try:
        sign_in(page, stack.endpoints.web, new_email)
        set_up_through_the_api(page)
        fetch_now = page.get_by_role("button", name="Fetch now")
        fetch_now.click()
        expect(page.locator("#fetch-status")).to_contain_text("Done: read", timeout=120_000)

        fetch_now.click()

        # Retry-After is the hour less the seconds since the first fetch began.
        expect(page.locator("#fetch-status")).to_have_text(
            re.compile(r"^You fetched a moment ago\. You can fetch again in (5\d|60) minutes\.$")
        )
        expect(fetch_now).to_be_disabled()
        expect(page.locator("#fetch-progress")).to_be_hidden()
    finally:
        stack.restart_function("api")
