"""A staffing agency's receipt names a role and only the agency ("submitted your CV for the Stock
Controller role with our client in Derby"); the same recruiter's later mail names the client and no
role ("I've had feedback from Orwell Pharmacy"). One application, named after the client and flagged
for review, whatever order the mail arrives in; with two such receipts open, which one the client is
was a guess: kept apart, flagged (relay_matching.client_named_late). An agency's receipt written after
its client interviewed the reader is the same title at another client (relay_matching.relayed_application),
and a role written another way still joins its relay, flagged."""

from __future__ import annotations

import itertools
from dataclasses import replace

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.models import Status

RECRUITER = "Nadia Brooks <nadia.brooks@larkfieldrecruitment.co.uk>"
COLLEAGUE = "Tom Hale <tom.hale@larkfieldrecruitment.co.uk>"
AGENCY = "Larkfield Recruitment"
TITLE = "Stock Controller"


def _receipt(on: int = 1, title: str = TITLE, sender: str = RECRUITER):
    return an_email(on=on, sender=sender), application_email("applied", AGENCY, title)


def _client_named_no_role(status: str = "rejected", on: int = 6, client: str = "Orwell Pharmacy"):
    return an_email(on=on, sender=RECRUITER), application_email(status, client, None)


def _shown(tracker: Tracker) -> list[tuple]:
    return sorted(
        (a.company, a.job_title, a.status.value, bool(a.needs_review)) for a in tracker.applications
    )


def _in_every_order(*mails) -> set[tuple]:
    endings = set()
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        endings.add(tuple(_shown(tracker)))
    return endings


def test_the_recruiters_mail_naming_the_client_but_no_role_joins_her_receipt_naming_none_flagged():
    assert _in_every_order(_receipt(), _client_named_no_role()) == {
        (("Orwell Pharmacy", TITLE, "rejected", True),)
    }


def test_with_two_of_her_receipts_naming_no_client_open_the_clients_mail_is_kept_apart_flagged():
    tracker = Tracker()
    for email, extraction in (_receipt(1), _receipt(2, "Warehouse Team Leader"), _client_named_no_role(on=6)):
        tracker.receive(email, extraction)
    assert _shown(tracker) == [
        (AGENCY, TITLE, "applied", False),
        (AGENCY, "Warehouse Team Leader", "applied", False),
        ("Orwell Pharmacy", None, "rejected", True),
    ]


def test_a_colleagues_receipt_naming_no_client_is_not_joined_by_her_mail_naming_one():
    tracker = Tracker()
    for email, extraction in (_receipt(1, sender=COLLEAGUE), _client_named_no_role(on=6)):
        tracker.receive(email, extraction)
    assert [(a.company, a.status) for a in sorted(tracker.applications, key=lambda a: a.company)] == [
        (AGENCY, Status.APPLIED),
        ("Orwell Pharmacy", Status.REJECTED),
    ]


def test_the_agencys_shared_mailbox_receipt_is_joined_by_any_recruiters_mail_naming_the_client_flagged():
    shared_receipt = _receipt(1, sender=f"{AGENCY} <candidates.uk@larkfieldrecruitment.co.uk>")
    assert _in_every_order(shared_receipt, _client_named_no_role()) == {
        (("Orwell Pharmacy", TITLE, "rejected", True),)
    }


def test_a_shared_mailbox_receipt_a_colleague_has_taken_on_is_not_joined_by_her_mail_naming_a_client():
    tracker = Tracker()
    for email, extraction in (
        _receipt(1, sender=f"{AGENCY} <candidates.uk@larkfieldrecruitment.co.uk>"),
        (an_email(on=3, sender=COLLEAGUE), application_email("interview", AGENCY, None)),
        _client_named_no_role(on=6),
    ):
        tracker.receive(email, extraction)
    assert [(a.company, a.status) for a in sorted(tracker.applications, key=lambda a: a.company)] == [
        (AGENCY, Status.INTERVIEW),
        ("Orwell Pharmacy", Status.REJECTED),
    ]


def test_a_receipt_naming_no_client_after_the_clients_interview_is_the_same_title_at_another_client():
    client_interview = (
        an_email(on=5, sender=RECRUITER),
        application_email("interview", "Orwell Pharmacy", TITLE),
    )
    assert _in_every_order(_receipt(1), client_interview, _receipt(12)) == {
        ((AGENCY, TITLE, "applied", False), ("Orwell Pharmacy", TITLE, "interview", False))
    }


def test_the_client_named_for_the_role_written_another_way_joins_the_receipt_flagged():
    client_interview = (
        an_email(on=5, sender=RECRUITER),
        application_email("interview", "Orwell Pharmacy", TITLE),
    )
    assert _in_every_order(_receipt(1, f"{TITLE} (Pharmacy Distribution)"), client_interview) == {
        (("Orwell Pharmacy", f"{TITLE} (Pharmacy Distribution)", "interview", True),)
    }


def test_the_recruiters_mail_naming_client_and_role_joins_her_receipt_naming_neither_flagged():
    naming_neither = an_email(on=1, sender=RECRUITER), application_email("applied", AGENCY, None)
    client_interview = (
        an_email(on=5, sender=RECRUITER),
        application_email("interview", "Orwell Pharmacy", TITLE),
    )
    assert _in_every_order(naming_neither, client_interview) == {
        (("Orwell Pharmacy", TITLE, "interview", True),)
    }


def _with_reference(mail, reference: str):
    email, extraction = mail
    return email, replace(extraction, requisition_id=reference)


def test_her_mail_naming_the_client_and_the_receipts_reference_joins_that_receipt_flagged():
    receipt = _with_reference(_receipt(), "LR-3307")
    named = _with_reference(_client_named_no_role(), "LR-3307")
    assert _in_every_order(receipt, named) == {(("Orwell Pharmacy", TITLE, "rejected", True),)}


def test_her_mail_naming_the_client_and_another_reference_is_kept_apart():
    tracker = Tracker()
    for email, extraction in (
        _with_reference(_receipt(), "LR-3307"),
        _with_reference(_client_named_no_role(), "LR-4410"),
    ):
        tracker.receive(email, extraction)
    assert [(a.company, a.status) for a in sorted(tracker.applications, key=lambda a: a.company)] == [
        (AGENCY, Status.APPLIED),
        ("Orwell Pharmacy", Status.REJECTED),
    ]
