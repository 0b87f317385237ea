"""Italian, French, Spanish, Dutch and Portuguese mail's employers, by class (invented mail): a Canadian
province's level of a domain ("x.qc.ca" is x's, never "qc"'s), a posting's number heading a subject
("Concours 2026-12 – ...") that names no employer, a third party's signature line acting for the employer
("X – namens Y", "X pour le compte de Y"), a personnel office's display name before its organisation
("Servicio de Personal – Y"), and a board no list knows speaking of "la empresa" / "a empresa" in the
third person beside the employer it names.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.email_reading import email_from_fields
from tracker.extraction import board_voice
from tracker.extraction.display_names import display_employer
from tracker.extraction.registrable_domains import registrable_domain
from tracker.extraction.signature_employers import signature_employers
from tracker.extraction.text import prepare
from tracker.models import Status


@pytest.mark.parametrize(
    ("domain", "registrable"),
    [
        ("rh.cooplacvert.qc.ca", "cooplacvert.qc.ca"),
        ("mail.fromagerie-belleriviere.qc.ca", "fromagerie-belleriviere.qc.ca"),
        ("careers.northbayhydro.on.ca", "northbayhydro.on.ca"),
        ("emploi.travail.gouv.qc.ca", "travail.gouv.qc.ca"),
        ("jobs.example.ca", "example.ca"),
    ],
)
def test_a_canadian_provinces_level_is_nobodys_name(domain, registrable):
    assert registrable_domain(domain) == registrable


@pytest.mark.parametrize(
    ("display", "organisation"),
    [
        ("Servicio de Personal – Ayuntamiento de Villalta", "Ayuntamiento de Villalta"),
        ("Servicio de Recursos Humanos | Hospital Comarcal del Ribero", "Hospital Comarcal del Ribero"),
        ("Serviço de Pessoal - Câmara Municipal de Vale Fundo", "Câmara Municipal de Vale Fundo"),
        ("Service des ressources humaines – Ville de Lac-Brûlé", "Ville de Lac-Brûlé"),
    ],
)
def test_a_personnel_office_sends_for_the_organisation_beside_it(display, organisation):
    assert display_employer(display) == organisation


@pytest.mark.parametrize(
    "body",
    [
        "Tu postulación fue enviada. La empresa revisará tu perfil y te avisaremos.",
        "Candidatura enviada! A empresa vai analisar o seu currículo nos próximos dias.",
        "Votre candidature est envoyée. L'entreprise examinera votre dossier.",
        "La tua candidatura è stata inviata: l'azienda valuterà il tuo profilo.",
        "Je sollicitatie is verstuurd. Het bedrijf neemt zelf contact met je op.",
    ],
)
def test_a_board_speaks_of_the_employer_in_the_third_person(body):
    assert board_voice.speaks_of_the_employer(body.lower())


def test_an_employer_speaking_of_itself_is_no_boards_voice():
    body = "Gracias por tu candidatura. Revisaremos tu perfil y te contactaremos pronto."
    assert not board_voice.speaks_of_the_employer(body.lower())


_ROWS = [
    application_row(
        "fr: a cooperative signs under its writer, its domain under Quebec's level",
        Status.INTERVIEW,
        "Coopérative laitière du Lac-Vert",
        sender="Julie Bérubé <jberube@cooplacvert.qc.ca>",
        subject="Votre candidature – entrevue",
        body="Bonjour Samuel,\n\nNous aimerions vous rencontrer en entrevue mardi prochain à 10 h pour "
        "le poste de technicien de laboratoire.\n\nMerci de confirmer votre présence.\n\nJulie Bérubé\n"
        "Conseillère en ressources humaines\nCoopérative laitière du Lac-Vert",
    ),
    application_row(
        "fr: a posting's number heads the subject, the organisation signs",
        Status.REJECTED,
        "Coopérative laitière du Lac-Vert",
        sender="Julie Bérubé <jberube@cooplacvert.qc.ca>",
        subject="Concours 2026-12 – Technicien(ne) de laboratoire",
        body="Bonjour Samuel,\n\nNous vous remercions de l'intérêt porté au poste mentionné en objet. "
        "Après analyse, nous avons retenu une autre candidature.\n\nCordialement,\n\nJulie Bérubé\n"
        "Conseillère en ressources humaines\nCoopérative laitière du Lac-Vert",
    ),
    application_row(
        "nl: a test platform signs for the employer it names",
        Status.ASSESSMENT,
        "Hoogheemraadschap Zuiderpolder",
        sender='"Hoogheemraadschap Zuiderpolder | Selectie" <noreply@toetsvenster.nl>',
        subject="Uitnodiging online test – vacature 2026-031",
        body="Beste kandidaat,\n\nJe solliciteert bij Hoogheemraadschap Zuiderpolder. Maak de online "
        "test via de link hieronder vóór vrijdag.\n\nStart test: https://toetsvenster.nl/t/zp31\n\n"
        "Succes!\n\nToetsvenster – namens Hoogheemraadschap Zuiderpolder",
    ),
    application_row(
        "es: a board no list knows names the employer on a labelled line",
        Status.APPLIED,
        "Viñedos Altamira S.A.",
        sender='"EmpleoNorte" <avisos@empleonorte.com.ar>',
        subject="Postulación recibida",
        body="¡Hola Martina!\n\nRecibimos tu postulación.\n\nPuesto: Enólogo/a asistente\n"
        "Empresa: Viñedos Altamira S.A.\nLugar: Mendoza\n\nLa empresa revisará tu perfil y, si "
        "avanza, te escribirá por este medio.\n\nEmpleoNorte · Términos · Privacidad",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), _ROWS)
def test_reads_the_step_and_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("Toetsvenster – namens Hoogheemraadschap Zuiderpolder", "Hoogheemraadschap Zuiderpolder"),
        ("Évalutest pour le compte de la Mutuelle des Trois-Rivières", "Mutuelle des Trois-Rivières"),
        ("Provalia em nome de Cooperativa Agrícola do Vale Fundo", "Cooperativa Agrícola do Vale Fundo"),
    ],
)
def test_a_third_partys_signature_names_the_employer_it_acts_for(line, employer):
    email = prepare(
        email_from_fields(
            "m1",
            "Selectie <noreply@toetsvenster.example>",
            None,
            "Uitnodiging",
            f"Beste kandidaat,\n\nMaak de test voor vrijdag.\n\nSucces!\n\n{line}",
        )
    )
    assert [name for name, _, _ in signature_employers(email)] == [employer]
