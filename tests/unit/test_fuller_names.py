"""An employer's name read short of the words the mail itself writes it with (invented mail): the text
says "at Marrow & Pike" while the signature or the display name writes "Marrow & Pike Oyster Bar". The
tracker shows the name in full; a department, a place, a filler tail, a system's name or a legal name
written only in a footer does not lengthen it."""

import pytest

from tests.extraction_support import extract

_TOLD_NO = "Thank you for your interest in working with us at {short}. We have already filled the position."


def _reply(short: str, signature: str) -> str:
    return f"Hi Dana,\n\n{_TOLD_NO.format(short=short)}\n\nBest,\nOlga Brandt\nGeneral Manager\n{signature}"


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        (  # the signature's line of its own
            "Olga Brandt <olga@marrowpike.example.com>",
            _reply("Marrow & Pike", "Marrow & Pike Oyster Bar"),
            "Marrow & Pike Oyster Bar",
        ),
        (  # the signature's name before its unit, after a bar
            "Olga Brandt <olga@halvorsenfreight.example.com>",
            _reply("Halvorsen", "Halvorsen Cold Chain | Driver Recruiting Desk"),
            "Halvorsen Cold Chain",
        ),
        (  # before its branch, after a dash
            "Olga Brandt <olga@pellworth.example.com>",
            _reply("Pellworth Market", "Pellworth Market Grocers - Linden Square"),
            "Pellworth Market Grocers",
        ),
        (  # the name after the writer's post on the signature's line
            "Olga Brandt <olga@halvorsenfreight.example.com>",
            _reply("Halvorsen", "Fleet Manager | Halvorsen Cold Chain"),
            "Halvorsen Cold Chain",
        ),
        (  # a Dutch web shop: its display name with the legal form, its text without it
            '"Tulpenhof Online B.V." <tulpenhof@mail.example.nl>',
            "Hoi Sanne,\n\nLeuk dat je solliciteert bij Tulpenhof Online! We kijken naar je cv.\n\n"
            "Groet,\nTeam Tulpenhof",
            "Tulpenhof Online",
        ),
    ],
)
def test_the_name_is_shown_as_the_organisation_writes_it_in_full(sender, body, employer):
    assert extract(sender=sender, subject="Your application", body=body).company == employer


@pytest.mark.parametrize(
    ("place", "client"),
    [
        ("Waar: Varenberg HQ, Stationsplein 3, Zwolle", "Varenberg"),
        ("Locatie: Varenberg Hoofdkantoor, Stationsplein 3", "Varenberg"),
        ("Ort: Varenberg Zentrale, Hafenstraße 3, Bremen", "Varenberg"),
    ],
)
def test_a_meetings_place_at_the_clients_headquarters_is_no_fuller_name(place, client):
    body = (
        f"Hoi Sanne,\n\nGoed nieuws: {client} wil je graag spreken!\n\nWanneer: dinsdag 4 maart, 10:00\n"
        f"{place}\n\nMark"
    )
    company = extract(sender="Mark Dijk <mark@dijkwerving.example.nl>", subject="Gesprek", body=body).company
    assert company == client


def test_a_labelled_line_writes_the_client_in_full():
    body = (
        "Hoi Sanne,\n\nGoed nieuws: Varenberg wil je graag spreken!\n\nWanneer: dinsdag 4 maart, 10:00\n"
        "Waar: Varenberg Verzekeringen, Stationsplein 3, Zwolle\n\nSucces!\nMark"
    )
    company = extract(sender="Mark Dijk <mark@dijkwerving.example.nl>", subject="Gesprek", body=body).company
    assert company == "Varenberg Verzekeringen"


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        ("Marrow & Pike Galway", "Marrow & Pike"),  # the office's town
        ("Marrow & Pike Careers", "Marrow & Pike"),  # the hiring team
        ("Marrow & Pike Group", "Marrow & Pike"),  # a filler tail: the brand is what a person writes
        ("Marrow & Pike Store Manager", "Marrow & Pike"),  # a person's job
        ("Marrow & Pike Makes Mornings", "Marrow & Pike"),  # a slogan: a sentence with the name its subject
        ("Marrow & Pike Brings People Together", "Marrow & Pike"),
        ("Marrow & Pike HQ", "Marrow & Pike"),  # where it sits: its headquarters
        ("Marrow & Pike Headquarters", "Marrow & Pike"),
    ],
)
def test_words_that_are_no_part_of_the_name_do_not_lengthen_it(signature, employer):
    body = _reply("Marrow & Pike", signature)
    sender = "Olga <olga@marrowpike.example.com>"
    assert extract(sender=sender, subject="Your application", body=body).company == employer


def test_a_legal_name_in_the_footer_leaves_the_brand():
    body = (
        "Hi Dana,\n\nThanks for applying to Brisklane! We have your application for Support Lead.\n\n"
        "The Brisklane Talent Team\n\nBrisklane Cloud, Inc. · 12 Pier Road · Oakland, CA"
    )
    sender = "Brisklane <no-reply@brisklane.example.com>"
    assert extract(sender=sender, subject="Thanks", body=body).company == "Brisklane"


def test_a_systems_name_after_the_employers_in_the_display_name_is_no_part_of_it():
    body = "Hi Dana,\n\nThank you for applying to Corvane. We have your application for Data Analyst."
    sender = "Corvane Hirewell <notifications@hirewell.example.io>"
    assert extract(sender=sender, subject="Thank you for applying", body=body).company == "Corvane"


def test_a_signature_line_naming_the_employer_and_its_branch_is_no_job_card():
    body = _reply("Pellworth Market", "Pellworth Market Grocers - Linden Square")
    result = extract(sender="Olga <olga@pellworth.example.com>", subject="Cashier position", body=body)
    assert (result.company, result.job_title) == ("Pellworth Market Grocers", "Cashier"), result


def test_a_display_name_the_text_never_writes_leaves_the_brand_the_text_writes():
    body = "Hi Dana,\n\nThanks for your interest in joining Lumo as a Shop Assistant.\n\nLumo People Team"
    sender = "Lumo Cosmetics <jobs@lumo.example.co.uk>"
    assert extract(sender=sender, subject="Thanks for applying!", body=body).company == "Lumo"


def test_a_team_word_is_the_names_where_the_senders_own_domain_spells_it_with_its_initials():
    body = _reply("Brookfield Family Health", "Brookfield Family Health Team\n12 Elm Street")
    sender = "Dana Ross <dross@brookfieldfht.ca>"
    company = extract(sender=sender, subject="Interview request", body=body).company
    assert company == "Brookfield Family Health Team"
