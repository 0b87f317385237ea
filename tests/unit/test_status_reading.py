"""How one email's status is read (tracker/extraction/status_rules.py): the body decides, the subject
only when the body states nothing; news counts, descriptions of the process do not; final statuses
outrank progress; a one-way video interview is a test, not a conversation."""

from __future__ import annotations

import pytest

from tracker.extraction.status_rules import StatusSignals, read_status, resolve
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Status


def reading(body: str, subject: str = "Your application"):
    return read_status(prepare(EmailMessage("m1", subject=subject, body=body)))


def test_the_body_decides_and_says_so():
    found = reading("Hi Sam,\nUnfortunately we will not be moving forward with your application.")
    assert (found.status, found.from_subject) == (Status.REJECTED, False)
    assert found.signals.has("rejected")


def test_the_subject_decides_only_when_the_body_states_nothing():
    found = reading("Hi Sam,\nPlease see the attached letter.", subject="Your offer letter")
    assert (found.status, found.from_subject) == (Status.OFFER, True)
    body_wins = reading(
        "Hi Sam,\nWe would love to speak with you about next steps.", subject="Your offer letter"
    )
    assert (body_wins.status, body_wins.from_subject) == (Status.INTERVIEW, False)


def test_an_email_stating_no_status_reads_none_with_no_strength():
    found = reading("Hi Sam,\nHere is our newsletter.", subject="News from Acme")
    assert (found.status, found.strength, found.from_subject) == (None, 0.0, False)


def test_a_body_reading_is_surer_than_a_subject_reading_and_final_news_surer_than_a_step():
    rejection = reading("Hi Sam,\nWe regret to inform you that we chose another candidate.")
    interview = reading("Hi Sam,\nWe would love to speak with you this week.")
    assessment = reading("Hi Sam,\nPlease complete the online assessment by Friday.")
    from_subject = reading("Hi Sam,\nPlease see the attached letter.", subject="Your offer letter")
    assert (rejection.status, interview.status, assessment.status) == (
        Status.REJECTED,
        Status.INTERVIEW,
        Status.ASSESSMENT,
    )
    assert 0 < from_subject.strength < interview.strength == assessment.strength < rejection.strength <= 1


@pytest.mark.parametrize(
    ("categories", "status"),
    [
        ({"withdrawn", "rejected"}, Status.WITHDRAWN),
        ({"rejected", "offer", "interview"}, Status.REJECTED),
        ({"search_stopped", "offer"}, Status.WITHDRAWN),
        ({"offer", "interview", "confirmation"}, Status.OFFER),
        ({"interview", "assessment"}, Status.INTERVIEW),
        ({"assessment", "confirmation"}, Status.ASSESSMENT),
        ({"assessment_tool", "confirmation"}, Status.ASSESSMENT),
        ({"confirmation"}, Status.APPLIED),
        (set(), None),
    ],
    ids=lambda value: "+".join(sorted(value)) if isinstance(value, set) else str(value),
)
def test_final_statuses_outrank_progress_and_the_furthest_step_wins(categories, status):
    assert resolve(StatusSignals({category: 0 for category in categories})) is status


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\nIf selected, we will invite you to an interview.",
        "Hi Sam,\nShould your profile match, we would love to speak with you.",
        "Hi Sam,\nThank you for applying. Qualified candidates will be invited to an interview.",
    ],
    ids=["if-selected", "should-your-profile-match", "qualified-candidates"],
)
def test_a_description_of_the_process_is_not_news(body):
    assert reading(body).status is Status.APPLIED or reading(body).status is None


def test_a_question_about_the_process_hedges_but_an_invitation_asked_as_a_question_invites():
    assert reading("Hi Sam,\nAre you free on Thursday for a call?").status is Status.INTERVIEW
    hedged = reading("Hi Sam,\nThank you for applying.\nWondering whether we will move forward with you?")
    assert hedged.status is Status.APPLIED


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\nPlease complete a one-way video interview on our platform.",
        "Hi Sam,\nYou are invited to a HireVue interview for the role.",
        "Hi Sam,\nWe would like to invite you to an interview on HackerRank.",
        "Hi Sam,\nWe would like to invite you to a recorded interview.",
        "Hi Sam,\nWe invite you to a video interview.\nYou will record your answers to five questions.",
        "Hi Sam,\nWe would like to invite you to a video interview.\nIt is asynchronous, so pick any time.",
    ],
    ids=[
        "one-way",
        "hirevue",
        "on-a-test-platform",
        "recorded-without-video",
        "record-your-answers-in-the-next-sentence",
        "asynchronous-in-the-next-sentence",
    ],
)
def test_a_recorded_video_interview_is_an_assessment(body):
    assert reading(body).status is Status.ASSESSMENT


def test_a_video_interview_with_people_is_an_interview():
    assert reading("Hi Sam,\nWe would like to invite you to a video interview with the team.").status is (
        Status.INTERVIEW
    )


def test_news_in_a_later_sentence_is_read_whatever_came_before():
    body = (
        "Hi Sam,\n"
        + "We reviewed many profiles this month. " * 20
        + "We regret to inform you of our decision."
    )
    assert reading(body).status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\nThank you for applying.\nNot selected for this role?",
        "Hi Sam,\nThank you for applying.\nWe will invite you to an interview if you are shortlisted.",
        "Hi Sam,\nThank you for applying.\nApplicants who are not selected, will hear from us by email.",
        "Hi Sam,\nThank you for applying; successful candidates will be invited to an interview.",
        "Hi Sam,\nWe have received your application. Review continues until the position is filled.",
    ],
    ids=[
        "question",
        "hedge-after-the-phrase",
        "candidates-in-general",
        "successful-candidates",
        "until-filled",
    ],
)
def test_news_asked_as_a_question_hedged_or_about_candidates_in_general_is_not_news(body):
    assert reading(body).status is Status.APPLIED


def test_candidates_in_general_in_an_earlier_clause_do_not_hedge_the_news():
    body = "Hi Sam,\nThank you, qualified applicants were many, and we regret to inform you of our decision."
    assert reading(body).status is Status.REJECTED


def test_candidates_in_general_in_a_middle_clause_do_not_hedge_the_news_after_the_last():
    body = (
        "Hi Sam,\nAfter reviewing your profile, and those of all applicants, we would like to invite you to "
        "an interview."
    )
    assert reading(body).status is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\nWe would like to invite you to an interview with us. The session will not be recorded.",
        "Hi Sam,\nWe would like to invite you to an interview with us. Afterwards you get a Codility link.",
    ],
    ids=["recorded-in-a-later-sentence", "tool-in-a-later-sentence"],
)
def test_a_later_sentence_about_recording_or_a_test_tool_does_not_make_an_interview_a_test(body):
    assert reading(body).status is Status.INTERVIEW


def test_a_hedge_at_the_very_start_of_the_text_hedges_its_sentence():
    assert reading("If selected, we will invite you to an interview. Thanks.").status is None


def test_a_hedge_in_an_earlier_sentence_does_not_hedge_the_news():
    body = "If you have questions, reply to this email. We would like to invite you to an interview."
    assert reading(body).status is Status.INTERVIEW
