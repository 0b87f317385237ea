"""An agency filing its mail under the post and then its client (invented mail): "Title - Client",
"Step - Client", "Title - Client - ref. X", "Title - Client, Town". Romance names open with their trade in
words no list holds ("Tuileries", "Almazaras", "Oleifici", "Cordoarias") and two capitalised words look like
a person's: the part right after the post's or the step's is the client all the same. The candidate's own
name filed beside the post, or a place, is none."""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

CLIENTS_AFTER_THE_POST = [
    relayed(
        "a_french_search_firm_files_post_client_and_reference",
        Status.APPLIED,
        "Tuileries Vaubrecourt",
        None,
        sender="Gaspard Lheureux-Mainville <g.lheureux@orsenne-conseil.example>",
        subject="Chef d'atelier H/F – Tuileries Vaubrecourt – réf. OC-5521",
        body="Madame,\n\nNous accusons réception de votre candidature au poste de Chef d'atelier H/F, que "
        "nous sommes chargés de pourvoir pour le compte de notre client.\n\nJe prendrai contact "
        "avec vous si votre profil correspond à la mission.\n\nGaspard Lheureux-Mainville\n"
        "Cabinet Orsenne Conseil",
    ),
    relayed(
        "a_spanish_consultant_answers_under_the_application_and_client",
        Status.REJECTED,
        "Almazaras Quirante",
        None,
        sender="Telmo Urquidi <turquidi@jaraltalent.example>",
        subject="RE: Candidatura Jefe/a de Producción – Almazaras Quirante",
        body="Hola Casilda,\n\nTe escribo con noticias del proceso: el cliente ha decidido seguir con otra "
        "persona que ya conocía la planta. Lamento no traerte mejores noticias.\n\nUn abrazo,\n\n"
        "Telmo Urquidi\nConsultor de Selección\nJaral Talent\njaraltalent.example",
    ),
    relayed(
        "an_italian_agency_names_the_step_then_the_client",
        Status.INTERVIEW,
        "Oleifici Sanvitale",
        None,
        sender="Orsolina Pacchierotti <o.pacchierotti@lavorandia.example>",
        subject="Colloquio giovedì - Oleifici Sanvitale",
        body="Buongiorno Ettore,\n\ncome anticipato al telefono, il cliente le conferma il colloquio di "
        "giovedì 14 alle ore 10:30 presso lo stabilimento, con il responsabile di produzione.\n\n"
        "Cordiali saluti,\nOrsolina Pacchierotti\nLavorandia S.p.A. - Agenzia per il Lavoro\n"
        "www.lavorandia.example",
    ),
    relayed(
        "a_portuguese_agency_adds_the_clients_town_after_a_comma",
        Status.INTERVIEW,
        "Cordoarias Valmaior",
        None,
        sender="Quitéria Sobreira <qsobreira@rumoseleccao.example>",
        subject="Técnico de Manutenção (m/f) – Cordoarias Valmaior, Braga – entrevista",
        body="Olá Eusebio,\n\nO nosso cliente gostaria de o conhecer na próxima terça-feira, às 15h00, nas "
        "instalações da fábrica. Confirma a disponibilidade?\n\nCumprimentos,\nQuitéria Sobreira\n"
        "Rumo Selecção – Consultora de Recrutamento",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CLIENTS_AFTER_THE_POST)
def test_an_agencys_subject_names_its_client_after_the_post_or_step(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_candidates_own_name_beside_the_post_is_no_client():
    result = extract(
        sender="Maëlys Tréguier <mtreguier@boreval-talents.example>",
        subject="TR: Candidat Contrôleur de gestion – Anatole Vaudremer-Kerbrat",
        body="Bonjour Anatole,\n\nJe vous transfère le retour de notre client : il souhaite vous rencontrer "
        "mardi à 10 h.\n\nBonne journée,\nMaëlys Tréguier\nBoréval Talents – cabinet de recrutement",
    )
    assert result.company is None or "Vaudremer" not in result.company, result.company
