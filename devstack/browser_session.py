"""A browser-like client of the local stack: signs in through the real redirect flow, then calls the API.

Used by the demo and the end-to-end tests. It follows each redirect itself so the flow is visible:
frontend -> auth/login -> Google consent (account chooser) -> auth/callback -> frontend, the auth
function reached through the web origin's /auth/ path as a browser does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from urllib.parse import urlencode

import requests

from devstack.stack import Endpoints
from functions.session import CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE

TIMEOUT = 30
FETCH_ENDED = ("SUCCESS", "FAILURE")


class SignInFailed(RuntimeError):
    pass


LOOPBACK = ("127.0.0.1", "localhost", "localhost.local", "::1")


class LoopbackSession(requests.Session):
    """Sends Secure cookies to http://127.0.0.1 and localhost, as Chromium and Firefox do: the local
    stack is plain http on the loopback, and its cookies are the deployment's __Host- ones. (requests
    copies the jar into a fresh one per request, so a cookie policy would not survive; the flag is
    cleared on the loopback's cookies instead.)"""

    def prepare_request(self, request):
        for cookie in self.cookies:
            if cookie.domain in LOOPBACK:
                cookie.secure = False
        return super().prepare_request(request)


class BrowserSession:
    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.http = LoopbackSession()
        self.hops: list[str] = []

    def _get(self, url: str) -> requests.Response:
        self.hops.append(url.split("?")[0])
        return self.http.get(url, allow_redirects=False, timeout=TIMEOUT)

    def sign_in(self, email: str) -> None:
        """Sign in as `email`, choosing that account on the fake Google's consent page."""
        landing = self.endpoints.web + "/"
        start = f"{self.endpoints.web}/auth/google/login/?{urlencode({'redirect_uri': landing})}"
        to_google = self._expect_redirect(self._get(start))
        to_callback = self._expect_redirect(self._get(f"{to_google}&{urlencode({'authuser': email})}"))
        to_frontend = self._expect_redirect(self._get(to_callback))
        if not to_frontend.startswith(landing) or "login_error" in to_frontend:
            raise SignInFailed(f"sign-in ended at {to_frontend}")
        if not self.http.cookies.get(SESSION_COOKIE):
            raise SignInFailed("no session cookie after the callback")

    @staticmethod
    def _expect_redirect(response: requests.Response) -> str:
        if response.status_code not in (301, 302, 303, 307):
            raise SignInFailed(f"{response.url} answered {response.status_code}: {response.text[:300]}")
        return response.headers["Location"]

    def api(self, method: str, path: str, json: dict | None = None, expect: int | None = None) -> dict:
        """Call the API like the frontend does (session cookie, CSRF header, Origin)."""
        headers = {"Origin": self.endpoints.web}
        csrf = self.http.cookies.get(CSRF_COOKIE)
        if csrf and method != "GET":
            headers[CSRF_HEADER] = csrf
        response = self.http.request(
            method, self.endpoints.api + path.lstrip("/"), json=json, headers=headers, timeout=TIMEOUT
        )
        if expect is not None and response.status_code != expect:
            raise AssertionError(
                f"{method} {path}: expected {expect}, got {response.status_code}: {response.text}"
            )
        if not response.content:
            return {}
        return response.json()

    def all_jobs(self, ordering: str = "company") -> list[dict]:
        """Every job, page by page (100 a page), checking that the pages add up to the count."""
        jobs, page = [], 1
        while True:
            body = self.api("GET", f"/jobs/?page={page}&page_size=100&ordering={ordering}", expect=200)
            jobs += body["results"]
            if not body["next"]:
                if len(jobs) != body["count"] or len({job["id"] for job in jobs}) != len(jobs):
                    raise AssertionError(f"paging /jobs/ gave {len(jobs)} jobs for count={body['count']}")
                return jobs
            page += 1

    def wait_for_fetch(
        self, task_id: str, timeout: float, on_poll: Callable[[dict], None] = lambda run: None, interval=0.5
    ) -> dict:
        """Poll /task_status/ until the fetch ends (SUCCESS or FAILURE) or `timeout` passes; returns the
        last answer. `on_poll` sees every answer before the end (to show progress, or to act on it)."""
        deadline = time.monotonic() + timeout
        while True:
            run = self.api("GET", f"/task_status/{task_id}/", expect=200)
            if run["status"] in FETCH_ENDED or time.monotonic() > deadline:
                return run
            on_poll(run)
            time.sleep(interval)


def signed_in_with_mail_waiting(endpoints: Endpoints, email: str, name: str, mailbox: list) -> BrowserSession:
    """A new Google account holding `mailbox` (demo emails), signed in, with a sheet and a start date
    the day before its first email: the next fetch reads the whole mailbox."""
    from devstack.fake_google.client import FakeGoogleControl

    google = FakeGoogleControl(endpoints.fake_google)
    google.create_user(email, name)
    google.add_messages(email, [m.raw for m in mailbox], internal_dates=[m.received_at for m in mailbox])
    browser = BrowserSession(endpoints)
    browser.sign_in(email)
    browser.api("POST", "/users/create_sheet/", expect=201)
    start = min(m.received_at for m in mailbox) - timedelta(days=1)
    browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start.isoformat()}, expect=201)
    return browser
