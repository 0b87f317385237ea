"""infra/tasks.py (the TaskQueue port on Cloud Tasks) through the real client against devstack's emulator."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask, request
from google.cloud import tasks_v2

from devstack.servers import serve_in_thread
from devstack.tasks_emulator import RunningTasksEmulator, start_tasks_emulator
from infra.settings import Settings
from infra.tasks import SYNC_CLOCK_MARGIN, CloudTaskQueue, task_id, tasks_client

# Nothing listens on the discard port: tasks sent there fail and wait for a retry, so they stay pending.
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningTasksEmulator]:
    running = start_tasks_emulator()
    yield running
    running.stop()


@pytest.fixture
def received() -> Iterator[tuple[str, list[dict]]]:
    """A stand-in fetch handler: its URL and the JSON bodies it was posted."""
    bodies: list[dict] = []
    app = Flask("fetch-target")

    @app.post("/fetch")
    def fetch() -> tuple[str, int]:
        bodies.append({"json": request.get_json(), "task": request.headers.get("X-CloudTasks-TaskName")})
        return "", 200

    server = serve_in_thread(app)
    yield f"{server.url}/fetch", bodies
    server.stop()


def task_queue(emulator: RunningTasksEmulator, fetch_url: str = f"{UNREACHABLE}/fetch") -> CloudTaskQueue:
    settings = Settings(
        project_id=f"adapter-{uuid.uuid4().hex[:8]}",
        tasks_emulator_host=emulator.address,
        fetch_url=fetch_url,
        worker_url=f"{UNREACHABLE}/worker",
        sheet_sync_url=f"{UNREACHABLE}/sheet_sync",
        schedule_url=f"{UNREACHABLE}/schedule",
    )
    queue = CloudTaskQueue(settings, tasks_client(settings))
    queue.ensure_queues()
    return queue


def test_a_message_gets_one_task_which_names_the_run_that_created_it(emulator):
    queue = task_queue(emulator)

    assert queue.enqueue_message("u1", "run-1", "m1") is True
    assert queue.enqueue_message("u1", "run-2", "m1") is False
    assert queue.enqueue_message("u2", "run-2", "m1") is True

    assert queue.message_task_run("u1", "m1") == "run-1"
    assert queue.message_task_run("u2", "m1") == "run-2"
    assert queue.message_task_run("u1", "never-listed") is None


def test_a_message_task_is_not_dispatched_before_its_turn(emulator):
    queue = task_queue(emulator)
    turn = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)

    assert queue.enqueue_message("u1", "run-1", "m1", not_before=turn) is True

    settings = queue.settings
    name = queue.client.task_path(
        settings.project_id, settings.location, settings.queue_messages, task_id("msg", "u1", "m1")
    )
    assert queue.client.get_task(name=name).schedule_time == turn


def test_a_fetch_task_posts_the_user_and_run_to_the_fetch_function(emulator, received):
    url, bodies = received
    queue = task_queue(emulator, fetch_url=url)

    assert queue.enqueue_fetch("u1", "run-1") is True
    assert queue.enqueue_fetch("u1", "run-1") is False

    deadline = time.monotonic() + 10
    while not bodies and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bodies == [{"json": {"user_id": "u1", "run_id": "run-1"}, "task": task_id("fetch", "run-1")}]


def test_sheet_syncs_coalesce_per_window_and_run_just_after_it_ends(emulator):
    queue = task_queue(emulator)
    window_end = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)

    assert queue.enqueue_sheet_sync("u1", window_end) is True
    assert queue.enqueue_sheet_sync("u1", window_end) is False
    assert queue.enqueue_sheet_sync("u1", window_end + timedelta(seconds=10)) is True

    settings = queue.settings
    name = queue.client.task_path(
        settings.project_id,
        settings.location,
        settings.queue_sheet_syncs,
        task_id("sync", "u1", str(int(window_end.timestamp()))),
    )
    assert queue.client.get_task(name=name).schedule_time == window_end + SYNC_CLOCK_MARGIN


def test_a_sync_window_this_instance_asked_for_is_not_asked_for_again(emulator):
    queue = task_queue(emulator)
    window_end = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    created = []
    create_task = queue.client.create_task
    queue.client.create_task = lambda **request: created.append(request) or create_task(**request)

    assert [queue.enqueue_sheet_sync("u1", window_end) for _ in range(3)] == [True, False, False]
    assert queue.enqueue_sheet_sync("u2", window_end) is True
    assert len(created) == 2
    # Another instance does not know it: Cloud Tasks says it exists.
    assert task_queue_like(queue).enqueue_sheet_sync("u1", window_end) is False


def task_queue_like(queue: CloudTaskQueue) -> CloudTaskQueue:
    return CloudTaskQueue(queue.settings, tasks_client(queue.settings))


def test_a_run_sweep_is_a_fetch_task_at_its_time_one_per_run_and_count(emulator):
    queue = task_queue(emulator)
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=15)

    assert queue.enqueue_run_sweep("u1", "run-1", 3, at) is True
    assert queue.enqueue_run_sweep("u1", "run-1", 3, at) is False
    assert queue.enqueue_run_sweep("u1", "run-1", 4, at + timedelta(minutes=15)) is True

    settings = queue.settings
    name = queue.client.task_path(
        settings.project_id, settings.location, settings.queue_fetches, task_id("sweep", "run-1", "3")
    )
    task = queue.client.get_task(
        request=tasks_v2.GetTaskRequest(name=name, response_view=tasks_v2.Task.View.FULL)
    )
    assert task.schedule_time == at
    assert task.http_request.url == settings.fetch_url
    assert json.loads(task.http_request.body) == {"user_id": "u1", "run_id": "run-1", "sweep_progress": 3}


def test_each_task_waits_for_its_answer_as_long_as_its_function_may_run(emulator):
    queue = task_queue(emulator)
    later = datetime.now(UTC) + timedelta(hours=1)
    queue.enqueue_message("u1", "run-1", "m1")
    queue.enqueue_fetch("u1", "run-1")
    queue.enqueue_run_sweep("u1", "run-1", 0, later)
    queue.enqueue_sheet_sync("u1", later)
    queue.enqueue_schedule_page("round-1", "")
    settings = queue.settings
    created = {
        "worker": (settings.queue_messages, task_id("msg", "u1", "m1")),
        "fetch": (settings.queue_fetches, task_id("fetch", "run-1")),
        "sweep": (settings.queue_fetches, task_id("sweep", "run-1", "0")),
        "sheet_sync": (settings.queue_sheet_syncs, task_id("sync", "u1", str(int(later.timestamp())))),
        "schedule": (settings.queue_fetches, task_id("schedule", "round-1", "")),
    }

    deadlines = {
        kind: queue.client.get_task(
            name=queue.client.task_path(settings.project_id, settings.location, queue_name, name)
        ).dispatch_deadline
        for kind, (queue_name, name) in created.items()
    }

    assert deadlines == {
        "worker": timedelta(seconds=120),
        "fetch": timedelta(seconds=540),
        "sweep": timedelta(seconds=540),  # a sweep is the fetch function's too
        "sheet_sync": timedelta(seconds=120),
        "schedule": timedelta(seconds=1800),
    }


def test_ensuring_the_queues_twice_is_harmless(emulator):
    queue = task_queue(emulator)

    queue.ensure_queues()

    assert queue.enqueue_message("u1", "run-1", "m1") is True


def test_a_schedule_page_is_one_task_per_round_and_cursor(emulator):
    queue = task_queue(emulator)

    assert queue.enqueue_schedule_page("2026-12-02T06:00:00Z", "") is True
    assert queue.enqueue_schedule_page("2026-12-02T06:00:00Z", "") is False
    assert queue.enqueue_schedule_page("2026-12-02T06:00:00Z", "user-9") is True
    assert queue.enqueue_schedule_page("2026-12-03T06:00:00Z", "") is True
