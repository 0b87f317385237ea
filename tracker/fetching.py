"""A fetch: list one user's new mail since the checkpoint and fan each message out as a task.

The first fetch reads from the user's start date; later ones continue from the stored Gmail
historyId, falling back to a date query when Gmail no longer has that history. A huge mailbox is
listed over several tasks: each lists page by page within a budget, records after each page how far
it got (page token, listed count), and hands the rest to a follow-up fetch task named by its first
page. The checkpoint advances only once the last page is listed, so a crash mid-way repeats work
(which the named tasks and processed markers absorb) but never skips mail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tracker.accounts import FetchRun, ListingProgress, RunState, SyncCheckpoint, UserAccount
from tracker.errors import HistoryExpired, NotFound
from tracker.ports import AccountStore
from tracker.service_ports import Mailbox, MessagePage, TaskQueue

log = logging.getLogger(__name__)

# A date query after a lost history re-reads a margin before the last fetch: duplicates are cheap.
HISTORY_FALLBACK_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class ListingBudget:
    """How much of a listing one fetch task does before it hands the rest to a follow-up task."""

    page_size: int = 500
    pages: int = 40
    seconds: float = 240.0
    # A run's messages are scheduled this many a second from its start (Gmail allows one user 50
    # messages.get a second). Cloud Tasks dispatches by schedule time, so users fetching at once take
    # turns on the shared queue instead of one backfill's thousands of tasks going first.
    messages_per_second: float = 40.0
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)


def list_next_page(
    user: UserAccount, mailbox: Mailbox, listing: ListingProgress, page_size: int
) -> tuple[MessagePage, ListingProgress]:
    """The listing's next page, and the listing it continues (the first page chooses the query)."""
    checkpoint = user.sync
    if listing.pages and listing.after is not None:
        return mailbox.list_message_page(listing.after, listing.page_token, page_size), listing
    if checkpoint.history_id:
        try:
            return mailbox.list_added_page(checkpoint.history_id, listing.page_token, page_size), listing
        except HistoryExpired:
            log.warning(
                "history %s expired for user %s; falling back to a date query",
                checkpoint.history_id,
                user.user_id,
            )
    # Starts again from the first page, as a date query (mid-way only when Gmail dropped the history).
    history_id = mailbox.current_history_id()  # before listing: mail arriving meanwhile is read next time
    since = checkpoint.last_fetch_at - HISTORY_FALLBACK_MARGIN if checkpoint.last_fetch_at else None
    after = max(filter(None, [checkpoint.start_date, since]))
    by_date = ListingProgress(after=after, history_id=history_id)
    return mailbox.list_message_page(after, None, page_size), by_date


def run_fetch(
    user_id: str,
    run_id: str,
    accounts: AccountStore,
    mailbox: Mailbox,
    queue: TaskQueue,
    now: datetime,
    budget: ListingBudget = ListingBudget(),
    from_page: int = 0,
) -> FetchRun:
    """List from page `from_page` on and enqueue, within the budget; returns the run with its listed
    count. A task that finds the listing past its page (a redelivered task) makes sure the task for
    where it stands exists, and stops."""
    user = accounts.get_user(user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    run = accounts.get_run(user_id, run_id)
    if run is None:
        run = FetchRun(run_id=run_id, user_id=user_id, started_at=now)
        accounts.start_run(run)
    deadline = budget.clock() + budget.seconds
    page = from_page
    while not run.listing_done:
        listing = run.listing
        if listing.complete:
            checkpoint = SyncCheckpoint(
                start_date=user.sync.start_date, history_id=listing.history_id, last_fetch_at=now
            )
            run = accounts.finish_listing(user_id, run_id, run.count("listed"), checkpoint, now)
            return accounts.complete_run_if_done(user_id, run_id, now) or run
        if listing.pages != page or page - from_page >= budget.pages or budget.clock() >= deadline:
            queue.enqueue_fetch(user_id, run_id, page=listing.pages)
            return run
        found, continued = list_next_page(user, mailbox, listing, budget.page_size)
        before = run.count("listed") if continued is listing else 0
        pace = _Pace(run.started_at or now, budget.messages_per_second, before)
        page_ids = list(dict.fromkeys(found.message_ids))
        again = set(continued.last_page)  # listed again by Gmail: enqueued and counted with that page
        new = [m for m in page_ids if m not in again]
        listed, last = _enqueue_page(new, user_id, run_id, accounts, queue, pace)
        advanced = ListingProgress(
            pages=continued.pages + 1,
            page_token=found.next_page_token,
            after=continued.after,
            history_id=found.history_id or continued.history_id,
            last_message_id=last or continued.last_message_id,
            last_page=tuple(page_ids),
        )
        total = listed + before
        stored = accounts.record_listing_page(user_id, run_id, listing, advanced, total)
        if stored is None:  # a twin of this task recorded this page first and goes on from there
            return accounts.get_run(user_id, run_id) or run
        run, page = stored, advanced.pages
    return run


@dataclass(frozen=True)
class _Pace:
    """When the run's n-th listed message is due: `per_second` a second from `start`."""

    start: datetime
    per_second: float
    listed_before: int

    def due(self, listed_on_page: int) -> datetime:
        return self.start + timedelta(seconds=(self.listed_before + listed_on_page) / self.per_second)


def _enqueue_page(
    message_ids: list[str],
    user_id: str,
    run_id: str,
    accounts: AccountStore,
    queue: TaskQueue,
    pace: _Pace,
) -> tuple[int, str | None]:
    """Enqueue a page's new messages (no id twice) at the run's pace; returns how many this run
    listed, and the last of them. A message whose task this run made before counts (pending or
    handled): a task that crashed before recording its page lost it. So a message Gmail lists again
    on a later page must be left out before."""
    handled_by = accounts.processed_message_runs(user_id, message_ids)
    listed, last = 0, None
    for message_id in message_ids:
        if message_id in handled_by:
            ours = handled_by[message_id] == run_id
        else:
            ours = queue.enqueue_message(user_id, run_id, message_id, not_before=pace.due(listed)) or (
                queue.message_task_run(user_id, message_id) == run_id
            )  # the task exists: it counts for this run only if this run created it
        if ours:
            listed, last = listed + 1, message_id
    return listed, last


def handled_count(run: FetchRun) -> int:
    return run.count("processed") + run.count("failed")


def progress_count(run: FetchRun) -> int:
    """What grows while a run is alive: messages handled and pages listed."""
    return handled_count(run) + run.listing.pages


def sweep_later(run: FetchRun, queue: TaskQueue, now: datetime, period: timedelta) -> None:
    """Ask for a look at a running run one period from now (none for a run already over)."""
    if run.state is RunState.RUNNING:
        queue.enqueue_run_sweep(run.user_id, run.run_id, progress_count(run), now + period)


def _last_task_queued(run: FetchRun, accounts: AccountStore, queue: TaskQueue) -> bool:
    """Whether the task of the run's last listed message (due last) is still waiting, unhandled."""
    last = run.listing.last_message_id
    if last is None or not run.listing_done or accounts.processed_message_runs(run.user_id, [last]):
        return False
    return queue.message_task_run(run.user_id, last) == run.run_id


def sweep_run(
    user_id: str,
    run_id: str,
    progress_before: int,
    accounts: AccountStore,
    queue: TaskQueue,
    now: datetime,
    period: timedelta,
) -> FetchRun | None:
    """Runs always end. A worker that dies on its task's last attempt (a timeout, out of memory, a
    killed instance) writes no marker, and a listing task killed so leaves no follow-up, so its run
    would stay RUNNING for ever. A sweep a period after the last one: a run that handled more messages
    or listed more pages meanwhile is alive (another sweep is asked for), and so is one whose last
    task is still queued (a backfill waiting its turn behind other users' on the shared queue handles
    nothing for a while); one that did neither is ended FAILED, naming how many messages got no
    result."""
    run = accounts.complete_run_if_done(user_id, run_id, now)
    if run is None or run.state is not RunState.RUNNING:
        return run
    if progress_count(run) > progress_before or _last_task_queued(run, accounts, queue):
        sweep_later(run, queue, now, period)
        return run
    handled, listed = handled_count(run), run.count("listed")
    if not run.listing_done:
        accounts.fail_run(
            user_id,
            run_id,
            f"the listing of the mail stopped after {run.listing.pages} pages ({listed} messages) and "
            f"made no progress for {period}",
            now,
        )
        return accounts.get_run(user_id, run_id, with_counts=True)
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
        f"(timed out or stopped on their last attempt); nothing was handled for {period}. Later "
        "fetches read on from here: to read those messages, move the read-from day back in Settings",
        now,
    )
    return accounts.get_run(user_id, run_id, with_counts=True)
