"""The web app in Debian's Chromium (Playwright, never a downloaded browser) against the local stack."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from devstack.fake_google.client import FakeGoogleControl
from functions.session import CSRF_COOKIE

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
# `make screenshots` sets SCREENSHOTS=docs/screenshots; other runs keep theirs out of the work tree.
SCREENSHOTS = ROOT / os.environ.get("SCREENSHOTS", ".devstack/screenshots")
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# The machine is shared: assertions wait as long as actions do before calling the page wrong.
expect.set_options(timeout=15_000)
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 375, "height": 740}}


@pytest.fixture(scope="session")
def browser() -> Browser:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


@pytest.fixture(params=sorted(VIEWPORTS), ids=sorted(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def page(browser, viewport) -> Page:
    """A fresh browser profile (no cookies) at the viewport's size; fails on any page error."""
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="en-GB", timezone_id="UTC")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    # An expected 401 or 404 shows as "Failed to load resource"; anything else logged as an error is a bug.
    tab.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")
            and errors.append(message.text)
        ),
    )
    tab.console_errors = errors  # a test that provokes one on purpose takes it out
    yield tab
    context.close()
    assert not errors, errors


@pytest.fixture
def google(stack) -> FakeGoogleControl:
    return FakeGoogleControl(stack.endpoints.fake_google)


@pytest.fixture
def new_email(google) -> str:
    """A user who exists at the fake Google, unique per test."""
    email = f"web-{uuid.uuid4().hex[:8]}@example.com"
    google.create_user(email, "Web Tester")
    return email


def sign_in(page: Page, web: str, email: str) -> None:
    """Sign in through the page: its button, Google's account chooser, back to the page."""
    page.goto(web + "/")
    page.get_by_role("link", name="Sign in with Google").click()
    page.get_by_role("link", name=email).click()
    page.wait_for_url(web + "/**")
    page.locator("#sign-out").wait_for()


def axe_violations(page: Page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now (run through the DevTools
    protocol, which the page's CSP does not govern)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def assert_accessible(page: Page) -> None:
    violations = axe_violations(page)
    assert not violations, json.dumps(violations, indent=1)


def screenshot(page: Page, name: str, viewport: str) -> None:
    """<SCREENSHOTS>/<name>-<width>.png, the whole page."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = VIEWPORTS[viewport]["width"]
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)


def api(page: Page, method: str, path: str, body: dict | None = None) -> dict:
    """Call the API as the signed-in page does (its cookies, the CSRF header), e.g. to arrange data."""
    csrf = next((c["value"] for c in page.context.cookies() if c["name"] == CSRF_COOKIE), "")
    origin = page.url.split("/", 3)[:3]
    response = page.request.fetch(
        "/".join(origin) + "/api/" + path.lstrip("/"),
        method=method,
        headers={"X-CSRF-Token": csrf},
        data=body,
    )
    assert response.ok, f"{method} {path}: {response.status} {response.text()}"
    return response.json() if response.status != 204 else {}


def deliver_mailbox(google: FakeGoogleControl, email: str, applications: int, seed: int = 5) -> list:
    from devstack.demo_mailbox import generate_mailbox

    mailbox = generate_mailbox(seed=seed, applications=applications)
    google.add_messages(email, [m.raw for m in mailbox], internal_dates=[m.received_at for m in mailbox])
    return mailbox


# A confirmation that names no employer (a job board's no-reply address): the tracker records it and
# flags it, needs_review = "the email names no employer".
NO_EMPLOYER_EMAIL = b"""From: Talent Team <no-reply@greenhouse-mail.io>
To: me@example.com
Subject: Thank you for applying
Date: Mon, 02 Nov 2026 10:00:00 +0000
Message-ID: <no-employer@example.com>
Content-Type: text/plain; charset=utf-8

Thank you for applying for the Data Engineer position. We have received your application.
"""


def future_invitation(days_ahead: int) -> bytes:
    """An interview invitation sent today for a slot `days_ahead` days from now, at 10:30 Pacific time."""
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    sent = datetime.now(UTC).replace(microsecond=0)
    slot = sent + timedelta(days=days_ahead)
    return (
        "From: Jordan Lee <jordan.lee@brightwave.io>\r\nTo: me@example.com\r\n"
        "Subject: Interview invitation: Data Engineer at Brightwave\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <future-invite-{days_ahead}@brightwave.io>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi Alex,\r\n\r\nThanks for applying to Brightwave! We would like to invite you to a technical "
        "interview for the Data Engineer role.\r\n\r\n"
        f"We have held {slot:%A, %B} {slot.day}, {slot.year} at 10:30 AM PT for it.\r\n\r\n"
        "Best,\r\nJordan Lee\r\nRecruiting Lead | Brightwave\r\n"
    ).encode()


def set_up_through_the_api(page: Page, start: str = "2020-01-01") -> dict:
    """Sheet created and start date chosen (for tests about later screens); the page is reloaded."""
    sheet = api(page, "POST", "users/create_sheet/")
    api(page, "POST", "fetch_logs/add_log/", {"last_fetch_date": f"{start}T00:00:00Z"})
    page.reload()
    page.locator("#fetch-now").wait_for()
    # The table, then the review list it asks for: a test that ends the session must not race them.
    page.wait_for_load_state("networkidle")
    return sheet
