"""A system's or a team's mailbox is told by its words, wherever in the mailbox they stand, and never by
letters inside another word: "Oskar Jobson <o.jobson@...>", "Nell Peoples" and "Oskar Steamer" are people
(no "job", "people" or "team"), while "jobs-noreply@", "careers.team@", "talent-acquisition@" and
"talentohumano@" are a team's mailboxes whatever display name they carry. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.addressed_candidacies import writes_about_the_readers_candidacy
from tracker.extraction.domain_signed_names import with_domain_signed_name
from tracker.extraction.employer_candidates import Candidate
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


_VENDORS_SIGNATURE = (
    "Dear Sam,\n\nThank you for applying for the Data Analyst position with Corran Logistics. Your "
    "application is now with the hiring team.\n\n"
    "Kind regards,\nDana Kerr\nCandidate Support\nBrightlane Systems Ltd"
)


def _domain_signed(mailbox: str) -> list[str]:
    sender = f"Dana Kerr <{mailbox}@brightlane.example>"
    candidates: list[Candidate] = []
    email = prepare(
        EmailMessage("m1", sender=sender, subject="Application received", body=_VENDORS_SIGNATURE)
    )
    with_domain_signed_name(candidates, email)
    return [candidate.name for candidate in candidates]


@pytest.mark.parametrize(
    "mailbox", ["noreply", "jobs-noreply", "ats.notifications", "candidate_mailer", "hr_donotreply"]
)
def test_a_systems_mailbox_wherever_its_word_stands_signs_for_no_employer_by_its_domain(mailbox):
    assert _domain_signed(mailbox) == []


@pytest.mark.parametrize("mailbox", ["dana.kerr", "careers.team", "talent-acquisition"])
def test_a_persons_or_a_teams_mailbox_signs_for_the_organisation_its_domain_spells(mailbox):
    assert _domain_signed(mailbox) == ["Brightlane Systems Ltd"]
