"""The API's use cases over the ports, with the in-memory store as the fake."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tracker.accounts import RunState
from tracker.editing import ManualChanges
from tracker.errors import TooSoon
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Status
from tracker.ports import ApplicationQuery
from tracker.recording import record_email
from tracker.use_cases import UseCases

USER = "user-1"


class RecordingAccounts:
    """The account calls the use cases make: rows to blank, sheets connected, runs started."""

    def __init__(self) -> None:
        self.forgotten_rows: list[tuple[str, str, int | None]] = []
        self.sheets: list[str] = []
        self.runs: list = []

    def forget_row(self, user_id: str, app_id: str, row: int | None) -> None:
        self.forgotten_rows.append((user_id, app_id, row))

    def connect_sheet(self, user_id: str, sheet_id: str | None) -> None:
        self.sheets.append(sheet_id)

    def start_run(self, run) -> None:
        self.runs.append(run)

    def start_run_once(self, run):
        stored = [r for r in self.runs if r.run_id == run.run_id]
        if stored:
            return stored[0]
        self.runs.append(run)
        return run

    def list_runs(self, user_id: str, limit: int = 100) -> list:
        return sorted(self.runs, key=lambda r: r.started_at, reverse=True)[:limit]


@pytest.fixture
def store() -> MemoryApplicationStore:
    return MemoryApplicationStore()


@pytest.fixture
def queue() -> RecordingQueue:
    return RecordingQueue()


@pytest.fixture
def accounts() -> RecordingAccounts:
    return RecordingAccounts()


@pytest.fixture
def use_cases(store, accounts, queue) -> UseCases:
    return UseCases(store, accounts, queue, clock=lambda: day(2))


def recorded(store, company="Acme", title="Data Engineer", on=1, status=Status.APPLIED) -> str:
    extraction = application_email(status, company, title)
    outcome = store.in_transaction(
        USER, lambda tx: record_email(tx, an_email(on=on), extraction, now=day(on))
    )
    return outcome.app_id


def test_renaming_an_employer_moves_the_application_and_its_next_emails_follow(use_cases, store, queue):
    app_id = recorded(store, company="Acme")

    edited = use_cases.edit_application(USER, app_id, ManualChanges(company="Globex"))
    recorded(store, company="Globex", on=3, status=Status.INTERVIEW)

    assert edited.company == "Globex" and edited.edited_fields == ["company"]
    (application,) = store.list_applications(USER)
    assert application.app_id == app_id and application.status is Status.INTERVIEW
    assert queue.sheet_syncs == [USER] and queue.sync_windows == [day(2)]


def test_editing_or_deleting_an_unknown_application_changes_nothing(use_cases, accounts, queue):
    assert use_cases.edit_application(USER, "nope", ManualChanges(status=Status.OFFER)) is None
    assert use_cases.delete_application(USER, "nope") is None
    assert queue.sheet_syncs == [] and accounts.forgotten_rows == []


def test_a_job_added_by_hand_is_in_its_employers_index(use_cases, store, queue):
    changes = ManualChanges(company="Initech", job_title="Analyst", status=Status.APPLIED)

    added = use_cases.add_application(USER, changes, applied_at=day(1))
    recorded(store, company="Initech", title="Analyst", on=4, status=Status.REJECTED)

    (application,) = store.list_applications(USER)
    assert application.app_id == added.app_id and application.source == "manual"
    assert application.status is Status.REJECTED
    assert queue.sheet_syncs == [USER]


def test_a_deleted_application_loses_its_row_and_its_emails_do_not_come_back(
    use_cases, store, accounts, queue
):
    app_id = recorded(store, company="Acme", title="A")

    deleted = use_cases.delete_application(USER, app_id)
    recorded(store, company="Acme", title="B", on=5)

    assert deleted.app_id == app_id and accounts.forgotten_rows == [(USER, app_id, None)]
    (left,) = store.list_applications(USER)
    assert left.job_title == "B" and len(store.list_events(USER, left.app_id)) == 1
    assert queue.sheet_syncs == [USER]


def test_connecting_a_sheet_asks_for_a_sync_to_fill_it(use_cases, accounts, queue):
    use_cases.connect_sheet(USER, "sheet-1")

    assert accounts.sheets == ["sheet-1"] and queue.sheet_syncs == [USER]


def test_starting_a_fetch_records_its_run_and_enqueues_its_task(use_cases, accounts, queue):
    run, started = use_cases.start_fetch(USER)

    assert started and accounts.runs == [run] and run.started_at == day(2)
    assert queue.fetches == [(USER, run.run_id)]


def test_a_fetch_in_progress_is_answered_instead_of_starting_another(store, accounts, queue):
    at = day(2)
    use_cases = UseCases(store, accounts, queue, clock=lambda: at)
    first, _ = use_cases.start_fetch(USER, timedelta(minutes=1))
    at = day(3)  # long after: still queued, so still the one
    again, started = use_cases.start_fetch(USER, timedelta(minutes=1))
    assert not started and again == first and accounts.runs == [first]
    first.state = RunState.RUNNING
    assert use_cases.start_fetch(USER, timedelta(minutes=1)) == (first, False)


def test_a_fetch_sooner_than_the_interval_after_the_last_is_refused_saying_when_to_try(
    store, accounts, queue
):
    at = day(2)
    use_cases = UseCases(store, accounts, queue, clock=lambda: at)
    first, _ = use_cases.start_fetch(USER, timedelta(minutes=1))
    first.state = RunState.DONE
    at = day(2) + timedelta(seconds=15.5)
    with pytest.raises(TooSoon) as refused:
        use_cases.start_fetch(USER, timedelta(minutes=1))
    assert refused.value.retry_after == 45
    at = day(2) + timedelta(minutes=1)
    second, started = use_cases.start_fetch(USER, timedelta(minutes=1))
    assert started and second.run_id != first.run_id and len(accounts.runs) == 2


def test_two_requests_in_one_interval_that_both_saw_no_fetch_start_one_run(store, accounts, queue):
    nobody_yet = RecordingAccounts()
    nobody_yet.runs = accounts.runs  # the second request read the runs before the first stored its own
    nobody_yet.list_runs = lambda user_id, limit=100: []
    first, _ = UseCases(store, accounts, queue, clock=lambda: day(2)).start_fetch(USER, timedelta(minutes=1))
    later = day(2) + timedelta(seconds=1)
    second, _ = UseCases(store, nobody_yet, queue, clock=lambda: later).start_fetch(
        USER, timedelta(minutes=1)
    )
    assert second == first and accounts.runs == [first] and queue.fetches == [(USER, first.run_id)]


def test_the_memory_store_pages_and_filters_as_the_api_asks(store):
    for n, company in enumerate(["Acme Robotics", "Acme Foods", "Globex"], start=1):
        recorded(store, company=company, on=n)

    page, total = store.query_applications(
        USER, ApplicationQuery(limit=1, company_prefix="acme", order_field="applied_at", descending=False)
    )

    assert total == 2 and [a.company for a in page] == ["Acme Robotics"]


def settle(store) -> None:
    """As after a sheet sync: every row written."""
    for application in store.list_applications(USER):
        store.in_transaction(USER, lambda tx, a=application: _synced(tx, a))


def _synced(tx, application) -> None:
    tx.lock_company(application.company_key)
    current = tx.application(application.app_id)
    current.sheet_dirty = False
    tx.save_application(current)


def test_rows_of_applications_that_became_ghosted_since_the_last_fetch_are_marked_changed(
    store, accounts, queue
):
    crossed = recorded(store, company="Acme", on=1)  # 21 days of silence on day 22
    recorded(store, company="Globex", on=10)  # on day 31
    recorded(store, company="Initech", on=1, status=Status.REJECTED)
    settle(store)
    use_cases = UseCases(store, accounts, queue, clock=lambda: day(25))
    assert use_cases.mark_newly_ghosted(USER, since=day(20), after_days=21) == [crossed]
    dirty = [a.app_id for a in store.list_applications(USER) if a.sheet_dirty]
    assert dirty == [crossed] and queue.sheet_syncs
    assert use_cases.mark_newly_ghosted(USER, since=day(25), after_days=21) == []  # already noted
    assert UseCases(store, accounts, queue, clock=lambda: day(25)).mark_newly_ghosted(USER, None, 21) == []
