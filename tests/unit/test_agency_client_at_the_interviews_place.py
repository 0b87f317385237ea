"""An agency confirming its client's interview names the client where it gives the interview's place
(invented mail): the firm heading the address on a venue line ("Adresse : <client> – site de ..., 12 rue
...", "Locatie: <client>, Stationsweg 4", "📍 Planta <client> <town> - ...") or the premises it is held at
("nas instalações da <client>", "in the offices of <client>"). The client is the employer of the process,
which the labelling rule makes the company; the agency's own office and a site's bare name name none."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Léa Morvan <lea.morvan@hays.fr>",
        "Entretien client – Acheteur Projets H/F",
        "Bonjour Thomas,\n\nJe vous confirme que mon client souhaite vous rencontrer pour le poste "
        "d'Acheteur Projets H/F, le mardi 14 octobre à 10h00, avec le Directeur des Achats.\n\nAdresse : "
        "Vauclair Optique – site de Rennes, 12 rue des Lices, 35000 Rennes. Prévoyez une pièce "
        "d'identité.\n\nBien à vous,\n\nLéa Morvan\nConsultante Senior – Achats\nHays France",
        "Vauclair Optique",
        id="a_french_agency_giving_its_clients_address",
    ),
    pytest.param(
        "Sanne Pols <sanne.pols@randstad.nl>",
        "Bevestiging gesprek – Planner Werkvoorbereiding",
        "Hoi Daan,\n\nZoals besproken staat je gesprek: donderdag 9 oktober om 14:00 uur.\n\nLocatie: "
        "Hollandt Kabel, Stationsweg 4, Delft (melden bij de receptie)\nGesprekspartner: de manager "
        "Werkvoorbereiding\n\nSucces!\n\nSanne Pols\nIntercedent\nRandstad",
        "Hollandt Kabel",
        id="a_dutch_agency_giving_its_clients_location",
    ),
    pytest.param(
        "Rocío Lanza | Adecco <rocio.lanza@adecco.com>",
        "Entrevista - Jefe de Turno",
        "Hola Pablo, buen día.\n\nEl cliente quiere conocerte en persona:\n\n📅 Jueves 16 de octubre, "
        "10:00 hrs\n📍 Planta Quenzada Lácteos Zaragoza - Polígono Malpica, Calle E 7\n\nConfírmame tu "
        "asistencia, porfa.\n\nRocío Lanza\nConsultora de Selección\nAdecco",
        "Quenzada Lácteos",
        id="a_spanish_agency_pinning_its_clients_plant",
    ),
    pytest.param(
        "Inês Vaz <ines.vaz@hays.pt>",
        "Analista de Tesouraria – próxima fase",
        "Olá Miguel,\n\nBoas notícias! O cliente quer avançar consigo para uma entrevista presencial "
        "na quinta-feira, às 10h00, nas instalações da Serrana Têxtil (Rua do Ouro 40, Porto).\n\n"
        "Consegue confirmar?\n\nCumprimentos,\nInês Vaz\nSenior Consultant\nHays Portugal",
        "Serrana Têxtil",
        id="a_portuguese_agency_naming_its_clients_premises",
    ),
    pytest.param(
        "Tom Keel <tom.keel@hays.co.uk>",
        "Next step - Credit Controller",
        "Hi Ruth,\n\nGood news - my client would like to meet you on Tuesday at 10am in the offices of "
        "Tarrow Foods, 4 Mill Lane, Leeds.\n\nLet me know if that works.\n\nTom\n\nTom Keel\nSenior "
        "Consultant\nHays Accountancy & Finance",
        "Tarrow Foods",
        id="an_english_agency_naming_its_clients_offices",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "client"), CLIENTS)
def test_the_client_at_the_interviews_place_is_the_company(sender, subject, body, client):
    result = extract_as_read(sender, subject, body)

    assert_application_naming(result, client, Status.INTERVIEW)
    assert result.company == client


def test_the_agencys_own_office_names_no_client():
    result = extract_as_read(
        "Giulia Conti | Adecco <giulia.conti@adecco.it>",
        "Colloquio - Magazziniere",
        "Gentile Marco,\n\nla aspettiamo per un colloquio giovedì 16 ottobre alle ore 9:00.\n\nDove: "
        "Adecco – Filiale di Verona, Via Roma 12, Verona\n\nCordiali saluti\nGiulia Conti\n"
        "Recruiter | Adecco",
    )

    assert result.company == "Adecco"


def test_a_sites_own_name_names_no_client():
    result = extract_as_read(
        "Rocío Lanza | Adecco <rocio.lanza@adecco.com>",
        "Entrevista - Jefe de Turno",
        "Hola Pablo,\n\nEl cliente quiere conocerte en persona:\n\n📅 Jueves 16 de octubre, 10:00 hrs\n📍 "
        "Planta Norte – Av. de la Industria 34\n\nConfírmame tu asistencia.\n\nRocío Lanza\nConsultora de "
        "Selección\nAdecco",
    )

    assert result.company == "Adecco"
