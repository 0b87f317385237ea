"""The worker's job for one message: get it, read it, extract, record, and keep the run's books."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from tracker.accounts import RunState
from tracker.email_reading.mime import EmailReading, read_raw_email
from tracker.extraction import Extractor
from tracker.models import Kind
from tracker.ports import AccountStore, ApplicationStore, ModelCallLog, TaskReads
from tracker.recording import RecordOutcome, record_email, record_skipped
from tracker.retention import expire_at
from tracker.service_ports import Mailbox, TaskQueue

log = logging.getLogger(__name__)


def read_message(mailbox: Mailbox, message_id: str) -> EmailReading | None:
    """The message as readable text within its reading budget, with Gmail's thread id and date;
    None when it is gone."""
    raw = mailbox.get_message(message_id)
    if raw is None:
        return None
    reading = read_raw_email(raw.raw, message_id=message_id, thread_id=raw.thread_id)
    # Gmail's internal date is when the mail arrived; Date headers can lie or be missing. It is kept
    # in the sender's zone, the one an interview time stated without a zone is meant in.
    sent = reading.email.received_at
    received_at = raw.internal_date or sent
    if raw.internal_date is not None and sent is not None:
        received_at = raw.internal_date.astimezone(sent.tzinfo)
    email = replace(reading.email, message_id=message_id, received_at=received_at)
    return replace(reading, email=email)


def process_message(
    user_id: str,
    run_id: str | None,
    message_id: str,
    mailbox: Mailbox,
    extractor: Extractor,
    store: ApplicationStore,
    accounts: AccountStore,
    queue: TaskQueue,
    clock: Callable[[], datetime],
    sync_delay_seconds: float = 10.0,
    model_calls: ModelCallLog | None = None,
    run_sync_delay_seconds: float | None = None,
    retention_days: int | None = None,
    read_before: TaskReads | None = None,
) -> RecordOutcome | None:
    """Process one message at most once in effect. Returns None when the message no longer exists.

    A message already handled (its marker present) is neither fetched nor shown to a model again:
    a redelivered task costs one read. Every model call made for it goes to `model_calls`. What is
    recorded expires after `retention_days` (tracker/retention.py); None keeps it.

    The sheet sync it asks for is coalesced over `sync_delay_seconds`, or for a fetch run's messages
    over `run_sync_delay_seconds` (a backfill writes the sheet less often; each sync reads the sheet
    once, and Sheets allows 300 reads a minute per project); the message that ends its run asks for
    one at once, so the sheet follows a finished fetch without waiting for the window.

    `read_before`: the message's marker and its run as the task read them with its user (one read
    instead of three)."""
    window = run_sync_delay_seconds if run_id and run_sync_delay_seconds else sync_delay_seconds
    now = clock()
    expires = expire_at(now, retention_days)
    # A plain read, not a transaction (three more calls): record_email checks again in its own.
    earlier = read_before.marker if read_before else store.get_marker(user_id, message_id)
    reading = None if earlier else read_message(mailbox, message_id)
    if earlier is not None:
        outcome = RecordOutcome(message_id, earlier.kind or Kind.OTHER, earlier.app_id, duplicate=True)
        _enqueue_sync(user_id, outcome, queue, clock, window)
    elif reading is None:
        accounts.record_failure(user_id, run_id, message_id, "message no longer exists", now, expires)
        outcome = None
    elif reading.skipped:
        # A crafted or broken message: retrying would only stall the worker again.
        log.warning("message %s skipped: %s", message_id, reading.skipped)
        skipped, reason = reading.email, reading.skipped
        outcome = store.in_transaction(
            user_id, lambda tx: record_skipped(tx, skipped, reason, now=now, run_id=run_id, expire_at=expires)
        )
    else:
        email = reading.email
        if reading.over_budget:
            log.info("message %s read only within the budget of %s", message_id, reading.over_budget)
        extraction = extractor.extract(email)
        if extraction.model_call is not None and model_calls is not None:
            # Recorded before the email is: a call that was made stays in the log even if recording fails.
            model_calls.record(user_id, replace(extraction.model_call, at=now, expire_at=expires))
        outcome = store.in_transaction(
            user_id,
            lambda tx: record_email(tx, email, extraction, now=now, run_id=run_id, expire_at=expires),
        )
        for app_id, row in outcome.dropped_rows:
            accounts.forget_row(user_id, app_id, row)  # merged into another: its old row goes blank
        _enqueue_sync(user_id, outcome, queue, clock, window)
    if run_id:
        seen = read_before.run if read_before else None
        run = accounts.complete_run_if_done(user_id, run_id, now, with_counts=False, seen=seen)
        if run is not None and run.state is RunState.DONE and run.finished_at == now:
            queue.enqueue_sheet_sync(user_id, not_before=clock())  # this message ended the run
    return outcome


def _enqueue_sync(
    user_id: str,
    outcome: RecordOutcome,
    queue: TaskQueue,
    clock: Callable[[], datetime],
    sync_delay_seconds: float,
) -> None:
    if outcome.app_id:
        # Also for a duplicate: the first delivery may have died between its commit and this line.
        # The window is read after the commit: a sync that already ran for an earlier window
        # could not have seen this change, and its task name can't be created again.
        queue.enqueue_sheet_sync(user_id, not_before=sync_window_end(clock(), sync_delay_seconds))


def sync_window_end(now: datetime, window_seconds: float) -> datetime:
    """The end of the coalescing window `now` falls in: one sheet sync per user per window."""
    window = max(window_seconds, 1.0)
    start = (now.timestamp() // window) * window
    return datetime.fromtimestamp(start + window, tz=now.tzinfo)
