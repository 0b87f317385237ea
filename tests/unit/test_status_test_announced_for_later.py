"""A test whose date, time or place is to be announced later is no test set (invented mail): a public body's
admitted list, a receipt or a notice of the next phase says when the test will be made known, in every
language ("La fecha ... se publicará", "serão comunicados oportunamente", "sarà pubblicato", "seront
communiqués ultérieurement", "werden rechtzeitig bekannt gegeben", "wordt later meegedeeld", "will be
announced"); the application stands, as applied. A test dated in the mail is still an assessment.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.tests_announced_later import announced_later
from tracker.models import Kind, Status

ANNOUNCED_LATER = [
    pytest.param(
        {
            "sender": "Mancomunidad del Valle del Ertzilla <rrhh@ertzilla.eus>",
            "subject": "Lista provisional de personas admitidas - Expte. 31/2026",
            "body": "Estimada aspirante:\n\nSe ha aprobado la lista provisional de personas admitidas y "
            "excluidas del proceso selectivo de Auxiliar Administrativo/a. Usted figura como ADMITIDA.\n\n"
            "El calendario del primer ejercicio se comunicará en el tablón de anuncios.\n\nRecursos Humanos",
        },
        id="es_the_first_exercise_to_be_communicated",
    ),
    pytest.param(
        {
            "sender": "Município de Vila Queimada <recrutamento@cm-vilaqueimada.pt>",
            "subject": "Procedimento concursal 4/2026 - lista de admitidos",
            "body": "Exma. Senhora,\n\nInformamos que consta da lista de candidatos admitidos ao "
            "procedimento concursal para Assistente Operacional.\n\nA data e o local da prova escrita de "
            "conhecimentos serão divulgados posteriormente na página do Município.\n\nO Júri",
        },
        id="pt_the_written_test_to_be_made_known",
    ),
    pytest.param(
        {
            "sender": "Mairie de Saint-Aubrac-le-Vieux <recrutement@saint-aubrac.fr>",
            "subject": "Votre candidature - Agent des espaces verts",
            "body": "Madame,\n\nNous avons bien reçu votre candidature au poste d'agent des espaces "
            "verts.\n\nLa date et le lieu de l'épreuve écrite vous seront communiqués ultérieurement.\n\n"
            "Le service des ressources humaines",
        },
        id="fr_the_written_test_to_be_communicated",
    ),
    pytest.param(
        {
            "sender": "Kreisverwaltung Unterhollbach <personal@unterhollbach.de>",
            "subject": "Ihre Bewerbung als Sachbearbeiter/in (m/w/d)",
            "body": "Sehr geehrte Frau Ottweiler,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/in "
            "(m/w/d).\n\nDer Termin des schriftlichen Eignungstests wird Ihnen noch mitgeteilt.\n\n"
            "Mit freundlichen Grüßen\nPersonalamt",
        },
        id="de_the_written_test_to_be_made_known",
    ),
]


@pytest.mark.parametrize("mail", ANNOUNCED_LATER)
def test_a_test_announced_for_later_leaves_the_application_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_test_dated_in_the_mail_is_still_an_assessment():
    result = extract(
        sender="Mancomunidad del Valle del Ertzilla <rrhh@ertzilla.eus>",
        subject="Convocatoria al primer ejercicio - Expte. 31/2026",
        body="Estimada aspirante:\n\nUsted figura como ADMITIDA. Se le convoca a la realización del primer "
        "ejercicio el sábado 14 de noviembre a las 9:30 en el Aula 3.\n\nRecursos Humanos",
    )
    assert result.status is Status.ASSESSMENT, result


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        ("de datum van de schriftelijke proef wordt later meegedeeld.", True),
        ("il diario della prova scritta sarà pubblicato sul sito istituzionale.", True),
        ("termin und ort des schriftlichen tests werden rechtzeitig bekannt gegeben.", True),
        ("the date and venue of the written test will be announced on our website.", True),
        # A test set for the reader, its venue to follow: the sentence opens on the test, not its time.
        ("we invite you to the written test on 3 june; the venue will be confirmed.", False),
    ],
)
def test_a_sentence_announcing_a_steps_time_for_later(sentence, later):
    assert announced_later(sentence) is later
