"""A person's signature names the organisation beside its town ("The Copper Pot, Tallowmere") or before
the writer's post ("Fernhollow Studio – Founder"); a name the domain spells ends at a dash set off by
spaces ("Kettlewick Media - Content Producer hiring"). Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_SIGNED_BODY = (
    "Hey Priya,\n\nGreat to meet you on Saturday. We'd like you to start on the weekend rota from next "
    "month, the offer letter will follow by post.\n\n{writer}\n{line}"
)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("The Copper Pot, Tallowmere", "The Copper Pot"),
        ("The Gilded Spoon, Marrick NSW", "The Gilded Spoon"),
        ("Wrenfield Bakery, Ossington", "Wrenfield Bakery"),
    ],
)
def test_a_small_place_signs_with_its_town_after_a_comma(line, organisation):
    result = extract(
        subject="Re: weekend cook",
        body=_SIGNED_BODY.format(writer="Dev", line=line),
        sender="Dev Ramsay <dev.ramsay.77@gmail.com>",
    )

    assert result.company == organisation


@pytest.mark.parametrize("line", ["Dev Ramsay, Tallowmere", "Kind Regards, Tallowmere"])
def test_the_writer_or_a_closing_with_a_town_names_no_employer(line):
    result = extract(
        subject="Re: weekend cook",
        body=_SIGNED_BODY.format(writer="Dev", line=line),
        sender="Dev Ramsay <dev.ramsay.77@gmail.com>",
    )

    assert result.company is None


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Fernhollow Studio – Founder", "Fernhollow Studio"),
        ("Quayside Lettings | Branch Manager", "Quayside Lettings"),
        ("Ashgrove Dental - Practice Manager", "Ashgrove Dental"),
    ],
)
def test_an_organisation_signs_before_the_writers_post_on_one_line(line, organisation):
    result = extract(
        subject="Your application",
        body=(
            "Hi Noor,\n\nThank you for applying for the studio assistant role, we would love to have a chat. "
            "Are you free on Thursday "
            f"at 11am for a short call?\n\nBest,\nIlse\n{line}"
        ),
        sender="Ilse Brandvold <ilse.brandvold@outlook.com>",
    )

    assert result.company == organisation


def test_the_writers_full_name_before_their_post_is_no_organisation():
    result = extract(
        subject="Your application",
        body=(
            "Hi Noor,\n\nThank you for applying for the studio assistant role, we would love to have a chat. "
            "Are you free on Thursday "
            "at 11am for a short call?\n\nBest,\nIlse\nIlse Brandvold - Founder"
        ),
        sender="Ilse Brandvold <ilse.brandvold@outlook.com>",
    )

    assert result.company is None


def test_a_name_the_domain_spells_ends_at_a_dash_before_the_post_hired_for():
    result = extract(
        subject="next step",
        body=(
            "Hi Remy,\n\nThank you for your application for the content producer role. We would like to "
            "invite you to an interview on Monday at 10am at our office.\n\nCheers,\nOrla\n"
            "Kettlewick Media - Content Producer hiring"
        ),
        sender="Orla Pryce <orla@kettlewickmedia.com>",
    )

    assert result.company == "Kettlewick Media"


@pytest.mark.parametrize(
    ("domain", "signed"),
    [
        ("harrowgatehealth.org", "Harrowgate Health System"),
        ("pinecrestschool.org", "Pinecrest School System"),
    ],
)
def test_a_domain_spelling_a_health_or_school_system_short_of_its_system_shows_the_signed_name(
    domain, signed
):
    result = extract(
        subject="Interview invitation - Unit Clerk",
        body=(
            "Hello Abena,\n\nThank you for applying for the Unit Clerk opening. I would like to schedule a "
            "phone interview with you on Tuesday at 10:00 AM.\n\nBest regards,\n\nMarisol Teague\n"
            f"Recruiter\n{signed}\nmteague@{domain}"
        ),
        sender=f"Marisol Teague <mteague@{domain}>",
    )

    assert result.company == signed


def test_a_system_after_a_brand_of_no_such_kind_is_no_part_of_its_name():
    result = extract(
        subject="Interview invitation - Unit Clerk",
        body=(
            "Hello Abena,\n\nThank you for applying for the Unit Clerk opening. I would like to schedule a "
            "phone interview with you on Tuesday at 10:00 AM.\n\nBest regards,\n\nMarisol Teague\n"
            "Recruiter\nBrightvale Foods\nBrightvale System upgrades are under way this week."
        ),
        sender="Marisol Teague <mteague@brightvale.com>",
    )

    assert result.company == "Brightvale Foods"
