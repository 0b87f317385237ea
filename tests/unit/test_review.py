"""The review list: records built on weak evidence, confirmed or fixed by the user, and kept so."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.builders import an_email, application_email, day
from tests.fakes import ForgottenRows, RecordingQueue
from tracker.editing import ManualChanges
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Status
from tracker.ports import ApplicationQuery
from tracker.recording import record_email
from tracker.use_cases import UseCases

USER = "user-1"
TO_REVIEW = ApplicationQuery(needs_review=True)


@pytest.fixture
def store() -> MemoryApplicationStore:
    return MemoryApplicationStore()


@pytest.fixture
def use_cases(store) -> UseCases:
    return UseCases(store, ForgottenRows(), RecordingQueue(), clock=lambda: day(20))  # type: ignore[arg-type]


def receive(store, title: str | None, on: int, status="applied", company="Acme", thread=None, hours=0) -> str:
    email = an_email(on=on, thread=thread)
    email = replace(email, received_at=day(on) + timedelta(hours=hours))
    extraction = application_email(status, company, title)
    return store.in_transaction(USER, lambda tx: record_email(tx, email, extraction, now=day(on))).app_id


def to_review(store) -> list[str]:
    return [a.app_id for a in store.query_applications(USER, TO_REVIEW)[0]]


def a_titleless_update_joined_by_date(store) -> str:
    """Two open roles at Acme; an interview invitation naming neither, hours after the later one
    began, joins it, flagged."""
    receive(store, "Data Engineer", on=1)
    receive(store, "Platform Engineer", on=3)
    return receive(store, None, on=3, hours=2, status="interview")


def test_a_record_on_weak_evidence_is_on_the_review_list_with_its_reason(store):
    flagged = a_titleless_update_joined_by_date(store)

    assert to_review(store) == [flagged]
    reason = store.get_application(USER, flagged).needs_review
    assert reason and "one of 2 open applications" in reason
    listed, count = store.query_applications(USER, ApplicationQuery(needs_review=False))
    assert count == 1 and flagged not in [a.app_id for a in listed]


def test_a_titleless_update_kept_apart_from_several_open_roles_is_on_the_review_list(store):
    receive(store, "Data Engineer", on=1)
    receive(store, "Platform Engineer", on=3)
    kept_apart = receive(store, None, on=9, status="rejected")

    assert to_review(store) == [kept_apart]
    application = store.get_application(USER, kept_apart)
    assert application.job_title is None and application.status is Status.REJECTED
    assert application.needs_review and "kept apart" in application.needs_review


def test_confirming_a_record_removes_it_from_the_review_list_and_new_mail_does_not_flag_it_again(
    store, use_cases
):
    flagged = a_titleless_update_joined_by_date(store)

    confirmed = use_cases.edit_application(USER, flagged, ManualChanges(), reviewed=True)
    receive(store, "Data Engineer", on=6, status="assessment")  # re-plans the employer

    assert confirmed.needs_review is None and confirmed.pinned_by == "confirmed"
    assert to_review(store) == []
    assert store.get_application(USER, flagged).status is Status.INTERVIEW


def test_a_confirmed_record_is_flagged_again_when_new_weak_evidence_joins_it(store, use_cases):
    flagged = a_titleless_update_joined_by_date(store)
    use_cases.edit_application(USER, flagged, ManualChanges(), reviewed=True)

    joined = receive(store, None, on=3, hours=6, status="offer")

    assert joined == flagged and to_review(store) == [flagged]


def test_fixing_a_record_applies_the_changes_and_clears_its_flag(store, use_cases):
    flagged = a_titleless_update_joined_by_date(store)

    fixed = use_cases.edit_application(USER, flagged, ManualChanges(job_title="Data Engineer"), reviewed=True)

    assert fixed.job_title == "Data Engineer" and "job_title" in fixed.edited_fields
    assert fixed.needs_review is None and to_review(store) == []


def test_an_email_naming_no_employer_is_flagged_and_stays_confirmed_when_its_thread_goes_on(store, use_cases):
    flagged = receive(store, "Data Engineer", on=1, company=None, thread="board")
    assert to_review(store) == [flagged]

    use_cases.edit_application(USER, flagged, ManualChanges(), reviewed=True)
    later = receive(store, None, on=4, status="rejected", company=None, thread="board")

    assert later == flagged and to_review(store) == []
    assert store.get_application(USER, flagged).status is Status.REJECTED
