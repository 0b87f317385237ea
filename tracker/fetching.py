"""A fetch: list one user's new mail since the checkpoint and fan each message out as a task.

The first fetch reads from the user's start date; later ones continue from the stored Gmail
historyId, falling back to a date query when Gmail no longer has that history. The checkpoint
advances only after every listed message is enqueued, so a crash mid-way repeats work (which the
named tasks and processed markers absorb) but never skips mail.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from tracker.accounts import FetchRun, RunState, SyncCheckpoint, UserAccount
from tracker.errors import HistoryExpired, NotFound
from tracker.ports import AccountStore, Mailbox, TaskQueue

log = logging.getLogger(__name__)

# A date query after a lost history re-reads a margin before the last fetch: duplicates are cheap.
HISTORY_FALLBACK_MARGIN = timedelta(days=1)


def list_new_message_ids(user: UserAccount, mailbox: Mailbox) -> tuple[list[str], str]:
    """The ids to process for this fetch and the history id to store afterwards."""
    checkpoint = user.sync
    if checkpoint.history_id:
        try:
            return mailbox.list_added_since(checkpoint.history_id)
        except HistoryExpired:
            log.warning(
                "history %s expired for user %s; falling back to a date query",
                checkpoint.history_id,
                user.user_id,
            )
    history_id = mailbox.current_history_id()  # before listing: mail arriving meanwhile is read next time
    since = checkpoint.last_fetch_at - HISTORY_FALLBACK_MARGIN if checkpoint.last_fetch_at else None
    after = max(filter(None, [checkpoint.start_date, since]))
    return mailbox.list_message_ids(after=after), history_id


def run_fetch(
    user_id: str,
    run_id: str,
    accounts: AccountStore,
    mailbox: Mailbox,
    queue: TaskQueue,
    now: datetime,
) -> FetchRun:
    """List and enqueue; returns the run with its listed count."""
    user = accounts.get_user(user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    existing = accounts.get_run(user_id, run_id)
    if existing is not None and existing.listing_done:
        return existing  # a redelivered fetch task: the listing was done and the checkpoint moved
    if existing is None:
        accounts.start_run(FetchRun(run_id=run_id, user_id=user_id, started_at=now))
    message_ids, history_id = list_new_message_ids(user, mailbox)
    done_before = accounts.processed_message_ids(user_id, message_ids)
    listed = 0
    for message_id in dict.fromkeys(message_ids):
        if message_id in done_before:
            continue
        if queue.enqueue_message(user_id, run_id, message_id) or _pending_for_this_run(
            queue, user_id, run_id, message_id
        ):
            listed += 1
    checkpoint = SyncCheckpoint(start_date=user.sync.start_date, history_id=history_id, last_fetch_at=now)
    run = accounts.finish_listing(user_id, run_id, listed, checkpoint, now)
    return accounts.complete_run_if_done(user_id, run_id, now) or run


def handled_count(run: FetchRun) -> int:
    return run.count("processed") + run.count("failed")


def sweep_later(run: FetchRun, queue: TaskQueue, now: datetime, period: timedelta) -> None:
    """Ask for a look at a running run one period from now (none for a run already over)."""
    if run.state is RunState.RUNNING:
        queue.enqueue_run_sweep(run.user_id, run.run_id, handled_count(run), now + period)


def sweep_run(
    user_id: str,
    run_id: str,
    handled_before: int,
    accounts: AccountStore,
    queue: TaskQueue,
    now: datetime,
    period: timedelta,
) -> FetchRun | None:
    """Runs always end. A worker that dies on its task's last attempt (a timeout, out of memory, a
    killed instance) writes no marker, so its run would stay RUNNING for ever. A sweep a period after
    the last one: a run that handled more messages meanwhile is alive (another sweep is asked for); one
    that handled none is ended FAILED, naming how many messages got no result."""
    run = accounts.complete_run_if_done(user_id, run_id, now)
    if run is None or run.state is not RunState.RUNNING:
        return run
    handled = handled_count(run)
    if handled > handled_before:
        sweep_later(run, queue, now, period)
        return run
    listed = run.count("listed")
    log.warning(
        "fetch run %s of user %s ended: %d of %d messages got no result",
        run_id,
        user_id,
        listed - handled,
        listed,
        extra={"event": "run_swept"},
    )
    accounts.fail_run(
        user_id,
        run_id,
        f"{listed - handled} of {listed} messages got no result: their tasks ended without one "
        f"(timed out or stopped on their last attempt); nothing was handled for {period}",
        now,
    )
    return accounts.get_run(user_id, run_id, with_counts=True)


def _pending_for_this_run(queue: TaskQueue, user_id: str, run_id: str, message_id: str) -> bool:
    """A task already existed: it counts for this run only if this run created it (a retried fetch)."""
    return queue.message_task_run(user_id, message_id) == run_id
