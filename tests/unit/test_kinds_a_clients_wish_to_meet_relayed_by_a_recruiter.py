"""A recruiter relaying their client's wish to meet the reader ("my client, a mid-size insurer, would like
to invite you to an interview") writes about the reader's application: the client has seen their CV. The
employer is the client where the mail names it, else the agency. A recruiter offering their own call about
a client's role is cold outreach. Invented mail."""

from tests.extraction_support import extract
from tracker.models import Kind, Status

_AGENCY = "Ruth Kane <ruth@brightlinerecruitment.co.uk>"
_SIGNATURE = "\n\nRuth Kane\nSenior Consultant\nBrightline Recruitment"


def test_an_unnamed_clients_wish_to_interview_the_reader_is_their_application_with_the_agency():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nMy client, a mid-size insurer, would like to invite you to an interview for the "
        "Finance Analyst role on Tuesday at 3pm." + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company == "Brightline Recruitment"


def test_the_client_wanting_to_meet_the_reader_is_an_interview():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nGreat news - my client would like to meet you for the Finance Analyst role. Are you "
        "free on Tuesday at 3pm?" + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


def test_a_recruiters_own_call_about_a_clients_role_stays_outreach():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nI am recruiting a Finance Analyst for my client, a mid-size insurer. Would you be "
        "free for a call on Tuesday at 3pm?" + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.RECRUITER_OUTREACH
