"""Logs Cloud Logging understands: severity, the request's trace, user and run as labels, events."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from infra.logging import JsonFormatter, label_logs, log_context, trace_id
from infra.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"


def formatted(message: str, **extra) -> dict:
    record = logging.LogRecord("worker", logging.WARNING, __file__, 1, message, (), None)
    for name, value in extra.items():
        setattr(record, name, value)
    return json.loads(JsonFormatter("jt-prod").format(record))


def test_trace_ids_are_read_from_either_header():
    assert trace_id(f"{TRACE}/1;o=1") == TRACE
    assert trace_id("", f"00-{TRACE}-00f067aa0ba902b7-01") == TRACE
    assert trace_id("not-a-trace", "") == ""


def test_a_task_line_carries_its_trace_user_and_run_as_labels():
    with log_context(TRACE):
        label_logs(user_id="u1", run_id="r1")
        entry = formatted("message m1 skipped")
    assert entry["severity"] == "WARNING"
    assert entry["logging.googleapis.com/trace"] == f"projects/jt-prod/traces/{TRACE}"
    assert entry["logging.googleapis.com/labels"] == {"user_id": "u1", "run_id": "r1"}


def test_labels_end_with_their_request():
    with log_context(TRACE, user_id="u1"):
        pass
    entry = formatted("after")
    assert "logging.googleapis.com/labels" not in entry and "logging.googleapis.com/trace" not in entry


def test_the_events_the_metrics_count_are_fields():
    entry = formatted("fell back", event="llm_fallback", reason="timeout", user_id="u2")
    assert (entry["event"], entry["reason"]) == ("llm_fallback", "timeout")
    assert entry["logging.googleapis.com/labels"] == {"user_id": "u2"}


# A process configured as main.py configures a function's, at DEBUG: what reaches stdout.
CONFIGURED_AT_DEBUG = """
import logging
from infra.logging import configure_logging
configure_logging("DEBUG")
for name in ("functions.worker", "tracker.processing", "googleapiclient.discovery", "googleapiclient.model",
             "google.auth.transport", "google.cloud.firestore_v1", "google_auth_httplib2",
             "urllib3.connectionpool", "openai._base_client", "httpx", "httpcore.http11"):
    logging.getLogger(name).debug("debug line of %s", name)
    logging.getLogger(name).info("info line of %s", name)
logging.getLogger("googleapiclient.http").warning("warning line of googleapiclient.http")
"""


OUR_LOGGERS = ("functions.worker", "tracker.processing")


def test_at_debug_our_code_logs_everything_and_the_client_libraries_only_warnings():
    result = subprocess.run(
        [sys.executable, "-c", CONFIGURED_AT_DEBUG], capture_output=True, text=True, check=True, cwd=ROOT
    )
    logged = [(entry["logger"], entry["severity"]) for entry in map(json.loads, result.stdout.splitlines())]
    ours = [(name, level) for name in OUR_LOGGERS for level in ("DEBUG", "INFO")]
    assert logged == [*ours, ("googleapiclient.http", "WARNING")]


def test_the_log_level_is_a_setting_read_from_the_environment():
    assert Settings.from_env({}).log_level == "INFO"
    assert Settings.from_env({"LOG_LEVEL": "DEBUG"}).log_level == "DEBUG"
