"""A small organisation's mail by hand: its office signs beside or over its name ("Parish Office, St.
Anne's Parish", "School Office | Hollins Primary School", "Front Desk, Maple Grove Dental"), a faith
body is named by its noun ("St. Anne's Parish" on a line of its own), the writer's first name alone
("Greg <greg.holt@...>") is never the employer, and the advert answered is no part of the title ("Re:
Apprentice Plumber ad"). Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.display_names import display_employer
from tracker.extraction.team_words import is_team

_BODY = (
    "Good morning Ms. Reyes,\n\nWe received your letter and CV, thank you. The committee will go over all "
    "the applications after Christmas. We will text you if you are shortlisted.\n\nGod bless,\nRosa\n{sign}\n"
    "Leeds"
)


@pytest.mark.parametrize(
    ("sign", "organisation"),
    [
        ("Parish Office, St. Anne's Parish", "St. Anne's Parish"),
        ("St. Anne's Parish", "St. Anne's Parish"),
        ("School Office | Hollins Primary School", "Hollins Primary School"),
        ("Front Desk, Maple Grove Dental", "Maple Grove Dental"),
    ],
)
def test_a_small_organisations_office_signs_beside_its_name(sign, organisation):
    result = extract(
        subject="Re: application for parish secretary",
        body=_BODY.format(sign=sign),
        sender="Rosa Lindqvist <stannesoffice@gmail.com>",
    )

    assert result.company == organisation


@pytest.mark.parametrize(
    "office", ["Parish Office", "School Office", "Front Desk", "Reception", "Head Office", "Central Office"]
)
def test_an_office_that_answers_the_mail_is_no_employer(office):
    assert is_team(office)


@pytest.mark.parametrize("body", ["Post Office", "Home Office", "Met Office"])
def test_a_body_named_for_its_office_is_no_team(body):
    assert not is_team(body)


@pytest.mark.parametrize("local", ["greg.holt", "greg_holt"])
def test_a_first_name_alone_that_the_address_spells_before_a_surname_is_a_person(local):
    assert display_employer("Greg", local) is None


@pytest.mark.parametrize(
    ("display", "local"),
    [
        ("Zalvo", "zalvo.careers"),
        ("Quorra", "quorra_jobs"),
        ("Tindle", "tindle.noreply"),
        ("Bakery", "bakery.orders"),
    ],
)
def test_a_brands_one_word_before_its_mailboxs_is_no_first_name(display, local):
    assert display_employer(display, local) == display


def test_a_first_name_alone_is_never_the_employer_of_a_hand_written_step():
    result = extract(
        subject="apprentice spot",
        body="Hey Tyler got your application thru the website. Spot's still open. Can you do a quick call "
        "today after 4? - Greg\n\nSent from my phone",
        sender="Greg <greg.holt@holtroofing.com>",
    )

    assert result.company != "Greg"


@pytest.mark.parametrize(
    "subject",
    ["Re: Apprentice Plumber ad", "Re: Apprentice Plumber advert", "Re: Apprentice Plumber listing"],
)
def test_the_advert_answered_is_no_part_of_the_title(subject):
    result = extract(
        subject=subject,
        body="Hey Marcus - got your resume, thanks. Jim's out on jobs all week but I'll put it on his desk."
        "\n\nDonna\nVale Plumbing & Heating\nOffice: 555 0100",
        sender='"Donna Vale" <donna@valeplumbing.com>',
    )

    assert result.job_title == "Apprentice Plumber"
    assert result.company == "Vale Plumbing & Heating"


@pytest.mark.parametrize(
    ("sender", "sign", "organisation"),
    [
        (
            '"Donna Vale" <donna@valeandsonsplumbing.com>',
            "Vale & Sons Plumbing, Heating & Cooling",
            "Vale & Sons Plumbing",
        ),
        (
            '"Ed Marr" <ed@marrbrothersjoinery.co.uk>',
            "Marr Brothers Joinery | Bespoke Kitchens",
            "Marr Brothers Joinery",
        ),
    ],
)
def test_a_sign_off_opening_with_the_words_the_domain_runs_together_names_the_firm(
    sender, sign, organisation
):
    result = extract(
        subject="Re: Apprentice Plumber",
        body="Hey Marcus - got your resume, thanks. I'll put it on his desk.\n\n"
        f"Donna\n{sign}\nOffice: 555 0100",
        sender=sender,
    )

    assert result.company == organisation


def test_a_firms_head_office_signing_is_no_employer():
    result = extract(
        subject="Re: your application",
        body="Hi Sam,\n\nThanks for applying for the receptionist job. Could you come in on Thursday at 3pm?"
        "\n\nKind regards,\nHead Office",
        sender="Tamsin Ward <tamsin.ward.office@gmail.com>",
    )

    assert result.company != "Head Office"


@pytest.mark.parametrize(
    ("office", "organisation"),
    [
        ("Head Office", "Penrose Hartley"),
        ("Main Office", "Alder Whitcombe"),
        ("Front Desk", "Calloway Brooks"),
    ],
)
def test_an_office_signing_above_its_organisation_names_it_whatever_its_words(office, organisation):
    # An office or desk signs for the organisation written under it, even a name shaped as a person's
    # (a firm named for its founders).
    result = extract(
        subject="Re: your application",
        body="Hi Sam,\n\nThanks for applying for the receptionist job. Could you come in on Thursday at 3pm?"
        f"\n\nKind regards,\n{office}\n{organisation}\n4 Canal Street, Bristol",
        sender="Tamsin Ward <tamsin.ward.office@gmail.com>",
    )

    assert result.company == organisation


@pytest.mark.parametrize(
    "signature",
    [
        "Front Desk\nHattie Marlowe",
        "Practice Office\nHattie Marlowe\nPractice Manager",
    ],
)
def test_a_person_signing_under_her_desk_is_no_employer(signature):
    # The receptionist on the desk signs her own name under it, with no address: a person, not a firm.
    result = extract(
        subject="Dental nurse position",
        body="Hi Sam,\n\nThank you for applying for the dental nurse position. Could you come in for an "
        f"interview on Monday at 10am?\n\nBest wishes,\n{signature}\n",
        sender="reception@fallowmeadental.co.uk",
    )

    assert result.company != "Hattie Marlowe"
