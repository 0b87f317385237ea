"""Issue 14, class 1: news in an employer's own words, not an ATS template (invented mail).

Rejections that only say someone else was chosen or the fit was not there, and scheduling mail from a
person, must not read as "applied".
"""

import pytest

from tests.extraction_support import extract as read
from tracker.models import Kind, Status

_SENDER = "Talent Team <careers@acmerobotics.com>"


def extract(subject: str, body: str):
    return read(body=body, subject=subject, sender=_SENDER)


REJECTIONS = [
    ("Data Analyst at Acme Robotics", "After a close look, we found that you are not the most qualified "
     "candidate for this role."),
    ("Your application", "We were unable to find a good match between your profile and our current needs."),
    ("Response to your application", "Our recruitment for this post is completed, and another applicant "
     "was chosen."),
    ("Data Analyst at Acme Robotics", "We have decided to offer the role to someone whose experience is a "
     "closer match."),
    ("Your candidacy", "We appreciate your interest, but we will not be scheduling an interview at this "
     "time."),
    ("Acme Robotics", "The position you applied for is no longer available."),
    ("Acme Robotics", "We have chosen to proceed with a candidate whose background aligns more closely with "
     "the role."),
    ("Your application to Acme Robotics", "We have decided to fill the position with another candidate."),
    ("Your application to Acme Robotics", "The competition was strong and we have decided to hire another "
     "candidate."),
    ("Your application to Acme Robotics", "We have decided to close the requisition and hire internally."),
    ("Your application to Acme Robotics", "We have concluded our search and selected a candidate."),
    ("Your application to Acme Robotics", "The role has been offered to another applicant who has accepted."),
    ("Application update", "Your experience does not meet the requirements for the Data Analyst role."),
    ("Application update", "We are going in a direction that better fits our needs at this time."),
    ("Update on your application", "Your profile does not match the requirements of this position."),
    ("Your application to Acme Robotics", "We have reviewed your background and have decided to explore "
     "other options for this role."),
    ("Your application to Acme Robotics", "We've concluded our review and you were not among the finalists."),
    ("Your application to Acme Robotics", "We appreciate your patience; the role has now been offered to "
     "someone else."),
    ("Your application to Acme Robotics", "Your application did not progress to the interview stage."),
    ("Your application to Acme Robotics", "We've decided to close out your candidacy for this position."),
    ("Your interview with Acme Robotics", "Thank you for interviewing with us. The panel has recommended "
     "another candidate for appointment."),
    ("Your application to Acme Robotics", "This time we're going to pass, but we'd love to stay in touch."),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_rejection_in_an_employers_own_words_is_rejected(subject, body):
    result = extract(subject, f"Hi Sam,\nThank you for your interest in Acme Robotics. {body}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)


INTERVIEWS = [
    ("Next steps", "Could you send me your availability for a 30 minute call next week to discuss the "
     "Data Analyst role?"),
    ("Acme Robotics", "Please let me know which of these times work for a call with the hiring manager: "
     "Tue 2pm, Wed 10am."),
    ("Phone interview prep", "Attached are the prep materials for your phone interview on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), INTERVIEWS)
def test_scheduling_mail_from_a_person_is_an_interview(subject, body):
    result = extract(subject, f"Hi Sam,\n{body}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying to Acme Robotics. We will review your application and contact you if your "
        "qualifications match the position.",
        "We've received your application for the Field Sales Associate position. Should you be "
        "shortlisted, we will reach out to set up an interview.",
        "We have received your application. Our hiring process typically includes a recruiter call, a "
        "technical interview and a final onsite.",
        "We have received your application. Offers are usually made within 4 weeks of the final interview.",
    ],
)
def test_a_confirmation_that_describes_the_process_stays_applied(body):
    assert extract("Thank you for applying", body).status is Status.APPLIED


def test_a_habit_stated_before_a_rejection_does_not_hedge_it():
    result = extract(
        "Your application",
        "Hi Sam, we usually receive many applications, and unfortunately we have decided not "
        "to progress yours.",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)


@pytest.mark.parametrize("contraction", ["you've", "you have", "you"])
def test_a_withdrawal_the_candidate_decided_is_read_however_it_is_contracted(contraction):
    body = f"Hi Sam,\nWe are sorry to hear that {contraction} decided to withdraw your application."
    assert extract("Your application", body).status is Status.WITHDRAWN


# The next step named in plain words: a meeting, an exercise, a contract.
NEXT_STEPS = [
    ("The hiring manager reviewed your profile and wants to meet you.", Status.INTERVIEW),
    ("Your first-round interview has been booked for Tuesday.", Status.INTERVIEW),
    ("We are pleased to say that you have been selected to interview for this position.", Status.INTERVIEW),
    ("Below are the details for your video call with Priya on Monday.", Status.INTERVIEW),
    ("We'd like you to complete a work sample before we schedule interviews.", Status.ASSESSMENT),
    ("Please find attached your contract of employment for review and signature.", Status.OFFER),
]  # fmt: skip


@pytest.mark.parametrize(("body", "status"), NEXT_STEPS)
def test_the_next_step_in_plain_words_is_read(body, status):
    result = extract("Your application to Acme Robotics", f"Hi Sam,\nThank you for applying. {body}")
    assert (result.kind, result.status) == (Kind.APPLICATION, status)


@pytest.mark.parametrize(
    "body",
    [
        "The hiring manager has decided to withdraw the opening.",
        "Budget for this role was not approved, so we will not be moving forward with the search.",
    ],
)
def test_an_employer_ending_the_search_is_withdrawn_not_a_rejection(body):
    result = extract("Your application to Acme Robotics", f"Hi Sam,\nThank you for applying. {body}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN)
