"""Campus and early-careers hiring mail (invented): Handshake, career centres, co-op offices, internship
and graduate programmes, Superdays and assessment centres, game and video assessments.

A programme is the role a student applies to ("Spring Insight Programme", "Technology Internship
Program"): it names no employer, though the employer's name may open it. A discovery centre and a
Superday are the final interviews; an assessment centre (phrases/assessment_centres.py), pymetrics games,
a task-based test and a video interview to complete are assessments; a waitlist after the Superday is no
decision; career fairs, newsletters and "internships you might like" are no application.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_HANDSHAKE = "Handshake <notifications@joinhandshake.com>"


def campus(name: str, status: Status, company: str, title: str | None, **mail: str):
    """One row: the mail as sent, then its status, the employer a tracker shows and the title."""
    return pytest.param(mail, status, company, title, id=name)


CAMPUS_MAIL = [
    campus(
        "handshake_names_the_employer_it_sent_the_application_to",
        Status.APPLIED,
        "Duolingo",
        "Software Engineering Intern",
        sender=_HANDSHAKE,
        subject="You applied to Software Engineering Intern at Duolingo",
        body=(
            "Hi Sam,\nYour application to Software Engineering Intern at Duolingo was submitted "
            "through Handshake. Duolingo will reach out if they'd like to move forward.\nThe "
            "Handshake Team"
        ),
    ),
    campus(
        "an_employers_message_relayed_by_handshake_invites_to_interview",
        Status.INTERVIEW,
        "Capital One",
        "Technology Internship Program",
        sender=_HANDSHAKE,
        subject="New message from Priya at Capital One",
        body=(
            'Priya Shah from Capital One sent you a message:\n"Hi Sam, thanks for applying to the '
            "Technology Internship Program. We'd like to invite you to a 30-minute virtual "
            'first-round interview. Please pick a slot here."\nReply on Handshake'
        ),
    ),
    campus(
        "a_superday_is_the_final_round",
        Status.INTERVIEW,
        "Goldman Sachs",
        "2026 Summer Analyst Program",
        sender="Goldman Sachs Campus Recruiting <campusrecruiting@gs.com>",
        subject="Invitation to Superday - 2026 Summer Analyst",
        body=(
            "Dear Sam,\nCongratulations! We are pleased to invite you to our Superday for the 2026 "
            "Summer Analyst Program in the Global Banking & Markets division on November 14.\nGoldman "
            "Sachs Campus Recruiting"
        ),
    ),
    campus(
        "an_early_talent_team_confirming_a_programme",
        Status.APPLIED,
        "JPMorgan Chase & Co.",
        "2026 Software Engineer Program - Summer Internship",
        sender="JPMorgan Chase Early Careers <earlycareers@jpmchase.com>",
        subject="Thank you for applying - 2026 Software Engineer Program",
        body=(
            "Dear Sam,\nThank you for applying to the 2026 Software Engineer Program - Summer "
            "Internship at JPMorgan Chase & Co. Your application is now under review by our Early "
            "Talent team."
        ),
    ),
    campus(
        "an_assessment_centre_for_a_graduate_programme_is_an_assessment",
        Status.ASSESSMENT,
        "Deloitte",
        "Audit & Assurance Graduate Programme",
        sender="Deloitte Graduate Recruitment <graduates@deloitte.co.uk>",
        subject="Assessment Centre invitation",
        body=(
            "Dear Sam,\nWe are delighted to invite you to an Assessment Centre for the Audit & "
            "Assurance Graduate Programme on 5 February in London.\nDeloitte Graduate Recruitment"
        ),
    ),
    campus(
        "pymetrics_games_for_an_internship_drop_the_employer_after_the_title",
        Status.ASSESSMENT,
        "Accenture",
        "Technology Analyst Internship",
        sender="pymetrics <no-reply@pymetrics.com>",
        subject="Accenture has invited you to play pymetrics games",
        body=(
            "Hi Sam,\nAs part of your application to the Accenture Technology Analyst Internship, "
            "Accenture has invited you to complete the pymetrics games. Please complete them within "
            "5 days."
        ),
    ),
    campus(
        "a_task_based_assessment_for_an_apprenticeship",
        Status.ASSESSMENT,
        "PwC",
        "Technology Degree Apprenticeship",
        sender="Arctic Shores <noreply@arcticshores.com>",
        subject="Your next step with PwC",
        body=(
            "Hi Sam,\nThank you for applying to PwC's Technology Degree Apprenticeship. Your next "
            "step is to complete a task-based assessment powered by Arctic Shores. It takes about 30 "
            "minutes."
        ),
    ),
    campus(
        "completing_a_video_interview_is_an_assessment",
        Status.ASSESSMENT,
        "Bank of America",
        "2026 Global Technology Summer Analyst Program",
        sender="HireVue <noreply@hirevue.com>",
        subject="Bank of America - Your HireVue interview",
        body=(
            "Hi Sam,\nBank of America has invited you to complete a video interview for the 2026 "
            "Global Technology Summer Analyst Program. Please complete it by Friday."
        ),
    ),
    campus(
        "a_university_recruiting_rejection",
        Status.REJECTED,
        "Stripe",
        "Software Engineering Internship",
        sender="Stripe University Recruiting <university@stripe.com>",
        subject="Your application to Stripe",
        body=(
            "Hi Sam,\nThanks for your interest in Stripe's Software Engineering Internship. After "
            "reviewing your application, we've decided not to move forward this time. We received an "
            "exceptionally high number of applications this year.\nStripe University Recruiting"
        ),
    ),
    campus(
        "an_internship_offer_keeps_the_season_in_the_title",
        Status.OFFER,
        "Datadog",
        "Summer 2026 Software Engineering Intern",
        sender="Meghan Lee <mlee@datadoghq.com>",
        subject="Datadog Internship Offer",
        body=(
            "Hi Sam,\nCongratulations! I'm thrilled to extend you an offer for the Summer 2026 "
            "Software Engineering Intern position at Datadog in New York. Your offer letter is "
            "attached.\nMeghan Lee\nUniversity Recruiter, Datadog"
        ),
    ),
    campus(
        "a_waitlist_after_the_superday_is_no_decision",
        Status.INTERVIEW,
        "Citi",
        "Summer Analyst",
        sender="Citi Campus Recruitment <campus.recruitment@citi.com>",
        subject="Update on your Citi Summer Analyst application",
        body=(
            "Dear Sam,\nThank you for participating in our Superday. We have reached capacity for the "
            "2026 Markets Summer Analyst program, but we have placed you on our waitlist and will "
            "contact you should a place become available."
        ),
    ),
    campus(
        "an_employer_requesting_a_coop_interview_through_the_school",
        Status.INTERVIEW,
        "Wayfair",
        "Data Analyst Co-op (Spring 2026)",
        sender="Co-op Office <coop@northeastern.edu>",
        subject="Co-op interview request: Wayfair",
        body=(
            "Hi Sam,\nWayfair has requested an interview with you for the Data Analyst Co-op (Spring "
            "2026). Please log in to NUworks to accept and pick a time.\nCo-op Office"
        ),
    ),
    campus(
        "a_recorded_video_stage_for_a_graduate_programme",
        Status.ASSESSMENT,
        "EY",
        "Tax Graduate Programme",
        sender="EY Recruitment <ey@myworkday.com>",
        subject="Next steps: EY Tax Graduate Programme",
        body=(
            "Dear Sam,\nThank you for applying to the EY Tax Graduate Programme. We would like to "
            "invite you to the next stage, a recorded video interview. Please complete it within 7 "
            "days."
        ),
    ),
    campus(
        "a_programme_named_after_its_employer_names_the_employer",
        Status.APPLIED,
        "Morgan Stanley",
        "Spring Insight Programme 2026",
        sender="Morgan Stanley <ms@myworkday.com>",
        subject="Spring Insight Programme - application received",
        body=(
            "Dear Sam,\nThank you for applying to the Morgan Stanley Spring Insight Programme 2026. "
            "We've received your application and will get in touch in the coming weeks."
        ),
    ),
    campus(
        "a_lowercase_internship_in_the_subject_is_no_title",
        Status.REJECTED,
        "Amazon",
        "Software Development Engineer Internship",
        sender="Amazon University Programs <university-programs@amazon.com>",
        subject="Update on your Amazon internship application",
        body=(
            "Hi Sam,\nThank you for your interest in the Software Development Engineer Internship. "
            "Every place in this year's intake is now taken, so we are unable to move "
            "ahead with your application."
        ),
    ),
    campus(
        "a_new_grad_online_coding_assessment",
        Status.ASSESSMENT,
        "Bloomberg",
        "2026 Software Engineer - New Grad",
        sender="Bloomberg Campus <campus@bloomberg.net>",
        subject="Bloomberg - Online Assessment",
        body=(
            "Hi Sam,\nThank you for applying to the 2026 Software Engineer - New Grad role. As a next "
            "step, please complete the online coding assessment on HackerRank within one week."
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CAMPUS_MAIL)
def test_campus_mail_names_the_employer_and_reads_its_status(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title) if title else result.job_title is None, result.job_title


def test_a_career_fair_is_no_application():
    result = extract(
        sender=_HANDSHAKE,
        subject="Employers are hiring at the Fall Career Fair",
        body=(
            "Hi Sam,\nMeet 120 employers at the Fall Career Fair on October 3. RSVP on Handshake to "
            "see who's coming.\nThe Handshake Team"
        ),
    )
    assert result.kind is Kind.JOB_ALERT, result


def test_a_career_centre_newsletter_is_no_application():
    result = extract(
        sender="University Career Center <careers@umich.edu>",
        subject="This week at the Career Center",
        body=(
            "Hi Sam,\nResume reviews, mock interviews and an employer panel with Google this week. "
            "Drop-in hours Monday to Thursday.\nUniversity Career Center"
        ),
    )
    assert result.kind is Kind.OTHER, result


def test_internships_you_might_like_are_an_alert():
    result = extract(
        sender=_HANDSHAKE,
        subject="Jobs recommended for you",
        body=(
            "Hi Sam,\nBased on your profile, here are internships you might like:\nData Science Intern "
            "- Spotify\nProduct Design Intern - Figma\nApply on Handshake."
        ),
    )
    assert result.kind is Kind.JOB_ALERT, result


@pytest.mark.parametrize(
    "team", ["Early Careers", "Emerging Talent", "Student Programs", "Graduate Recruitment", "Future Talent"]
)
def test_an_early_careers_team_in_the_display_name_is_no_part_of_the_employer(team):
    result = extract(
        sender=f"Quillmore {team} <earlycareers@quillmore.example>",
        subject="Application received: Marketing Intern (Summer 2026)",
        body="Hi Sam,\nWe've received your application and will get in touch.\n",
    )
    assert (result.kind, result.company) == (Kind.APPLICATION, "Quillmore")
    assert result.job_title == "Marketing Intern (Summer 2026)"
