"""Convert between google-cloud-tasks proto-plus messages and the emulator's records, validating names."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta

from google.cloud import tasks_v2

from devstack.tasks_emulator.state import (
    AttemptRecord,
    EmulatorDefaults,
    InvalidArgument,
    QueueRecord,
    RateLimit,
    RetryPolicy,
    TaskRecord,
    utc_now,
)

_PARENT = r"projects/[^/]+/locations/[^/]+"
_QUEUE_NAME = re.compile(rf"{_PARENT}/queues/[A-Za-z0-9-]{{1,100}}")
_TASK_NAME = re.compile(rf"{_PARENT}/queues/[A-Za-z0-9-]{{1,100}}/tasks/[A-Za-z0-9_-]{{1,500}}")
_MAX_SCHEDULE_AHEAD = timedelta(days=30)
_MAX_DISPATCH_DEADLINE = timedelta(minutes=30)
_BODY_METHODS = ("POST", "PUT", "PATCH")
_HTTP_CODE_TO_RPC = {400: 3, 401: 16, 403: 7, 404: 5, 409: 10, 429: 8, 499: 1, 501: 12, 503: 14, 504: 4}


def check_location(parent: str) -> str:
    if not re.fullmatch(_PARENT, parent):
        raise InvalidArgument(f"Parent must be projects/PROJECT_ID/locations/LOCATION_ID, got {parent!r}")
    return parent


def check_queue_name(name: str) -> str:
    if not _QUEUE_NAME.fullmatch(name):
        raise InvalidArgument(
            f"Queue name must be projects/PROJECT_ID/locations/LOCATION_ID/queues/QUEUE_ID "
            f"with QUEUE_ID matching [A-Za-z0-9-]{{1,100}}, got {name!r}"
        )
    return name


def check_task_name(name: str) -> str:
    """`name` if it is a well-formed task name; returns it so callers can chain."""
    if not _TASK_NAME.fullmatch(name):
        raise InvalidArgument(
            "Task name must be projects/PROJECT_ID/locations/LOCATION_ID/queues/QUEUE_ID/tasks/TASK_ID "
            f"with TASK_ID matching [A-Za-z0-9_-]{{1,500}}, got {name!r}"
        )
    return name


def queue_of_task(name: str) -> str:
    return check_task_name(name).rsplit("/tasks/", 1)[0]


# queues


def _seconds(duration: timedelta) -> float:
    return duration.total_seconds()


def rate_limit_from_proto(message: tasks_v2.RateLimits, defaults: RateLimit) -> RateLimit:
    """Zero fields mean "unset" in proto3, so they take the emulator's defaults."""
    if not 0 <= message.max_dispatches_per_second <= 500:
        raise InvalidArgument("rate_limits.max_dispatches_per_second must be between 0 and 500")
    if not 0 <= message.max_concurrent_dispatches <= 5000:
        raise InvalidArgument("rate_limits.max_concurrent_dispatches must be between 0 and 5000")
    return RateLimit(
        max_dispatches_per_second=message.max_dispatches_per_second or defaults.max_dispatches_per_second,
        max_concurrent_dispatches=message.max_concurrent_dispatches or defaults.max_concurrent_dispatches,
    )


def retry_policy_from_proto(message: tasks_v2.RetryConfig, defaults: RetryPolicy) -> RetryPolicy:
    policy = RetryPolicy(
        max_attempts=message.max_attempts or defaults.max_attempts,
        max_retry_duration=_seconds(message.max_retry_duration) or defaults.max_retry_duration,
        min_backoff=_seconds(message.min_backoff) or defaults.min_backoff,
        max_backoff=_seconds(message.max_backoff) or defaults.max_backoff,
        max_doublings=message.max_doublings or defaults.max_doublings,
    )
    if policy.max_attempts < -1:
        raise InvalidArgument("retry_config.max_attempts must be >= -1")
    if policy.min_backoff < 0 or policy.max_backoff < 0 or policy.max_retry_duration < 0:
        raise InvalidArgument("retry_config durations must not be negative")
    if policy.max_backoff < policy.min_backoff:
        raise InvalidArgument("retry_config.max_backoff must be >= min_backoff")
    if policy.max_doublings < 0:
        raise InvalidArgument("retry_config.max_doublings must not be negative")
    return policy


def queue_from_proto(message: tasks_v2.Queue, defaults: EmulatorDefaults) -> QueueRecord:
    if "app_engine_routing_override" in message or "http_target" in message:
        raise InvalidArgument("The emulator does not support queue-level routing overrides")
    return QueueRecord(
        name=check_queue_name(message.name),
        rate=rate_limit_from_proto(message.rate_limits, defaults.rate),
        retry=retry_policy_from_proto(message.retry_config, defaults.retry),
    )


def queue_to_proto(queue: QueueRecord) -> tasks_v2.Queue:
    return tasks_v2.Queue(
        name=queue.name,
        rate_limits=tasks_v2.RateLimits(
            max_dispatches_per_second=queue.rate.max_dispatches_per_second,
            max_burst_size=queue.rate.max_burst_size,
            max_concurrent_dispatches=queue.rate.max_concurrent_dispatches,
        ),
        retry_config=tasks_v2.RetryConfig(
            max_attempts=queue.retry.max_attempts,
            max_retry_duration=timedelta(seconds=queue.retry.max_retry_duration),
            min_backoff=timedelta(seconds=queue.retry.min_backoff),
            max_backoff=timedelta(seconds=queue.retry.max_backoff),
            max_doublings=queue.retry.max_doublings,
        ),
        state=tasks_v2.Queue.State.RUNNING,
    )


# tasks


def task_from_proto(parent: str, message: tasks_v2.Task, defaults: EmulatorDefaults) -> TaskRecord:
    """A new task for queue `parent`; unnamed tasks get a generated id as Cloud Tasks does."""
    check_queue_name(parent)
    if message.name:
        if queue_of_task(message.name) != parent:
            raise InvalidArgument(f"Task name {message.name!r} is not in queue {parent!r}")
        name = message.name
    else:
        name = f"{parent}/tasks/{secrets.randbelow(10**19):019d}"
    if "http_request" not in message:
        raise InvalidArgument("The emulator supports only tasks with an http_request target")
    request = message.http_request
    if not request.url.startswith(("http://", "https://")):
        raise InvalidArgument(f"http_request.url must be an http(s) URL, got {request.url!r}")
    method = tasks_v2.HttpMethod(request.http_method or tasks_v2.HttpMethod.POST).name
    if request.body and method not in _BODY_METHODS:
        raise InvalidArgument(f"A body is allowed only for POST, PUT and PATCH, not {method}")
    if "oauth_token" in request:
        raise InvalidArgument("The emulator does not support oauth_token; use oidc_token")
    now = utc_now()
    schedule_time = message.schedule_time if "schedule_time" in message else now
    if schedule_time > now + _MAX_SCHEDULE_AHEAD:
        raise InvalidArgument("schedule_time must be at most 30 days in the future")
    deadline = message.dispatch_deadline if "dispatch_deadline" in message else None
    if deadline is not None and not timedelta(0) < deadline <= _MAX_DISPATCH_DEADLINE:
        raise InvalidArgument("dispatch_deadline must be positive and at most 30 minutes")
    oidc = request.oidc_token if "oidc_token" in request else None
    return TaskRecord(
        name=name,
        url=request.url,
        http_method=method,
        headers=dict(request.headers),
        body=bytes(request.body),
        schedule_time=datetime.fromtimestamp(schedule_time.timestamp(), tz=UTC),
        create_time=now,
        dispatch_deadline=deadline.total_seconds() if deadline is not None else defaults.dispatch_deadline,
        oidc_email=oidc.service_account_email if oidc else "",
        oidc_audience=(oidc.audience or request.url) if oidc else "",
    )


def rpc_code_for_http(code: int | None) -> int:
    """The google.rpc.Code Cloud Tasks reports in Attempt.response_status for an HTTP status."""
    if code is None:
        return 14  # UNAVAILABLE: no response at all
    if 200 <= code < 300:
        return 0
    return _HTTP_CODE_TO_RPC.get(code, 9 if code < 500 else 13)


def _attempt_to_proto(attempt: AttemptRecord) -> tasks_v2.Attempt:
    message = tasks_v2.Attempt(schedule_time=attempt.schedule_time, dispatch_time=attempt.dispatch_time)
    if attempt.response_time is not None:
        message.response_time = attempt.response_time
        status = f"HTTP {attempt.response_code}" if attempt.response_code is not None else attempt.error
        message.response_status = {"code": rpc_code_for_http(attempt.response_code), "message": status}
    return message


def task_to_proto(task: TaskRecord, view: int = tasks_v2.Task.View.BASIC) -> tasks_v2.Task:
    """The Task message; the BASIC view (the API's default) leaves out the body, as Cloud Tasks does."""
    full = view == tasks_v2.Task.View.FULL
    request = tasks_v2.HttpRequest(
        url=task.url,
        http_method=tasks_v2.HttpMethod[task.http_method],
        headers=task.headers,
        body=task.body if full else b"",
    )
    if task.oidc_email:
        request.oidc_token = tasks_v2.OidcToken(
            service_account_email=task.oidc_email, audience=task.oidc_audience
        )
    message = tasks_v2.Task(
        name=task.name,
        http_request=request,
        schedule_time=task.schedule_time,
        create_time=task.create_time,
        dispatch_deadline=timedelta(seconds=task.dispatch_deadline),
        dispatch_count=task.dispatch_count,
        response_count=task.response_count,
        view=tasks_v2.Task.View.FULL if full else tasks_v2.Task.View.BASIC,
    )
    if task.first_attempt is not None:
        # Cloud Tasks keeps only the dispatch time of the first attempt.
        message.first_attempt = tasks_v2.Attempt(dispatch_time=task.first_attempt.dispatch_time)
    if task.last_attempt is not None:
        message.last_attempt = _attempt_to_proto(task.last_attempt)
    return message
