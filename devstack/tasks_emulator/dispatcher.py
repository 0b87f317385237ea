"""When and how often tasks are dispatched: schedule times, rate limits, concurrency, retries with backoff.

One scheduler thread watches the state; each queue has its own pool of daemon worker threads that
perform the HTTP attempts (delivery.py). A queue never has more attempts in flight than
min(max_concurrent_dispatches, EmulatorDefaults.max_concurrency), and starts them no faster than
its token bucket (max_dispatches_per_second, max_burst_size) allows.
"""

from __future__ import annotations

import logging
import queue as queue_module
import threading
import time
from collections.abc import Callable
from datetime import timedelta

from devstack.tasks_emulator.delivery import Delivery, DeliveryOutcome, deliver, delivery_for
from devstack.tasks_emulator.state import QueueRecord, RateLimit, RetryPolicy, TaskRecord, TasksState, utc_now

log = logging.getLogger("devstack.tasks_emulator")

_IDLE_WAKE_SECONDS = 1.0  # a safety net; every state change wakes the scheduler anyway


def backoff_seconds(policy: RetryPolicy, retry_index: int) -> float:
    """Delay before retry number `retry_index` (0 is the first retry), as Cloud Tasks documents it:
    start at min_backoff, double max_doublings times, then grow linearly, never above max_backoff."""
    if retry_index <= policy.max_doublings:
        delay = policy.min_backoff * 2**retry_index
    else:
        delay = policy.min_backoff * 2**policy.max_doublings * (retry_index - policy.max_doublings + 1)
    return min(delay, policy.max_backoff)


def retries_exhausted(policy: RetryPolicy, attempts: int, seconds_since_first_attempt: float) -> bool:
    """Cloud Tasks gives up only when both max_attempts and max_retry_duration are used up."""
    duration_used_up = (
        policy.max_retry_duration > 0 and seconds_since_first_attempt >= policy.max_retry_duration
    )
    if policy.max_attempts == -1:
        return duration_used_up
    return attempts >= policy.max_attempts and (policy.max_retry_duration == 0 or duration_used_up)


class TokenBucket:
    """max_dispatches_per_second with bursts of up to max_burst_size."""

    def __init__(self, rate: RateLimit) -> None:
        self.rate = rate
        self._tokens = float(rate.max_burst_size)
        self._refilled_at = time.monotonic()

    def _refill(self) -> None:
        now = time.monotonic()
        elapsed, self._refilled_at = now - self._refilled_at, now
        per_second = self.rate.max_dispatches_per_second
        self._tokens = min(float(self.rate.max_burst_size), self._tokens + elapsed * per_second)

    def take(self) -> bool:
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False

    def seconds_until_token(self) -> float:
        self._refill()
        return max(0.0, (1.0 - self._tokens) / self.rate.max_dispatches_per_second)


class WorkerPool:
    """Daemon threads, one more whenever every thread is busy, up to `size`.

    Daemon threads so that a target stalling until the dispatch deadline never holds up exit.
    """

    def __init__(self, name: str, size: int) -> None:
        self._name = name
        self._size = size
        self._jobs: queue_module.SimpleQueue[Callable[[], None] | None] = queue_module.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._outstanding = 0
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._outstanding += 1
            if self._outstanding > len(self._threads) and len(self._threads) < self._size:
                thread = threading.Thread(
                    target=self._work, name=f"{self._name}-{len(self._threads)}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
        self._jobs.put(job)

    def shutdown(self) -> None:
        with self._lock:
            for _ in self._threads:
                self._jobs.put(None)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:  # a bug in one attempt must not kill the worker
                log.exception("dispatch attempt crashed")
            finally:
                with self._lock:
                    self._outstanding -= 1


class Dispatcher:
    """Dispatches due tasks of running queues until `stop()`."""

    def __init__(self, state: TasksState, id_token_endpoint: str | None) -> None:
        self._state = state
        self._id_token_endpoint = id_token_endpoint
        self._pools: dict[str, WorkerPool] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="tasks-dispatcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._state.changed:
            self._stopping = True
            self._state.changed.notify_all()
        self._thread.join(timeout=5)
        for pool in self._pools.values():
            pool.shutdown()

    def _run(self) -> None:
        with self._state.changed:
            while not self._stopping:
                wait_seconds = self._launch_due_tasks()
                self._state.changed.wait(timeout=wait_seconds)

    def _launch_due_tasks(self) -> float:
        """Start every attempt the limits allow now; return how long the scheduler may sleep."""
        now = utc_now()
        wake_in = _IDLE_WAKE_SECONDS
        for queue in list(self._state.queues.values()):
            waiting = [task for task in queue.tasks.values() if not task.in_flight]
            later = [task.schedule_time for task in waiting if task.schedule_time > now]
            if later:
                wake_in = min(wake_in, (min(later) - now).total_seconds())
            due = sorted(
                (task for task in waiting if task.schedule_time <= now), key=lambda t: t.schedule_time
            )
            if due:
                wake_in = min(wake_in, self._launch_within_limits(queue, due))
        return max(wake_in, 0.001)

    def _launch_within_limits(self, queue: QueueRecord, due: list[TaskRecord]) -> float:
        bucket = self._buckets.get(queue.name)
        if bucket is None or bucket.rate != queue.rate:
            bucket = self._buckets[queue.name] = TokenBucket(queue.rate)
        concurrency = min(queue.rate.max_concurrent_dispatches, self._state.defaults.max_concurrency)
        stats = self._state.stats_for(queue.name)
        for task in due:
            if stats.in_flight >= concurrency:
                break  # a finishing attempt wakes the scheduler
            if not bucket.take():
                return bucket.seconds_until_token()
            self._launch(task)
        return _IDLE_WAKE_SECONDS

    def _launch(self, task: TaskRecord) -> None:
        delivery = delivery_for(task)
        self._state.begin_attempt(task)
        log.debug("dispatching %s (attempt %d) to %s", task.name, task.dispatch_count, task.url)
        self._pool_for(task.queue_name).submit(lambda: self._attempt(task, delivery))

    def _pool_for(self, queue_name: str) -> WorkerPool:
        pool = self._pools.get(queue_name)
        if pool is None:
            queue_id = queue_name.rsplit("/", 1)[1]
            pool = self._pools[queue_name] = WorkerPool(
                f"tasks-{queue_id}", self._state.defaults.max_concurrency
            )
        return pool

    def _attempt(self, task: TaskRecord, delivery: Delivery) -> None:
        outcome = deliver(delivery, self._id_token_endpoint)
        with self._state.changed:
            self._state.end_attempt(task, outcome.status_code, outcome.error)
            self._settle(task, outcome)
            self._state.changed.notify_all()

    def _settle(self, task: TaskRecord, outcome: DeliveryOutcome) -> None:
        """Complete, drop or reschedule the task after an attempt (unless it was deleted meanwhile)."""
        code = outcome.status_code
        log.debug(
            "%s attempt %d: %s", task.name, task.dispatch_count, code if code is not None else outcome.error
        )
        if not self._state.is_live(task):
            return
        if outcome.succeeded:
            self._state.complete_task(task, dropped=False)
            return
        policy = self._state.queues[task.queue_name].retry
        first_dispatch = task.first_attempt.dispatch_time if task.first_attempt else utc_now()
        age = (utc_now() - first_dispatch).total_seconds()
        if retries_exhausted(policy, task.dispatch_count, age):
            log.debug("dropping %s after %d attempts", task.name, task.dispatch_count)
            self._state.complete_task(task, dropped=True)
            return
        delay = backoff_seconds(policy, task.dispatch_count - 1)
        if outcome.retry_after is not None:
            delay = max(delay, min(outcome.retry_after, policy.max_backoff))
        self._state.reschedule_task(task, utc_now() + timedelta(seconds=delay))
