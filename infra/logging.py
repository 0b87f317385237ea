"""JSON logs as Cloud Logging reads them from a function's stdout: severity, the request's trace, and
`user_id` / `run_id` as entry labels, so `gcloud logging read 'labels.user_id="U"'` finds a user's
lines. Labels and messages carry ids only, never addresses, subjects or bodies. `event` names what
the log-based metrics count (terraform/monitoring.tf)."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections.abc import Iterator
from contextvars import ContextVar

_SEVERITY = {"WARNING": "WARNING", "ERROR": "ERROR", "CRITICAL": "CRITICAL", "DEBUG": "DEBUG"}
LABELS = ("user_id", "run_id")
_context: ContextVar[dict[str, str] | None] = ContextVar("log_context", default=None)
_CLOUD_TRACE = re.compile(r"^([0-9a-fA-F]{32})(?:/|$)")
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")


def trace_id(cloud_trace_context: str = "", traceparent: str = "") -> str:
    """The request's trace id from Google's X-Cloud-Trace-Context or W3C traceparent header; else ""."""
    found = _CLOUD_TRACE.match(cloud_trace_context or "") or _TRACEPARENT.match(traceparent or "")
    return found.group(1).lower() if found else ""


@contextlib.contextmanager
def log_context(trace: str = "", **labels: str) -> Iterator[None]:
    """Every line logged inside carries this trace and these labels (per request or task)."""
    token = _context.set({"trace": trace, **{k: v for k, v in labels.items() if v}})
    try:
        yield
    finally:
        _context.reset(token)


def label_logs(**labels: str | None) -> None:
    """Add labels to the current context (a task handler once it has read its payload)."""
    current = _context.get()
    if current is not None:
        current.update({name: str(value) for name, value in labels.items() if value})


class JsonFormatter(logging.Formatter):
    def __init__(self, project_id: str = "") -> None:
        super().__init__()
        self.project_id = project_id

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "severity": _SEVERITY.get(record.levelname, "INFO"),
            "message": record.getMessage(),
            "logger": record.name,
        }
        context = dict(_context.get() or {})
        trace = context.pop("trace", "")
        labels = {name: str(getattr(record, name)) for name in LABELS if getattr(record, name, None)}
        labels = {**{k: v for k, v in context.items() if k in LABELS}, **labels}
        if labels:
            entry["logging.googleapis.com/labels"] = labels
        if trace and self.project_id:
            entry["logging.googleapis.com/trace"] = f"projects/{self.project_id}/traces/{trace}"
        event = getattr(record, "event", None)
        if event:
            entry["event"] = event
        reason = getattr(record, "reason", None)
        if reason:
            entry["reason"] = reason
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


# The Google, HTTP and OpenAI client libraries log at DEBUG every request they make (URLs with
# message and sheet ids: 200 lines a small fetch) and, with one switch or a newer version, what they
# send and receive (googleapiclient.model.dump_request_response logs, at INFO, each request's headers
# with the access token and each answer: Gmail's messages; google-auth's request logging prints
# bodies). Held at WARNING whatever the root level, so that neither LOG_LEVEL=DEBUG, meant for our
# own code, nor such a switch can put mail or tokens in the logs.
QUIET_LIBRARIES = (
    "google",  # google.auth, google.cloud.firestore, google.api_core
    "googleapiclient",
    "google_auth_httplib2",
    "httplib2",
    "urllib3",
    "requests",
    "grpc",
    "openai",
    "httpx",
    "httpx2",
    "httpcore",
)


def configure_logging(level: int | str = logging.INFO, project_id: str = "") -> None:
    """Route the root logger to stdout as JSON lines at `level` (once per process); the libraries
    that would log requests and answers stay at WARNING."""
    root = logging.getLogger()
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter(project_id))
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
