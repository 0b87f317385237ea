"""A name read as two parts around a separator, an organisation and what inside it writes: a unit
("Universiteit Aalmere – Directie Studentenzaken", "Universidad de Almerosa – Servicio de
Bibliotecas"), a site or desk in lowercase words ("Kalkhoven Nederland – brouwerij Zoetdorp"), or one word
beside a name the mail writes alone ("Security | Quillon" where the mail speaks of Quillon): the
organisation's part is the employer, in every language. Invented mail."""

import pytest

from tests.extraction_support import application_row, extract
from tracker.models import Kind, Status

ROWS = [
    application_row(
        "dutch_display_name_of_a_university_and_its_directorate",
        Status.INTERVIEW,
        "Universiteit Aalmere",
        sender="Universiteit Aalmere – Directie Studentenzaken <vacatures@uaalmere.be>",
        subject="Uitnodiging sollicitatiegesprek – vacature 20260412",
        body="Beste Sanne Peeters,\n\nNa de preselectie nodigen wij u uit voor een sollicitatiegesprek "
        "voor de functie van beleidsmedewerker op dinsdag 14 april om 10u.\n\nMet vriendelijke groeten,\n\n"
        "Selectieteam",
    ),
    application_row(
        "spanish_display_name_of_a_university_and_its_service",
        Status.REJECTED,
        "Universidad de Almerosa",
        sender="Universidad de Almerosa – Servicio de Bibliotecas <seleccion@ualm.es>",
        subject="Su candidatura – Técnico de Laboratorio",
        body="Estimada Sra. Prieto:\n\nLe agradecemos su solicitud para el puesto de Técnico de "
        "Laboratorio. Lamentamos comunicarle que su candidatura no ha sido seleccionada.\n\n"
        "Atentamente,\nLa Secretaría",
    ),
    application_row(
        "dutch_agency_relaying_a_client_with_its_site_in_lowercase",
        Status.REJECTED,
        "Kalkhoven Nederland",
        sender="Eva Smit | Uitzendpunt <eva.smit@uitzendpunt.nl>",
        subject="terugkoppeling sollicitatie",
        body="Hoi Emre,\n\nIk heb vandaag de terugkoppeling van de opdrachtgever gekregen. Ze hebben gekozen "
        "voor een andere kandidaat.\n\nGroetjes,\nEva\n\nEva Smit\nIntercedent | Uitzendpunt\n--\n"
        "Vacature: Logistiek medewerker\nOpdrachtgever: Kalkhoven Nederland – brouwerij Zoetdorp",
    ),
    application_row(
        "english_recruiters_post_line_with_her_desk_beside_the_organisation",
        Status.INTERVIEW,
        "Quillon",
        sender="Nadia Brook <nadia.brook@quillonhq.com>",
        subject="Quick chat?",
        body="Hi Tomás,\n\nI'm a recruiter on Quillon’s security hiring team – thanks for applying to our "
        "Backend Engineer role! I'd love to set up a 30-minute call this week.\n\nTalk soon,\nNadia\n\n"
        "Nadia Brook\nTechnical Recruiter, Security | Quillon\n1 Market St, Springfield",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_organisations_part_of_a_two_part_name_is_the_employer(mail, status, company, title):
    result = extract(**mail)

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company
