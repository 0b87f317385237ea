"""Logs Cloud Logging understands: severity, the request's trace, user and run as labels, events."""

from __future__ import annotations

import json
import logging

from infra.logging import JsonFormatter, label_logs, log_context, trace_id

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
