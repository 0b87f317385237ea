"""Each task function (fetch, worker, sheet_sync, schedule) lets in only a valid OIDC token minted for
its own URL by an invoker service account: no token, an expired one, a forged one or one for another
audience is 401; a valid token of any other account is 403 (functions/oidc.py)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
import requests

from devstack.fake_google.client import FakeGoogleControl
from functions import fetch, schedule, sheet_sync, worker
from infra.bootstrap import Services
from tests.fakes import RecordingQueue
from tests.functions_support import function_client, settings_for_tests

pytestmark = pytest.mark.emulator
TASKS = "tasks-invoker@job-tracker-test.iam.gserviceaccount.com"
SCHEDULER = "scheduler-invoker@job-tracker-test.iam.gserviceaccount.com"
STRANGER = "someone-else@job-tracker-test.iam.gserviceaccount.com"
URLS = {
    "fetch": "https://fetch.example.run.app/",
    "worker": "https://worker.example.run.app/",
    "sheet_sync": "https://sheet-sync.example.run.app/",
    "schedule": "https://schedule.example.run.app/",
}
HANDLERS = {"fetch": fetch, "worker": worker, "sheet_sync": sheet_sync, "schedule": schedule}
# What each one's caller sends: a payload for a user who does not exist (so a let-in call changes
# nothing; Cloud Scheduler's daily call has no body) and the account whose token it is minted for.
CALLS = {
    "fetch": ({"user_id": "nobody", "run_id": "r1"}, TASKS),
    "worker": ({"user_id": "nobody", "message_id": "m1"}, TASKS),
    "sheet_sync": ({"user_id": "nobody"}, TASKS),
    "schedule": (None, SCHEDULER),
}


@pytest.fixture(scope="module")
def google(fake_google_url):
    return fake_google_url


@pytest.fixture
def services(firestore_client, google):
    settings = replace(
        settings_for_tests(),
        google_certs_url=f"{google}/oauth2/v3/certs",
        invoker_service_accounts=(TASKS, SCHEDULER),
        fetch_url=URLS["fetch"],
        worker_url=URLS["worker"],
        sheet_sync_url=URLS["sheet_sync"],
        schedule_url=URLS["schedule"],
    )
    return Services(settings, firestore=firestore_client, queue=RecordingQueue())


def minted(google: str, account: str, audience: str) -> str:
    """A token as Cloud Tasks / Scheduler get it: IAM Credentials generateIdToken."""
    url = f"{google}/v1/projects/-/serviceAccounts/{account}:generateIdToken"
    answer = requests.post(url, json={"audience": audience, "includeEmail": True}, timeout=10)
    return answer.json()["token"]


def expired(google: str, account: str, audience: str) -> str:
    """A token that was valid for this audience and account, an hour ago."""
    now = int(time.time())
    claims = {
        "iss": "https://accounts.google.com",
        "aud": audience,
        "sub": "1234567890",
        "email": account,
        "email_verified": True,
        "iat": now - 7200,
        "exp": now - 3600,
    }
    return FakeGoogleControl(google).sign_id_token(claims)


def call(services, name: str, token: str | None):
    payload, _ = CALLS[name]
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    client = function_client(HANDLERS[name].handle, services)
    if payload is None:
        return client.post("/", headers=headers)
    return client.post("/", json=payload, headers=headers)


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_the_right_callers_token_for_this_function_is_let_in(services, google, name):
    _, account = CALLS[name]
    answer = call(services, name, minted(google, account, URLS[name]))
    assert answer.status_code == 200, answer.get_json()


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_no_token_is_401(services, name):
    answer = call(services, name, None)
    assert answer.status_code == 401 and answer.get_json()["error"] == "unauthenticated"


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_an_expired_token_is_401(services, google, name):
    _, account = CALLS[name]
    answer = call(services, name, expired(google, account, URLS[name]))
    assert answer.status_code == 401 and "expired" in answer.get_json()["detail"].lower()


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_a_token_for_another_audience_is_401(services, google, name):
    _, account = CALLS[name]
    other = next(url for other_name, url in URLS.items() if other_name != name)
    answer = call(services, name, minted(google, account, other))
    assert answer.status_code == 401 and "audience" in answer.get_json()["detail"].lower()


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_a_forged_token_is_401(services, google, name):
    _, account = CALLS[name]
    header, claims, signature = minted(google, account, URLS[name]).split(".")
    forged = f"{header}.{claims}.{signature[::-1]}"
    assert call(services, name, forged).status_code == 401


@pytest.mark.parametrize("name", sorted(HANDLERS))
def test_a_valid_token_of_another_service_account_is_403(services, google, name):
    answer = call(services, name, minted(google, STRANGER, URLS[name]))
    assert answer.status_code == 403 and answer.get_json()["error"] == "forbidden"
