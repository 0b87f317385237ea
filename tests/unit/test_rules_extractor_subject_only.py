"""Mail known only by its sender's name and its subject (exports without bodies or addresses)."""

import pytest

from tests.extraction_support import extract as read
from tracker.extraction.confidence import StatusEvidence
from tracker.extraction.rules import RulesExtractor
from tracker.models import EmailMessage, Kind, Status


def extract(sender: str, subject: str, body: str = ""):
    return read(body=body, subject=subject, sender=sender)


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Northwind Recruiting", "Update on your application"),
        ("Northwind Careers", "Northwind application update | Data Engineer"),
        ("Northwind Careers", "Update on your candidacy from Northwind"),
        ("Northwind Careers", "Thank you for your interest in Northwind"),
        ("Northwind Careers", "Important information about your application to Northwind"),
        ("Northwind Talent", "Update: Data Engineer II 4471902"),
        ("Northwind Talent", "Data Engineer II - 792743 update"),
    ],
)
def test_an_update_subject_with_no_status_is_read_as_a_likely_rejection(sender, subject):
    result = extract(sender, subject)
    assert (result.kind, result.status, result.status_stated) == (Kind.APPLICATION, Status.REJECTED, False)
    # A guess, and its confidence counts it as one (test_rules_confidence.py: less sure than stated news).
    reading = RulesExtractor().read(EmailMessage(message_id="m1", sender=sender, subject=subject, body=""))
    assert reading.evidence is not None and reading.evidence.status is StatusEvidence.GUESSED


def test_an_update_subject_does_not_override_what_the_body_states():
    result = extract(
        "Northwind Careers", "Application update", "We would like to invite you to an interview."
    )
    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "sender",
    ["Priya Natarajan <priya.natarajan@halvorsen.com>", "Tom Becker", "Dr. Ana de Souza"],
)
def test_a_recruiters_own_subject_only_note_on_an_application_is_a_likely_interview(sender):
    result = extract(sender, "Your Application for Propulsion Test Engineer at Halvorsen Dynamics")
    assert (result.kind, result.status, result.status_stated) == (Kind.APPLICATION, Status.INTERVIEW, False)
    assert (result.company, result.job_title) == ("Halvorsen Dynamics", "Propulsion Test Engineer")


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("Halvorsen Careers <careers@halvorsen.com>", ""),
        ("Halvorsen Career Opportunities", ""),
        ("Tom Becker <no-reply@halvorsen.com>", ""),
        ("Tom Becker", "Hi Sam, we've received your application and will look it over within days."),
    ],
)
def test_the_same_subject_from_a_mailbox_or_over_a_receipt_is_the_receipt(sender, body):
    result = extract(sender, "Your application for Propulsion Test Engineer at Halvorsen Dynamics", body)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)


@pytest.mark.parametrize(
    "subject",
    [
        "Northwind: R-482051 Data Engineer (Remote) (Open)",
        "Follow up from Northwind regarding job ID 655531BR",
    ],
)
def test_a_subject_naming_a_requisition_is_about_an_application(subject):
    assert extract("Workday @ Northwind", subject).kind is Kind.APPLICATION


def test_the_role_after_a_status_subject_keeps_its_requisition_id_apart():
    result = extract(
        "Northwind Careers", "Northwind: Thank you for your Application RC691768 Data Engineer II"
    )
    assert (result.job_title, result.requisition_id) == ("Data Engineer II", "RC691768")


@pytest.mark.parametrize(
    ("sender", "company"),
    [("Northwind Recruiting", "Northwind"), ("Northwind Talent Acquisition", "Northwind")],
)
def test_a_display_name_without_an_address_names_the_employer(sender, company):
    assert extract(sender, "Thank you for your application!").company == company


@pytest.mark.parametrize("sender", ["Doe, Jane", "Doe, Jane (HR)", "Jane Doe"])
def test_a_persons_display_name_is_never_the_employer(sender):
    assert extract(sender, "RE: Next steps for your application").company is None


def test_a_saved_searchs_alert_naming_its_first_hits_is_a_job_alert():
    result = extract("LinkedIn Job Alerts", "“data engineer”: Terranov - Data Engineer and more")
    assert result.kind is Kind.JOB_ALERT


def test_a_job_board_named_in_the_subject_is_not_the_employer():
    assert (
        extract("Indeed Apply <indeedapply@indeed.com>", "Indeed Application: Data Engineer").company is None
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Quick interview || Data Engineer || Wichita, KS (Onsite) || Contract",
        "As Discussed for Senior Fortran Developer - Remote",
        "Reminder: Interview opportunity for a Controls Engineer - Relocation to Boise, ID",
    ],
)
def test_a_person_proposing_a_role_in_the_subject_is_outreach(subject):
    assert extract("Jordan Miles", subject).kind is Kind.RECRUITER_OUTREACH


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Northwind Candidate Experience", "Northwind - Application Experience"),
        ("Resume Writing Services", "Your Resume Assessment is Ready"),
    ],
)
def test_surveys_and_services_named_in_the_subject_are_other(sender, subject):
    assert extract(sender, subject).kind is Kind.OTHER


def test_a_reminder_to_complete_a_screening_is_an_assessment():
    result = extract("Northwind Talent Team", "Reminder: Complete Your Online Screening for Data Engineer")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT)


def test_a_subject_that_hedges_is_marketing_not_an_application():
    assert extract("Jordan Miles", "Your next job interview could be worth $80K").kind is Kind.OTHER


def test_a_job_boards_newsletter_quoting_interviews_is_not_an_application():
    body = (
        "Hey Sam! Check out recent updates from Northwind. Read interview details shared by employees, "
        "career advice and interview tips. New jobs for you: Data Engineer. See more jobs."
    )
    result = extract("Glassdoor <noreply@glassdoor.com>", "Just in at Northwind: this week's reviews", body)
    assert result.kind is not Kind.APPLICATION


def test_a_follow_up_from_an_employer_names_it():
    subject = "Follow up from Northwind regarding job ID 655531BR"
    assert extract("AutomationManager@brassring.com", subject).company == "Northwind"


@pytest.mark.parametrize(
    ("subject", "body", "company", "status"),
    [
        ("Sam, your application was sent to Northwind Inc.", "Your application was sent to Northwind Inc.",
         "Northwind Inc.", Status.APPLIED),
        ("Northwind Coding Challenge", "Thanks for applying at Northwind! Please complete "
         "our engineering challenge on HackerRank.", "Northwind", Status.ASSESSMENT),
    ],
)  # fmt: skip
def test_mail_that_only_hiring_sends_is_about_an_application(subject, body, company, status):
    result = extract("", subject, body)
    assert (result.kind, result.company, result.status) == (Kind.APPLICATION, company, status)


# Where the employer, the role and the news stand in subjects that are all there is.
SUBJECTS = [
    pytest.param("Workday", "Update on Brisemer Position", "Brisemer", None, None, id="update on X position"),
    pytest.param(
        "Brannick, Joan", "RE: Sam Lee - Staffwell updated Offer Letter", "Staffwell", None, Status.OFFER,
        id="the candidate's own name before the agency's offer letter",
    ),
    pytest.param("Kate from Orvalis", "Let's schedule your interview", "Orvalis", None, Status.INTERVIEW,
                 id="a recruiter from X"),
    pytest.param(
        "Terranov Hiring Team", "Unfortunately - Terranov Software Engineer application", "Terranov",
        "Software Engineer", Status.REJECTED, id="unfortunately",
    ),
    pytest.param(
        "Orvalis Recruiting", "Orvalis: Next Steps for Software Engineer", "Orvalis", "Software Engineer",
        None, id="next steps for a role",
    ),
    pytest.param(
        "Ondine <noreply@smartrecruiters.com>", "Candidature non retenue - Chargé de projet", "Ondine",
        "Chargé de projet", Status.REJECTED, id="the news between the application and the title",
    ),
    pytest.param(
        "Tierra <noreply@smartrecruiters.com>", "Tu candidatura para Analista de datos: actualización",
        "Tierra", "Analista de datos", None, id="an update's label closing the subject",
    ),
    pytest.param(
        "Vondel <noreply@recruitee.com>", "Afwijzing sollicitatie Data Analist", "Vondel", "Data Analist",
        Status.REJECTED, id="the news before the application",
    ),
    pytest.param(
        "Acme <noreply@myworkday.com>", "Your application for Data Analyst was not selected", "Acme",
        "Data Analyst", Status.REJECTED, id="the title before was not selected",
    ),
    pytest.param(
        "Maya Chen", "Terranov <> Sam Lee - Phone Screen", "Terranov", None, Status.INTERVIEW,
        id="a meeting between the employer and the applicant",
    ),
    pytest.param(
        "Calendly", "Confirmed: Data Engineer Interview with Terranov on Tue, Mar 3", "Terranov",
        "Data Engineer", Status.INTERVIEW, id="a confirmed booking names the role before the step",
    ),
    pytest.param(
        "HackerRank", "Terranov has invited you to take a test", "Terranov", None, Status.ASSESSMENT,
        id="an invitation to take a test",
    ),
    pytest.param(
        "Terranov", "Follow-up on Data Engineer position", "Terranov", "Data Engineer", None,
        id="a follow-up on a position names the role alone",
    ),
    pytest.param(
        "Maya Chen", "Connecting with Terranov - Data Engineer - Payments Team", "Terranov",
        "Data Engineer - Payments Team", None, id="a recruiter connecting the reader with the employer",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sender", "subject", "company", "title", "status"), SUBJECTS)
def test_the_subject_alone_names_the_employer_the_role_and_the_news(sender, subject, company, title, status):
    result = extract(sender, subject)
    assert result.kind is Kind.APPLICATION
    assert result.company == company
    assert result.job_title == title
    if status is not None:
        assert result.status is status


# A portal's notification: a body that only asks to sign in, so the subject carries everything.
_SIGN_IN_TO_VIEW = (
    "View this email in your browser\n\nLog in to your candidate home to view the latest update on your "
    "application.\n\nPrivacy Policy | Unsubscribe\n(c) 2026 All rights reserved."
)
_NEW_MESSAGE = (
    "You have a new message in your candidate portal. Please sign in to read it.\nSign in\nThis is an "
    "automated message; please do not reply."
)
_CLICK_TO_VIEW = (
    "Click here to view your message.\n\nThis message was sent to sam@example.com. Manage notification "
    "settings."
)

OVER_PORTAL_BOILERPLATE = [
    pytest.param(
        "Brightline Rail <brightline@myworkday.com>",
        "Update regarding your application for Station Attendant",
        _SIGN_IN_TO_VIEW,
        "Brightline Rail",
        "Station Attendant",
        None,
        id="an update, the employer named by the sender",
    ),
    pytest.param(
        "Lumen Health <careers@lumenhealth.org>",
        "Lumen Health: Thank you for applying (Patient Care Technician)",
        _SIGN_IN_TO_VIEW,
        "Lumen Health",
        "Patient Care Technician",
        Status.APPLIED,
        id="the role in brackets",
    ),
    pytest.param(
        "Pinecrest Schools <jobs@applitrack.com>",
        "Position Filled: Middle School Math Teacher",
        _CLICK_TO_VIEW,
        "Pinecrest Schools",
        "Middle School Math Teacher",
        Status.REJECTED,
        id="position filled",
    ),
    pytest.param(
        "Marlowe & Finch <noreply@marlowefinch.com>",
        "Status update: Associate Attorney",
        _CLICK_TO_VIEW,
        "Marlowe & Finch",
        "Associate Attorney",
        None,
        id="a status update naming only the role",
    ),
    pytest.param(
        "Hollis County <hollis@governmentjobs.com>",
        "Your application status has changed: Eligible - Not Referred (Budget Analyst II)",
        _NEW_MESSAGE,
        "Hollis County",
        "Budget Analyst II",
        Status.REJECTED,
        id="not referred, the role in brackets",
    ),
    pytest.param(
        "Halden Energy <halden@successfactors.eu>",
        "Offer of Employment - Field Service Technician",
        _NEW_MESSAGE,
        "Halden Energy",
        "Field Service Technician",
        Status.OFFER,
        id="an offer",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company", "title", "status"), OVER_PORTAL_BOILERPLATE)
def test_a_body_that_only_asks_to_sign_in_leaves_the_subject_to_tell(
    sender, subject, body, company, title, status
):
    result = extract(sender, subject, body)
    assert result.kind is Kind.APPLICATION
    assert (result.company, result.job_title) == (company, title)
    if status is not None:
        assert result.status is status


def test_a_sign_in_line_that_names_a_step_is_no_boilerplate():
    result = extract(
        "Vireo Labs <hiring@vireolabs.ai>",
        "Next steps",
        "Log in to your candidate home to complete the coding assessment for Software Engineer II.",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT)
