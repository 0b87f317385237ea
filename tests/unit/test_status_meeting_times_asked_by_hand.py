"""A hiring manager scheduling by hand writes the time as people say it ("Tuesday at 10", "tomorrow at 4")
and names the meeting in the sentence before ("Our CTO would like to chat. Free Thursday at 4?") or as
coming in ("Can you come in on Friday at 10am?"): an interview. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Sam,\n\nThanks for applying for the Receptionist job. Would Tuesday at 10 or Wednesday at 2 "
            "work for a chat?\n\nGreg",
            id="bare-hours-after-days",
        ),
        pytest.param(
            "Hey Sam,\n\nThanks for applying to Fernbank Software - our CTO would like to chat. Free "
            "Thursday at 4?\n\nTom",
            id="meeting-named-the-sentence-before",
        ),
        pytest.param(
            "Hi Sam,\n\nThanks for your application for the Barista job. Can you come in on Friday at "
            "10am?\n\nGreg",
            id="come-in-at-a-time",
        ),
    ],
)
def test_a_time_asked_for_a_meeting_by_hand_is_an_interview(body):
    result = extract(subject="Your application", body=body, sender="Greg Fox <greg.fox@gmail.com>")

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Sam,\n\nThanks for applying for the Receptionist job. The closing date is Friday at 5 and "
            "we'll be in touch after that.\n\nGreg",
            id="a-closing-time",
        ),
        pytest.param(
            "Hi Sam,\n\nThanks for applying for the Receptionist job. Your paperwork should come in on "
            "Monday and we'll review it then.\n\nGreg",
            id="paperwork-coming-in",
        ),
    ],
)
def test_an_hour_or_a_coming_in_that_sets_no_meeting_is_no_interview(body):
    result = extract(subject="Your application", body=body, sender="Greg Fox <greg.fox@gmail.com>")

    assert result.status is not Status.INTERVIEW
