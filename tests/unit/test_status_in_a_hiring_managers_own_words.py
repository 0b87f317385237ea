"""A hiring manager's news in their own words: "we've found someone", "we're not going to take it further",
"you haven't made the shortlist" (rejected), "we've decided to hold off on hiring" (withdrawn), "are you
around for a quick chat this week?" (interview). Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("news", "status"),
    [
        ("We've found someone, but I'll keep your CV on file.", Status.REJECTED),
        ("It was a tough call but we're not going to take it further.", Status.REJECTED),
        ("We've had a lot of interest and you haven't made the shortlist.", Status.REJECTED),
        ("We've decided to hold off on hiring for now.", Status.WITHDRAWN),
        ("Are you around for a quick chat this week? Let me know what suits.", Status.INTERVIEW),
        ("When would suit you for a quick call?", Status.INTERVIEW),
    ],
)
def test_a_hiring_managers_own_words_state_the_news(news, status):
    result = extract(
        subject="Barista",
        body=f"Hi Sam,\n\nThanks for applying for the Barista job. {news}\n\nGreg\nBrightwren Coffee",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.status is status
    assert result.company == "Brightwren Coffee"


def test_a_writer_who_found_the_reader_is_no_rejection():
    result = extract(
        subject="Barista",
        body="Hi Sam,\n\nThanks for applying for the Barista job. We've found your CV really interesting - "
        "are you around for a quick chat this week?\n\nGreg",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.status is Status.INTERVIEW
