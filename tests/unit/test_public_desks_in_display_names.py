"""A public body's selection desk around its name in the sender's display name (invented mail): the
electronic office, the competitions' office or portal and the selections' team are no part of the body's
name, in every language ("Sede electrónica · X", "Portale Concorsi X", "X – Bewerbungsportal",
"Selecties X", "X – Concursos", "X - Concours"); an organiser's own name writing "de Concursos" keeps it.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.display_names import display_employer
from tracker.models import Status

DESK_MAIL = [
    application_row(
        "a_spanish_e_office_before_the_consortium",
        Status.APPLIED,
        "Mancomunidad de Aguas del Alto Queiles",
        sender="Sede electrónica · Mancomunidad de Aguas del Alto Queiles <avisos@sede.altoqueiles.es>",
        subject="Aviso de notificación – Expediente 88/2026",
        body="Estimada interesada:\n\nHemos recibido su candidatura para la plaza de Auxiliar de "
        "Laboratorio.\n\nEste aviso se genera automáticamente.",
    ),
    application_row(
        "an_italian_competitions_portal_before_the_health_authority",
        Status.APPLIED,
        "ASL Valle del Trebbiolo",
        sender="Portale Concorsi ASL Valle del Trebbiolo <noreply@concorsi.asl-trebbiolo.it>",
        subject="Ricevuta domanda – Tecnico di Laboratorio",
        body="Gentile candidata,\n\nabbiamo ricevuto la sua candidatura per il posto di Tecnico di "
        "Laboratorio.\n\nMessaggio generato automaticamente.",
    ),
    application_row(
        "a_german_town_with_its_applicants_portal_after_it",
        Status.APPLIED,
        "Stadt Ebersfurt",
        sender="Stadt Ebersfurt – Bewerberportal <noreply@ebersfurt.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Quandel,\n\nwir bestätigen den Eingang Ihrer Bewerbung als "
        "Gärtner/in (m/w/d).\n\nDiese Nachricht wurde maschinell erstellt.",
    ),
    application_row(
        "a_flemish_selections_team_before_the_local_council",
        Status.APPLIED,
        "Lokaal Bestuur Hoeverzele",
        sender="Selecties Lokaal Bestuur Hoeverzele <selecties@hoeverzele.be>",
        subject="Bevestiging van je kandidatuur",
        body="Beste Wout,\n\nWe hebben je kandidatuur voor de functie van bibliotheekassistent goed "
        "ontvangen.\n\nMet vriendelijke groeten",
    ),
    application_row(
        "a_brazilian_town_hall_with_its_competitions_desk_after_it",
        Status.APPLIED,
        "Prefeitura de Lagoa do Murtimbó",
        sender="Prefeitura de Lagoa do Murtimbó – Concursos <concursos@lagoadomurtimbo.gov.br>",
        subject="Confirmação de inscrição",
        body="Prezada candidata,\n\nRecebemos a sua candidatura para o cargo de Agente Administrativo.\n\n"
        "Mensagem automática.",
    ),
    application_row(
        "a_french_commune_with_its_competitions_desk_after_it",
        Status.APPLIED,
        "Ville de Quintenac-sur-Lore",
        sender="Ville de Quintenac-sur-Lore - Concours <concours@quintenac.fr>",
        subject="Accusé de réception de votre candidature",
        body="Madame,\n\nNous avons bien reçu votre candidature au poste d'agent d'accueil.\n\n"
        "Ce message est envoyé automatiquement.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), DESK_MAIL)
def test_the_public_bodys_desk_is_no_part_of_its_name(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("display", "employer"),
    [
        ("Portal de Empleo Público - Municipalidad de Cerro Quemado", "Municipalidad de Cerro Quemado"),
        ("Oficina de Concursos Municipalidad de Río Tunuyán Chico", "Municipalidad de Río Tunuyán Chico"),
        ("Karriereportal Landkreis Ohrenbach", "Landkreis Ohrenbach"),
        ("Espace candidats - Mairie de Saint-Oulph", "Mairie de Saint-Oulph"),
        ("Drumcashel County Council Competitions", "Drumcashel County Council"),
        # An organiser's own name: its "of the competitions" is a word of the name.
        ("Instituto Ipezal de Concursos", "Instituto Ipezal de Concursos"),
    ],
)
def test_a_display_names_public_desk_is_taken_off(display, employer):
    assert display_employer(display, "noreply") == employer
