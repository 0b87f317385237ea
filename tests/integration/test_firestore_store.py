"""The Firestore store against the real emulator: the worker's transaction and its guarantees."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
from google.cloud import firestore

from infra import firestore_accounts
from infra.firestore_accounts import FirestoreAccountStore
from infra.firestore_store import FirestoreApplicationStore
from infra.firestore_unit import FirestoreUserTransaction, doc_key
from tests.builders import an_email, application_email, day, not_an_application
from tests.fakes import ForgottenRows, RecordingQueue
from tracker.accounts import FetchRun, SyncCheckpoint, UserAccount
from tracker.errors import AccountDeleted
from tracker.models import Status
from tracker.ports import ProcessedMarker, TaskReads
from tracker.recording import record_email, record_skipped
from tracker.sheet_edits import RowMemory
from tracker.use_cases import UseCases

pytestmark = pytest.mark.emulator


@pytest.fixture
def store(firestore_client):
    return FirestoreApplicationStore(firestore_client)


@pytest.fixture
def accounts(firestore_client):
    return FirestoreAccountStore(firestore_client)


def record(store, user_id, email, extraction, run_id=None):
    return store.in_transaction(
        user_id, lambda tx: record_email(tx, email, extraction, now=day(100), run_id=run_id)
    )


def test_the_same_message_recorded_twice_leaves_one_application_and_one_event(store, user_id):
    email = an_email(on=1, thread="t-1")
    first = record(store, user_id, email, application_email("applied", "Acme Inc.", "Data Engineer"))
    second = record(store, user_id, email, application_email("applied", "Acme Inc.", "Data Engineer"))
    assert first.created and second.duplicate
    (application,) = store.list_applications(user_id)
    assert len(store.list_events(user_id, application.app_id)) == 1


def test_follow_ups_update_one_application_and_its_timeline(store, user_id):
    record(
        store, user_id, an_email(on=1, thread="t-1"), application_email("applied", "Acme", "Data Engineer")
    )
    record(store, user_id, an_email(on=6), application_email("interview", "ACME Corp", "Data engineer"))
    record(store, user_id, an_email(on=9), application_email("rejected", "Acme", None))
    (application,) = store.list_applications(user_id)
    assert application.status is Status.REJECTED
    assert application.applied_at == day(1) and application.updated_at == day(9)
    events = store.list_events(user_id, application.app_id)
    assert [e.status for e in events] == [Status.APPLIED, Status.INTERVIEW, Status.REJECTED]


def test_a_unit_of_work_begins_its_transaction_with_its_first_read(
    store, firestore_client, user_id, monkeypatch
):
    """No BeginTransaction round trip of its own: the first BatchGetDocuments begins it."""

    def no_begin(*args, **kwargs):
        raise AssertionError("BeginTransaction called")

    monkeypatch.setattr(firestore_client._firestore_api, "begin_transaction", no_begin)
    email = an_email(on=1)
    first = record(store, user_id, email, application_email("applied", "Acme", "Data Engineer"))
    again = record(store, user_id, email, application_email("applied", "Acme", "Data Engineer"))
    assert first.created and again.duplicate
    assert [a.company for a in store.list_applications(user_id)] == ["Acme"]


def test_concurrent_emails_about_one_employer_create_one_application(store, firestore_client, user_id):
    emails = [an_email(on=n) for n in range(3)]
    errors = []

    def deliver(email):
        # One store per thread: like separate function instances, only Firestore keeps them apart.
        instance = FirestoreApplicationStore(firestore_client)
        try:
            record(instance, user_id, email, application_email("applied", "Globex", "Analyst"))
        except Exception as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=deliver, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    (application,) = store.list_applications(user_id)
    assert len(store.list_events(user_id, application.app_id)) == 3


def test_run_counters_and_completion(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 3, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    assert accounts.complete_run_if_done(user_id, "run-1", day(0)).state.value == "running"
    accounts.record_failure(user_id, "run-1", "gone-1", "message no longer exists", day(0))
    accounts.record_failure(user_id, "run-1", "gone-1", "message no longer exists", day(0))
    run = accounts.complete_run_if_done(user_id, "run-1", day(0))
    assert run.state.value == "done" and run.finished_at == day(0)
    assert {k: v for k, v in run.counters.items() if v} == {
        "listed": 3,
        "processed": 2,
        "applications": 1,
        "new_applications": 1,
        "skipped": 1,
        "failed": 1,
    }
    assert accounts.get_user(user_id).sync.history_id == "42"


def test_an_ended_runs_counts_are_counted_once_and_kept_on_it(store, accounts, firestore_client, user_id):
    """The page polls a run every second and each count scans the run's markers: an ended run's counts
    are kept on it (its markers may expire meanwhile: the user's retention period)."""
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 2, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    assert accounts.get_run(user_id, "run-1", with_counts=True).count("processed") == 1
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    done = accounts.complete_run_if_done(user_id, "run-1", day(1))
    for marker in firestore_client.collection("users").document(user_id).collection("messages").stream():
        marker.reference.delete()

    kept = accounts.get_run(user_id, "run-1", with_counts=True)

    assert kept.state.value == "done" and kept.counters == done.counters and kept.count("processed") == 2
    # A run its sweep failed is counted at the first look after, and a straggler changes nothing then.
    accounts.start_run(FetchRun(run_id="run-2", user_id=user_id, started_at=day(2)))
    accounts.finish_listing(user_id, "run-2", 3, SyncCheckpoint(history_id="43"), day(2))
    record(store, user_id, an_email(on=3), application_email("applied", "Globex"), run_id="run-2")
    accounts.fail_run(user_id, "run-2", "2 of 3 messages got no result", day(3))
    failed = accounts.get_run(user_id, "run-2", with_counts=True)
    record(store, user_id, an_email(on=4), not_an_application(), run_id="run-2")
    assert failed.count("processed") == 1
    assert accounts.get_run(user_id, "run-2", with_counts=True).counters == failed.counters


def test_a_polled_running_runs_counts_may_lag_a_moment_and_an_ended_runs_never(
    store, firestore_client, user_id
):
    clock = [0.0]
    accounts = FirestoreAccountStore(firestore_client, monotonic=lambda: clock[0])
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 3, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")

    def polled() -> int:
        return accounts.get_run(user_id, "run-1", with_counts=True, counts_may_lag=True).count("processed")

    assert polled() == 1
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    clock[0] = firestore_accounts.POLL_COUNTS_MIN_SECONDS - 0.5
    assert polled() == 1  # this instance's count of half a second before
    assert accounts.get_run(user_id, "run-1", with_counts=True).count("processed") == 2  # not a poll
    clock[0] = firestore_accounts.POLL_COUNTS_MIN_SECONDS + 0.5
    assert polled() == 2
    record(store, user_id, an_email(on=3), not_an_application(), run_id="run-1")
    accounts.fail_run(user_id, "run-1", "stopped", day(1))
    assert polled() == 3  # ended: counted at once, and kept


def test_a_user_their_run_and_a_messages_marker_read_together(store, accounts, user_id):
    email = an_email(on=1)
    assert accounts.task_reads(user_id, "run-1", email.message_id) == TaskReads(None, None, None)
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    record(store, user_id, email, application_email(), run_id="run-1")

    reads = accounts.task_reads(user_id, "run-1", email.message_id)

    assert reads.user == accounts.get_user(user_id) and reads.run == accounts.get_run(user_id, "run-1")
    assert reads.marker == store.get_marker(user_id, email.message_id) and reads.marker.run_id == "run-1"
    assert accounts.task_reads(user_id, "run-2", "another") == TaskReads(reads.user, None, None)
    assert accounts.task_reads(user_id, None, email.message_id) == TaskReads(reads.user, None, reads.marker)


def test_a_worker_marks_the_run_done_with_its_last_message_and_counts_only_then(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    before_listing = accounts.complete_run_if_done(user_id, "run-1", day(0), with_counts=False)
    assert before_listing.state.value == "queued" and before_listing.count("processed") == 0
    accounts.finish_listing(user_id, "run-1", 2, SyncCheckpoint(history_id="42"), day(0))
    assert accounts.complete_run_if_done(user_id, "run-1", day(0), with_counts=False).state.value == "running"
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    run = accounts.complete_run_if_done(user_id, "run-1", day(1), with_counts=False)
    assert run.state.value == "done" and run.finished_at == day(1)
    assert (run.count("processed"), run.count("applications"), run.count("skipped")) == (2, 1, 1)


def test_a_worker_counts_a_run_again_only_once_its_last_count_and_the_rate_leave_it_possibly_done(
    store, firestore_client, user_id, monkeypatch
):
    monkeypatch.setattr(firestore_accounts, "MAX_IN_FLIGHT", 0)
    monkeypatch.setattr(firestore_accounts, "MAX_HANDLED_PER_SECOND", 1.0)
    clock = [0.0]
    accounts = FirestoreAccountStore(firestore_client, monotonic=lambda: clock[0])
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 3, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    assert accounts.complete_run_if_done(user_id, "run-1", day(1), with_counts=False).state.value == "running"
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    record(store, user_id, an_email(on=3), not_an_application(), run_id="run-1")

    clock[0] = 1.5  # 1 handled + 1.5 s at 1 a second < 3: not counted, though all are handled by now
    assert accounts.complete_run_if_done(user_id, "run-1", day(2), with_counts=False).state.value == "running"
    clock[0] = 2.0
    run = accounts.complete_run_if_done(user_id, "run-1", day(3), with_counts=False)
    assert run.state.value == "done" and run.finished_at == day(3)


def test_a_worker_that_saw_its_run_listed_reads_it_again_only_when_its_last_count_leaves_it_possibly_done(
    store, firestore_client, user_id, monkeypatch
):
    monkeypatch.setattr(firestore_accounts, "MAX_IN_FLIGHT", 0)
    monkeypatch.setattr(firestore_accounts, "MAX_HANDLED_PER_SECOND", 1.0)
    clock = [0.0]
    accounts = FirestoreAccountStore(firestore_client, monotonic=lambda: clock[0])
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    before_listing = accounts.get_run(user_id, "run-1")
    accounts.finish_listing(user_id, "run-1", 3, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    # Seen before its listing was done: read again (and counted: 1 of 3 handled).
    assert accounts.complete_run_if_done(
        user_id, "run-1", day(1), with_counts=False, seen=before_listing
    ).listing_done
    seen = accounts.get_run(user_id, "run-1")
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    record(store, user_id, an_email(on=3), not_an_application(), run_id="run-1")

    clock[0] = 1.5  # 1 handled + 1.5 s at 1 a second < 3: the run as seen comes back, nothing read
    assert accounts.complete_run_if_done(user_id, "run-1", day(2), with_counts=False, seen=seen) is seen
    clock[0] = 2.0
    run = accounts.complete_run_if_done(user_id, "run-1", day(3), with_counts=False, seen=seen)
    assert run.state.value == "done" and run.finished_at == day(3)


def test_the_sweeps_full_count_ends_a_run_a_workers_estimate_skipped(
    store, firestore_client, user_id, monkeypatch
):
    monkeypatch.setattr(firestore_accounts, "MAX_IN_FLIGHT", 0)
    monkeypatch.setattr(firestore_accounts, "MAX_HANDLED_PER_SECOND", 0.0)
    accounts = FirestoreAccountStore(firestore_client, monotonic=lambda: 0.0)
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 2, SyncCheckpoint(history_id="42"), day(0))
    record(store, user_id, an_email(on=1), application_email(), run_id="run-1")
    accounts.complete_run_if_done(user_id, "run-1", day(1), with_counts=False)
    record(store, user_id, an_email(on=2), not_an_application(), run_id="run-1")
    assert accounts.complete_run_if_done(user_id, "run-1", day(2), with_counts=False).state.value == "running"
    run = accounts.complete_run_if_done(user_id, "run-1", day(3))
    assert run.state.value == "done" and run.count("processed") == 2


def test_a_deleted_users_transaction_writes_nothing_whether_or_not_it_reads_first(store, accounts, user_id):
    """The tombstone is read with the unit's first read (one round trip), or before its writes."""
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.tombstone(user_id, day(0))
    email = an_email(on=1)
    with pytest.raises(AccountDeleted):
        record(store, user_id, email, not_an_application())  # reads the marker first
    marker = ProcessedMarker(email.message_id, None, None, None, None, day(0), outcome="skipped")
    with pytest.raises(AccountDeleted):
        store.in_transaction(user_id, lambda tx: tx.save_marker(marker))  # writes without a read
    assert store.get_marker(user_id, email.message_id) is None
    accounts.clear_tombstone(user_id)
    store.in_transaction(user_id, lambda tx: tx.save_marker(marker))
    assert store.get_marker(user_id, email.message_id) is not None


def test_a_processed_marker_reads_back_outside_a_transaction(store, user_id):
    email = an_email(on=1)
    outcome = record(store, user_id, email, application_email(), run_id="run-1")
    marker = store.get_marker(user_id, email.message_id)
    assert (marker.app_id, marker.run_id, marker.outcome) == (outcome.app_id, "run-1", "new_application")
    assert store.get_marker(user_id, "never-seen") is None


def test_a_message_over_its_reading_budget_is_stored_as_skipped_with_its_reason(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.start_run(FetchRun(run_id="run-1", user_id=user_id, started_at=day(0)))
    accounts.finish_listing(user_id, "run-1", 1, SyncCheckpoint(history_id="42"), day(0))
    email = an_email(on=1)
    reason = "over the reading budget of 1 s"
    store.in_transaction(user_id, lambda tx: record_skipped(tx, email, reason, now=day(1), run_id="run-1"))
    marker = store.in_transaction(user_id, lambda tx: tx.get_marker(email.message_id))
    assert (marker.outcome, marker.error) == ("skipped", reason)
    assert accounts.processed_message_ids(user_id, [email.message_id]) == {email.message_id}
    run = accounts.complete_run_if_done(user_id, "run-1", day(1))
    assert run.state.value == "done" and run.counters["skipped"] == 1 and run.counters["failed"] == 0


def test_rows_are_placed_once_and_stay(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    record(store, user_id, an_email(on=1), application_email("applied", "Acme", "A"))
    record(store, user_id, an_email(on=2), application_email("applied", "Globex", "B"))
    changed = accounts.changed_applications(user_id)
    placement = accounts.place_rows(user_id, [c.application.app_id for c in changed], first_free_row=2)
    assert sorted(placement.rows.values()) == [2, 3]
    assert accounts.place_rows(user_id, list(placement.rows), first_free_row=9).rows == placement.rows
    accounts.mark_synced(user_id, changed, placement)
    assert accounts.changed_applications(user_id) == []
    assert {a.row_number for a in store.list_applications(user_id)} == {2, 3}


def test_an_application_changed_during_a_sync_stays_changed(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    record(store, user_id, an_email(on=1), application_email("applied", "Acme", "A"))
    changed = accounts.changed_applications(user_id)
    placement = accounts.place_rows(user_id, [c.application.app_id for c in changed], first_free_row=2)
    record(store, user_id, an_email(on=5), application_email("interview", "Acme", "A"))
    accounts.mark_synced(user_id, changed, placement)
    (still_changed,) = accounts.changed_applications(user_id)
    assert still_changed.application.status is Status.INTERVIEW
    assert still_changed.application.row_number == 2


def test_a_late_sync_that_wrote_an_older_row_leaves_it_marked_changed(store, accounts, user_id):
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    record(store, user_id, an_email(on=1), application_email("applied", "Acme", "A"))
    slow = accounts.changed_applications(user_id)  # sync A reads "applied" ...
    record(store, user_id, an_email(on=5), application_email("interview", "Acme", "A"))
    fast = accounts.changed_applications(user_id)  # ... sync B reads "interview", writes it, finishes
    placement = accounts.place_rows(user_id, [c.application.app_id for c in fast], first_free_row=2)
    assert accounts.mark_synced(user_id, fast, placement) is False
    assert accounts.changed_applications(user_id) == []
    # ... then A's write of "applied" lands over B's: A must leave the application to be written again.
    assert accounts.mark_synced(user_id, slow, placement) is True
    (again,) = accounts.changed_applications(user_id)
    assert again.application.status is Status.INTERVIEW and again.application.row_number == 2


def test_a_sync_marks_its_applications_synced_in_batches_each_on_its_own(
    store, accounts, firestore_client, user_id, monkeypatch
):
    """One changed meanwhile and one deleted meanwhile fail alone; the rest are marked synced."""
    monkeypatch.setattr(firestore_accounts, "_BATCH_WRITES", 2)
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    for on, company in enumerate(["Acme", "Globex", "Initech", "Umbrella", "Hooli"], start=1):
        record(store, user_id, an_email(on=on), application_email("applied", company, "Analyst"))
    changed = accounts.changed_applications(user_id)
    placement = accounts.place_rows(user_id, [c.application.app_id for c in changed], first_free_row=2)
    by_company = {c.application.company: c.application.app_id for c in changed}
    record(store, user_id, an_email(on=9), application_email("interview", "Globex", "Analyst"))
    firestore_client.document(f"users/{user_id}/applications/{by_company['Hooli']}").delete()

    assert accounts.mark_synced(user_id, changed, placement) is True

    (still_changed,) = accounts.changed_applications(user_id)
    assert still_changed.application.app_id == by_company["Globex"]
    assert still_changed.application.row_number == placement.rows[by_company["Globex"]]
    stored = {a.company: a for a in store.list_applications(user_id)}
    assert sorted(stored) == ["Acme", "Globex", "Initech", "Umbrella"]
    assert all(stored[c].row_number == placement.rows[by_company[c]] for c in stored)


def test_the_sheet_layout_of_a_user_with_20000_applications_is_kept_whole(accounts, user_id):
    """Firestore refuses a document over 1 MiB: a row and its memory take ~200 bytes, so one layout
    document would hold about 5,500 applications."""
    accounts.save_user(UserAccount(user_id=user_id, email="a@example.com", google_sub=user_id))
    accounts.connect_sheet(user_id, "sheet-1")
    app_ids = [f"app-{n:05d}-{uuid.uuid4().hex[:12]}" for n in range(20_000)]
    placement = accounts.place_rows(user_id, app_ids[:12_000], first_free_row=2)
    placement = accounts.place_rows(user_id, app_ids, first_free_row=2)
    cells = ["Globex Corporation", "Senior Data Engineer", "interview", "2026-01-02", "2026-02-03"]
    remembered = {
        app_id: RowMemory.of([*cells, f"https://mail.google.com/mail/u/0/#all/{app_id}", "", "", ""], day(1))
        for app_id in app_ids
    }
    accounts.mark_synced(user_id, [], placement, remembered)

    memory = accounts.sheet_memory(user_id)

    assert sorted(placement.rows.values()) == list(range(2, 20_002))
    assert memory.rows == placement.rows and memory.written == remembered
    accounts.forget_row(user_id, app_ids[7], placement.rows[app_ids[7]])
    after = accounts.sheet_memory(user_id)
    assert app_ids[7] not in after.rows and app_ids[7] not in after.written and len(after.rows) == 19_999
    assert accounts.place_rows(user_id, app_ids[8:9], first_free_row=2).rows_to_clear == [9]


def test_one_sheet_sync_per_user_at_a_time(accounts, user_id):
    now = day(0)
    assert accounts.acquire_sync_lease(user_id, "sync-1", now, seconds=180)
    assert not accounts.acquire_sync_lease(user_id, "sync-2", now, seconds=180)
    accounts.release_sync_lease(user_id, "sync-2")  # not the holder: nothing happens
    assert not accounts.acquire_sync_lease(user_id, "sync-2", now, seconds=180)
    accounts.release_sync_lease(user_id, "sync-1")
    assert accounts.acquire_sync_lease(user_id, "sync-2", now, seconds=180)
    # A holder that died: its lease runs out.
    assert accounts.acquire_sync_lease(user_id, "sync-3", now + timedelta(seconds=181), seconds=180)


def test_shuffled_delivery_gives_the_date_order_answer_on_firestore(store, firestore_client, user_id):
    from tests.unit.test_regrouping import two_roles_at_one_employer

    mailbox = two_roles_at_one_employer()

    def answer(uid, order):
        for email, extraction in order:
            record(store, uid, email, extraction)
        return {
            (a.job_title, a.status, frozenset(e.message_id for e in store.list_events(uid, a.app_id)))
            for a in store.list_applications(uid)
        }

    in_order = answer(user_id, mailbox)
    late_first = [mailbox[3], mailbox[4], *mailbox[:3]]
    assert answer(f"{user_id}-shuffled", late_first) == in_order


def test_deleting_an_application_keeps_its_emails_from_coming_back(store, user_id):
    record(store, user_id, an_email(on=1), application_email("applied", "Acme", "A"))
    (application,) = store.list_applications(user_id)
    UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(2)).delete_application(
        user_id, application.app_id
    )
    record(store, user_id, an_email(on=5), application_email("applied", "Acme", "B"))
    (left,) = store.list_applications(user_id)
    assert left.job_title == "B" and len(store.list_events(user_id, left.app_id)) == 1


def test_one_employer_spelled_two_ways_meets_in_one_employer_document(store, user_id):
    record(store, user_id, an_email(on=1), application_email("applied", "Ford", "Software Engineer"))
    record(store, user_id, an_email(on=20), application_email("rejected", "Ford Motor Company", None))
    record(store, user_id, an_email(on=21), application_email("applied", "Ford Foundation", None))
    by_company = {a.company: a.status for a in store.list_applications(user_id)}
    assert by_company == {"Ford": Status.REJECTED, "Ford Foundation": Status.APPLIED}


def test_mail_naming_no_employer_meets_its_thread_and_requisition_in_either_order_on_firestore(
    store, user_id
):
    record(store, user_id, an_email(on=9, thread="t-1"), application_email("rejected", None, None))
    record(
        store, user_id, an_email(on=1, thread="t-1"), application_email("applied", "Wexford", "Data Engineer")
    )
    record(store, user_id, an_email(on=2), application_email("applied", "Calder", "Field Engineer", "48213"))
    record(store, user_id, an_email(on=8), application_email("interview", None, None, requisition_id="48213"))
    record(store, user_id, an_email(on=5, thread="t-1"), application_email("interview", None, None))
    by_company = {a.company: (a.status, a.needs_review) for a in store.list_applications(user_id)}
    assert by_company == {"Wexford": (Status.REJECTED, None), "Calder": (Status.INTERVIEW, None)}
    assert sum(len(events) for events in store.timelines(user_id).values()) == 5


def test_timelines_hold_every_applications_emails_as_their_own_timelines_do(store, user_id):
    record(store, user_id, an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    record(store, user_id, an_email(on=4), application_email("interview", "Acme", "Data Engineer"))
    record(store, user_id, an_email(on=2), application_email("applied", "Globex", "Analyst"))
    record(store, user_id, an_email(on=3), application_email("applied", "Initech", "Analyst"))
    deleted = next(a for a in store.list_applications(user_id) if a.company == "Initech")
    UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(5)).delete_application(
        user_id, deleted.app_id
    )
    timelines = store.timelines(user_id)
    applications = store.list_applications(user_id)
    assert set(timelines) == {a.app_id for a in applications}
    for application in applications:
        expected = store.list_events(user_id, application.app_id)
        assert sorted(timelines[application.app_id], key=lambda e: e.received_at) == expected


def _reads_of_applications(monkeypatch) -> list[str]:
    """The ids of the applications every unit of work reads from now on."""
    read: list[str] = []
    original = FirestoreUserTransaction.applications

    def counted(self, app_ids):
        read.extend(app_ids)
        return original(self, app_ids)

    monkeypatch.setattr(FirestoreUserTransaction, "applications", counted)
    return read


def test_an_email_joining_one_of_an_employers_applications_reads_only_that_one_on_firestore(
    store, user_id, monkeypatch
):
    for on, title in enumerate(["Data Engineer", "ML Engineer", "Platform Engineer"], start=1):
        record(store, user_id, an_email(on=on), application_email("applied", "Acme", title))
    ids = {a.job_title: a.app_id for a in store.list_applications(user_id)}
    read = _reads_of_applications(monkeypatch)
    record(store, user_id, an_email(on=9), application_email("rejected", "Acme", "ML Engineer"))
    assert read == [ids["ML Engineer"]]
    assert {a.job_title: a.status for a in store.list_applications(user_id)} == {
        "Data Engineer": Status.APPLIED,
        "ML Engineer": Status.REJECTED,
        "Platform Engineer": Status.APPLIED,
    }


def test_an_employer_document_kept_before_digests_gets_them_as_its_applications_are_read(
    store, firestore_client, user_id, monkeypatch
):
    for on, title in enumerate(["Data Engineer", "ML Engineer"], start=1):
        record(store, user_id, an_email(on=on), application_email("applied", "Acme", title))
    employer = store.user_ref(user_id).collection("companies").document(doc_key("acme"))
    employer.update({"digests": firestore.DELETE_FIELD})  # as the code before digests wrote it
    ids = {a.job_title: a.app_id for a in store.list_applications(user_id)}
    read = _reads_of_applications(monkeypatch)
    record(store, user_id, an_email(on=5), application_email("interview", "Acme", "Data Engineer"))
    assert sorted(read) == sorted(ids.values())  # none has a digest: each is read, and gets one
    read.clear()
    record(store, user_id, an_email(on=7), application_email("rejected", "Acme", "ML Engineer"))
    assert read == [ids["ML Engineer"]]
    assert {a.job_title: a.status for a in store.list_applications(user_id)} == {
        "Data Engineer": Status.INTERVIEW,
        "ML Engineer": Status.REJECTED,
    }
