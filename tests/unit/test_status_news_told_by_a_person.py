"""News a person writes by hand, in wording the tables did not read: the place given to someone else ("I've
offered the paid spot to a student who ...", "we took on someone for the weekend shifts": rejected); a
hiring paused until something is known, its cause negated in the clause before ("the grant won't come
through before spring, so we've paused recruitment for the post until then": withdrawn); a month named
after "in" or "by" is no hedge ("the season starts in May"). Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status

_SENDER = "Wren Ashdown <wren@ashdownfarmshop.co.uk>"


def _read(news: str):
    return extract(
        subject="Re: farm shop assistant",
        body=f"Hi Priya,\n\nThanks for getting in touch about the shop. {news}\n\nWren\nAshdown Farm Shop",
        sender=_SENDER,
    )


@pytest.mark.parametrize(
    "news",
    [
        pytest.param(
            "In the end I've offered the paid spot to a student who already drives a tractor, since harvest "
            "starts in May and there's no time to train anyone up.",
            id="the_spot_offered_to_a_student",
        ),
        pytest.param("We've offered the role to one of our Saturday staff instead.", id="offered_to_one_of"),
        pytest.param(
            "We actually took on someone for the weekend till shifts last week, so there's nothing going.",
            id="took_on_someone",
        ),
        pytest.param("Sorry, we've taken somebody on for the summer already.", id="taken_somebody_on"),
        pytest.param("We've hired someone for the counter job, sorry to say.", id="hired_someone"),
    ],
)
def test_the_place_given_to_someone_else_is_a_rejection(news):
    assert _read(news).status is Status.REJECTED


@pytest.mark.parametrize(
    ("news", "status"),
    [
        pytest.param(
            "We'd love to take on someone like you. Could you pop in on Thursday at 3pm for a chat at the "
            "shop?",
            Status.INTERVIEW,
            id="someone_like_you_is_no_other",
        ),
        pytest.param(
            "I'm pleased to say we've offered the role to you, starting on the 4th!",
            Status.OFFER,
            id="offered_to_the_reader",
        ),
    ],
)
def test_the_reader_offered_or_wanted_is_no_rejection(news, status):
    assert _read(news).status is status


@pytest.mark.parametrize(
    "news",
    [
        pytest.param(
            "Our grant won't be confirmed before the spring, so the trustees have decided to pause "
            "recruitment for the assistant post until we know where we stand.",
            id="cause_negated_then_paused_until",
        ),
        pytest.param(
            "We've had to put the hiring for this post on hold until the new owners take over.",
            id="on_hold_until",
        ),
        pytest.param("The board has paused recruitment for the role until the autumn.", id="paused_until"),
    ],
)
def test_a_hiring_paused_until_something_is_known_is_withdrawn(news):
    assert _read(news).status is Status.WITHDRAWN


@pytest.mark.parametrize(
    ("news", "status"),
    [
        pytest.param(
            "Good news: we took on someone new for the counter this week, and that someone is you! Can you "
            "start on Monday at 8am?",
            Status.OFFER,
            id="the_one_taken_on_is_the_reader",
        ),
        pytest.param(
            "We hired someone last spring for a similar job and it went so well that we'd love you to come "
            "in for an interview on Thursday at 3pm.",
            Status.INTERVIEW,
            id="another_taken_on_before_the_reader_still_wanted",
        ),
    ],
)
def test_someone_taken_on_is_no_rejection_when_the_reader_is_wanted(news, status):
    assert _read(news).status is status


def test_someone_taken_on_with_thanks_to_the_reader_still_turns_down():
    assert _read("We've taken somebody on for the summer already, but thank you for asking.").status is (
        Status.REJECTED
    )


@pytest.mark.parametrize(
    "wait",
    [
        "Recruitment for this vacancy is on hold until the closing date, when we will shortlist.",
        "The hiring process is paused until the closing date, after which every application is read.",
        "Shortlisting for this role is on hold until the advert closes on Friday.",
    ],
)
def test_a_receipts_wait_until_the_posting_closes_is_no_hold(wait):
    result = extract(
        subject="Application received: Shop Assistant",
        body=f"Dear Priya,\n\nThank you for applying for the Shop Assistant role at Ashdown Farm Shop. {wait}"
        "\n\nAshdown Farm Shop",
        sender="Ashdown Farm Shop <jobs@ashdownfarmshop.co.uk>",
    )
    assert result.status is Status.APPLIED
