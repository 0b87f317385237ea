"""A recruiter or a virtual assistant writing through an ATS from a mailbox of her first name, her display
name saying whom she writes for ("Nadia from Corvell Foods <nadia@paradox.ai>"): the mailbox is her, no
employer's tenant, so a mail reading her name as the employer is filed under the one employer her other
mail names (tracker/sender_organisations.py, tracker/inbox_names.py). Invented names."""

from __future__ import annotations

import functools
from itertools import permutations

from tests.builders import application_email, day
from tracker.inbox_names import named_by_inbox
from tracker.memory_store import MemoryApplicationStore
from tracker.models import EmailMessage, Extraction
from tracker.recording import record_email
from tracker.sender_organisations import sender_organisations

USER = "u1"
NADIA_AT_CORVELL = "Nadia from Corvell Foods <nadia@paradox.ai>"


def mail(msg_id: str, on: int, sender: str, body: str = "") -> EmailMessage:
    return EmailMessage(message_id=msg_id, sender=sender, subject="", body=body, received_at=day(on))


def named(*mails: tuple[EmailMessage, Extraction]) -> dict[str, str | None]:
    """Each mail's employer as the inbox names it, by message id."""
    items = [(email, reading, sender_organisations(email)) for email, reading in mails]
    extractions, _ = named_by_inbox(items)
    return {email.message_id: e.company for (email, _), e in zip(mails, extractions, strict=True)}


def test_a_first_name_mailbox_on_an_ats_is_its_writer_not_a_tenant():
    for sender in (
        NADIA_AT_CORVELL,
        "Tomas at Pellham Bakery <tomas@paradox.ai>",
        "Ines @ Orrin <ines@icims.com>",
    ):
        keys = sender_organisations(mail("m1", 0, sender))
        assert not any(key.startswith("org:") for key in keys), sender
        assert len(keys) == 1 and keys[0].startswith("writer:")


def test_an_employers_tenant_mailbox_stays_its_tenant():
    assert sender_organisations(mail("m1", 0, "Corvell Foods <corvell@myworkday.com>")) == ("org:corvell",)
    # The mailbox is not the writer's first name: the tenant it names stays.
    assert sender_organisations(mail("m2", 0, "Nadia from Corvell Foods <corvell@myworkday.com>")) == (
        "org:corvell",
    )


def test_an_assistants_mail_reading_her_name_is_filed_under_the_employer_her_receipt_named():
    link = "Chat with me: https://corvell.paradox.ai/co/Ab12"
    assert named(
        (mail("m1", 0, NADIA_AT_CORVELL, link), application_email("applied", "Corvell Foods", "Line Cook")),
        (mail("m2", 1, NADIA_AT_CORVELL, link), application_email("interview", "Nadia", "Line Cook")),
        # No link at all: her display name still ties it.
        (mail("m3", 2, NADIA_AT_CORVELL), application_email("interview", "Nadia", None)),
    ) == {"m1": "Corvell Foods", "m2": "Corvell Foods", "m3": "Corvell Foods"}


def test_one_assistants_name_at_two_employers_ties_neither_to_the_other():
    assert named(
        (mail("m1", 0, NADIA_AT_CORVELL), application_email("applied", "Corvell Foods", "Line Cook")),
        (
            mail("m2", 1, "Nadia from Pellham Bakery <nadia@paradox.ai>"),
            application_email("applied", "Pellham Bakery", "Baker"),
        ),
        (
            mail("m3", 2, "Nadia from Pellham Bakery <nadia@paradox.ai>"),
            application_email("interview", "Nadia", None),
        ),
        (mail("m4", 3, NADIA_AT_CORVELL), application_email("rejected", "Nadia", None)),
    ) == {"m1": "Corvell Foods", "m2": "Pellham Bakery", "m3": "Pellham Bakery", "m4": "Corvell Foods"}


def test_the_worker_files_the_assistants_mail_alike_in_either_order():
    receipt = (
        mail("m1", 0, NADIA_AT_CORVELL),
        application_email("applied", "Corvell Foods", "Line Cook"),
    )
    rescheduled = (mail("m2", 2, NADIA_AT_CORVELL), application_email("interview", "Nadia", None))
    for order in permutations((receipt, rescheduled)):
        store = MemoryApplicationStore()
        for email, extraction in order:
            store.in_transaction(
                USER, functools.partial(record_email, email=email, extraction=extraction, now=day(100))
            )
        (application,) = store.list_applications(USER)
        assert application.company == "Corvell Foods"
