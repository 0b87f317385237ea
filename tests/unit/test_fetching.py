"""A fetch with in-memory ports: first from the start date, then from the history id, with a fallback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.accounts import FetchRun, RunState, SyncCheckpoint, UserAccount
from tracker.errors import HistoryExpired
from tracker.fetching import HISTORY_FALLBACK_MARGIN, run_fetch

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
START = datetime(2026, 5, 1, tzinfo=UTC)


class ScriptedMailbox:
    def __init__(self, by_date=(), added=None, history_expired=False, current="500") -> None:
        self.by_date, self.added, self.history_expired, self.current = (
            list(by_date),
            added,
            history_expired,
            current,
        )
        self.calls: list[tuple] = []

    def current_history_id(self) -> str:
        self.calls.append(("profile",))
        return self.current

    def list_message_ids(self, after: datetime) -> list[str]:
        self.calls.append(("list", after))
        return list(self.by_date)

    def list_added_since(self, history_id: str) -> tuple[list[str], str]:
        self.calls.append(("history", history_id))
        if self.history_expired:
            raise HistoryExpired(history_id)
        return list(self.added or []), self.current


class RecordingQueue:
    def __init__(self, existing: dict[str, str] | None = None) -> None:
        self.existing = dict(existing or {})  # message id -> run id of a task that already exists

    def enqueue_message(self, user_id: str, run_id: str, message_id: str) -> bool:
        if message_id in self.existing:
            return False
        self.existing[message_id] = run_id
        return True

    def message_task_run(self, user_id: str, message_id: str) -> str | None:
        return self.existing.get(message_id)


class MemoryAccounts:
    def __init__(self, user: UserAccount, processed: set[str] = frozenset()) -> None:
        self.user, self.processed, self.runs = user, set(processed), {}

    def get_user(self, user_id):
        return self.user

    def get_run(self, user_id, run_id, with_counts=False):
        return self.runs.get(run_id)

    def start_run(self, run):
        self.runs[run.run_id] = run

    def processed_message_ids(self, user_id, message_ids):
        return self.processed & set(message_ids)

    def finish_listing(self, user_id, run_id, listed, checkpoint, now):
        run = self.runs[run_id]
        run.counters["listed"], run.listing_done, run.state = listed, True, RunState.RUNNING
        self.user.sync = checkpoint
        return run

    def complete_run_if_done(self, user_id, run_id, now):
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
    accounts = MemoryAccounts(user(), processed={"done"})
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
