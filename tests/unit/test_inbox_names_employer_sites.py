"""One sender naming its employer on the receipt and a site of it on a later step about the same role (a
hospital system's recruiter inviting to an interview at one of its hospitals): the whole inbox files the
site's mail under the employer, flagged (tracker/employer_sites.py, tracker/inbox_names.py). Invented
names."""

from __future__ import annotations

from tests.builders import application_email, day
from tracker.employer_sites import SITE_OF_EMPLOYER
from tracker.inbox_names import named_by_inbox
from tracker.models import EmailMessage, Extraction
from tracker.sender_organisations import sender_organisations

WORKDAY = "Harwick Health Careers <harwickhealth@myworkday.com>"
RECRUITER = "Della Fromm <della.fromm@harwickhealth.org>"
ROLE = "Surgical Technologist - Days"


def mail(msg_id: str, on: int, sender: str) -> EmailMessage:
    return EmailMessage(message_id=msg_id, sender=sender, subject="", body="", received_at=day(on))


def named(*mails: tuple[EmailMessage, Extraction]) -> tuple[dict[str, str | None], dict[str, str]]:
    """Each mail's employer as the inbox names it, and why where it is flagged, by message id."""
    items = [(email, reading, sender_organisations(email)) for email, reading in mails]
    extractions, review = named_by_inbox(items)
    return {email.message_id: e.company for (email, _), e in zip(mails, extractions, strict=True)}, review


RECEIPT = (mail("m1", 0, WORKDAY), application_email("applied", "Harwick Health", ROLE))


def test_a_recruiters_interview_at_a_hospital_of_the_system_is_the_systems_application_flagged():
    interview = (mail("m2", 9, RECRUITER), application_email("interview", "Harwick Memorial Hospital", ROLE))
    names, review = named(RECEIPT, interview)
    assert names == {"m1": "Harwick Health", "m2": "Harwick Health"}
    assert review == {"m2": SITE_OF_EMPLOYER}


def test_a_site_with_its_own_receipt_is_another_application():
    own_receipt = (mail("m2", 2, RECRUITER), application_email("applied", "Harwick Memorial Hospital", ROLE))
    interview = (mail("m3", 9, RECRUITER), application_email("interview", "Harwick Memorial Hospital", ROLE))
    names, review = named(RECEIPT, own_receipt, interview)
    assert names["m2"] == names["m3"] == "Harwick Memorial Hospital"
    assert review == {}


def test_a_sites_step_about_another_role_or_none_stays_the_sites():
    other_role = (
        mail("m2", 9, RECRUITER),
        application_email("interview", "Harwick Memorial Hospital", "Sterile Processing Technician"),
    )
    no_role = (mail("m3", 9, RECRUITER), application_email("interview", "Harwick Memorial Hospital", None))
    for step in (other_role, no_role):
        names, review = named(RECEIPT, step)
        assert names[step[0].message_id] == "Harwick Memorial Hospital"
        assert review == {}


def test_a_sites_step_dated_before_the_receipt_stays_the_sites():
    early = (mail("m2", 0, RECRUITER), application_email("interview", "Harwick Memorial Hospital", ROLE))
    late_receipt = (mail("m1", 3, WORKDAY), application_email("applied", "Harwick Health", ROLE))
    names, _ = named(early, late_receipt)
    assert names["m2"] == "Harwick Memorial Hospital"


def test_a_site_two_of_the_senders_employers_received_the_role_for_stays_the_sites():
    clinics = (mail("m2", 1, WORKDAY), application_email("applied", "Harwick Clinics", ROLE))
    interview = (mail("m3", 9, RECRUITER), application_email("interview", "Harwick Memorial Hospital", ROLE))
    names, review = named(RECEIPT, clinics, interview)
    assert names["m3"] == "Harwick Memorial Hospital"
    assert review == {}


def test_a_name_sharing_no_first_word_is_no_site():
    interview = (mail("m2", 9, RECRUITER), application_email("interview", "Brookside Medical Center", ROLE))
    names, _ = named(RECEIPT, interview)
    assert names["m2"] == "Brookside Medical Center"


def test_a_site_naming_the_role_shorter_than_the_receipt_is_the_employers():
    shorter = (
        mail("m2", 9, RECRUITER),
        application_email("offer", "Harwick Memorial Hospital", "Surgical Technologist"),
    )
    names, review = named(RECEIPT, shorter)
    assert names["m2"] == "Harwick Health"
    assert review == {"m2": SITE_OF_EMPLOYER}


def test_a_site_a_job_boards_receipt_named_is_an_employer_of_its_own():
    board = (
        mail("m2", 1, "Indeed Apply <indeedapply@indeed.com>"),
        application_email("applied", "Harwick Memorial Hospital", ROLE),
    )
    interview = (mail("m3", 9, RECRUITER), application_email("interview", "Harwick Memorial Hospital", ROLE))
    names, review = named(RECEIPT, board, interview)
    assert names["m3"] == "Harwick Memorial Hospital"
    assert review == {}
