"""The Cloud Tasks emulator, driven by the real google-cloud-tasks client, dispatching to a Flask target."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask, request
from google.api_core import exceptions
from google.cloud import tasks_v2

from devstack.servers import RunningServer, serve_in_thread
from devstack.tasks_emulator import EmulatorDefaults, RunningTasksEmulator, start_tasks_emulator
from tests.waiting import wait_until

PROJECT, LOCATION = "demo-project", "us-central1"
PARENT = f"projects/{PROJECT}/locations/{LOCATION}"


@dataclass
class Delivery:
    """One HTTP request the target received."""

    path: str
    method: str
    headers: dict[str, str]
    body: bytes
    received_at: float  # time.time()


@dataclass
class Target:
    """A stand-in task handler: records deliveries and answers with `status_for(delivery_number)`."""

    url: str
    deliveries: list[Delivery] = field(default_factory=list)
    status_for: Callable[[int], int] = lambda number: 200
    seconds_per_call: float = 0.0
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self) -> tuple[str, int]:
        with self.lock:
            self.deliveries.append(
                Delivery(request.path, request.method, dict(request.headers), request.get_data(), time.time())
            )
            number = len(self.deliveries)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        time.sleep(self.seconds_per_call)
        with self.lock:
            self.in_flight -= 1
        return "", self.status_for(number)


@pytest.fixture
def target() -> Iterator[Target]:
    app = Flask("target")
    target = Target(url="")

    def handler(path: str = "") -> tuple[str, int]:
        return target.handle()

    for rule in ("/", "/<path:path>"):
        app.add_url_rule(rule, view_func=handler, methods=["GET", "POST", "PUT"])
    server: RunningServer = serve_in_thread(app)
    target.url = server.url
    yield target
    server.stop()


@pytest.fixture
def emulator() -> Iterator[RunningTasksEmulator]:
    running = start_tasks_emulator(defaults=EmulatorDefaults())
    yield running
    running.stop()


@pytest.fixture
def client(emulator: RunningTasksEmulator) -> Iterator[tasks_v2.CloudTasksClient]:
    tasks_client = emulator.client()
    yield tasks_client
    tasks_client.transport.close()


def make_queue(client: tasks_v2.CloudTasksClient, **settings) -> str:
    name = client.queue_path(PROJECT, LOCATION, f"q-{uuid.uuid4().hex[:12]}")
    client.create_queue(parent=PARENT, queue=tasks_v2.Queue(name=name, **settings))
    return name


def http_task(url: str, name: str = "", **fields) -> tasks_v2.Task:
    http_fields = {
        key: fields.pop(key) for key in ("body", "headers", "http_method", "oidc_token") if key in fields
    }
    return tasks_v2.Task(name=name, http_request=tasks_v2.HttpRequest(url=url, **http_fields), **fields)


def is_done(client: tasks_v2.CloudTasksClient, name: str) -> bool:
    """Completed or dropped: Cloud Tasks then no longer has the task."""
    try:
        client.get_task(name=name)
    except exceptions.NotFound:
        return True
    return False


def wait_until_done(client: tasks_v2.CloudTasksClient, *tasks: tasks_v2.Task, timeout: float = 10.0) -> None:
    wait_until(lambda: all(is_done(client, task.name) for task in tasks), timeout)


def fast_retries(**overrides) -> tasks_v2.RetryConfig:
    settings = {"min_backoff": timedelta(seconds=0.1), "max_backoff": timedelta(seconds=1)} | overrides
    return tasks_v2.RetryConfig(**settings)


def test_created_queue_is_running_with_local_retry_defaults(client):
    name = client.queue_path(PROJECT, LOCATION, f"q-{uuid.uuid4().hex[:12]}")
    queue = client.create_queue(parent=PARENT, queue=tasks_v2.Queue(name=name))

    assert queue.state == tasks_v2.Queue.State.RUNNING
    assert queue.retry_config.min_backoff == timedelta(seconds=0.1)
    assert queue.retry_config.max_backoff == timedelta(seconds=2)
    assert queue.rate_limits.max_concurrent_dispatches == 1000
    with pytest.raises(exceptions.AlreadyExists):
        client.create_queue(parent=PARENT, queue=tasks_v2.Queue(name=queue.name))


def test_task_is_posted_with_its_body_headers_and_cloud_tasks_headers(client, target):
    queue = make_queue(client)
    task_name = client.task_path(PROJECT, LOCATION, queue.rsplit("/", 1)[1], "message-42")

    task = client.create_task(
        parent=queue,
        task=http_task(
            f"{target.url}/worker",
            task_name,
            body=b'{"id": 42}',
            headers={"Content-Type": "application/json"},
        ),
    )
    wait_until_done(client, task)

    [delivery] = target.deliveries
    assert (delivery.method, delivery.path, delivery.body) == ("POST", "/worker", b'{"id": 42}')
    assert delivery.headers["Content-Type"] == "application/json"
    assert delivery.headers["X-Cloudtasks-Queuename"] == queue.rsplit("/", 1)[1]
    assert delivery.headers["X-Cloudtasks-Taskname"] == "message-42"
    assert delivery.headers["X-Cloudtasks-Taskretrycount"] == "0"
    assert delivery.headers["X-Cloudtasks-Taskexecutioncount"] == "0"
    assert float(delivery.headers["X-Cloudtasks-Tasketa"]) == pytest.approx(time.time(), abs=10)
    assert "Authorization" not in delivery.headers  # no id token endpoint configured


def test_task_name_is_refused_while_the_task_exists_and_after_it_completed(client, target):
    queue = make_queue(client)
    name = f"{queue}/tasks/only-once"
    soon = datetime.now(UTC) + timedelta(seconds=0.5)  # so the task still exists when created again
    task = client.create_task(parent=queue, task=http_task(target.url, name, schedule_time=soon))

    with pytest.raises(exceptions.AlreadyExists):
        client.create_task(parent=queue, task=http_task(target.url, name))
    wait_until_done(client, task)
    with pytest.raises(exceptions.AlreadyExists):
        client.create_task(parent=queue, task=http_task(target.url, name))
    assert len(target.deliveries) == 1


def test_task_name_is_free_again_after_the_tombstone_window(target):
    emulator = start_tasks_emulator(defaults=EmulatorDefaults(tombstone_seconds=0.2))
    try:
        client = emulator.client()
        queue = make_queue(client)
        name = f"{queue}/tasks/reusable"
        wait_until_done(client, client.create_task(parent=queue, task=http_task(target.url, name)))
        time.sleep(0.3)

        recreated = client.create_task(parent=queue, task=http_task(target.url, name))
        assert recreated.name == name and recreated.http_request.url == target.url
        # The recreated task exists: it is dispatched again (then done, so GetTask would not find it).
        wait_until(lambda: len(target.deliveries) == 2, 10.0)
        assert [d.headers.get("X-Cloudtasks-Taskname") for d in target.deliveries] == ["reusable", "reusable"]
        wait_until_done(client, recreated)
    finally:
        emulator.stop()


def test_unnamed_tasks_get_generated_ids_and_bad_requests_are_refused(client, target):
    queue = make_queue(client)

    first = client.create_task(parent=queue, task=http_task(target.url))
    second = client.create_task(parent=queue, task=http_task(target.url))

    assert first.name.startswith(f"{queue}/tasks/") and first.name != second.name
    with pytest.raises(exceptions.InvalidArgument):
        client.create_task(parent=queue, task=http_task(target.url, f"{queue}/tasks/not valid!"))
    with pytest.raises(exceptions.InvalidArgument):
        client.create_task(parent=queue, task=http_task(target.url, f"{PARENT}/queues/other/tasks/t1"))
    with pytest.raises(exceptions.InvalidArgument):
        client.create_task(
            parent=queue, task=http_task(target.url, body=b"x", http_method=tasks_v2.HttpMethod.GET)
        )
    with pytest.raises(exceptions.NotFound):
        client.create_task(parent=f"{PARENT}/queues/missing", task=http_task(target.url))


def test_task_is_not_dispatched_before_its_schedule_time(client, target):
    queue = make_queue(client)
    eta = datetime.now(UTC) + timedelta(seconds=1)

    created = client.create_task(parent=queue, task=http_task(target.url, schedule_time=eta))
    time.sleep(0.5)
    assert target.deliveries == []
    wait_until_done(client, created)

    assert created.schedule_time.timestamp() == pytest.approx(eta.timestamp(), abs=0.001)
    assert target.deliveries[0].received_at >= eta.timestamp()


def test_failed_attempts_are_retried_with_doubling_backoff_until_success(client, target):
    target.status_for = lambda number: 500 if number <= 2 else 200
    queue = make_queue(client, retry_config=fast_retries(min_backoff=timedelta(seconds=0.2)))

    wait_until_done(client, client.create_task(parent=queue, task=http_task(target.url)))

    retry_counts = [delivery.headers["X-Cloudtasks-Taskretrycount"] for delivery in target.deliveries]
    assert retry_counts == ["0", "1", "2"]
    first_gap = target.deliveries[1].received_at - target.deliveries[0].received_at
    second_gap = target.deliveries[2].received_at - target.deliveries[1].received_at
    assert first_gap >= 0.19 and second_gap >= 0.39
    assert target.deliveries[2].headers["X-Cloudtasks-Taskpreviousresponse"] == "500"


def test_task_is_dropped_after_max_attempts(client, target, emulator):
    target.status_for = lambda number: 503
    queue = make_queue(client, retry_config=fast_retries(max_attempts=3))

    wait_until_done(client, client.create_task(parent=queue, task=http_task(target.url)))

    assert len(target.deliveries) == 3
    assert emulator.stats()[queue] | {"in_flight": 0} == {
        "dispatched": 3,
        "succeeded": 0,
        "failed": 3,
        "dropped": 1,
        "in_flight": 0,
        "max_in_flight": 1,
    }


def test_attempt_past_its_dispatch_deadline_counts_as_failed(client, target, emulator):
    target.seconds_per_call = 1.0
    queue = make_queue(client, retry_config=fast_retries(max_attempts=1))

    task = client.create_task(
        parent=queue, task=http_task(target.url, dispatch_deadline=timedelta(seconds=0.3))
    )
    wait_until_done(client, task, timeout=5)

    assert emulator.stats()[queue]["dropped"] == 1


def test_tasks_are_dispatched_concurrently(client, target):
    target.seconds_per_call = 0.5
    queue = make_queue(client)

    tasks = [client.create_task(parent=queue, task=http_task(target.url)) for _ in range(4)]
    wait_until_done(client, *tasks)

    assert target.max_in_flight == 4


def test_concurrency_is_capped_by_max_concurrent_dispatches(client, target, emulator):
    target.seconds_per_call = 0.2
    queue = make_queue(client, rate_limits=tasks_v2.RateLimits(max_concurrent_dispatches=2))

    tasks = [client.create_task(parent=queue, task=http_task(target.url)) for _ in range(6)]
    wait_until_done(client, *tasks)

    assert target.max_in_flight == 2
    assert emulator.stats()[queue]["max_in_flight"] == 2


def test_dispatch_rate_is_limited_by_max_dispatches_per_second(client, target):
    queue = make_queue(client, rate_limits=tasks_v2.RateLimits(max_dispatches_per_second=4))  # bursts of 4

    tasks = [client.create_task(parent=queue, task=http_task(target.url)) for _ in range(6)]
    wait_until_done(client, *tasks)

    times = sorted(delivery.received_at for delivery in target.deliveries)
    assert times[5] - times[0] >= 0.4  # the 5th and 6th wait for tokens at 4 per second


def test_get_task_reports_attempts_and_full_view_includes_the_body(client, target):
    target.status_for = lambda number: 500
    queue = make_queue(
        client, retry_config=fast_retries(min_backoff=timedelta(seconds=5), max_backoff=timedelta(seconds=5))
    )
    task = client.create_task(parent=queue, task=http_task(target.url, body=b"payload"))
    wait_until(lambda: client.get_task(name=task.name).response_count == 1)

    basic = client.get_task(name=task.name)
    full = client.get_task(request={"name": task.name, "response_view": tasks_v2.Task.View.FULL})

    assert basic.http_request.body == b"" and full.http_request.body == b"payload"
    assert basic.dispatch_count == 1 and "dispatch_time" in basic.first_attempt
    assert basic.last_attempt.response_status.code == 13  # INTERNAL for an HTTP 500


def test_oidc_task_carries_an_id_token_minted_by_the_endpoint(target):
    minted: list[dict] = []
    iam = Flask("iam")

    @iam.post("/v1/projects/-/serviceAccounts/<email>:generateIdToken")
    def generate_id_token(email: str):
        minted.append({"email": email, **request.get_json()})
        return {"token": f"id-token-for-{email}"}

    iam_server = serve_in_thread(iam)
    emulator = start_tasks_emulator(id_token_endpoint=iam_server.url)
    try:
        client = emulator.client()
        queue = make_queue(client)
        invoker = "tasks-invoker@demo-project.iam.gserviceaccount.com"
        oidc = tasks_v2.OidcToken(service_account_email=invoker)

        task = client.create_task(parent=queue, task=http_task(f"{target.url}/fetch", oidc_token=oidc))
        wait_until_done(client, task)
    finally:
        emulator.stop()
        iam_server.stop()

    assert target.deliveries[0].headers["Authorization"] == f"Bearer id-token-for-{invoker}"
    assert minted == [{"email": invoker, "audience": f"{target.url}/fetch", "includeEmail": True}]
