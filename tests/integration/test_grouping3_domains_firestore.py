"""An employer's own sender domain on the Firestore emulator: mail from it naming no employer, recorded
before or after the mail naming the employer, ends in that employer's one application
(tracker/sender_domains.py), its placeholders kept as the memory store keeps them."""

from __future__ import annotations

import pytest

from infra.firestore_store import FirestoreApplicationStore
from infra.firestore_unit import doc_key
from tests.builders import an_email, application_email, day
from tracker.models import Status
from tracker.names import employer_group
from tracker.recording import record_email
from tracker.sender_domains import domain_key

pytestmark = pytest.mark.emulator

DOMAIN = "wendelstein-pflege.de"


@pytest.fixture
def store(firestore_client):
    return FirestoreApplicationStore(firestore_client)


def record(store, user_id, email, extraction):
    return store.in_transaction(user_id, lambda tx: record_email(tx, email, extraction, now=day(100)))


def test_a_departments_mail_from_the_employers_domain_joins_its_application_in_either_order(store, user_id):
    department = an_email(on=9, sender=f"Personalabteilung <bewerbung@{DOMAIN}>")
    record(store, user_id, department, application_email("interview", "Personalabteilung", None))
    receipt = an_email(on=1, sender=f"Wendelstein Pflege gGmbH <bewerbung@{DOMAIN}>")
    record(
        store, user_id, receipt, application_email("applied", "Wendelstein Pflege gGmbH", "Pflegefachkraft")
    )
    manager = an_email(on=12, sender=f"Dr. Jens Voss <j.voss@{DOMAIN}>")
    record(store, user_id, manager, application_email("offer", "Jens Voss", None))
    (application,) = store.list_applications(user_id)
    assert (application.company, application.job_title, application.status, application.needs_review) == (
        "Wendelstein Pflege gGmbH",
        "Pflegefachkraft",
        Status.OFFER,
        None,
    )
    assert len(store.list_events(user_id, application.app_id)) == 3


def test_a_name_with_its_first_words_joined_meets_the_name_in_full_in_either_order(store, user_id):
    joined = an_email(on=8, sender="Dana Whitlock <dana.whitlock@marrowhillfoods.com>")
    record(store, user_id, joined, application_email("interview", "Marrowhill Foods", "Supply Chain Analyst"))
    receipt = an_email(on=1, sender="Marrow Hill Foods <marrowhillfoods@myworkday.com>")
    record(store, user_id, receipt, application_email("applied", "Marrow Hill Foods", "Supply Chain Analyst"))
    (application,) = store.list_applications(user_id)
    assert (application.job_title, application.status) == ("Supply Chain Analyst", Status.INTERVIEW)


def test_the_domains_placeholder_is_written_once_not_again_by_each_email_that_finds_it_unchanged(
    store, user_id
):
    sender = f"Wendelstein Pflege gGmbH <bewerbung@{DOMAIN}>"
    placeholder = (
        store.user_ref(user_id).collection("companies").document(doc_key(employer_group(domain_key(sender))))
    )
    receipt = an_email(on=1, sender=sender)
    record(
        store, user_id, receipt, application_email("applied", "Wendelstein Pflege gGmbH", "Pflegefachkraft")
    )
    written = placeholder.get()
    assert written.exists and written.get("alias_of") == "Wendelstein Pflege gGmbH"
    interview = an_email(on=5, sender=sender)
    record(
        store,
        user_id,
        interview,
        application_email("interview", "Wendelstein Pflege gGmbH", "Pflegefachkraft"),
    )
    assert placeholder.get().update_time == written.update_time
    (application,) = store.list_applications(user_id)
    assert application.status is Status.INTERVIEW
