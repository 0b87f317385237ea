"""A display name of two parts, an organisation and what inside it writes (invented mail): its competitions
office ("- Concorsi"), a step's name ("Teste de Perfil - "), a university's institute ("- Institut für
Geschichte"). The employer is the organisation alone."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.display_parts import organisation_part

_INVITATION = (
    "Buongiorno,\n\nla invitiamo a un colloquio per la posizione di Tecnico di Laboratorio il giorno 3 marzo "
    "alle ore 10.\n\nCordiali saluti"
)


@pytest.mark.parametrize(
    ("sender", "employer"),
    [
        (
            '"Azienda Ospedaliera Monteverde - Concorsi" <concorsi@aomv.example.it>',
            "Azienda Ospedaliera Monteverde",
        ),
        ('"Teste de Perfil - Grupo Tavares" <rh@grupotavares.example.com.br>', "Grupo Tavares"),
        ('"Universität Lindau - Institut für Geschichte" <sek@uni-lindau.example.de>', "Universität Lindau"),
    ],
)
def test_the_organisation_is_read_without_its_unit(sender, employer):
    assert extract(sender=sender, subject="Convocazione colloquio", body=_INVITATION).company == employer


def test_two_names_of_an_organisation_stay_whole():
    assert organisation_part("Brunner & Kolb - Architekten", {"concorsi"}) == "Brunner & Kolb - Architekten"


@pytest.mark.parametrize(
    "sender",
    [
        '"Front Desk - Maplestone Dental Group" <info@mdg.example.ca>',
        '"Reception | Maplestone Dental Group" <info@mdg.example.ca>',
        '"Admissions - Maplestone Dental Group" <info@mdg.example.ca>',
        '"Maplestone Dental Group - Enquiries" <info@mdg.example.ca>',
    ],
)
def test_a_front_desk_or_reception_mailbox_beside_the_organisation_is_no_part_of_it(sender):
    body = (
        "Hello Priya,\n\nJust a note that we got your resume for the receptionist position. The practice "
        "manager will call people in for interviews next week.\n\nThanks,\nMaplestone Dental Group"
    )
    assert extract(sender=sender, subject="your resume", body=body).company == "Maplestone Dental Group"
