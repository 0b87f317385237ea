"""A staffing agency's receipt names only the agency (its client not named); later the client writes for
itself about the same role (an interview through its ATS, an offer, a rejection). One application,
named after the client and flagged for review, whatever order the mail arrives in
(matching.agency_begun_application, recording.record_email)."""

from __future__ import annotations

import itertools

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.models import Status

AGENCY = "Dana Kim <dana@brightpathstaffing.com>"
CLIENT_ATS = "Beacon Ledger <no-reply@hire.lever.co>"
TITLE = "Senior Backend Engineer"


def _agency_receipt(on: int = 1, title: str = TITLE, requisition: str | None = None, agency: str = AGENCY):
    return an_email(on=on, sender=agency), application_email(
        "applied", "Brightpath Staffing", title, requisition_id=requisition
    )


def _client_step(status: str, on: int, title: str = TITLE, requisition: str | None = None):
    return an_email(on=on, sender=CLIENT_ATS), application_email(
        status, "Beacon Ledger", title, requisition_id=requisition
    )


def _endings(*mails) -> set[tuple]:
    endings = set()
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        endings.add(tuple(sorted((a.company, a.job_title, a.status.value) for a in tracker.applications)))
    return endings


def test_the_clients_own_interview_and_rejection_join_the_agencys_receipt_in_any_order():
    endings = _endings(_agency_receipt(1), _client_step("interview", 5), _client_step("rejected", 9))
    assert endings == {(("Beacon Ledger", TITLE, "rejected"),)}


def test_the_join_by_the_role_alone_is_flagged_for_the_user_to_check():
    tracker = Tracker()
    for email, extraction in (_agency_receipt(1), _client_step("interview", 5)):
        tracker.receive(email, extraction)
    application = tracker.only_application()
    assert application.status is Status.INTERVIEW
    assert "staffing agency" in (application.needs_review or "")


def test_the_clients_own_receipt_is_a_submission_of_the_readers_own_and_joins_no_agency_receipt():
    endings = _endings(_agency_receipt(1), _client_step("applied", 5))
    assert endings == {(("Beacon Ledger", TITLE, "applied"), ("Brightpath Staffing", TITLE, "applied"))}


def test_a_clients_step_about_another_role_joins_no_agency_receipt():
    endings = _endings(_agency_receipt(1), _client_step("interview", 5, title="Staff Data Engineer"))
    assert endings == {
        (("Beacon Ledger", "Staff Data Engineer", "interview"), ("Brightpath Staffing", TITLE, "applied"))
    }


def test_a_clients_step_dated_before_the_agencys_receipt_joins_it_in_no_order():
    endings = _endings(_agency_receipt(5), _client_step("interview", 1))
    assert endings == {(("Beacon Ledger", TITLE, "interview"), ("Brightpath Staffing", TITLE, "applied"))}


def test_a_clients_step_under_another_requisition_id_joins_no_agency_receipt():
    endings = _endings(
        _agency_receipt(1, requisition="RQ-7"), _client_step("interview", 5, requisition="RQ-9")
    )
    assert endings == {(("Beacon Ledger", TITLE, "interview"), ("Brightpath Staffing", TITLE, "applied"))}


def test_with_two_agencies_receipts_for_the_role_open_the_clients_step_joins_neither_in_any_order():
    other_agency = an_email(on=2, sender="Sam Lee <sam@northbridge-recruitment.com>")
    other = (other_agency, application_email("applied", "Northbridge Recruitment", TITLE))
    endings = _endings(_agency_receipt(1), other, _client_step("interview", 5), _client_step("rejected", 8))
    assert endings == {
        (
            ("Beacon Ledger", TITLE, "rejected"),
            ("Brightpath Staffing", TITLE, "applied"),
            ("Northbridge Recruitment", TITLE, "applied"),
        )
    }
