"""How Dutch and Flemish mail writes the post around its name: a trade's abbreviation joined by "&"
("B&U") inside it, the languages a Belgian post is worked in ("(NL/FR)"), an offer's separable verb
closing the sentence after it ("we bieden je de functie van X aan"), an agency's unnamed client with its
region after a bar, and the contract's terms ("(interim met optie vast)")."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Status


@pytest.mark.parametrize(
    "subject",
    [
        "Sollicitatie Uitvoerder / Planner B&U",
        "Re: Sollicitatie Werkvoorbereider / Planner B&U",
    ],
)
def test_a_trades_abbreviation_joined_by_an_ampersand_is_no_pronoun(subject):
    result = extract(
        sender="Wubbo Oosterloo <wubbo@oosterloobouw.nl>",
        subject=subject,
        body=(
            "Beste Wietse,\n\nPrima, dan zien we je dinsdag om 9 uur op kantoor. Neem je tekeningen mee."
            "\n\nGr. Wubbo\n\nWubbo Oosterloo\nBouwbedrijf Oosterloo"
        ),
    )
    assert result.job_title == subject.removeprefix("Re: ").removeprefix("Sollicitatie ")


@pytest.mark.parametrize(
    "title",
    ["Klantendienst Medewerker (NL/FR)", "Helpdesk Agent (FR/EN)", "Binnendienst Verkoop (NL/EN/DE)"],
)
def test_the_languages_a_post_is_worked_in_stay(title):
    assert clean_title(f"{title} - Kortrijk")[0] == title


@pytest.mark.parametrize("codes", ["(NY/NJ)", "(TX or RI)", "(NL/BE)"])
def test_a_list_of_states_or_countries_still_leaves(codes):
    assert clean_title(f"Field Technician {codes}")[0] == "Field Technician"


def test_an_offers_separated_particle_after_the_post_is_no_part_of_it():
    result = extract(
        sender="Roelie Zwanenveld <r.zwanenveld@kwastmeijer-fiscaal.nl>",
        subject="Ons aanbod",
        body=(
            "Beste Tjeerd,\n\nHet gesprek van dinsdag was voor ons allemaal overtuigend: we bieden je "
            "graag de functie van Medior Fiscalist aan.\n\nIn de bijlage vind je het voorstel voor je "
            "arbeidsovereenkomst.\n\nHartelijke groet,\n\nRoelie Zwanenveld\nKwastmeijer Fiscaal Advies"
        ),
    )
    assert result.status is Status.OFFER
    assert result.job_title == "Medior Fiscalist"


@pytest.mark.parametrize(
    "tail",
    [
        "| Productiebedrijf regio Amersfoort",
        "– Zorginstelling in de regio Zwolle",
        "| Handelsonderneming regio Venlo",
    ],
)
def test_an_agencys_unnamed_client_with_its_region_leaves_the_title(tail):
    assert clean_title(f"Financieel Analist {tail}")[0] == "Financieel Analist"


@pytest.mark.parametrize(
    "terms",
    ["(interim met optie vast)", "(met uitzicht op vast)", "- tijdelijk contract", "(vast contract)"],
)
def test_a_dutch_contracts_terms_leave_the_title(terms):
    assert clean_title(f"Laborant Microbiologie {terms}")[0] == "Laborant Microbiologie"


def test_a_vacancy_for_a_post_drops_its_indefinite_article():
    result = extract(
        sender="Wubbo Kranenburg <wubbo@zeepziederijkranenburg.nl>",
        subject="je reactie op onze vacature",
        body=(
            "Hoi Maaike,\n\nLeuk dat je hebt gereageerd op onze vacature voor een Voorraad & Inkoop Planner "
            "(parttime, 20-24 uur)! Heb je volgende week dinsdag om 10.00 uur tijd voor een kennismaking?"
            "\n\nGroet,\n\nWubbo Kranenburg\nZeepziederij Kranenburg"
        ),
    )
    assert result.job_title == "Voorraad & Inkoop Planner"


def test_a_hiring_committees_officer_signs_for_her_organisation():
    result = extract(
        sender="Gerdien Valkema <g.valkema@hsnoordwold.nl>",
        subject="Terugkoppeling selectieprocedure V27.1140",
        body=(
            "Beste Joukje,\n\nZoals besproken bevestig ik hierbij dat de selectiecommissie heeft besloten je "
            "niet uit te nodigen voor de tweede gespreksronde voor de functie Adviseur Onderwijslogistiek."
            "\n\nMet vriendelijke groet,\n\nGerdien Valkema\n"
            "Secretaris selectiecommissie | HR-adviseur\nHogeschool Noordwold"
        ),
    )
    assert result.status is Status.REJECTED
    assert result.company == "Hogeschool Noordwold"


@pytest.mark.parametrize(
    "naming",
    [
        "De opdrachtgever achter de vacature is Lammertink Kunststoffen B.V. in Enschede.",
        "De klant waarvoor ik je vorige week heb voorgesteld, Lammertink Kunststoffen B.V. in Enschede, "
        "wil je graag leren kennen.",
    ],
)
def test_a_dutch_agency_names_its_client_after_saying_whose_post_it_is(naming):
    result = extract(
        sender="Sietske Brouwer <sietske.brouwer@rekenwerkselectie.nl>",
        subject="Financieel Administrateur – vervolg",
        body=(
            f"Hoi Bram,\n\nLeuk je vanochtend gesproken te hebben. {naming} Ze willen je uitnodigen voor een "
            "eerste gesprek op donderdag 16 april om 15.00 uur.\n\nGroet,\n\nSietske Brouwer\n"
            "Senior Consultant Finance\nRekenwerk Werving & Selectie"
        ),
    )
    assert result.status is Status.INTERVIEW
    assert result.company == "Lammertink Kunststoffen B.V."
