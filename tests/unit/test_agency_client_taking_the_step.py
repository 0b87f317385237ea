"""An agency passes its client's step on with the client as the sentence's subject and the reader as its
object (invented mail): "<client> have come back with an offer", "<client> möchte Sie gern kennenlernen",
"<client> vorrebbe conoscerla", "a <client> quer conhecer você". The client is the employer of the process,
which the labelling rule makes the company; the agency's own "we would like to meet you" names no client."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Maya Lund <maya.lund@brightpathrecruitment.co.uk>",
        "Great news!",
        "Hi Tom,\n\nAs promised on the phone - Harwick Foods have come back with a verbal offer "
        "for the Supply Planner role: £48,000 base, hybrid, start in May.\n\nGive me a call "
        "tomorrow morning with any questions.\n\nMaya\n\nMaya Lund\nSenior Recruitment "
        "Consultant\nBrightpath Recruitment Ltd",
        Status.OFFER,
        "Harwick Foods",
        id="an_english_agency_passing_on_its_clients_offer",
    ),
    pytest.param(
        "Jonas Keller <jonas.keller@kellerpersonal.de>",
        "Ihr Profil – Projektingenieur (m/w/d)",
        "Hallo Frau Brandt,\n\ngute Nachrichten: Quellwerk Energie möchte Sie gern kennenlernen! "
        "Das Gespräch findet am Dienstag, 14.10., um 10:00 Uhr per Teams statt.\n\nPasst Ihnen der "
        "Termin?\n\nViele Grüße\nJonas Keller\nPersonalberater | Keller Personal GmbH",
        Status.INTERVIEW,
        "Quellwerk Energie",
        id="a_german_agency_passing_on_its_clients_wish_to_meet",
    ),
    pytest.param(
        "Marta Galli <m.galli@risorsepiu.it>",
        "Candidatura - Responsabile Qualità",
        "Gentile Luca,\n\nle scrivo per comunicarle che Oleificio Brunetti vorrebbe conoscerla: il "
        "colloquio si terrà giovedì 9 ottobre alle ore 11:00 presso la loro sede.\n\nMi conferma "
        "la sua disponibilità?\n\nCordiali saluti\nMarta Galli\nRecruiter | Risorse Più - Agenzia "
        "per il Lavoro",
        Status.INTERVIEW,
        "Oleificio Brunetti",
        id="an_italian_agency_passing_on_its_clients_wish_to_meet",
    ),
    pytest.param(
        "Carla Mendes <carla@talentosul.com.br>",
        "Vaga Coordenador de Logística",
        "Oi Rafael, tudo bem?\n\nBoa notícia: a Serrana Têxtil quer conhecer você! A entrevista "
        "será na quinta-feira, 09/10, às 14h, na unidade de Blumenau.\n\nConsegue?\n\nCarla "
        "Mendes\nConsultora de Recrutamento\nTalento Sul RH",
        Status.INTERVIEW,
        "Serrana Têxtil",
        id="a_brazilian_agency_passing_on_its_clients_wish_to_meet",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "client"), CLIENTS)
def test_the_client_taking_the_step_is_the_company(sender, subject, body, status, client):
    result = extract_as_read(sender, subject, body)

    assert_application_naming(result, client, status)
    assert result.company == client


def test_the_agency_itself_wishing_to_meet_the_reader_stays_the_agency():
    result = extract_as_read(
        "Maya Lund <maya.lund@brightpathrecruitment.co.uk>",
        "Your application - Supply Planner",
        "Hi Tom,\n\nThanks for applying. We would like to meet you for a first call on Tuesday 14 October "
        "at 10am.\n\nMaya\n\nMaya Lund\nSenior Recruitment Consultant\nBrightpath Recruitment Ltd",
    )

    assert result.status is Status.INTERVIEW
    assert result.company == "Brightpath Recruitment"
