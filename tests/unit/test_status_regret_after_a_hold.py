"""A rejection's words after a hold of the post, read by one rule however far back the hold is told: the
hold in the rejection's own sentence or in any sentence before it withdraws the post, unless the hold is only
a condition. Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Status


def _status(body: str) -> Status | None:
    email = EmailMessage(
        message_id="m1",
        sender="Oona Brandt <oona.brandt@larchmoorfoods.com>",
        subject="Your application for Shift Planner",
        body=f"Dear Sam,\n\n{body}\n\nKind regards,\nOona Brandt\nPeople Team, Larchmoor Foods",
        received_at=None,
    )
    return RulesExtractor().extract(email).status


@pytest.mark.parametrize(
    "body",
    [
        "We regret to tell you that the Shift Planner role has been put on hold.",
        "Hiring for the Shift Planner post has been frozen. Unfortunately we cannot continue with your "
        "application.",
        "The team has paused hiring for the Shift Planner role. Our budget for next year is still being "
        "agreed. Unfortunately we will not be taking your application any further.",
    ],
)
def test_a_rejection_told_at_or_after_a_hold_is_the_post_withdrawn(body):
    assert _status(body) is Status.WITHDRAWN


def test_a_hold_only_spoken_of_as_a_condition_leaves_the_rejection():
    body = (
        "If the role were put on hold we would always say so. Unfortunately we will not be progressing "
        "your application."
    )
    assert _status(body) is Status.REJECTED
