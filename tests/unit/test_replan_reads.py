"""Recording an email re-plans its employer from the emails its document holds, and reads only the
applications the plan changes or drops, or can't know from their digest (tracker/digests.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta, timezone

from tests.builders import a_new_application, an_email, application_email, day
from tracker.digests import ApplicationDigest, digest_of, fingerprint
from tracker.editing import ManualChanges, apply_manual_changes
from tracker.memory_store import MemoryApplicationStore
from tracker.models import ApplicationEvent, Status
from tracker.recording import record_email
from tracker.regrouping import plan_employer

USER = "u1"


class ReadsCounted:
    """The unit of work, noting which applications it reads."""

    def __init__(self, tx, read: list[str]) -> None:
        self._tx, self._read = tx, read

    def __getattr__(self, name):
        return getattr(self._tx, name)

    def applications(self, app_ids):
        self._read.extend(app_ids)
        return self._tx.applications(app_ids)


def receive(store, email, extraction) -> list[str]:
    """Record one email; the ids of the applications its unit read."""
    read: list[str] = []
    store.in_transaction(USER, lambda tx: record_email(ReadsCounted(tx, read), email, extraction, day(100)))
    return read


def three_roles_at_acme() -> tuple[MemoryApplicationStore, dict[str, str]]:
    store = MemoryApplicationStore()
    for on, title in enumerate(["Data Engineer", "ML Engineer", "Platform Engineer"], start=1):
        receive(store, an_email(on=on), application_email("applied", "Acme", title))
    return store, {a.job_title or "": a.app_id for a in store.list_applications(USER)}


def test_an_email_joining_one_of_three_applications_reads_only_that_one():
    store, ids = three_roles_at_acme()
    read = receive(store, an_email(on=9), application_email("rejected", "Acme", "ML Engineer"))
    assert read == [ids["ML Engineer"]]
    statuses = {a.job_title: a.status for a in store.list_applications(USER)}
    assert statuses == {
        "Data Engineer": Status.APPLIED,
        "ML Engineer": Status.REJECTED,
        "Platform Engineer": Status.APPLIED,
    }


def test_a_new_roles_confirmation_reads_no_application():
    store, _ = three_roles_at_acme()
    assert receive(store, an_email(on=9), application_email("applied", "Acme", "QA Engineer")) == []
    assert len(store.list_applications(USER)) == 4


def test_an_application_made_by_hand_is_read_before_the_plan_and_keeps_its_name():
    store, ids = three_roles_at_acme()
    renamed = store.get_application(USER, ids["Data Engineer"])
    assert renamed is not None
    apply_manual_changes(renamed, ManualChanges(job_title="Senior Data Engineer"), day(5))
    store.in_transaction(USER, lambda tx: tx.save_application(renamed))
    read = receive(store, an_email(on=9), application_email("interview", "Acme", "Senior Data Engineer"))
    assert renamed.app_id in read
    after = store.get_application(USER, renamed.app_id)
    assert after is not None
    assert (after.job_title, after.status) == ("Senior Data Engineer", Status.INTERVIEW)


def test_a_status_set_by_hand_is_read_and_kept_when_an_email_joins_its_application():
    store, ids = three_roles_at_acme()
    offered = store.get_application(USER, ids["ML Engineer"])
    assert offered is not None
    apply_manual_changes(offered, ManualChanges(status=Status.OFFER), day(5))
    store.in_transaction(USER, lambda tx: tx.save_application(offered))
    read = receive(store, an_email(on=9), application_email("interview", "Acme", "ML Engineer"))
    assert read == [offered.app_id]
    after = store.get_application(USER, offered.app_id)
    assert after is not None
    assert after.status is Status.OFFER and after.progress_status is Status.INTERVIEW


def test_a_digest_tells_what_emails_decide_and_not_how_a_date_is_written():
    application = a_new_application(applied_at=day(1), updated_at=day(2))
    elsewhere = timezone(timedelta(hours=-5))
    same_moment = replace(application, applied_at=day(1).astimezone(elsewhere))
    assert fingerprint(same_moment) == fingerprint(application)
    assert fingerprint(replace(application, tags=["remote"], notes="call Sam")) == fingerprint(application)
    assert fingerprint(replace(application, status=Status.REJECTED)) != fingerprint(application)
    assert fingerprint(replace(application, needs_review="a guess")) != fingerprint(application)
    assert fingerprint(replace(application, updated_at=day(3))) != fingerprint(application)
    assert fingerprint(replace(application, requisition_ids=["R-7"])) != fingerprint(application)
    assert fingerprint(replace(application, requisition_ids=["R-7"])) != fingerprint(
        replace(application, requisition_ids=["R-8"])
    )


def test_a_digest_says_whether_the_application_is_pinned():
    application = a_new_application()
    apply_manual_changes(application, ManualChanges(status=Status.OFFER), day(5))
    assert not digest_of(application).pinned  # a status set by hand pins nothing
    apply_manual_changes(application, ManualChanges(company="Acme Robotics"), day(6))
    assert digest_of(application).pinned


def test_a_digest_kept_as_the_stored_document_reads_back_as_it_was_and_none_else():
    for application in (a_new_application(), a_new_application(source="manual")):
        digest = digest_of(application)
        assert ApplicationDigest.from_list(digest.to_list()) == digest
    assert ApplicationDigest.from_list(None) is None
    assert ApplicationDigest.from_list([True, "abc", "older shape"]) is None


def test_an_application_the_index_has_no_digest_for_is_read_whenever_the_plan_keeps_it():
    stored = a_new_application(app_id="a1", applied_at=day(1), updated_at=day(1))
    history = {
        "a1": [ApplicationEvent("m1", Status.APPLIED, day(1), company="Acme", job_title="Data Engineer")]
    }
    read: list[str] = []

    def reading(app_ids):
        read.extend(app_ids)
        return [stored]

    joining = ApplicationEvent("m2", Status.INTERVIEW, day(5), company="Acme", job_title="Data Engineer")
    plan = plan_employer([], history, joining, lambda: "new", {"a1": None}, reading)
    assert read == ["a1"] and plan.app_of == {"m1": "a1", "m2": "a1"}


def test_an_application_read_for_its_hand_set_status_and_left_as_it_was_is_not_written_again():
    store, ids = three_roles_at_acme()
    offered = store.get_application(USER, ids["ML Engineer"])
    assert offered is not None
    apply_manual_changes(offered, ManualChanges(status=Status.OFFER), day(5))
    store.in_transaction(USER, lambda tx: tx.save_application(offered))
    read = receive(store, an_email(on=9), application_email("rejected", "Acme", "Data Engineer"))
    assert offered.app_id in read  # its emails say "applied": the fingerprints differ
    after = store.get_application(USER, offered.app_id)
    assert after is not None and (after.status, after.version) == (Status.OFFER, offered.version)
