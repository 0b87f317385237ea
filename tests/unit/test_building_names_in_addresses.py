"""A building's name on a signature's address line (invented mail): "Kelland House, 12 High Street",
"Brightwell Foods Court" over "4 Mill Lane". The text writes the employer ("applying to Brightwell") and the
address line begins with it; the building is where the office is, no part of the organisation's name, so
the name is not lengthened by it. A name line the address only follows ("Varenberg Verzekeringen,
Stationsplein 3") keeps its words."""

import pytest

from tests.extraction_support import extract


def _invitation(short: str, signature: str) -> str:
    return (
        f"Hi Sam,\n\nThanks for applying to {short}. We would like to invite you to an interview for the "
        f"Quality Technician role on Thursday at 11:00.\n\nBest wishes,\nTom Reed\n{signature}"
    )


@pytest.mark.parametrize(
    ("sender", "short", "signature", "employer"),
    [
        (  # the building, then its street after a comma
            "Tom Reed <tom.reed@brightwellfoods.example.com>",
            "Brightwell",
            "Brightwell Foods\nBrightwell Foods Court, 4 Mill Lane, Leeds LS1 4AA",
            "Brightwell Foods",
        ),
        (  # the building on a line of its own over its street
            "Tom Reed <tom@ashgrovecare.example.org>",
            "Ashgrove",
            "Ashgrove\nAshgrove Lodge\n7 Church Road\nBath BA1 1AA",
            "Ashgrove",
        ),
        (  # a unit's number after a bar
            "Tom Reed <tom@tindalecare.example.co.uk>",
            "Tindale Care",
            "Tindale Care Court | Unit 3, Riverside Way, Derby",
            "Tindale Care",
        ),
        (  # the building alone with its street and town
            "Tom Reed <tom@kellandlogistics.example.co.uk>",
            "Kelland Logistics",
            "Kelland Logistics House, 12-14 High Street, Northampton",
            "Kelland Logistics",
        ),
    ],
)
def test_a_building_heading_an_address_does_not_lengthen_the_name(sender, short, signature, employer):
    body = _invitation(short, signature)
    assert extract(sender=sender, subject="Interview invitation", body=body).company == employer


def test_a_name_line_the_address_follows_keeps_its_words():
    body = _invitation("Marrow & Pike", "Marrow & Pike Oyster Bar, 12 Quay Street, Galway")
    sender = "Tom Reed <tom@marrowpike.example.com>"
    assert (
        extract(sender=sender, subject="Interview invitation", body=body).company
        == "Marrow & Pike Oyster Bar"
    )


# A care home, a clinic or a lodge named for its building ("Thornbury House", "Alder Court", "Millbeck
# Lodge"): the building is the organisation, and the mail that uses the name as the employer keeps it.
@pytest.mark.parametrize(
    ("sender", "signature"),
    [
        (  # under the writer's name, over its street and town
            "Rhona Kell <rhona.kell@gmail.com>",
            "Rhona Kell\nThornbury House\n22 Vicarage Lane\nKendal LA9 4AA",
        ),
        (  # the same from the home's own domain
            "Rhona Kell <rhona@thornburycare.example.co.uk>",
            "Rhona Kell\nThornbury House\n22 Vicarage Lane\nKendal LA9 4AA",
        ),
    ],
)
def test_a_home_named_for_its_building_signs_over_its_address(sender, signature):
    body = (
        "Hi Sam,\n\nThank you for your application. We would like to invite you to an interview for the "
        f"Senior Carer post on Friday at 2pm.\n\nKind regards,\n{signature}"
    )
    assert extract(sender=sender, subject="Interview", body=body).company == "Thornbury House"


@pytest.mark.parametrize(
    ("sentence", "building"),
    [
        ("We would love you to join the team at Alder Court as a Night Carer.", "Alder Court"),
        ("Thank you for your interest in the Night Carer role at Millbeck Lodge.", "Millbeck Lodge"),
    ],
)
def test_a_building_the_text_names_as_the_employer_stays_the_name(sentence, building):
    short = building.split()[0]
    body = (
        f"Hi Sam,\n\nThanks for applying to {short}. {sentence} Could you come in on Tuesday at 10am for an "
        f"interview?\n\nBest wishes,\nTom Reed\n{building}\n9 Orchard Road\nSkipton BD23 1AA"
    )
    sender = f"Tom Reed <tom@{short.lower()}.example.org>"
    assert extract(sender=sender, subject="Interview invitation", body=body).company == building


def test_a_street_address_under_the_writer_is_never_the_employer():
    body = (
        "Hi Sam,\n\nThank you for applying. Could you come in for an interview on Tuesday at 10am?\n\n"
        "Kind regards,\nRhona Kell\n22 Vicarage Lane\nKendal"
    )
    result = extract(sender="Rhona Kell <rhona.kell@gmail.com>", subject="Interview", body=body)
    assert result.company is None or not result.company[:1].isdigit(), result.company


@pytest.mark.parametrize("post", ["", "Payroll Manager\n"])
def test_an_office_building_under_a_writer_at_her_firms_domain_is_no_employer(post):
    # The firm's own domain names another organisation: the building is where its office stands.
    body = (
        "Hi Sam,\n\nThank you for applying for the Payroll Assistant role. Could you come in for an "
        f"interview on Tuesday at 11am?\n\nBest,\nMarta Quill\n{post}Kelland House\n12 High Street\n"
        "Leeds LS1 4AB"
    )
    result = extract(sender="Marta Quill <marta.quill@brackenfold.co.uk>", subject="Interview", body=body)
    assert result.company == "Brackenfold"
