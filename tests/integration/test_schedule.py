"""The schedule function: Cloud Scheduler's daily call starts one fetch per user who wants one."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import requests
from google.cloud import firestore

from functions import schedule
from infra.bootstrap import Services
from tests.fakes import RecordingQueue
from tests.functions_support import function_client, settings_for_tests
from tracker.accounts import SyncCheckpoint, UserAccount
from tracker.user_settings import UserSettings

pytestmark = pytest.mark.emulator
SCHEDULER = "scheduler-invoker@job-tracker-test.iam.gserviceaccount.com"
SCHEDULE_URL = "https://schedule.example.run.app/"


@pytest.fixture(scope="module")
def google(fake_google_url):
    return fake_google_url


@pytest.fixture
def services(firestore_emulator, monkeypatch, google):
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_emulator.host)
    settings = replace(
        settings_for_tests(),
        google_certs_url=f"{google}/oauth2/v3/certs",
        invoker_service_accounts=(SCHEDULER,),
        schedule_url=SCHEDULE_URL,
    )
    # A project of its own: the function reads every user of the database.
    return Services(
        settings,
        firestore=firestore.Client(project=f"schedule-{uuid.uuid4().hex[:8]}"),
        queue=RecordingQueue(),
    )


def token(google: str, service_account: str, audience: str = SCHEDULE_URL) -> str:
    url = f"{google}/v1/projects/-/serviceAccounts/{service_account}:generateIdToken"
    return requests.post(url, json={"audience": audience, "includeEmail": True}, timeout=10).json()["token"]


def add_user(services, user_id: str, **changes) -> None:
    user = UserAccount(
        user_id, f"{user_id}@example.com", user_id, sync=SyncCheckpoint(datetime(2026, 1, 1, tzinfo=UTC))
    )
    for name, value in changes.items():
        setattr(user, name, value)
    services.accounts.save_user(user)


def test_the_daily_call_starts_one_fetch_per_user_who_can_fetch(services, google):
    add_user(services, "ready")
    add_user(services, "also-ready")
    add_user(services, "opted-out", settings=UserSettings(auto_fetch=False))
    add_user(services, "must-reconnect", reconnect_needed=True)
    add_user(services, "no-start-date", sync=SyncCheckpoint())
    client = function_client(schedule.handle, services)
    response = client.post("/", headers={"Authorization": f"Bearer {token(google, SCHEDULER)}"})
    assert response.status_code == 200 and response.get_json()["fetches_started"] == 2
    started = sorted(user for user, _ in services.queue.fetches)
    assert started == ["also-ready", "ready"]
    for user_id, run_id in services.queue.fetches:
        assert services.accounts.get_run(user_id, run_id).state.value == "queued"


def test_only_the_scheduler_may_call_it(services, google):
    client = function_client(schedule.handle, services)
    assert client.post("/").status_code == 401
    stranger = token(google, "someone@else.iam.gserviceaccount.com")
    assert client.post("/", headers={"Authorization": f"Bearer {stranger}"}).status_code == 403
    wrong_audience = token(google, SCHEDULER, "https://elsewhere.example/")
    assert client.post("/", headers={"Authorization": f"Bearer {wrong_audience}"}).status_code == 401
    assert services.queue.fetches == []
