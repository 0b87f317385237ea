"""The schedule function: Cloud Scheduler's daily call starts a round of fetches, a page of users per task."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import flask
import pytest
import requests
from google.cloud import firestore

from devstack.servers import serve_in_thread
from devstack.tasks_emulator import start_tasks_emulator
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


def replace_settings(services: Services, **changes) -> Services:
    return Services(replace(services.settings, **changes), firestore=services.firestore, queue=services.queue)


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


def test_the_daily_call_asks_for_the_first_page_of_its_round_and_starts_nothing_itself(services, google):
    add_user(services, "ready")
    client = function_client(schedule.handle, services)
    due = "2026-12-02T06:00:00Z"
    headers = {"Authorization": f"Bearer {token(google, SCHEDULER)}", schedule.SCHEDULE_TIME_HEADER: due}

    response = client.post("/", headers=headers)

    assert response.status_code == 200 and response.get_json()["round"] == due
    assert services.queue.schedule_pages == [(due, "")]
    assert services.queue.fetches == []


def test_a_page_starts_one_fetch_per_user_who_can_fetch_and_asks_for_the_next(services, google):
    add_user(services, "a-ready")
    add_user(services, "b-opted-out", settings=UserSettings(auto_fetch=False))
    add_user(services, "c-must-reconnect", reconnect_needed=True)
    add_user(services, "d-no-start-date", sync=SyncCheckpoint())
    add_user(services, "e-ready")
    add_user(services, "f-ready")
    client = function_client(schedule.handle, replace_settings(services, schedule_page_size=3))
    headers = {"Authorization": f"Bearer {token(google, SCHEDULER)}"}

    first = client.post("/", json={"round": "r1", "after": ""}, headers=headers).get_json()
    last = client.post("/", json={"round": "r1", "after": first["next_after"]}, headers=headers).get_json()

    assert (first["users"], first["fetches_started"], first["next_after"]) == (3, 1, "d-no-start-date")
    assert (last["users"], last["fetches_started"], last["next_after"]) == (2, 2, None)
    assert services.queue.schedule_pages == [("r1", "d-no-start-date")]
    assert sorted(user for user, _ in services.queue.fetches) == ["a-ready", "e-ready", "f-ready"]
    for user_id, run_id in services.queue.fetches:
        assert services.accounts.get_run(user_id, run_id).state.value == "queued"


def test_a_page_with_a_bad_body_is_refused_by_name(services, google):
    client = function_client(schedule.handle, services)
    headers = {"Authorization": f"Bearer {token(google, SCHEDULER)}"}
    response = client.post("/", json={"round": "r1", "after": 5}, headers=headers)
    assert response.status_code == 400 and "after" in response.get_json()["detail"]
    assert client.post("/", data="{", headers=headers).status_code == 400


def test_only_the_scheduler_may_call_it(services, google):
    client = function_client(schedule.handle, services)
    assert client.post("/").status_code == 401
    stranger = token(google, "someone@else.iam.gserviceaccount.com")
    assert client.post("/", headers={"Authorization": f"Bearer {stranger}"}).status_code == 403
    wrong_audience = token(google, SCHEDULER, "https://elsewhere.example/")
    assert client.post("/", headers={"Authorization": f"Bearer {wrong_audience}"}).status_code == 401
    assert services.queue.fetches == []


TASKS = "tasks-invoker@job-tracker-test.iam.gserviceaccount.com"


@pytest.fixture
def tasks_emulator(google):
    running = start_tasks_emulator(id_token_endpoint=google)
    yield running
    running.stop()


@pytest.fixture
def fetch_function():
    """A stand-in fetch function: the users whose fetch tasks reached it."""
    users: list[str] = []
    app = flask.Flask("fetch-stand-in")

    @app.post("/")
    def fetch() -> tuple[str, int]:
        users.append(flask.request.get_json()["user_id"])
        return "", 200

    server = serve_in_thread(app)
    yield server.url + "/", users
    server.stop()


@pytest.fixture
def served_schedule(firestore_emulator, monkeypatch, google, tasks_emulator, fetch_function):
    """The schedule function on a real port, its pages and fetches sent through the Tasks emulator."""
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_emulator.host)
    holder: list[Services] = []
    app = flask.Flask("schedule")
    app.add_url_rule("/", "schedule", lambda: schedule.handle(flask.request, holder[0]), methods=["POST"])
    server = serve_in_thread(app)
    project = f"schedule-{uuid.uuid4().hex[:8]}"
    settings = replace(
        settings_for_tests(),
        project_id=project,
        google_certs_url=f"{google}/oauth2/v3/certs",
        invoker_service_accounts=(SCHEDULER, TASKS),
        tasks_service_account=TASKS,
        tasks_emulator_host=tasks_emulator.address,
        schedule_url=server.url + "/",
        fetch_url=fetch_function[0],
        schedule_page_size=4,
    )
    holder.append(Services(settings, firestore=firestore.Client(project=project)))
    holder[0].queue.ensure_queues()  # type: ignore[attr-defined]
    yield holder[0], server.url + "/"
    server.stop()


def settled(emulator, queue: str, tasks: int) -> bool:
    """True once `tasks` tasks of `queue` (its path) have succeeded and none is in flight (waits a minute)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        stats = emulator.stats().get(queue, {})
        if stats.get("succeeded", 0) >= tasks and not stats.get("in_flight"):
            return stats["succeeded"] == tasks
        time.sleep(0.05)
    return False


def test_a_round_of_many_users_goes_page_by_page_through_cloud_tasks_to_one_fetch_each(
    served_schedule, tasks_emulator, fetch_function, google
):
    services, url = served_schedule
    ready = [f"user-{n:02}" for n in range(26)]
    for user_id in ready:
        add_user(services, user_id)
    add_user(services, "user-90-opted-out", settings=UserSettings(auto_fetch=False))
    add_user(services, "user-91-must-reconnect", reconnect_needed=True)
    add_user(services, "user-92-no-start-date", sync=SyncCheckpoint())
    due = "2026-12-02T06:00:00Z"

    daily = requests.post(
        url,
        headers={
            "Authorization": f"Bearer {token(google, SCHEDULER, url)}",
            schedule.SCHEDULE_TIME_HEADER: due,
        },
        timeout=30,
    )

    assert daily.status_code == 200
    # 28 users with auto-fetch in pages of 4: seven full pages and the empty one after them; 26 fetches.
    settings = services.settings
    fetches = f"projects/{settings.project_id}/locations/{settings.location}/queues/{settings.queue_fetches}"
    assert settled(tasks_emulator, fetches, tasks=8 + 26), tasks_emulator.stats()[fetches]
    assert sorted(fetch_function[1]) == ready

    # Cloud Tasks runs the first page again (a retry): its users already have their fetch.
    again = requests.post(
        url,
        json={"round": due, "after": ""},
        headers={"Authorization": f"Bearer {token(google, TASKS, url)}"},
        timeout=30,
    ).json()
    assert (again["users"], again["fetches_started"], again["next_after"]) == (4, 0, "user-03")
    runs = [services.accounts.list_runs(user_id) for user_id in ready[:4]]
    assert [len(found) for found in runs] == [1, 1, 1, 1]
