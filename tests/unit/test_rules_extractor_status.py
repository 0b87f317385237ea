"""Where an application stands, read from the body (invented mail, several phrasings per status)."""

import pytest

from tests.extraction_support import extract as read
from tracker.extraction.cascade import DEFAULT_CASCADE_THRESHOLD
from tracker.models import Kind, Status


def extract(body: str = "", subject: str = "", sender: str = "Northwind Careers <careers@northwind.com>"):
    return read(body=body, subject=subject, sender=sender)


def status_of(body: str, subject: str = "Your application") -> Status | None:
    result = extract(body=body, subject=subject)
    assert result.kind is Kind.APPLICATION, body
    return result.status


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nThank you for your interest in the Data Analyst role. After a close look, we have "
        "decided to continue with other candidates whose background is a closer match for what we need.",
        "Dear Jane,\nWe appreciate your application. Unfortunately, we will not be progressing "
        "your application at this time.",
        "Dear Jane,\nWe are sorry to let you know that you have not been selected for the Account Manager "
        "position.",
        "Hello Jane,\nThank you for applying. The position has now been filled, and we wish you luck in "
        "your search.",
        "Hi Jane,\nYour application for the Store Manager role was unsuccessful on this occasion.",
        "Dear Jane,\nHaving weighed it carefully, we are unable to offer you a role for now.",
        "Hi Jane,\nThanks again for your time. We have decided not to proceed with your candidacy.",
        "Hi Jane,\nWhile your background is impressive, we don't feel you are the right fit for this role.",
        "Dear Jane,\nThank you for your interest. We have chosen to pursue applicants whose skills better "
        "match the requirements of the role.",
        "Hi Jane,\nWe wanted to let you know that we have extended an offer to another candidate.",
        "Hi Jane,\nAfter reviewing your application, we've decided to keep your resume on file for future "
        "opportunities rather than move forward at this time.",
    ],
)
def test_rejection_phrasings_are_rejected(body):
    assert status_of(body) is Status.REJECTED


def test_rejection_reusing_confirmation_subject_reads_status_from_body():
    result = extract(
        subject="Thank you for applying to Northwind",
        body="Hi Jane,\nThank you for applying to Northwind. Unfortunately, after reviewing your application "
        "we "
        "will not be progressing your candidacy.",
    )
    assert result.status is Status.REJECTED


def test_rejection_without_a_title_still_names_the_employer():
    result = extract(body="Hi Jane,\nUnfortunately we won't be moving forward with your application.")
    assert result.status is Status.REJECTED
    assert result.job_title is None
    assert result.company == "Northwind"


def test_rejection_after_an_interview_is_a_rejection():
    body = (
        "Hi Jane,\nThank you for taking the time to interview with our team last week. We enjoyed our "
        "conversation, but we have decided to move forward with another candidate."
    )
    assert status_of(body) is Status.REJECTED


def test_unable_to_offer_is_a_rejection_not_an_offer():
    assert status_of("Dear Jane,\nWe are not able to offer you the role at this time.") is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nThank you for applying! We would like to invite you to a 30-minute phone interview with "
        "our hiring manager.",
        "Hi Jane,\nWe reviewed your application for the Data Analyst role and would love to chat. Please "
        "let us know your availability for a video call next week.",
        "Dear Jane,\nYour interview for the Backend Engineer position has been scheduled for Tuesday at "
        "10:00.",
        "Hi Jane,\nThanks for applying! Please use the link below to book a time that works for you for a "
        "first call: https://calendly.com/northwind-recruiting/30min",
        "Hi Jane,\nCongratulations, you have been shortlisted for the next round of interviews for your "
        "application.",
        "Hi Jane,\nThanks for applying to the Data Analyst role. Do you have time for a quick call this week "
        "about your application?",
        "Hi Jane,\nThank you for taking the time to interview for the Data Analyst role. We'll be in touch "
        "with next steps soon.",
    ],
)
def test_interview_phrasings_are_interviews(body):
    assert status_of(body) is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nThank you for your application. As the next step, please complete the online assessment "
        "within 5 days.",
        "Dear Jane,\nYou have been invited to complete a HireVue video interview for your application.",
        "Hi Jane,\nThanks for applying! Please complete the coding challenge on HackerRank using the link "
        "below.",
        "Hi Jane,\nAs part of your application, we would like you to complete a short take-home assignment.",
        "Hi Jane,\nThe next stage is a short video interview you can record at your convenience.",
    ],
)
def test_assessment_phrasings_are_assessments(body):
    assert status_of(body) is Status.ASSESSMENT


@pytest.mark.parametrize(
    "body",
    [
        "Dear Jane,\nWe are delighted to offer you the position of Marketing Manager at Northwind.",
        "Hi Jane,\nCongratulations! Please find attached your offer letter for the Data Analyst role.",
        "Hi Jane,\nFollowing your interviews, we would like to extend you an offer to join Northwind as a "
        "Senior Engineer.",
    ],
)
def test_offer_phrasings_are_offers(body):
    assert status_of(body) is Status.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nThis email confirms that you have withdrawn your application for the Analyst position.",
        "Dear Jane,\nWe wanted to let you know that the position you applied for has been put on hold.",
        "Hi Jane,\nThank you for applying. Unfortunately the requisition has been cancelled due to budget "
        "changes.",
        "Hello Jane,\nThank you for your interest in the Sales Associate role. We are no longer recruiting "
        "for this position.",
    ],
)
def test_withdrawals_and_cancelled_postings_are_withdrawn(body):
    assert status_of(body) is Status.WITHDRAWN


def test_filled_position_is_rejected_not_withdrawn():
    body = "Hi Jane,\nThank you for applying. We are no longer recruiting because the role has been filled."
    assert status_of(body) is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nThank you for applying! If selected, we will contact you to schedule an interview.",
        "Hi Jane,\nWe received your application. Shortlisted candidates will be invited to complete an "
        "online assessment.",
        "Dear Jane,\nThank you for your application. If you do not hear from us within three weeks, please "
        "consider your application unsuccessful.",
        "Hi Jane,\nYour application is under review. Our interview process includes a phone screen and an "
        "onsite interview for successful candidates.",
        "Hi Jane,\nThank you for applying. You can withdraw your application at any time from your "
        "candidate home.",
    ],
)
def test_process_descriptions_in_a_confirmation_stay_applied(body):
    assert status_of(body) is Status.APPLIED


def test_application_viewed_is_applied():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed by Northwind",
        body="Good news! The employer viewed your application for Data Analyst at Northwind.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED


def test_empty_body_reads_the_status_from_the_subject():
    result = extract(subject="Interview invitation - Data Analyst", body="")
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


def test_empty_body_with_an_unclear_subject_is_an_application_the_cascade_asks_the_model_about():
    result = extract(subject="An update on your application", body="")
    assert result.kind is Kind.APPLICATION
    assert result.confidence < DEFAULT_CASCADE_THRESHOLD


def test_clear_confirmation_has_high_confidence():
    result = extract(
        subject="Thank you for applying to Northwind",
        body="Hi Jane,\nThank you for applying to Northwind! We've received your application for the Route "
        "Planner position.",
    )
    assert result.confidence >= DEFAULT_CASCADE_THRESHOLD


def test_one_way_video_interview_is_an_assessment():
    result = extract(
        sender="HireVue <noreply@hirevue.com>",
        subject="Fabrikam invites you to interview",
        body="Hi Jane,\nFabrikam has invited you to complete a video interview for the Sales Associate "
        "position. "
        "This on-demand interview lets you record your answers at any time.",
    )
    assert result.status is Status.ASSESSMENT
    assert result.company == "Fabrikam"


def test_calendar_invitation_for_an_interview_is_an_interview():
    result = extract(
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Interview - Jane Doe / Fabrikam @ Tue Mar 4, 2025 10am",
        body="You have been invited to the following event.\nInterview - Jane Doe / Fabrikam\nWhen: Tue Mar "
        "4, 2025",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company != "Google Calendar"


def test_reply_asking_availability_for_a_call_is_an_interview():
    result = extract(
        sender="Sam Lee <sam@northwind.com>",
        subject="Re: Data Analyst position",
        body="Hi Jane,\nThanks for your reply. Are you available Thursday at 2pm for a call with the hiring "
        "manager?"
        "\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jane Doe <jane@example.com> wrote:\n> Yes, I am still "
        "interested.\n",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


def test_cancelled_posting_you_applied_for_is_withdrawn():
    body = (
        "Dear Jane,\nWe are writing to inform you that the Credit Analyst position for which you applied "
        "has been cancelled. We thank you for your interest."
    )
    assert status_of(body) is Status.WITHDRAWN


def test_interview_reminder_and_reschedule_are_interviews():
    reminder = (
        "Hi Jane,\nThis is a reminder of your upcoming interview for the Data Analyst position on Tuesday."
    )
    reschedule = (
        "Hi Jane,\nUnfortunately the hiring manager is travelling, so we need to reschedule your interview."
    )
    assert status_of(reminder) is Status.INTERVIEW
    assert status_of(reschedule) is Status.INTERVIEW


def test_role_filled_by_an_internal_candidate_is_a_rejection():
    assert (
        status_of("Dear Jane,\nWe have since filled this role with an internal candidate.") is Status.REJECTED
    )


def test_withdrawal_made_by_the_recruiter_on_request_is_withdrawn():
    body = "Hi Jane,\nAs requested, we have withdrawn your candidacy for the Analyst role. Best of luck!"
    assert status_of(body) is Status.WITHDRAWN


def test_requisition_put_on_hold_is_withdrawn():
    body = "Hi Jane,\nDue to shifting priorities we have put the Data Engineer II requisition on hold."
    assert status_of(body) is Status.WITHDRAWN


def test_team_wanting_to_extend_you_an_offer_is_an_offer():
    body = (
        "Hi Jane,\nGreat news: the team would like to extend you an offer for the Analyst role! Free to talk?"
    )
    assert status_of(body) is Status.OFFER


def test_being_asked_back_for_a_final_round_is_an_interview():
    body = (
        "Hi Jane,\nThanks for your time so far. The team would like you back for the final round next Monday."
    )
    assert status_of(body) is Status.INTERVIEW


def test_requisition_update_with_the_id_inside_the_held_requisition_is_withdrawn():
    body = (
        "Dear Jane,\nNorthwind has placed the Field Planner [REQ-88120] requisition on hold for the rest of "
        "the year. Your application is therefore closed."
    )
    assert status_of(body, subject="Requisition Update") is Status.WITHDRAWN


def test_requisition_update_saying_the_requisition_was_cancelled_is_withdrawn():
    body = "Dear Jane,\nPlease note that the requisition for Field Planner has been cancelled."
    assert status_of(body, subject="Requisition Update") is Status.WITHDRAWN


def test_the_month_of_may_does_not_hedge_an_invitation():
    body = "Hi Jane,\nThe team would like you back for the final round on Tuesday, May 12."
    assert status_of(body) is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\nYour application for Data Analyst is currently under review. We will contact you once a "
        "decision has been made.",
        "Hi Jane,\nWe are still reviewing applications for the Data Analyst role and appreciate your "
        "patience.",
    ],
)
def test_an_update_that_the_review_goes_on_is_applied_not_a_guessed_rejection(body):
    assert status_of(body, subject="Application update") is Status.APPLIED
