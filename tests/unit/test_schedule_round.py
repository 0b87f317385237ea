"""The daily round in pages (UseCases.start_scheduled_fetches), over fakes of the accounts and the queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tests.builders import day
from tests.fakes import RecordingQueue
from tracker.accounts import FetchRun, RunState, SyncCheckpoint, UserAccount
from tracker.memory_store import MemoryApplicationStore
from tracker.use_cases import UseCases, scheduled_run_id
from tracker.user_settings import UserSettings

ROUND = "2026-12-02T06:00:00Z"


class Users:
    """The account calls a round makes: users by id, runs stored once."""

    def __init__(self, users: list[UserAccount]) -> None:
        self.users = {user.user_id: user for user in users}
        self.runs: dict[str, FetchRun] = {}

    def users_with_auto_fetch(self, after: str = "", limit: int | None = None) -> list[UserAccount]:
        ids = sorted(i for i, user in self.users.items() if user.settings.auto_fetch and i > after)
        return [self.users[i] for i in ids[:limit]]

    def start_run_once(self, run: FetchRun) -> FetchRun:
        return self.runs.setdefault(run.run_id, run)


def a_user(user_id: str, **changes) -> UserAccount:
    user = UserAccount(
        user_id, f"{user_id}@example.com", user_id, sync=SyncCheckpoint(datetime(2026, 1, 1, tzinfo=UTC))
    )
    return replace(user, **changes)


def round_of(users: Users, queue: RecordingQueue, page_size: int) -> list[int]:
    """Do every page the round asks for, as Cloud Tasks would; the users read per page."""
    use_cases = UseCases(MemoryApplicationStore(), users, queue, clock=lambda: day(2))  # type: ignore[arg-type]
    queue.enqueue_schedule_page(ROUND, "")
    read = []
    for _, after in queue.schedule_pages:  # grows while the pages ask for their next
        read.append(use_cases.start_scheduled_fetches(ROUND, after, page_size).users)
    return read


def test_a_round_reads_users_a_page_at_a_time_and_starts_one_fetch_for_each_who_can_fetch():
    users = Users(
        [a_user(f"user-{n:02}") for n in range(7)]
        + [
            a_user("opted-out", settings=UserSettings(auto_fetch=False)),
            a_user("must-reconnect", reconnect_needed=True),
            a_user("no-start-date", sync=SyncCheckpoint()),
        ]
    )
    queue = RecordingQueue()

    assert round_of(users, queue, page_size=3) == [3, 3, 3, 0]

    assert sorted(user for user, _ in queue.fetches) == [f"user-{n:02}" for n in range(7)]
    assert {run_id for _, run_id in queue.fetches} == set(users.runs)
    assert all(run.state is RunState.QUEUED and run.started_at == day(2) for run in users.runs.values())


def test_a_page_done_again_starts_no_second_fetch():
    users = Users([a_user(f"user-{n}") for n in range(4)])
    queue = RecordingQueue()
    use_cases = UseCases(MemoryApplicationStore(), users, queue, clock=lambda: day(2))  # type: ignore[arg-type]
    first = use_cases.start_scheduled_fetches(ROUND, "", 2)
    fetches, runs = list(queue.fetches), dict(users.runs)

    again = use_cases.start_scheduled_fetches(ROUND, "", 2)

    assert (first.users, first.fetches_started, first.next_after) == (2, 2, "user-1")
    assert (again.users, again.fetches_started, again.next_after) == (2, 0, "user-1")
    assert queue.fetches == fetches and users.runs == runs
    assert queue.schedule_pages == [(ROUND, "user-1")]


def test_a_retried_page_leaves_a_fetch_that_has_begun_alone():
    users = Users([a_user("user-1")])
    queue = RecordingQueue()
    run_id = scheduled_run_id(ROUND, "user-1")
    users.runs[run_id] = FetchRun(run_id, "user-1", state=RunState.RUNNING)

    round_of(users, queue, page_size=10)

    assert queue.fetches == [] and users.runs[run_id].state is RunState.RUNNING


def test_each_round_gives_a_user_a_run_of_its_own():
    assert scheduled_run_id(ROUND, "user-1") == scheduled_run_id(ROUND, "user-1")
    assert scheduled_run_id(ROUND, "user-1") != scheduled_run_id("2026-12-03T06:00:00Z", "user-1")
    assert scheduled_run_id(ROUND, "user-1") != scheduled_run_id(ROUND, "user-2")
