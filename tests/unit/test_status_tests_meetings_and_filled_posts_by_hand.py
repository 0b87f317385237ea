"""Steps a person writes (invented mail): a test set after a meeting thanked for, in a round the sentence
names by its test, or before interviews not yet arranged, is the news; a post "we've now filled" is a no.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "body",
    [
        # A round named by its test.
        "Thanks for talking with Omar and me yesterday. We'd like to move you forward to the written "
        "exercise stage for the Planning Analyst role. The brief is attached; please send your answers "
        "back by Friday.",
        # Shortlisted for a round the sentence then calls a test.
        "Thank you for the phone screen last week. You have been shortlisted for the next round of the "
        "Junior Developer role, which is an online coding test. The link stays open until Sunday night.",
        # Interviews not yet arranged, after the test.
        "Good news: the team liked your CV. Before we set up interviews, we ask every candidate to complete "
        "a short case exercise. It should take about two hours; please send it back by Monday.",
        "Prior to inviting anyone to interview, the hiring manager asks each applicant to complete a "
        "take-home task. Details are attached.",
    ],
)
def test_a_test_set_before_or_after_a_meeting_is_the_news(body):
    result = extract(
        subject="Next step",
        body=f"Hi Kim,\n\n{body}\n\nBest,\nLena\n\nLena Ortiz\nBrambleworks",
        sender="Lena Ortiz <lena@brambleworks.example>",
    )

    assert result.status is Status.ASSESSMENT


def test_an_interview_arranged_before_a_questionnaire_stays_an_interview():
    result = extract(
        subject="Interview on Friday",
        body="Hi Kim,\n\nThanks for applying for the Planning Analyst role. We'd like to invite you to an "
        "interview on Friday at 10am. Before your interview, please fill in the short questionnaire "
        "attached.\n\nBest,\nLena",
        sender="Lena Ortiz <lena@brambleworks.example>",
    )

    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "sentence",
    [
        "Just a heads up that we've now filled it.",
        "Sorry to say we have just filled the position.",
        "We've already filled the post, I'm afraid.",
    ],
)
def test_a_post_the_writer_has_filled_is_a_rejection(sentence):
    result = extract(
        subject="Store Assistant role",
        body=f"Morning Leah,\n\nThanks for your interest in the Store Assistant job in town. {sentence}\n\n"
        "All the best,\nShaun",
        sender="Shaun Pike <shaun@redgumhardware.example>",
    )

    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "ask",
    [
        "Keen to have a chat in person. I'm in the yard on Thursday from 2. Does 2:30 suit?",
        "I'm around the workshop most of Friday. Would 10am work for you?",
        "We'd love to have a chat in person before the weekend, whenever you can make it.",
    ],
)
def test_a_time_or_a_chat_in_person_put_to_the_reader_is_an_interview(ask):
    result = extract(
        subject="Joiner role",
        body=f"Hi Ana,\n\nThanks for your CV for the Joiner job, looks great. {ask}\n\nCheers,\nRay",
        sender="Ray Dunn <ray@gumtreejoinery.example>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
