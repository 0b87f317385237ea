"""Mail relayed for an employer: scheduling tools, assessment platforms, e-signature services, recruiters.

The relay is never the employer; the employer is named in the text, the signature or the subject.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def test_scheduling_tool_sender_is_not_the_company():
    result = extract(
        sender="GoodTime <noreply@goodtime.io>",
        subject="Interview confirmed: Tailspin - Data Analyst",
        body="Hi Jane,\nYour interview with Tailspin has been confirmed for March 4 at 10:00 AM PST.",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Tailspin"), result.company


def test_assessment_platform_mail_names_the_inviting_employer():
    result = extract(
        sender="Codility <no-reply@codility.com>",
        subject="Coding test invitation",
        body="Hello,\nFabrikam has invited you to take a coding test as part of your application for "
        "Software "
        "Engineer.",
    )
    assert result.status is Status.ASSESSMENT
    assert same_company(result.company, "Fabrikam"), result.company


def test_e_signature_platform_is_not_the_company_and_an_offer_letter_to_sign_is_an_offer():
    result = extract(
        sender="Contoso via DocuSign <dse@docusign.net>",
        subject="Please DocuSign: Offer Letter - Jane Doe",
        body="Contoso sent you a document to review and sign.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.OFFER
    assert same_company(result.company, "Contoso"), result.company


def test_recruiter_display_name_is_a_person_and_the_signature_names_the_employer():
    result = extract(
        sender="Dana Whitfield <dana.whitfield@lanternworks.com>",
        subject="Next steps",
        body="Hi Jane,\nThanks for applying! The hiring team would like to move you forward to a technical "
        "interview for the Platform Engineer role.\nBest,\nDana Whitfield\nSenior Technical Recruiter | "
        "Lanternworks Systems",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Lanternworks Systems"), result.company


def test_job_board_card_with_title_and_employer_on_one_line():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Jane, your application was sent to Pinewood Labs",
        body="Your application was sent to Pinewood Labs\nResearch Engineer: Pinewood Labs · Denver, CO\n"
        "Applied on May 4, 2026",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert same_company(result.company, "Pinewood Labs"), result.company
    assert same_title(result.job_title, "Research Engineer"), result.job_title


def test_interview_invitation_relayed_by_a_job_board_names_the_employer():
    result = extract(
        sender="Indeed <invitations@indeed.com>",
        subject="Interview invitation from Birchline Foods for Shift Supervisor",
        body="Birchline Foods would like to interview you\nJob: Shift Supervisor\nFormat: Phone call, 30 "
        "minutes",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Birchline Foods"), result.company
    assert same_title(result.job_title, "Shift Supervisor"), result.job_title


def test_title_follows_the_event_named_in_the_subject():
    result = extract(
        sender="Oakridge Health <no-reply@hirevue.com>",
        subject="Oakridge Health - Video Interview Invitation for Patient Access Coordinator",
        body="Hi Jane,\nPlease complete your on-demand video interview within 5 days. Record your answers "
        "when ready.",
    )
    assert result.status is Status.ASSESSMENT
    assert same_title(result.job_title, "Patient Access Coordinator"), result.job_title


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Hi Sam, I have submitted your profile to Northwind Robotics for the Data Engineer role. Their "
         "hiring team will review it this week.", Status.APPLIED),
        ("Hi Sam, I'm writing on behalf of my client Northwind Robotics. Unfortunately they have decided to "
         "move forward with other candidates.", Status.REJECTED),
    ],
)  # fmt: skip
def test_an_agency_relaying_its_clients_process_names_the_client(body, status):
    sender = "Jane Smith <jane.smith@talentbridge-staffing.com>"
    result = extract(sender=sender, subject="Your application: Data Engineer", body=body)
    assert (result.company, result.status) == ("Northwind Robotics", status)


def test_an_agency_whose_mail_names_no_client_is_the_employer_spelled_from_its_domain():
    body = "Hi Sam, thank you for applying. A recruiter will review your application."
    result = extract(sender="jobs@talentbridge-staffing.com", subject="Your application", body=body)
    assert result.company == "Talentbridge Staffing"


# An agency's consultant passing on the client's news: the client is the employer, the news is the client's.
AGENCY_RELAYS = [
    pytest.param(
        "Smith, John <john.smith@hays.com>", "Interview - Data Analyst - Orvalis",
        "Hi Sam,\n\nGreat news! Our client Orvalis would like to interview you for the Data Analyst role. "
        "Are you available on Tuesday at 10am?\n\nKind regards,\nJohn Smith\nSenior Consultant | Hays",
        Status.INTERVIEW, "Orvalis", "Data Analyst", id="client would like to interview you",
    ),
    pytest.param(
        "Jane Roe <jane.roe@roberthalf.com>", "Update on your application with Brisemer",
        "Hi Sam,\n\nI have heard back from Brisemer regarding the Financial Analyst position. Unfortunately "
        "they have decided to go with another candidate.\n\nBest,\nJane Roe\nRobert Half",
        Status.REJECTED, "Brisemer", "Financial Analyst", id="heard back from the client",
    ),
    pytest.param(
        "Mike Chan <mike@talentbridge.io>", "Your submission to Terranov",
        "Hi Sam,\n\nThanks for letting me put you forward. I have submitted your CV to Terranov for the "
        "Backend Engineer position and will let you know as soon as I hear back.\n\nMike Chan\nTalentBridge",
        Status.APPLIED, "Terranov", "Backend Engineer", id="submitted your CV to the client",
    ),
    pytest.param(
        "Priya N <priya@kforce.com>", "Next steps with Brisemer",
        "Hi Sam, the hiring manager at Brisemer would like to schedule a second round interview for the Data "
        "Engineer contract role. Please send me your availability for next week.\nPriya\nStaffwell",
        Status.INTERVIEW, "Brisemer", "Data Engineer", id="hiring manager at the client",
    ),
    pytest.param(
        "Tom <tom@randstad.com>", "Offer from Terranov!",
        "Hi Sam,\n\nI'm delighted to let you know that Terranov would like to offer you the Project "
        "Coordinator position. Give me a call to discuss the details.\n\nTom\nRandstad",
        Status.OFFER, "Terranov", "Project Coordinator", id="client would like to offer you",
    ),
    pytest.param(
        "Sam Patel <sam.patel@brightpathrecruitment.co.uk>", "Update - Tessellate Software",
        "Hi Jordan,\n\nI heard back from Tessellate Software. Unfortunately they have decided not to "
        "progress your application for the QA Engineer position.\n\nSam Patel\nBrightpath Recruitment",
        Status.REJECTED, "Tessellate Software", "QA Engineer", id="the agency signs the client's news",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sender", "subject", "body", "status", "company", "title"), AGENCY_RELAYS)
def test_an_agency_consultant_passes_on_the_clients_news(sender, subject, body, status, company, title):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.status is status, result
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title), result.job_title
