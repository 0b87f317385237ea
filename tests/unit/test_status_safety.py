"""Automatic updates never move a status backwards, never overwrite what the user set, and the
timeline still records every email."""

from __future__ import annotations

from tests.builders import an_email, application_email, day
from tests.fakes import ForgottenRows, RecordingQueue
from tracker.correction_use_cases import Corrections
from tracker.editing import ManualChanges
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Status
from tracker.recording import record_email
from tracker.use_cases import UseCases

USER = "user-1"


def receive(store, status: str, on: int, title: str | None = "Data Engineer", thread=None) -> str:
    email = an_email(on=on, thread=thread)
    extraction = application_email(status, "Acme", title)
    return store.in_transaction(USER, lambda tx: record_email(tx, email, extraction, now=day(30))).app_id


def timeline(store, app_id: str) -> list[Status]:
    return sorted((e.received_at, e.status) for e in store.list_events(USER, app_id))


def test_a_rejection_followed_by_a_late_confirmation_stays_rejected():
    store = MemoryApplicationStore()
    rejected = receive(store, "rejected", on=9)
    confirmed = receive(store, "applied", on=1)  # delivered after the rejection, dated before it

    (record,) = store.list_applications(USER)
    assert confirmed == rejected and record.status is Status.REJECTED
    assert timeline(store, rejected) == [(day(1), Status.APPLIED), (day(9), Status.REJECTED)]


def test_a_later_progress_email_never_reopens_a_rejection():
    store = MemoryApplicationStore()
    app_id = receive(store, "applied", on=1, thread="a")
    receive(store, "rejected", on=9, thread="a")
    receive(store, "interview", on=12, title=None, thread="a")

    assert store.get_application(USER, app_id).status is Status.REJECTED
    assert [status for _, status in timeline(store, app_id)][-1] is Status.INTERVIEW


def test_an_older_email_never_lowers_a_status():
    store = MemoryApplicationStore()
    app_id = receive(store, "interview", on=5)
    receive(store, "assessment", on=3)

    assert store.get_application(USER, app_id).status is Status.INTERVIEW
    assert len(timeline(store, app_id)) == 2


def test_emails_never_overwrite_the_fields_the_user_set_and_still_reach_the_timeline():
    store = MemoryApplicationStore()
    app_id = receive(store, "applied", on=1)
    use_cases = UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(2))  # type: ignore[arg-type]
    use_cases.edit_application(USER, app_id, ManualChanges(company="Acme Corp", status=Status.OFFER))

    receive(store, "rejected", on=6, title=None)

    record = store.get_application(USER, app_id)
    assert (record.company, record.status) == ("Acme Corp", Status.OFFER)
    assert timeline(store, app_id)[-1] == (day(6), Status.REJECTED)


def test_a_merge_of_a_rejection_and_a_later_confirmation_stays_rejected():
    store = MemoryApplicationStore()
    rejected = receive(store, "rejected", on=9, title="Data Engineer")
    confirmation = receive(store, "applied", on=11, title="Senior Data Engineer")
    corrections = Corrections(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(20))  # type: ignore[arg-type]

    (merged,) = corrections.merge(USER, [confirmation, rejected]).records

    assert merged.status is Status.REJECTED and len(timeline(store, confirmation)) == 2
