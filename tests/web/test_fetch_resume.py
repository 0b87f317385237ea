"""A fetch outlives the page: a page loaded while one runs shows its progress until it ends."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.web.conftest import api, deliver_mailbox, set_up_through_the_api, sign_in

pytestmark = pytest.mark.stack


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_reloaded_page_follows_the_fetch_still_running_until_it_ends(page, stack, google, new_email):
    deliver_mailbox(google, new_email, applications=3)
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    # Gmail answers 500 for now, so the fetch waits on Cloud Tasks' retries until the faults are cleared.
    google.set_faults(1.0, ["500"], services=["gmail"])
    try:
        api(page, "POST", "jobs/fetch_emails/")
        page.reload()
        expect(page.locator("#fetch-progress")).to_be_visible()
        expect(page.locator("#fetch-status")).to_contain_text(re.compile(r"Waiting to start|Read \d+ of"))
        expect(page.get_by_role("button", name="Fetch now")).to_be_disabled()
    finally:
        google.clear_faults()
    expect(page.locator("#fetch-status")).to_contain_text("Done: read", timeout=120_000)
    expect(page.get_by_role("button", name="Fetch now")).to_be_enabled()


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_a_page_loaded_with_no_fetch_running_shows_no_progress(page, stack, new_email):
    sign_in(page, stack.endpoints.web, new_email)
    set_up_through_the_api(page)
    expect(page.get_by_role("button", name="Fetch now")).to_be_enabled()
    expect(page.locator("#fetch-progress")).to_be_hidden()
