"""Queues, tasks and name tombstones of the Cloud Tasks emulator, guarded by one lock.

Everything here is plain data: the gRPC servicer converts protos to these records (messages.py)
and the dispatcher moves tasks through their attempts. Callers hold `TasksState.changed` (a
Condition) while they read or mutate records; every mutation notifies it so the dispatcher wakes.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime


class EmulatorError(Exception):
    """An error the servicer reports as the gRPC status named by `code` (a grpc.StatusCode name)."""

    code = "INTERNAL"


class InvalidArgument(EmulatorError):
    code = "INVALID_ARGUMENT"


class NotFound(EmulatorError):
    code = "NOT_FOUND"


class AlreadyExists(EmulatorError):
    code = "ALREADY_EXISTS"


@dataclass(frozen=True)
class RetryPolicy:
    """A queue's retry_config in seconds; max_attempts -1 is unlimited, max_retry_duration 0 is no limit."""

    max_attempts: int = 100
    max_retry_duration: float = 0.0
    min_backoff: float = 0.1
    max_backoff: float = 2.0
    max_doublings: int = 16


@dataclass(frozen=True)
class RateLimit:
    """A queue's rate_limits; max_burst_size is output only and derived from the rate."""

    max_dispatches_per_second: float = 500.0
    max_concurrent_dispatches: int = 1000

    @property
    def max_burst_size(self) -> int:
        return max(1, min(100, int(self.max_dispatches_per_second)))


@dataclass(frozen=True)
class EmulatorDefaults:
    """What a queue or task gets when the request leaves a field unset.

    Local-friendly: Cloud Tasks' own max_backoff is an hour, ours is 2 s so retry tests run fast.
    `max_concurrency` caps every queue's real parallelism whatever max_concurrent_dispatches says.
    """

    retry: RetryPolicy = RetryPolicy()
    rate: RateLimit = RateLimit()
    dispatch_deadline: float = 600.0
    tombstone_seconds: float = 3600.0
    max_concurrency: int = 16


@dataclass
class AttemptRecord:
    """One dispatch of a task; response_code None means no HTTP response (refused, dropped, timed out)."""

    schedule_time: datetime
    dispatch_time: datetime
    response_time: datetime | None = None
    response_code: int | None = None
    error: str = ""


@dataclass
class TaskRecord:
    """A task waiting for, or in the middle of, a successful dispatch to its HTTP target."""

    name: str
    url: str
    http_method: str
    headers: dict[str, str]
    body: bytes
    schedule_time: datetime
    create_time: datetime
    dispatch_deadline: float
    oidc_email: str = ""
    oidc_audience: str = ""
    dispatch_count: int = 0
    response_count: int = 0
    handler_response_count: int = 0  # responses other than 5xx: X-CloudTasks-TaskExecutionCount
    first_attempt: AttemptRecord | None = None
    last_attempt: AttemptRecord | None = None
    in_flight: bool = False

    @property
    def queue_name(self) -> str:
        return self.name.rsplit("/tasks/", 1)[0]

    @property
    def task_id(self) -> str:
        return self.name.rsplit("/", 1)[1]


@dataclass
class QueueStats:
    """Counters a test reads through `RunningTasksEmulator.stats()`; dispatched = succeeded + failed."""

    dispatched: int = 0
    succeeded: int = 0
    failed: int = 0
    dropped: int = 0
    in_flight: int = 0
    max_in_flight: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "dispatched": self.dispatched,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "dropped": self.dropped,
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
        }


@dataclass
class QueueRecord:
    """A queue and the tasks it still holds (completed and dropped tasks are removed)."""

    name: str
    rate: RateLimit
    retry: RetryPolicy
    tasks: dict[str, TaskRecord] = field(default_factory=dict)


def utc_now() -> datetime:
    return datetime.now(UTC)


class TasksState:
    """All queues of one emulator. Hold `changed` around every call; methods assume it is held."""

    def __init__(self, defaults: EmulatorDefaults) -> None:
        self.defaults = defaults
        self.changed = threading.Condition(threading.RLock())
        self.queues: dict[str, QueueRecord] = {}
        self._tombstones: dict[str, float] = {}  # task name -> monotonic time its name is free again
        self._stats: dict[str, QueueStats] = {}

    # queues

    def add_queue(self, queue: QueueRecord) -> QueueRecord:
        if queue.name in self.queues:
            raise AlreadyExists(f"Queue already exists: {queue.name}")
        self.queues[queue.name] = queue
        self._stats.setdefault(queue.name, QueueStats())
        self.changed.notify_all()
        return queue

    def queue(self, name: str) -> QueueRecord:
        try:
            return self.queues[name]
        except KeyError:
            raise NotFound(f"Queue does not exist: {name}") from None

    # tasks

    def add_task(self, task: TaskRecord) -> TaskRecord:
        queue = self.queue(task.queue_name)
        if task.name in queue.tasks or self._name_reserved(task.name):
            raise AlreadyExists(
                f"Requested entity already exists (task names are reserved for a while): {task.name}"
            )
        queue.tasks[task.name] = task
        self.changed.notify_all()
        return task

    def task(self, name: str) -> TaskRecord:
        queue = self.queue(name.rsplit("/tasks/", 1)[0])
        try:
            return queue.tasks[name]
        except KeyError:
            raise NotFound(f"Task does not exist: {name}") from None

    def is_live(self, task: TaskRecord) -> bool:
        """Whether `task` is still held by its queue (not completed or dropped)."""
        queue = self.queues.get(task.queue_name)
        return queue is not None and queue.tasks.get(task.name) is task

    def _forget_task(self, queue: QueueRecord, name: str) -> None:
        del queue.tasks[name]
        self._tombstones[name] = time.monotonic() + self.defaults.tombstone_seconds

    def _name_reserved(self, name: str) -> bool:
        """Whether a completed task of this name is younger than the tombstone window."""
        free_at = self._tombstones.get(name)
        if free_at is not None and free_at <= time.monotonic():
            del self._tombstones[name]
            return False
        return free_at is not None

    # attempts (called by the dispatcher)

    def begin_attempt(self, task: TaskRecord) -> None:
        now = utc_now()
        task.in_flight = True
        task.dispatch_count += 1
        if task.first_attempt is None:
            task.first_attempt = AttemptRecord(schedule_time=task.schedule_time, dispatch_time=now)
        task.last_attempt = AttemptRecord(schedule_time=task.schedule_time, dispatch_time=now)
        stats = self.stats_for(task.queue_name)
        stats.dispatched += 1
        stats.in_flight += 1
        stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)

    def end_attempt(self, task: TaskRecord, response_code: int | None, error: str) -> None:
        """Record the outcome on the task and the counters; the dispatcher then settles the task."""
        attempt = task.last_attempt
        if attempt is not None:
            attempt.response_time = utc_now()
            attempt.response_code = response_code
            attempt.error = error
        if response_code is not None:
            task.response_count += 1
            if response_code < 500:
                task.handler_response_count += 1
        task.in_flight = False
        stats = self.stats_for(task.queue_name)
        stats.in_flight -= 1
        if response_code is not None and 200 <= response_code < 300:
            stats.succeeded += 1
        else:
            stats.failed += 1

    def complete_task(self, task: TaskRecord, *, dropped: bool) -> None:
        """Remove a task that succeeded, or (dropped) that ran out of attempts."""
        if dropped:
            self.stats_for(task.queue_name).dropped += 1
        if self.is_live(task):
            self._forget_task(self.queues[task.queue_name], task.name)
        self.changed.notify_all()

    def reschedule_task(self, task: TaskRecord, schedule_time: datetime) -> None:
        task.schedule_time = schedule_time
        self.changed.notify_all()

    # observability

    def stats_for(self, queue_name: str) -> QueueStats:
        return self._stats.setdefault(queue_name, QueueStats())

    def stats(self) -> dict[str, dict[str, int]]:
        return {name: stats.as_dict() for name, stats in self._stats.items()}
