"""Assessment and recorded-interview platforms the rules had not met (invented mail): the platform sends
the invitation on the employer's behalf, so the status is the test and the employer is the one it names,
never the platform.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status


def invitation(name: str, employer: str, sender: str, subject: str, body: str, title: str | None = None):
    return application_row(
        name, Status.ASSESSMENT, employer, title, sender=sender, subject=subject, body=body
    )


INVITATIONS = [
    invitation(
        "plum_discovery_survey",
        "Arden Insurance",
        "Plum <noreply@plum.io>",
        "Action required: complete your Plum profile for Arden Insurance",
        "Hi Sam,\n\nArden Insurance invites you to complete your Plum Discovery Survey as part of your "
        "application for Claims Analyst. It takes about 25 minutes.\n\nThe Plum Team",
        "Claims Analyst",
    ),
    invitation(
        "arctic_shores_interactive_tasks",
        "Kingsgate Bank",
        "Arctic Shores <invite@arcticshores.com>",
        "Kingsgate Bank - next stage of your application",
        "Dear Sam,\n\nThank you for applying to the Kingsgate Bank Graduate Programme. The next "
        "stage is a set "
        "of interactive tasks that take about 30 minutes. Click below to begin.\n\nArctic Shores on "
        "behalf of "
        "Kingsgate Bank",
    ),
    invitation(
        "shl_verify_test",
        "Marston Group",
        "SHL <noreply@shl.com>",
        "Invitation: Verify Numerical Reasoning - Marston Group",
        "Dear Sam,\n\nMarston Group has invited you to take the Verify Numerical Reasoning test for "
        "the Finance "
        "Trainee position. Please complete it by 12 March.\n\nSHL",
    ),
    invitation(
        "sova_online_assessment",
        "Corbel Energy",
        "Sova Assessment <noreply@sovaassessment.com>",
        "Corbel Energy application - online assessment",
        "Dear Sam,\n\nAs part of your application to Corbel Energy you are invited to complete our online "
        "assessment.\n\nSova",
    ),
    invitation(
        "modern_hire_recorded_virtual_interview",
        "Halden Retail",
        "Modern Hire <noreply@modernhire.com>",
        "Halden Retail - Virtual Interview",
        "Hi Sam,\n\nHalden Retail would like you to complete a virtual interview for the Store Supervisor "
        "position. You'll record answers to 5 questions at a time that suits you.\n\nModern Hire",
        "Store Supervisor",
    ),
    invitation(
        "canditech_skills_assessment",
        "Northloop",
        "Canditech <noreply@canditech.io>",
        "You're invited to a skills assessment by Northloop",
        "Hi Sam,\n\nNorthloop invited you to a skills assessment for the Customer Success Manager position. "
        "Good luck!\n\nCanditech",
    ),
    invitation(
        "woven_scenario",
        "Ravel",
        "Woven <team@woventeams.com>",
        "Woven | Your Ravel Engineering challenge",
        "Hi Sam,\n\nRavel has asked you to complete a Woven scenario for the Senior Backend Engineer role. "
        "Start within 7 days.\n\nWoven",
    ),
    invitation(
        "criteria_testing",
        "Blue Harbor Logistics",
        "Criteria <noreply@criteriacorp.com>",
        "Testing invitation from Blue Harbor Logistics",
        "Hi Sam,\n\nBlue Harbor Logistics has invited you to complete testing for the Dispatcher "
        "position. Your "
        "tests: CCAT and EPP.\n\nCriteria",
        "Dispatcher",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), INVITATIONS)
def test_a_platforms_invitation_is_the_employers_assessment(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_virtual_interview_with_a_person_stays_an_interview():
    live = extract(
        sender="Halden Retail Recruiting <jobs@haldenretail.com>",
        subject="Store Supervisor - virtual interview",
        body="Hi Sam,\n\nWe'd like to schedule a virtual interview with our district manager on Tuesday at "
        "10am for the Store Supervisor position.\n\nHalden Retail Recruiting",
    )
    assert live.status is Status.INTERVIEW
