"""The worker's memory of sender organisations on the Firestore emulator (tracker/organisation_slots.py):
their placeholders read and written in the recording's one transaction, kept as the memory store keeps
them, and a message delivered twice changes nothing."""

from __future__ import annotations

import functools
from itertools import permutations

import pytest

from infra.firestore_store import FirestoreApplicationStore
from tests.builders import application_email, day
from tracker.memory_store import MemoryApplicationStore
from tracker.models import EmailMessage, Extraction
from tracker.organisation_placeholders import ORGANISATION_PREFIX
from tracker.recording import record_email

pytestmark = pytest.mark.emulator

LINK = "https://jobs.lever.co/corrandale/7a1b"


def mail(message_id: str, on: int, sender: str, subject: str, body: str = "") -> EmailMessage:
    return EmailMessage(message_id=message_id, sender=sender, subject=subject, body=body, received_at=day(on))


RECEIPT = (
    mail(
        "c1", 1, "Corrandale Mills <no-reply@hire.lever.co>", "Thanks for applying to Corrandale Mills", LINK
    ),
    application_email("applied", "Corrandale Mills", "Quality Engineer"),
)
MANAGER = (
    mail("c2", 6, "Hannah Voss <hannah.voss@corrandale.com>", "Quick call?"),
    application_email("interview", None, None),
)
TENANT_UPDATE = (
    mail("c3", 9, "Kim Lau <no-reply@hire.lever.co>", "Your application", LINK),
    application_email("rejected", "Kim Lau", None),
)


@pytest.fixture
def store(firestore_client):
    return FirestoreApplicationStore(firestore_client)


def record(store, user_id: str, email: EmailMessage, extraction: Extraction):
    work = functools.partial(record_email, email=email, extraction=extraction, now=day(100))
    return store.in_transaction(user_id, work)


def shown(store, user_id: str) -> list[tuple]:
    return sorted(
        (
            tuple(sorted(e.message_id for e in store.list_events(user_id, a.app_id))),
            a.company,
            a.status.value,
            {e.message_id: e.company for e in store.list_events(user_id, a.app_id)}.get("c2"),
        )
        for a in store.list_applications(user_id)
    )


def test_mail_naming_no_employer_joins_the_application_its_senders_ats_receipt_named_in_any_order(
    store, user_id
):
    for number, order in enumerate(permutations((RECEIPT, MANAGER, TENANT_UPDATE))):
        user = f"{user_id}-{number}"
        for email, extraction in order:
            record(store, user, email, extraction)
        assert shown(store, user) == [
            (("c1", "c2", "c3"), "Corrandale Mills", "rejected", "Corrandale Mills")
        ]


def test_the_organisations_placeholders_are_kept_as_the_memory_store_keeps_them(store, user_id):
    memory = MemoryApplicationStore()
    for email, extraction in (MANAGER, TENANT_UPDATE, RECEIPT):
        record(store, user_id, email, extraction)
        record(memory, user_id, email, extraction)

    def organisations(aliases: dict[str, str]) -> dict[str, str]:
        return {key: value for key, value in aliases.items() if key.startswith(ORGANISATION_PREFIX)}

    kept = organisations(store.employer_aliases(user_id))
    assert kept and kept == organisations(memory.employer_aliases(user_id))


def test_a_message_delivered_twice_changes_nothing_the_second_time(store, user_id):
    for email, extraction in (MANAGER, RECEIPT):
        record(store, user_id, email, extraction)
    before = (shown(store, user_id), store.employer_aliases(user_id))
    for email, extraction in (MANAGER, RECEIPT):
        assert record(store, user_id, email, extraction).duplicate
    assert (shown(store, user_id), store.employer_aliases(user_id)) == before
