"""Merge, split and undo over the ports, with the in-memory store as the fake."""

from __future__ import annotations

import pytest

from tests.builders import an_email, application_email, day
from tests.fakes import ForgottenRows, RecordingQueue
from tracker.correction_use_cases import Corrections
from tracker.editing import ManualChanges
from tracker.errors import Conflict, InvalidInput, NotFound
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Application, Status
from tracker.recording import record_email
from tracker.use_cases import UseCases

USER = "user-1"
# What a record is to the user and the sheet (not its bookkeeping: version, pin, undo token).
SHOWN = (
    "app_id",
    "company",
    "job_title",
    "status",
    "applied_at",
    "updated_at",
    "row_number",
    "edited_fields",
)


@pytest.fixture
def store() -> MemoryApplicationStore:
    return MemoryApplicationStore()


@pytest.fixture
def rows() -> ForgottenRows:
    return ForgottenRows()


@pytest.fixture
def queue() -> RecordingQueue:
    return RecordingQueue()


@pytest.fixture
def corrections(store, rows, queue) -> Corrections:
    return Corrections(store, rows, queue, clock=lambda: day(50))  # type: ignore[arg-type]


def receive(store, company="Acme", title="Data Engineer", on=1, status="applied", thread=None) -> str:
    email = an_email(on=on, thread=thread)
    extraction = application_email(status, company, title)
    return store.in_transaction(USER, lambda tx: record_email(tx, email, extraction, now=day(on))).app_id


def with_row(store, app_id: str, row: int) -> None:
    """As a sheet sync leaves it: the record on its row."""

    def work(tx):
        record = tx.application(app_id)
        record.row_number, record.sheet_dirty = row, False
        tx.lock_company(record.company_key)
        tx.save_application(record)

    store.in_transaction(USER, work)


def shown(record: Application) -> tuple:
    return tuple(getattr(record, name) for name in SHOWN)


def emails(store, app_id: str) -> set[str]:
    return {e.message_id for e in store.list_events(USER, app_id)}


def two_records_of_one_application(store) -> tuple[str, str]:
    """A confirmation under one title, and an interview invitation naming the post with words of its own
    (two posts of one role, by the titles: tracker/titled_steps.py)."""
    first = receive(store, title="Data Engineer, Payments", on=1, thread="t1")
    second = receive(store, title="Engineer II, Data Platform", on=5, status="interview", thread="t2")
    with_row(store, first, 2)
    with_row(store, second, 3)
    return first, second


def test_a_merge_keeps_the_first_record_with_the_union_of_emails_and_the_status_by_the_rules(
    corrections, store, rows, queue
):
    first, second = two_records_of_one_application(store)
    emails_before = emails(store, first) | emails(store, second)

    result = corrections.merge(USER, [first, second])

    (record,) = store.list_applications(USER)
    assert result.records[0].app_id == record.app_id == first
    assert emails(store, first) == emails_before
    assert record.status is Status.INTERVIEW and record.row_number == 2 and record.sheet_dirty
    assert record.applied_at == day(1) and record.updated_at == day(5)
    assert rows.rows == [(USER, second, 3)]  # its old row goes blank at the next sync
    assert queue.sheet_syncs == [USER] and result.undo_token


def test_the_fields_the_user_set_win_a_merge(corrections, store):
    first, second = two_records_of_one_application(store)
    UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(6)).edit_application(  # type: ignore[arg-type]
        USER, second, ManualChanges(job_title="Senior Data Engineer", status=Status.OFFER)
    )

    (record,) = corrections.merge(USER, [first, second]).records

    assert record.job_title == "Senior Data Engineer" and record.status is Status.OFFER
    assert sorted(record.edited_fields) == ["job_title", "status"]


def test_tags_notes_and_hand_edits_of_every_merged_record_are_kept(corrections, store):
    first, second = two_records_of_one_application(store)
    edit = UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(6)).edit_application  # type: ignore[arg-type]
    edit(USER, first, ManualChanges(tags=("remote",), notes="Call back Friday"))
    edit(USER, second, ManualChanges(tags=("remote", "dream job"), notes="Referred by Sam"))

    (record,) = corrections.merge(USER, [first, second]).records

    assert record.tags == ["remote", "dream job"]
    assert record.notes == "Call back Friday\n\nReferred by Sam"
    assert len(record.manual_edits) == 2


def test_merge_then_split_gives_back_the_original_records_and_rows(corrections, store, rows):
    first, second = two_records_of_one_application(store)
    originals = {a.app_id: shown(a) for a in store.list_applications(USER)}
    second_emails = emails(store, second)

    corrections.merge(USER, [first, second])
    kept, split_off = corrections.split(USER, first, sorted(second_emails)).records

    assert (kept.app_id, split_off.app_id) == (first, second)
    assert {a.app_id: shown(a) for a in store.list_applications(USER)} == originals
    assert emails(store, second) == second_emails
    assert rows.restored == [(USER, second, 3)]


def test_merge_then_undo_gives_back_the_original_records(corrections, store, rows):
    first, second = two_records_of_one_application(store)
    originals = {a.app_id: shown(a) for a in store.list_applications(USER)}
    token = corrections.merge(USER, [first, second]).undo_token

    restored = corrections.undo(USER, token)

    assert {r.app_id for r in restored.records} == {first, second}
    assert {a.app_id: shown(a) for a in store.list_applications(USER)} == originals
    assert rows.restored == [(USER, second, 3)]
    with pytest.raises(NotFound):
        corrections.undo(USER, token)  # an undo token is spent once


def test_a_merge_survives_new_mail_for_that_employer(corrections, store):
    first, second = two_records_of_one_application(store)
    corrections.merge(USER, [first, second])

    later = receive(
        store, title="Engineer II, Data Platform", on=9, status="offer", thread="t2"
    )  # second's thread
    other = receive(store, title="Platform Engineer", on=10)

    assert later == first and other != first
    (merged,) = [a for a in store.list_applications(USER) if a.app_id == first]
    assert merged.status is Status.OFFER and len(emails(store, first)) == 3
    assert len(store.list_applications(USER)) == 2


def test_a_split_record_is_not_regrouped_by_new_mail(corrections, store):
    one = receive(store, title=None, on=1, thread="a")  # a title-less confirmation, and its role's update
    receive(store, title=None, on=2, status="interview", thread="b")
    assert len(store.list_applications(USER)) == 1
    moved = sorted(emails(store, one) - {store.get_application(USER, one).last_message_id})

    kept, split_off = corrections.split(USER, one, moved).records
    kept_emails = emails(store, kept.app_id)
    third = receive(store, title=None, on=3, status="assessment", thread="c")

    # Both split records are open: the new title-less email is kept apart from them, for review.
    assert emails(store, split_off.app_id) == set(moved) and emails(store, kept.app_id) == kept_emails
    assert third not in (kept.app_id, split_off.app_id) and len(store.list_applications(USER)) == 3
    assert split_off.pinned_by == kept.pinned_by == "split"


def test_split_then_undo_gives_back_the_record(corrections, store, rows):
    first, second = two_records_of_one_application(store)
    corrections.merge(USER, [first, second])
    before = shown(store.get_application(USER, first))
    everything = emails(store, first)
    split_result = corrections.split(USER, first, sorted(emails(store, first))[:1])
    new_id = split_result.records[1].app_id

    corrections.undo(USER, split_result.undo_token)

    assert [a.app_id for a in store.list_applications(USER)] == [first]
    assert shown(store.get_application(USER, first)) == before and emails(store, first) == everything
    assert (USER, new_id, None) in rows.rows


def test_an_undo_waits_for_the_later_correction_to_be_undone_first(corrections, store):
    first, second = two_records_of_one_application(store)
    merge = corrections.merge(USER, [first, second]).undo_token
    corrections.split(USER, first, sorted(emails(store, first))[:1])

    with pytest.raises(Conflict):
        corrections.undo(USER, merge)


@pytest.mark.parametrize("times", [1, 2])
def test_a_merge_needs_two_different_records(corrections, store, times):
    app_id = receive(store)
    with pytest.raises(InvalidInput):
        corrections.merge(USER, [app_id] * times)


def test_merging_or_splitting_what_is_not_there_changes_nothing(corrections, store, queue):
    app_id = receive(store)
    with pytest.raises(NotFound):
        corrections.merge(USER, [app_id, "nope"])
    with pytest.raises(InvalidInput):
        corrections.split(USER, app_id, ["not-its-email"])
    with pytest.raises(InvalidInput):
        corrections.split(USER, app_id, sorted(emails(store, app_id)))  # all of them: nothing left
    assert [a.app_id for a in store.list_applications(USER)] == [app_id] and queue.sheet_syncs == []
