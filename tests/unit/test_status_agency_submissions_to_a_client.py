"""An agency putting the reader forward to its client, often right after its own call with them, in the
seven languages (invented mail): an application, applied at the client; the recruiter's call thanked for or
reported on is no interview. A meeting the client asks for stays the interview.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Rowan Pike <rowan@pikeandfield-search.com>",
                "RE: Lab Supervisor - next steps",
                "Hi Dana,",
                "Great speaking with you earlier. I've sent your CV and my notes to the hiring manager at "
                "Fenwick Labs for the Lab Supervisor role. I'll let you know when I hear back.",
                "Rowan",
            ),
            id="en_cv_and_notes_sent_after_the_call",
        ),
        pytest.param(
            _mail(
                "Rowan Pike <rowan@pikeandfield-search.com>",
                "New submission - Harlow Clinic / Scheduler",
                "Hi Dana,",
                "Thanks for the quick yes! You're officially submitted to Harlow Clinic for the Scheduler "
                "role, onsite three days a week.",
                "Rowan Pike\nPike & Field Search",
            ),
            id="en_officially_submitted",
        ),
        pytest.param(
            _mail(
                "Nerea Galdós <ngaldos@vertice-talento.es>",
                "Presentación candidatura Controller - Grupo Vellisca",
                "Hola Javier:",
                "Como hablamos, te he presentado a nuestro cliente Grupo Vellisca para la posición de "
                "Controller. Les he enviado tu CV junto con mi informe de la entrevista.",
                "Nerea Galdós\nVértice Talento",
            ),
            id="es_presented_with_the_interview_report",
        ),
        pytest.param(
            _mail(
                "Paola Serri <p.serri@selezionearco.it>",
                "Buyer - Ferramenta Ostiglia",
                "Ciao Davide,",
                "come d'accordo al telefono, ti ho proposto oggi a Ferramenta Ostiglia per il ruolo di "
                "Buyer. Ti aggiorno appena so qualcosa.",
                "Paola Serri\nSelezione Arco",
            ),
            id="it_ti_ho_proposto",
        ),
        pytest.param(
            _mail(
                "Maëlle Jourdan <m.jourdan@cabinet-ardoise.fr>",
                "Contrôleur de gestion - Maison Brevaux",
                "Bonjour Hugo,",
                "Merci pour notre échange de ce matin. Je vous ai présenté à mon client, Maison Brevaux, "
                "pour le poste de Contrôleur de gestion. Je reviens vers vous dès que j'ai un retour.",
                "Maëlle Jourdan\nCabinet Ardoise",
            ),
            id="fr_presente_au_client",
        ),
        pytest.param(
            _mail(
                "Dr. Jonas Reuter <j.reuter@reuter-personal.de>",
                "Kessler Antriebe - Leiter Instandhaltung",
                "Sehr geehrter Herr Lindner,",
                "vielen Dank für das Gespräch heute. Ich habe Ihre Unterlagen mit meinem Gesprächsbericht an "
                "Kessler Antriebe weitergeleitet und melde mich, sobald ich eine Rückmeldung habe.",
                "Dr. Jonas Reuter\nReuter Personalberatung",
            ),
            id="de_unterlagen_weitergeleitet",
        ),
        pytest.param(
            _mail(
                "Fenna Dijkhuis <fenna@dijkhuis-werving.nl>",
                "Projectleider - Bouwbedrijf Lindhout",
                "Hoi Sven,",
                "Dank voor het fijne gesprek. Ik heb je vandaag voorgesteld bij de opdrachtgever, "
                "Bouwbedrijf Lindhout, voor de functie van projectleider.",
                "Fenna Dijkhuis\nDijkhuis Werving",
            ),
            id="nl_voorgesteld_bij_de_opdrachtgever",
        ),
        pytest.param(
            _mail(
                "Inês Paiva <ines.paiva@seleccao-douro.pt>",
                "Diretor Fabril - Tecelagem Amoreira",
                "Caro Nuno,",
                "Conforme falámos, apresentei-o ao nosso cliente, a Tecelagem Amoreira, para a função de "
                "Diretor Fabril. Darei notícias assim que tiver retorno.",
                "Inês Paiva\nSelecção Douro",
            ),
            id="pt_apresentei_ao_cliente",
        ),
    ],
)
def test_an_agency_putting_the_reader_forward_reads_as_applied(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED), result


def test_a_meeting_the_client_asks_for_after_the_submission_stays_the_interview():
    result = extract(
        **_mail(
            "Rowan Pike <rowan@pikeandfield-search.com>",
            "RE: Lab Supervisor - Fenwick Labs",
            "Hi Dana,",
            "I've sent your CV to the hiring manager at Fenwick Labs and she'd like to meet you on Thursday "
            "at 10am at their office on Mill Road.",
            "Rowan",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result
