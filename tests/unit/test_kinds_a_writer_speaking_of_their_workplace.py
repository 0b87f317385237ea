"""A person's mail about the reader's application that names no role still says it is about work when the
writer speaks of their workplace: "your interest in working with us", "I'm the founder of X", "we're a
small team at X", "your email about working at X". Its news is the reader's application's; a flat's or a
course's application says none of these. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("body", "status", "employer"),
    [
        pytest.param(
            "Hi Sam,\n\nThank you for your interest in working with us. On behalf of everyone at Gannet "
            "Marine, I'm sorry to say we won't be progressing your application.\n\nGreg",
            Status.REJECTED,
            "Gannet Marine",
            id="working-with-us",
        ),
        pytest.param(
            "Hi Sam,\n\nI'm Greg, the founder of Cobalt Ridge. Could you do a short call on Friday about "
            "your application?\n\nGreg",
            Status.INTERVIEW,
            "Cobalt Ridge",
            id="founder-of",
        ),
        pytest.param(
            "Hi Sam,\n\nWe're a small team at Cobalt Ridge and we loved your application. Could you do a "
            "short call on Friday?\n\nGreg",
            Status.INTERVIEW,
            "Cobalt Ridge",
            id="small-team-at",
        ),
        pytest.param(
            "Hi Sam,\n\nThanks for your email about working at Nettlefield Farm. Can you come in on Monday "
            "at 9am for a chat?\n\nGreg",
            Status.INTERVIEW,
            "Nettlefield Farm",
            id="about-working-at",
        ),
    ],
)
def test_a_writer_speaking_of_their_workplace_writes_about_the_readers_job_application(
    body, status, employer
):
    result = extract(subject="Your application", body=body, sender="Greg Fox <greg.fox@gmail.com>")

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == employer


def test_a_landlords_rejection_names_no_workplace_and_stays_no_job():
    result = extract(
        subject="Your application",
        body="Hi Sam,\n\nThanks for your application for the flat on Mill Road. Unfortunately we have chosen "
        "another applicant.\n\nGreg",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.kind is Kind.OTHER
