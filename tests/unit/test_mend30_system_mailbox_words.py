"""A system's or a team's mailbox is told by its words, wherever in the mailbox they stand, and never by
letters inside another word: "Oskar Jobson <o.jobson@...>", "Nell Peoples" and "Oskar Steamer" are people
(no "job", "people" or "team"), while "jobs-noreply@", "careers.team@", "talent-acquisition@" and
"talentohumano@" are a team's mailboxes whatever display name they carry. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.addressed_candidacies import writes_about_the_readers_candidacy
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status

_ABOUT_THE_CV = (
    "Hi Samir,\n\nThanks for sending your CV over. I'll read it tonight and come back to you by Friday.\n\n"
    "Best,\nGreta"
)
_ABOUT_THE_APPLICATION = (
    "Hello Ingrid,\n\nJust a note on your application: the workshop is busy this month, so I'll be in touch "
    "after the 20th.\n\nOskar"
)


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Oskar Jobson <o.jobson@lindqvistjoinery.example>", _ABOUT_THE_APPLICATION, id="job-inside"
        ),
        pytest.param(
            "Oskar Steamer <o.steamer@lindqvistjoinery.example>", _ABOUT_THE_APPLICATION, id="team-inside"
        ),
        pytest.param(
            "Nell Peoples <nell@lindqvistjoinery.example>", _ABOUT_THE_APPLICATION, id="people-inside"
        ),
    ],
)
def test_a_person_whose_name_holds_a_system_words_letters_writes_about_the_readers_candidacy(sender, body):
    result = extract(sender=sender, subject="Your application", body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    "mailbox",
    ["jobs-noreply", "careers.team", "talent-acquisition", "talentohumano", "recruitingteam", "hr", "people"],
)
def test_a_teams_mailbox_under_a_persons_name_is_no_person_writing(mailbox):
    sender = f"Greta Jobson <{mailbox}@fenwickbakery.example>"
    email = prepare(EmailMessage("m1", sender=sender, subject="Your application", body=_ABOUT_THE_CV))
    assert not writes_about_the_readers_candidacy(email)
