"""An agency passes on its client's judgement of the reader, or the client's news to it, with the client as
the sentence's subject (invented mail): "<client> liked your CV", "<client>'s finance team liked your CV",
"<client> let us know this morning", "<client> war begeistert von Ihrem Profil", "<client> a beaucoup
apprécié votre profil", "<client> ha valorado muy positivamente tu perfil", "<client> ha apprezzato il suo
profilo", "A <client> gostou bastante do seu perfil", "<client> was erg enthousiast over je cv". The client
is the employer of the process, which the labelling rule makes the company. So is the one client firm an
agency's text names where its own name fills its display name, signature and footer."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Maya Lund <maya.lund@hays.co.uk>",
        "Good news - next step!",
        "Hi Tom,\n\nGreat news - Harwick Foods' supply team liked your CV and would like to meet you for a "
        "first interview for the Supply Planner role on Tuesday 14 October at 10am, on Teams.\n\nCan you "
        "confirm?\n\nMaya\n\nMaya Lund\nSenior Consultant\nHays Supply Chain | Leeds",
        Status.INTERVIEW,
        "Harwick Foods",
        id="an_english_agency_passing_on_its_clients_teams_judgement",
    ),
    pytest.param(
        "Liam Reyes <liam.reyes@hudson.com>",
        "Update - Site Engineer",
        "Hi Jo,\n\nSorry for the change of plan. Ostrava Rail let us know this morning that the Site "
        "Engineer role is on hold while they restructure the team, so your interview on Monday will not go "
        "ahead.\n\nI'll call you if it comes back.\n\nLiam\n\nLiam Reyes\nPrincipal Consultant\nHudson",
        Status.WITHDRAWN,
        "Ostrava Rail",
        id="an_english_agency_passing_on_its_clients_news",
    ),
    pytest.param(
        "Léa Morvan <lea.morvan@hays.fr>",
        "Entretien – Acheteur Projets H/F",
        "Bonjour Thomas,\n\nBonne nouvelle : Vauclair Cosmétiques a beaucoup apprécié votre profil et "
        "souhaite organiser un entretien le mardi 14 octobre à 10h00 pour le poste d'Acheteur Projets "
        "H/F.\n\nMerci de me confirmer votre disponibilité.\n\nLéa Morvan\nConsultante Senior\nHays France",
        Status.INTERVIEW,
        "Vauclair Cosmétiques",
        id="a_french_agency_passing_on_its_clients_judgement",
    ),
    pytest.param(
        "Inês Vaz <ines.vaz@hays.pt>",
        "Analista de Tesouraria – próxima fase",
        "Olá Miguel,\n\nBoas notícias! A Serrana Têxtil gostou bastante do seu perfil e quer avançar "
        "consigo para uma entrevista na quinta-feira, às 10h00.\n\nConsegue confirmar?\n\nCumprimentos,\n"
        "Inês Vaz\nSenior Consultant\nHays Portugal",
        Status.INTERVIEW,
        "Serrana Têxtil",
        id="a_portuguese_agency_passing_on_its_clients_judgement",
    ),
    pytest.param(
        "Rocío Lanza | Adecco <rocio.lanza@adecco.com>",
        "Entrevista - Jefe de Turno",
        "Hola Pablo,\n\nTalleres Ondarra ha valorado muy positivamente tu perfil y ya tenemos fecha para tu "
        "entrevista: jueves 16 de octubre, 10:00 hrs.\n\nConfírmame tu asistencia.\n\nRocío Lanza\n"
        "Consultora de Selección\nAdecco",
        Status.INTERVIEW,
        "Talleres Ondarra",
        id="a_spanish_agency_passing_on_its_clients_judgement",
    ),
    pytest.param(
        "Jonas Keller | Hays <jonas.keller@hays.de>",
        "Vorstellungsgespräch – Projektingenieur (m/w/d)",
        "Hallo Frau Brandt,\n\ngute Neuigkeiten: Mein Kunde möchte Sie gerne kennenlernen! Wie besprochen "
        "handelt es sich um die Brunnhuber Logistik GmbH in Passau. Das Gespräch findet am Dienstag, "
        "14.10., um 10:00 Uhr per Teams statt.\n\nBeste Grüße\n\nJonas Keller\nSenior Recruitment "
        "Consultant | Hays\nHays – Recruiting experts worldwide\nHays AG · Willy-Brandt-Platz 1 · 68161 "
        "Mannheim\n\nHays AG · Sitz der Gesellschaft: Mannheim",
        Status.INTERVIEW,
        "Brunnhuber Logistik",
        id="a_german_agencys_client_firm_over_its_own_repeated_name",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "client"), CLIENTS)
def test_the_client_judging_the_reader_is_the_company(sender, subject, body, status, client):
    result = extract_as_read(sender, subject, body)

    assert_application_naming(result, client, status)


def test_the_readers_own_please_let_me_know_names_no_client():
    result = extract_as_read(
        "Maya Lund <maya.lund@hays.co.uk>",
        "Interview - Supply Planner",
        "Hi Tom,\n\nThe interview is on Tuesday 14 October at 10am on Teams.\n\nPlease let me know today "
        "if that works.\n\nMaya\n\nMaya Lund\nSenior Consultant\nHays",
    )

    assert result.company == "Hays"
