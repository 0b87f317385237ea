"""How a person names the organisation they write for in running text: a name ending in "s" before its
hiring team takes the apostrophe alone ("Hollins & Myers' hiring team"), "I run recruitment for X", "I'm
reaching out from X"; a person writing "on behalf of" an organisation from their own mailbox is no system
whose mailbox names a tenant. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

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
