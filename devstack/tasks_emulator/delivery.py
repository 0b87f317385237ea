"""The HTTP side of one dispatch attempt: Cloud Tasks' request headers, the OIDC token, the call itself."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

from devstack.tasks_emulator.state import TaskRecord

log = logging.getLogger("devstack.tasks_emulator")

_USER_AGENT = "Google-Cloud-Tasks"
_MINT_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Delivery:
    """Everything one attempt sends, copied from the task while the state lock is held."""

    url: str
    method: str
    headers: dict[str, str]
    body: bytes
    deadline: float
    oidc_email: str
    oidc_audience: str


@dataclass(frozen=True)
class DeliveryOutcome:
    """status_code None: no HTTP response (connection refused or dropped, deadline passed, no token)."""

    status_code: int | None
    retry_after: float | None = None
    error: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def delivery_for(task: TaskRecord) -> Delivery:
    """The request for the task's next attempt, with the X-CloudTasks-* headers Cloud Tasks adds."""
    headers = {
        key: value for key, value in task.headers.items() if key.lower() not in ("host", "content-length")
    }
    if task.body and not any(key.lower() == "content-type" for key in headers):
        headers["Content-Type"] = "application/octet-stream"
    headers["User-Agent"] = _USER_AGENT
    headers["X-CloudTasks-QueueName"] = task.queue_name.rsplit("/", 1)[1]
    headers["X-CloudTasks-TaskName"] = task.task_id
    headers["X-CloudTasks-TaskRetryCount"] = str(task.dispatch_count)
    headers["X-CloudTasks-TaskExecutionCount"] = str(task.handler_response_count)
    headers["X-CloudTasks-TaskETA"] = f"{task.schedule_time.timestamp():.6f}"
    previous = task.last_attempt.response_code if task.last_attempt else None
    if previous is not None:
        headers["X-CloudTasks-TaskPreviousResponse"] = str(previous)
    return Delivery(
        url=task.url,
        method=task.http_method,
        headers=headers,
        body=task.body,
        deadline=task.dispatch_deadline,
        oidc_email=task.oidc_email,
        oidc_audience=task.oidc_audience,
    )


def mint_id_token(id_token_endpoint: str, service_account_email: str, audience: str) -> str:
    """An ID token from the IAM Credentials generateIdToken call (served locally by the fake Google)."""
    base = id_token_endpoint.rstrip("/")
    url = f"{base}/v1/projects/-/serviceAccounts/{service_account_email}:generateIdToken"
    response = requests.post(
        url, json={"audience": audience, "includeEmail": True}, timeout=_MINT_TIMEOUT_SECONDS
    )
    response.raise_for_status()
    return response.json()["token"]


def deliver(delivery: Delivery, id_token_endpoint: str | None) -> DeliveryOutcome:
    """Send one attempt; never raises, every failure is an outcome to retry."""
    headers = dict(delivery.headers)
    if delivery.oidc_email and id_token_endpoint:
        try:
            token = mint_id_token(id_token_endpoint, delivery.oidc_email, delivery.oidc_audience)
        except (requests.RequestException, KeyError, ValueError) as error:
            log.warning("could not mint an ID token for %s: %s", delivery.oidc_email, error)
            return DeliveryOutcome(status_code=None, error=f"ID token not minted: {error}")
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = requests.request(
            delivery.method,
            delivery.url,
            headers=headers,
            data=delivery.body or None,
            timeout=delivery.deadline,
            allow_redirects=False,
        )
    except requests.Timeout:
        return DeliveryOutcome(status_code=None, error="dispatch deadline exceeded")
    except requests.RequestException as error:
        return DeliveryOutcome(status_code=None, error=f"no response: {error}")
    with response:
        return DeliveryOutcome(status_code=response.status_code, retry_after=_retry_after(response))


def _retry_after(response: requests.Response) -> float | None:
    if response.status_code not in (429, 503):
        return None
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None
