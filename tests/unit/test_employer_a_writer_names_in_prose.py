"""A person writing by hand from a free mailbox names the organisation they write for in their own words:
"we at X", "the team at X", "X's hiring team", "I'm the practice manager at X", "Jo here from X", "I work
in HR at X", "thanks for reaching out to X". Invented mail.

How a person names the organisation they write for in running text: a name ending in "s" before its
hiring team takes the apostrophe alone ("Hollins & Myers' hiring team"), "I run recruitment for X", "I'm
reaching out from X"; a person writing "on behalf of" an organisation from their own mailbox is no system
whose mailbox names a tenant. Invented mail.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        pytest.param(
            "Hi Sam,\n\nWe at Corvid Robotics were impressed by your application for the Robotics Engineer "
            "role. Could you do a short call this week?\n\nKim",
            "Corvid Robotics",
            id="we-at",
        ),
        pytest.param(
            "Hi Sam,\n\nBellwether's hiring team reviewed your application for the Product Designer role and "
            "we'd like to invite you to interview on Friday at 3pm.\n\nAlex",
            "Bellwether",
            id="possessive-hiring-team",
        ),
        pytest.param(
            "Hi Sam,\n\nThe team at Larchmont Cycles read your application for the Bike Mechanic role. Could "
            "you come in for an interview on Tuesday at 10am?\n\nJo",
            "Larchmont Cycles",
            id="the-team-at",
        ),
        pytest.param(
            "Hi Sam,\n\nMy name is Greg and I'm the practice manager at Ashgrove Dental. Could you do a "
            "short call on Friday at 11am about your application for the Dental Nurse role?\n\nGreg",
            "Ashgrove Dental",
            id="practice-manager-at",
        ),
        pytest.param(
            "Hi Sam,\n\nGreg here from Cobalt Ridge. Could you do a short call on Friday at 11am about your "
            "application for the Junior Developer role?\n\nGreg",
            "Cobalt Ridge",
            id="here-from",
        ),
        pytest.param(
            "Hi Sam,\n\nI work in HR at Cobalt Ridge. Could you do a short call on Friday at 11am about your "
            "application for the Junior Developer role?\n\nGreg",
            "Cobalt Ridge",
            id="i-work-in-hr-at",
        ),
        pytest.param(
            "Hi Sam,\n\nThanks for reaching out to Nettlefield Farm about the seasonal picker job. Can you "
            "come in on Monday at 9am for an interview?\n\nTariq",
            "Nettlefield Farm",
            id="reaching-out-to",
        ),
    ],
)
def test_the_organisation_a_writer_names_as_theirs_is_the_employer(body, employer):
    result = extract(subject="Your application", body=body, sender="Greg Fox <greg.fox@gmail.com>")

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company == employer


def test_a_writer_saying_where_they_write_from_names_no_employer_by_it():
    result = extract(
        subject="Your application",
        body="Hi Sam,\n\nI'm writing from London about your application for the Junior Developer role. Could "
        "you do a short call on Friday at 11am?\n\nGreg",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.company is None


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        pytest.param(
            "Hi Sam,\n\nI manage the kitchen at Olive Grove and we need a commis chef. Saw your application "
            "- could you come in for an interview on Friday at 3pm?\n\nPriya",
            "Olive Grove",
            id="manage-the-kitchen-at",
        ),
        pytest.param(
            "Hi Sam,\n\nI run a small bookkeeping firm, Ledgerwise, and saw your application for the Junior "
            "Bookkeeper job. Could we have an interview on Monday at 11am?\n\nGreg",
            "Ledgerwise",
            id="run-a-firm-named",
        ),
        pytest.param(
            "Hi Sam,\n\nThank you for your application. On behalf of Seaview Hotel I'd like to invite you to "
            "an interview on Friday at 10am.\n\nPriya",
            "Seaview Hotel",
            id="name-then-i-would",
        ),
    ],
)
def test_a_writer_naming_the_place_they_run_names_the_employer(body, employer):
    result = extract(subject="Your application", body=body, sender="Priya Raman <priya.raman@gmail.com>")

    assert result.status is Status.INTERVIEW
    assert result.company == employer


def test_a_recruiters_post_and_agency_on_one_line_name_the_agency_relaying_an_unnamed_client():
    result = extract(
        subject="Finance Analyst",
        body="Hi Sam,\n\nI'm afraid the client has decided not to progress your application for the Finance "
        "Analyst role.\n\nRuth Kane\nSenior Consultant | Brightline Recruitment",
        sender="Ruth Kane <ruth.kane@gmail.com>",
    )

    assert result.status is Status.REJECTED
    assert result.company == "Brightline Recruitment"


_INVITATION = (
    "Hi Rowan,\n\n{sentence} We'd like to invite you to an interview on Wednesday at 11am for the "
    "Warehouse Supervisor role.\n\nBest,\nDelia"
)


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("Brannock Mills' hiring team has read your application.", "Brannock Mills"),
        ("Thanks for your patience while Castellan Works' recruitment team reviewed CVs.", "Castellan Works"),
        ("I run recruitment for Brannock Mills, a family-owned textile firm.", "Brannock Mills"),
        ("I look after hiring at Castellan Works.", "Castellan Works"),
        ("I'm reaching out from Brannock Mills about your application.", "Brannock Mills"),
        ("We're getting in touch from Castellan Works about the role you applied for.", "Castellan Works"),
    ],
)
@pytest.mark.parametrize(
    "sender", ["Delia Quist <delia.quist.1980@gmail.com>", "Delia Quist <delia@bmx-uk.com>"]
)
def test_the_writer_names_the_organisation_in_a_sentence(sentence, employer, sender):
    result = extract(subject="Interview", body=_INVITATION.format(sentence=sentence), sender=sender)

    assert result.company == employer


@pytest.mark.parametrize(
    "sentence", ["I'm writing from Manchester about your application.", "I'm writing from my phone."]
)
def test_where_the_writer_writes_from_is_no_employer(sentence):
    result = extract(
        subject="Interview",
        body=_INVITATION.format(sentence=sentence),
        sender="Delia Quist <delia.quist.1980@gmail.com>",
    )

    assert result.company is None


def test_a_person_writing_on_behalf_of_an_organisation_is_not_the_tenant_of_a_system():
    result = extract(
        subject="Interview",
        body=_INVITATION.format(sentence="I'm writing on behalf of Brannock Mills."),
        sender="Delia Quist <delia@talentbridge-hr.io>",
    )

    assert result.company == "Brannock Mills"
