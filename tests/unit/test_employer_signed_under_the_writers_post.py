"""A person writing from their own mailbox signs with their name, their post and the organisation: under
the post (or after it on the same line) the organisation's name stands, whatever its words ("The Copper
Kettle", "Brasswing"); never the post itself ("Co-founder & CEO"), a place or the writer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.signers_posts import is_signers_post, organisation_after_post
from tracker.extraction.text import prepare
from tracker.extraction.writer_organisations import organisation_under_writer
from tracker.models import EmailMessage, Kind, Status

_REJECTION = (
    "Hi Sam,\n\nThanks for your application for the Support Officer role. Unfortunately we have decided not "
    "to take your application further on this occasion.\n\n"
)


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        pytest.param("Best,\nGreg Fox\nHead Chef\nThe Copper Kettle", "The Copper Kettle", id="post-line"),
        pytest.param(
            "Best,\nGreg\n\nGreg Fox\nOperations Director\nMarigold Kitchen\n07700 900123",
            "Marigold Kitchen",
            id="post-line-above-a-phone",
        ),
        pytest.param("Greg Fox\nFounder, Brasswing", "Brasswing", id="post-then-name"),
        pytest.param(
            "Greg Fox\nCo-founder & CEO\nBrasswing\nbrasswing.example",
            "Brasswing",
            id="joined-posts",
        ),
        pytest.param("Greg Fox | Founder | Brasswing", "Brasswing", id="one-line-bars"),
        pytest.param("— Greg, Head of Engineering, Brasswing", "Brasswing", id="one-line-dash"),
        pytest.param(
            "Greg Fox\nGeneral Manager\nThe Red Lion\nHigh Street, Ludlow", "The Red Lion", id="above-address"
        ),
        pytest.param(
            "Thanks\nGreg\n--\nGreg Fox\nManaging Director\nFox & Finch Ltd\nTel: 01632 960123",
            "Fox & Finch Ltd",
            id="card-under-delimiter",
        ),
    ],
)
def test_the_organisation_signed_under_or_after_the_writers_post_is_the_employer(signature, employer):
    result = extract(
        subject="Your application", body=_REJECTION + signature, sender="Greg Fox <greg.fox@gmail.com>"
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED
    assert result.company == employer


def test_a_mail_written_on_one_line_names_its_place_after_the_writers_dash():
    result = extract(
        subject="Cook",
        body="Hi Sam, thanks for applying. The position has now been filled. All the best, Olu — "
        "Marigold Kitchen",
        sender="Olu Ade <olu@gmail.com>",
    )

    assert result.status is Status.REJECTED
    assert result.company == "Marigold Kitchen"


def test_a_post_with_no_organisation_under_it_names_no_employer():
    result = extract(
        subject="Your application",
        body=_REJECTION + "Greg Fox\nHead of People\nLeeds",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.company is None


@pytest.mark.parametrize("post", ["Founder", "Co-founder & CEO", "Owner / Director", "Head Chef", "Partner"])
def test_a_leaders_word_or_a_role_is_a_post(post):
    assert is_signers_post(post)


@pytest.mark.parametrize("name", ["Brasswing", "The Copper Kettle", "Smith & Partners", "Acme and Sons"])
def test_an_organisations_name_is_no_post(name):
    assert not is_signers_post(name)


def test_a_place_after_the_post_is_no_organisation():
    assert organisation_after_post("Owner, Ludlow", "Greg Fox") is None
    assert organisation_after_post("Owner, The Red Lion, Ludlow", "Greg Fox") == "The Red Lion"


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        pytest.param("Team Brightwren", "Brightwren", id="team-then-name"),
        pytest.param("Greg | Brightwren", "Brightwren", id="writer-bar-name"),
        pytest.param("Greg\nOperations, Brightwren", "Brightwren", id="department-then-name"),
        pytest.param("Greg\nhttps://www.brightwren.io", "Brightwren", id="web-address"),
        pytest.param("Greg\nwww.tern-studio.co.uk", "Tern Studio", id="web-address-with-hyphen"),
    ],
)
def test_a_short_sign_off_names_the_organisation_by_its_team_its_bar_or_its_web_address(signature, employer):
    result = extract(
        subject="Your application", body=_REJECTION + signature, sender="Greg Fox <greg.fox@gmail.com>"
    )

    assert result.company == employer


def test_a_web_address_is_never_shown_as_the_employers_name():
    result = extract(
        subject="Your application",
        body=_REJECTION + "Tom\nhttps://fernbank.io",
        sender="Tom Reid <tom@fernbank.io>",
    )

    assert result.company is not None
    assert "://" not in result.company


@pytest.mark.parametrize(
    "post",
    ["Consultant Senior Finance & Contrôle", "Consultante Junior Achats & Logistique"],
)
def test_a_post_written_with_its_rank_after_its_noun_is_no_organisation(post):
    # French order: the rank after the role's noun, then its field; the firm signs on the next line.
    email = EmailMessage(
        message_id="m1",
        sender="Maxime Delorme <m.delorme@marvejols-conseil.fr>",
        subject="Suite à notre échange",
        body="Bonjour Sam,\n\nMon client a retenu un autre candidat.\n\nBien à vous,\n\nMaxime Delorme\n"
        f"{post}\nMarvejols Conseil – Cabinet de recrutement\n04 72 00 00 00",
    )

    read = organisation_under_writer(prepare(email))

    assert read is None or read.startswith("Marvejols Conseil"), read  # never the post's field


@pytest.mark.parametrize(
    ("sender", "greeting", "news", "post", "organisation"),
    [
        pytest.param(
            "Ysoline Carbonnel <agence.tarbes@querville-interim.fr>",
            "Bonjour Sam,",
            "Notre client a suspendu le recrutement du poste de Cariste.",
            "Consultante Banque & Assurance",
            "Querville Intérim SAS – Agence de Tarbes",
            id="fr-agency-branch",
        ),
        pytest.param(
            "Wendelin Ostrowski <jobs@brueggenkamp-personal.de>",
            "Hallo Sam,",
            "unser Kunde hat sich leider für einen anderen Bewerber entschieden.",
            "Consultant Technik & Produktion",
            "Brüggenkamp Personalservice GmbH",
            id="de-legal-form",
        ),
        pytest.param(
            "Thijmen Ravestein <team@velthoven-uitzend.nl>",
            "Hoi Sam,",
            "onze opdrachtgever heeft helaas voor een andere kandidaat gekozen.",
            "Adviseur Techniek & Bouw",
            "Velthoven Uitzendbureau B.V.",
            id="nl-legal-form",
        ),
        pytest.param(
            "Corisande Wyatt <corisande@rookwelltalent.co.uk>",
            "Hi Sam,",
            "My client has decided to go with another candidate.",
            "Senior Consultant Engineering & Construction",
            "Rookwell Talent Ltd",
            id="en-rank-before-noun",
        ),
        pytest.param(
            "Ottavio Brembilla <selezione@brembilla-lavoro.it>",
            "Ciao Sam,",
            "il nostro cliente ha scelto un altro candidato.",
            "Consultant Retail & Lusso",
            "Brembilla Lavoro S.p.A. – Filiale di Bergamo",
            id="it-branch",
        ),
    ],
)
def test_a_post_with_its_field_after_its_noun_over_the_organisations_line_is_no_organisation(
    sender, greeting, news, post, organisation
):
    # The field after the role's noun ("Techniek & Bouw") is the writer's desk: the organisation signs below.
    email = EmailMessage(
        message_id="m1",
        sender=sender,
        subject="Update",
        body=f"{greeting}\n\n{news}\n\nBest,\n\nPat Doe\n{post}\n{organisation}\n0100 000 000",
    )

    read = organisation_under_writer(prepare(email))

    assert read is None or organisation.startswith(read), read  # never the post's field


def test_an_agency_naming_no_client_is_the_employer_not_its_consultants_desk():
    result = extract(
        subject="Mission Gestionnaire de stock",
        body="Bonjour Sam,\n\nJe reviens vers vous concernant la mission de Gestionnaire de stock pour "
        "laquelle vous aviez postulé.\n\nNotre client a décidé de suspendre ce recrutement pour le moment."
        "\n\nBien à vous,\n\nGaëtane Moreuil\nConsultant Commerce & Distribution\nRavenel "
        "Interim SA – Agence Namur-Sud\n"
        "T +32 81 00 00 00",
        sender="Gaëtane Moreuil <gaetane.moreuil@ravenel-interim.be>",
    )

    assert result.status is Status.WITHDRAWN
    assert result.company == "Ravenel Interim"
