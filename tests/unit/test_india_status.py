"""Indian hiring mail states its steps in its own idiom: the profile or CV is "shortlisted", the reader is
asked politely ("please attend the interview on 12th March", "you are requested to come for the HR round"),
meetings are rounds ("technical round", "F2F"), and a shortlist for a test names the test as the step."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Dear Candidate,\n\nYour profile has been shortlisted for Accounts Officer. Please attend the "
            "interview on 9th April at 10 AM at our Thane office.\n\nRegards,\nHR Executive\nNilgiri Foods",
            Status.INTERVIEW,
            id="profile_shortlisted_and_asked_to_attend_is_an_interview",
        ),
        pytest.param(
            "Dear Sir,\n\nFurther to your application, kindly report for the HR round on Monday at 11 AM at "
            "our Nagpur office.\n\nRegards,\nPersonnel Department\nTejas Castings",
            Status.INTERVIEW,
            id="asked_to_report_for_a_named_round_with_a_day_is_an_interview",
        ),
        pytest.param(
            "Hi Ravi,\n\nThanks for applying. We would like you to join a F2F discussion with our "
            "plant head on Thursday.\n\nRegards,\nTalent Team\nSahyadri Polymers",
            Status.INTERVIEW,
            id="f2f_with_a_day_is_an_interview",
        ),
        pytest.param(
            "Dear Candidate,\n\nYou have been shortlisted for the online test for the Graduate Trainee role. "
            "The test will be held on 3rd May; the link will reach you a day before.\n\nCampus Hiring Team\n"
            "Meridian Infotech",
            Status.ASSESSMENT,
            id="shortlisted_for_an_online_test_is_an_assessment",
        ),
        pytest.param(
            "Dear Candidate,\n\nYou have been shortlisted for the Graduate Trainee role. Our team will call "
            "you to fix the interview.\n\nCampus Hiring Team\nMeridian Infotech",
            Status.INTERVIEW,
            id="shortlisted_for_the_role_stays_an_interview",
        ),
    ],
)
def test_indian_english_steps_read_as_the_step_named(body: str, status: Status) -> None:
    result = extract(body, subject="Regarding your application", sender="HR <hr@example.co.in>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status
