"""A fetch with in-memory ports: first from the start date, then from the history id, with a fallback;
a listing longer than one task's budget goes on in follow-up tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tracker.accounts import FetchRun, RunState, SyncCheckpoint, UserAccount
from tracker.errors import HistoryExpired
from tracker.fetching import HISTORY_FALLBACK_MARGIN, ListingBudget, run_fetch, sweep_run
from tracker.service_ports import MessagePage

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
START = datetime(2026, 5, 1, tzinfo=UTC)


class ScriptedMailbox:
    """Gmail's listing; `repeat` ids of each page are listed again at the top of the next one (as Gmail
    does when mail arrives mid-listing and shifts the pages)."""

    def __init__(self, by_date=(), added=None, history_expired=False, current="500", repeat=0) -> None:
        self.by_date, self.added, self.history_expired, self.current = (
            list(by_date),
            added,
            history_expired,
            current,
        )
        self.repeat = repeat
        self.calls: list[tuple] = []

    def current_history_id(self) -> str:
        self.calls.append(("profile",))
        return self.current

    def list_message_page(self, after: datetime, page_token: str | None, page_size: int) -> MessagePage:
        self.calls.append(("list", after) if page_token is None else ("list", after, page_token))
        return self._page(self.by_date, page_token, page_size)

    def list_added_page(self, history_id: str, page_token: str | None, page_size: int) -> MessagePage:
        self.calls.append(("history", history_id))
        if self.history_expired:
            raise HistoryExpired(history_id)
        return replace(self._page(self.added or [], page_token, page_size), history_id=self.current)

    def _page(self, ids: list[str], page_token: str | None, page_size: int) -> MessagePage:
        start = max(int(page_token) - self.repeat, 0) if page_token else 0
        more = start + page_size < len(ids)
        return MessagePage(list(ids[start : start + page_size]), str(start + page_size) if more else None)


class RecordingQueue:
    def __init__(self, existing: dict[str, str] | None = None) -> None:
        self.existing = dict(existing or {})  # message id -> run id of a task that already exists
        self.due: dict[str, datetime | None] = {}  # message id -> when its task may run
        self.fetches: list[int] = []  # the listing pages follow-up fetch tasks start at
        self.created: list[str] = []  # the message tasks created, in order

    def enqueue_fetch(self, user_id: str, run_id: str, page: int = 0) -> bool:
        if page in self.fetches:
            return False
        self.fetches.append(page)
        return True

    def enqueue_message(self, user_id: str, run_id: str, message_id: str, not_before=None) -> bool:
        if message_id in self.existing:
            return False
        self.existing[message_id] = run_id
        self.due[message_id] = not_before
        self.created.append(message_id)
        return True

    def message_task_run(self, user_id: str, message_id: str) -> str | None:
        return self.existing.get(message_id)


class MemoryAccounts:
    def __init__(self, user: UserAccount, processed: dict[str, str] | None = None) -> None:
        self.user, self.processed, self.runs = user, dict(processed or {}), {}

    def get_user(self, user_id):
        return self.user

    def get_run(self, user_id, run_id, with_counts=False):
        return self.runs.get(run_id)

    def start_run(self, run):
        self.runs[run.run_id] = run

    def processed_message_runs(self, user_id, message_ids):
        return {m: self.processed[m] for m in message_ids if m in self.processed}

    def record_listing_page(self, user_id, run_id, before, after, listed):
        run = self.runs[run_id]
        if run.listing != before:
            return None
        run.listing, run.counters["listed"], run.state = after, listed, RunState.RUNNING
        return replace(run, counters=dict(run.counters))

    def finish_listing(self, user_id, run_id, listed, checkpoint, now):
        run = self.runs[run_id]
        run.counters["listed"], run.listing_done, run.state = listed, True, RunState.RUNNING
        self.user.sync = checkpoint
        return run

    def complete_run_if_done(self, user_id, run_id, now, with_counts=True, seen=None):
        return self.runs[run_id]


def user(history_id=None, last_fetch_at=None) -> UserAccount:
    return UserAccount("u1", "u@example.com", "sub", sync=SyncCheckpoint(START, history_id, last_fetch_at))


def test_first_fetch_lists_from_the_start_date_and_stores_the_history_id_read_before_listing():
    accounts, mailbox = MemoryAccounts(user()), ScriptedMailbox(by_date=["m1", "m2"], current="700")
    run = run_fetch("u1", "r1", accounts, mailbox, RecordingQueue(), NOW)
    assert run.count("listed") == 2
    assert mailbox.calls == [("profile",), ("list", START)]
    assert accounts.user.sync == SyncCheckpoint(START, "700", NOW)


def test_later_fetches_read_only_the_history():
    accounts = MemoryAccounts(user(history_id="700", last_fetch_at=NOW - timedelta(days=1)))
    mailbox = ScriptedMailbox(added=["m3"], current="710")
    run = run_fetch("u1", "r2", accounts, mailbox, RecordingQueue(), NOW)
    assert run.count("listed") == 1 and mailbox.calls == [("history", "700")]
    assert accounts.user.sync.history_id == "710"


def test_an_expired_history_falls_back_to_a_date_query_from_the_last_fetch():
    last = NOW - timedelta(days=10)
    accounts = MemoryAccounts(user(history_id="5", last_fetch_at=last))
    mailbox = ScriptedMailbox(by_date=["m4"], history_expired=True, current="900")
    run_fetch("u1", "r3", accounts, mailbox, RecordingQueue(), NOW)
    assert mailbox.calls == [("history", "5"), ("profile",), ("list", last - HISTORY_FALLBACK_MARGIN)]
    assert accounts.user.sync.history_id == "900"


def test_processed_and_already_queued_messages_are_not_listed_again():
    accounts = MemoryAccounts(user(), processed={"done": "r0"})
    queue = RecordingQueue(existing={"queued-by-another-run": "r0", "queued-by-this-run": "r1"})
    mailbox = ScriptedMailbox(by_date=["done", "queued-by-another-run", "queued-by-this-run", "new", "new"])
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW)
    assert run.count("listed") == 2  # "queued-by-this-run" (a retried fetch) and "new", once


def test_a_redelivered_fetch_task_does_not_list_again():
    accounts, mailbox = MemoryAccounts(user()), ScriptedMailbox(by_date=["m1"])
    run_fetch("u1", "r1", accounts, mailbox, RecordingQueue(), NOW)
    mailbox.calls.clear()
    again = run_fetch("u1", "r1", accounts, mailbox, RecordingQueue(), NOW)
    assert again.count("listed") == 1 and mailbox.calls == []


def test_a_fetch_starts_its_run_when_the_api_did_not_create_it():
    accounts = MemoryAccounts(user())
    run_fetch("u1", "fresh", accounts, ScriptedMailbox(by_date=["m1"]), RecordingQueue(), NOW)
    run = accounts.runs["fresh"]
    assert isinstance(run, FetchRun) and run.started_at == NOW and run.listing_done


# --- A listing longer than one task's budget ------------------------------------------------------

MAILBOX = [f"m{n:02}" for n in range(23)]


def budget(pages=2, page_size=5, seconds=60.0, clock=lambda: 0.0) -> ListingBudget:
    return ListingBudget(page_size=page_size, pages=pages, seconds=seconds, clock=clock)


def test_a_listing_over_its_budget_hands_the_rest_to_a_task_named_by_the_page_it_starts_at():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    run = run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=MAILBOX), queue, NOW, budget())
    assert queue.fetches == [2] and sorted(queue.existing) == MAILBOX[:10]
    assert run.count("listed") == 10 and not run.listing_done and run.state is RunState.RUNNING
    assert accounts.user.sync == SyncCheckpoint(START)  # the checkpoint waits for the last page


def test_follow_up_tasks_list_the_rest_once_and_the_last_one_moves_the_checkpoint():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX, current="700")
    run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget())
    run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget(), from_page=2)
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget(), from_page=4)
    assert queue.fetches == [2, 4] and sorted(queue.existing) == MAILBOX
    assert run.listing_done and run.count("listed") == 23 and run.listing.pages == 5
    assert accounts.user.sync == SyncCheckpoint(START, "700", NOW)  # read before the first page
    assert mailbox.calls.count(("profile",)) == 1


def test_a_runs_messages_are_due_at_its_pace_from_its_start_across_follow_up_tasks():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX)
    paced = ListingBudget(page_size=5, pages=2, seconds=60.0, messages_per_second=10.0, clock=lambda: 0.0)
    run_fetch("u1", "r1", accounts, mailbox, queue, NOW, paced)
    run_fetch("u1", "r1", accounts, mailbox, queue, NOW + timedelta(seconds=30), paced, from_page=2)
    due = sorted(queue.due.values())
    assert due == [NOW + timedelta(seconds=n / 10) for n in range(20)]


def test_a_message_another_run_queued_takes_no_turn():
    accounts, queue = MemoryAccounts(user()), RecordingQueue(existing={"m0": "earlier-run"})
    run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=["m0", "m1", "m2"]), queue, NOW, budget())
    assert [queue.due[m] for m in ("m1", "m2")] == [NOW, NOW + timedelta(seconds=1 / 40)]


def test_a_redelivered_listing_task_lists_nothing_and_asks_again_for_where_the_listing_stands():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX)
    run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget())
    queue.fetches.clear()  # say the follow-up task was lost with the first task's answer
    mailbox.calls.clear()
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget())
    assert mailbox.calls == [] and queue.fetches == [2] and run.count("listed") == 10


def test_a_task_that_died_before_recording_its_page_counts_that_pages_messages_once_when_retried():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX[:8])
    # The first attempt enqueued m00 to m02, one of which a worker already handled, then died.
    queue.existing.update({"m00": "r1", "m01": "r1", "m02": "r1"})
    accounts.processed["m00"] = "r1"
    accounts.processed["old"] = "r0"
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget(pages=5))
    assert run.listing_done and run.count("listed") == 8


@pytest.mark.parametrize("handled_meanwhile", [False, True], ids=["queued", "handled"])
def test_a_message_gmail_lists_again_on_the_next_page_is_enqueued_and_counted_once(handled_meanwhile):
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX, repeat=1)  # pages m00-m04, m04-m08, m08-m12, ...
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget())
    while not run.listing_done:  # the follow-up tasks, each starting with a page that repeats one
        if handled_meanwhile:
            accounts.processed.update((m, "r1") for m in queue.created)
        run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget(), from_page=queue.fetches[-1])
    assert queue.fetches == [2, 4] and run.listing.pages == 6
    assert sorted(queue.created) == MAILBOX and run.count("listed") == len(MAILBOX)


def test_the_time_budget_stops_a_listing_between_pages():
    ticks = iter(range(100))
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    slow = budget(pages=99, seconds=2.5, clock=lambda: float(next(ticks)))
    run = run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=MAILBOX), queue, NOW, slow)
    assert 0 < run.listing.pages < 5 and queue.fetches == [run.listing.pages]


def test_a_twin_task_that_recorded_the_page_first_wins_and_the_other_stops():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    mailbox = ScriptedMailbox(by_date=MAILBOX)
    real = accounts.record_listing_page

    def twin_first(user_id, run_id, before, after, listed):
        accounts.record_listing_page = real
        real(user_id, run_id, before, after, listed)  # the twin records the same page
        return real(user_id, run_id, before, after, listed)

    accounts.record_listing_page = twin_first
    run = run_fetch("u1", "r1", accounts, mailbox, queue, NOW, budget())
    assert run.listing.pages == 1 and run.count("listed") == 5 and queue.fetches == []


def test_a_sweep_counts_listed_pages_as_progress_and_ends_a_listing_that_stopped():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=MAILBOX), queue, NOW, budget())
    queue.enqueue_run_sweep = lambda *args: True
    accounts.get_run = lambda user_id, run_id, with_counts=False: accounts.runs[run_id]
    accounts.fail_run = lambda user_id, run_id, error, now: setattr(accounts.runs[run_id], "error", error)
    period = timedelta(minutes=15)
    assert sweep_run("u1", "r1", 1, accounts, queue, NOW, period).error is None  # two pages since
    swept = sweep_run("u1", "r1", 2, accounts, queue, NOW, period)
    assert swept.error.startswith("the listing of the mail stopped after 2 pages (10 messages)")


def test_a_sweep_leaves_a_run_whose_last_task_still_waits_its_turn_and_ends_one_whose_tasks_are_gone():
    """A backfill behind other users' on the shared queue handles nothing for a while: still alive."""
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    run = run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=["m1", "m2", "m3"]), queue, NOW, budget())
    assert run.listing_done and run.listing.last_message_id == "m3"
    queue.enqueue_run_sweep = lambda *args: True
    accounts.get_run = lambda user_id, run_id, with_counts=False: accounts.runs[run_id]
    accounts.fail_run = lambda user_id, run_id, error, now: setattr(accounts.runs[run_id], "error", error)
    period, nothing_handled = timedelta(minutes=15), 1  # one page listed, no message handled
    assert sweep_run("u1", "r1", nothing_handled, accounts, queue, NOW, period).error is None
    queue.existing.clear()  # every task ended on its last attempt without a result
    swept = sweep_run("u1", "r1", nothing_handled, accounts, queue, NOW, period)
    assert swept.error.startswith("3 of 3 messages got no result")
    # The checkpoint moved past them with the listing: the user is told how to have them read.
    assert accounts.user.sync.history_id and "move the read-from day back" in swept.error


def test_a_last_task_that_was_handled_keeps_no_run_alive():
    accounts, queue = MemoryAccounts(user()), RecordingQueue()
    run_fetch("u1", "r1", accounts, ScriptedMailbox(by_date=["m1", "m2"]), queue, NOW, budget())
    queue.enqueue_run_sweep = lambda *args: True
    accounts.fail_run = lambda user_id, run_id, error, now: setattr(accounts.runs[run_id], "error", error)
    accounts.processed["m2"] = "r1"  # handled (a queue may still show a finished task for a while)
    swept = sweep_run("u1", "r1", 1, accounts, queue, NOW, timedelta(minutes=15))
    assert swept.error.startswith("2 of 2 messages got no result")
