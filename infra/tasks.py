"""Cloud Tasks adapter: named HTTP tasks with OIDC tokens, one per unit of work (TaskQueue port)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta

import grpc
from google.api_core import exceptions as google_exceptions
from google.cloud import tasks_v2
from google.cloud.tasks_v2.services.cloud_tasks.transports import CloudTasksGrpcTransport
from google.protobuf import duration_pb2, timestamp_pb2

from infra.settings import Settings

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
SYNC_CLOCK_MARGIN = timedelta(seconds=1)
KNOWN_SYNCS = 10_000
# How long Cloud Tasks waits for a task's answer: its function's timeout (terraform/functions.tf;
# tests/unit/test_terraform.py holds them equal). The default, 10 minutes, would retry a schedule page
# (allowed 30 minutes) while it still runs, and wait on a worker stopped at 2 minutes.
DISPATCH_DEADLINES = {"fetch": 540, "worker": 120, "sheet_sync": 120, "schedule": 1800}


def tasks_client(settings: Settings) -> tasks_v2.CloudTasksClient:
    """The real client; against the local emulator when CLOUD_TASKS_EMULATOR_HOST is set."""
    if settings.tasks_emulator_host:
        channel = grpc.insecure_channel(settings.tasks_emulator_host)
        return tasks_v2.CloudTasksClient(transport=CloudTasksGrpcTransport(channel=channel))
    return tasks_v2.CloudTasksClient()


def task_id(*parts: str) -> str:
    """A task id from its parts. A hash prefix spreads names out (Cloud Tasks' advice for throughput)."""
    text = "|".join(parts)
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return f"{digest}-{_UNSAFE.sub('_', '-'.join(parts))}"[:480]


class CloudTaskQueue:
    """TaskQueue port on Cloud Tasks."""

    def __init__(self, settings: Settings, client: tasks_v2.CloudTasksClient) -> None:
        self.settings = settings
        self.client = client
        # Sync tasks this instance knows exist: every message of a window asks for the same one, and a
        # name that exists (or existed) can't be created again, so asking Cloud Tasks twice is moot.
        self._syncs_known: set[str] = set()

    def _queue(self, name: str) -> str:
        return self.client.queue_path(self.settings.project_id, self.settings.location, name)

    def _create(
        self,
        queue: str,
        name: str,
        function: str,
        payload: dict,
        not_before: datetime | None = None,
    ) -> bool:
        url = {
            "fetch": self.settings.fetch_url,
            "worker": self.settings.worker_url,
            "sheet_sync": self.settings.sheet_sync_url,
            "schedule": self.settings.schedule_url,
        }[function]
        task = tasks_v2.Task(
            name=self.client.task_path(self.settings.project_id, self.settings.location, queue, name),
            dispatch_deadline=duration_pb2.Duration(seconds=DISPATCH_DEADLINES[function]),
            http_request=tasks_v2.HttpRequest(
                http_method=tasks_v2.HttpMethod.POST,
                url=url,
                headers={"Content-Type": "application/json"},
                body=json.dumps(payload).encode(),
                oidc_token=tasks_v2.OidcToken(
                    service_account_email=self.settings.tasks_service_account, audience=url
                ),
            ),
        )
        if not_before is not None:
            stamp = timestamp_pb2.Timestamp()
            stamp.FromDatetime(not_before)
            task.schedule_time = stamp
        try:
            self.client.create_task(parent=self._queue(queue), task=task)
        except google_exceptions.AlreadyExists:
            return False
        return True

    def enqueue_fetch(self, user_id: str, run_id: str, page: int = 0) -> bool:
        # A listing's follow-up task is named by the page it starts at: a retried task asks again.
        payload: dict = {"user_id": user_id, "run_id": run_id}
        name = task_id("fetch", run_id)
        if page:
            payload["listing_page"] = page
            name = task_id("fetch", run_id, f"page{page}")
        return self._create(self.settings.queue_fetches, name, "fetch", payload)

    def enqueue_message(
        self, user_id: str, run_id: str, message_id: str, not_before: datetime | None = None
    ) -> bool:
        payload = {"user_id": user_id, "run_id": run_id, "message_id": message_id}
        name = task_id("msg", user_id, message_id)
        return self._create(self.settings.queue_messages, name, "worker", payload, not_before)

    def message_task_run(self, user_id: str, message_id: str) -> str | None:
        name = self.client.task_path(
            self.settings.project_id,
            self.settings.location,
            self.settings.queue_messages,
            task_id("msg", user_id, message_id),
        )
        try:
            task = self.client.get_task(
                request=tasks_v2.GetTaskRequest(name=name, response_view=tasks_v2.Task.View.FULL)
            )
        except google_exceptions.NotFound:
            return None
        return json.loads(task.http_request.body or b"{}").get("run_id")

    def enqueue_sheet_sync(self, user_id: str, not_before: datetime) -> bool:
        window = str(int(not_before.timestamp()))
        payload = {"user_id": user_id}
        name = task_id("sync", user_id, window)
        if name in self._syncs_known:
            return False
        # A little after the window closes, so a clock running slightly behind Cloud Tasks' can't
        # commit a change into a window whose sync has already read.
        run_at = not_before + SYNC_CLOCK_MARGIN
        created = self._create(self.settings.queue_sheet_syncs, name, "sheet_sync", payload, run_at)
        if len(self._syncs_known) >= KNOWN_SYNCS:
            self._syncs_known.clear()
        self._syncs_known.add(name)
        return created

    def enqueue_schedule_page(self, round_id: str, after: str) -> bool:
        # On the fetches queue: a page is the fan-out of fetches, paced with them.
        payload = {"round": round_id, "after": after}
        name = task_id("schedule", round_id, after)
        return self._create(self.settings.queue_fetches, name, "schedule", payload)

    def enqueue_run_sweep(self, user_id: str, run_id: str, progress: int, not_before: datetime) -> bool:
        """A task for the fetch function on the fetches queue, at `not_before`: one per (run, count)."""
        payload = {"user_id": user_id, "run_id": run_id, "sweep_progress": progress}
        name = task_id("sweep", run_id, str(progress))
        return self._create(self.settings.queue_fetches, name, "fetch", payload, not_before)

    def ensure_queues(self) -> None:
        """Create the queues if missing (locally; in Google Cloud, Terraform owns them).

        Attempts match Terraform's and WORKER_MAX_ATTEMPTS, so a task's last attempt is the one the
        worker records as failed; backoff is shorter than in the cloud so local runs stay quick,
        yet long enough (about 40 s over all attempts) to outlast a restarting worker.
        """
        parent = f"projects/{self.settings.project_id}/locations/{self.settings.location}"
        retry = tasks_v2.RetryConfig(
            max_attempts=self.settings.worker_max_attempts,
            min_backoff=duration_pb2.Duration(nanos=500_000_000),
            max_backoff=duration_pb2.Duration(seconds=10),
            max_doublings=5,
        )
        for name in (
            self.settings.queue_messages,
            self.settings.queue_fetches,
            self.settings.queue_sheet_syncs,
        ):
            queue = tasks_v2.Queue(name=self._queue(name), retry_config=retry)
            try:
                self.client.create_queue(parent=parent, queue=queue)
            except google_exceptions.AlreadyExists:
                pass
