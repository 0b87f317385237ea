"""A receipt that outlines the process ahead (invented mail): the steps it names to nobody ("2. Phone
screen 3. Interview with the team", "the first round of interviews is planned for week 12", "an aptitude
test may be part of the procedure") are how the employer hires, not a step set for the reader: applied. A
receipt that goes on to invite the reader, or fixes the meeting's hour, is that step.
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
                '"Harbor Kiln Ceramics" <no-reply@jobs.harborkiln.com>',
                "Thanks for applying to Harbor Kiln Ceramics",
                "Hi Morgan,",
                "We've received your application for Glaze Technician and will look at it this week.",
                "What happens next:\n1. Review by the studio lead.\n2. Phone screen with our recruiter.\n"
                "3. Interview at the workshop.",
                "The Harbor Kiln Team",
            ),
            id="en_numbered_steps",
        ),
        pytest.param(
            _mail(
                "Careers <careers@quillstone.co.uk>",
                "Application received",
                "Dear Priya,",
                "Thank you for your application for the post of Archivist.",
                "Shortlisting takes place after the closing date. Interviews are expected to be held in the "
                "week commencing 9 March.",
                "Quillstone Library Trust",
            ),
            id="en_interview_week_planned",
        ),
        pytest.param(
            _mail(
                '"Werken bij Polderwacht" <vacatures@polderwacht.nl>',
                "Ontvangstbevestiging sollicitatie",
                "Beste Sanne,",
                "Hierbij bevestigen wij de ontvangst van je sollicitatie op de vacature "
                "Adviseur Waterkwaliteit.",
                "De eerste gespreksronde staat gepland in week 12. Een assessment kan onderdeel zijn van de "
                "procedure.",
                "Afdeling HR\nPolderwacht",
            ),
            id="nl_round_planned_and_test_possible",
        ),
        pytest.param(
            _mail(
                "Recrutement <recrutement@ateliers-morvan.fr>",
                "Votre candidature",
                "Bonjour Léa,",
                "Nous accusons bonne réception de votre candidature au poste de Chargée de projet.",
                "Les entretiens se dérouleront courant avril.",
                "Ateliers Morvan",
            ),
            id="fr_interviews_in_april",
        ),
        pytest.param(
            _mail(
                "Personal <bewerbung@holzwerk-brandt.de>",
                "Eingangsbestätigung",
                "Sehr geehrter Herr Adler,",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbung als Schreiner.",
                "Die Vorstellungsgespräche finden voraussichtlich Ende Mai statt.",
                "Holzwerk Brandt GmbH",
            ),
            id="de_gespraeche_ende_mai",
        ),
        pytest.param(
            _mail(
                "Selezione <selezione@cantinevaldora.it>",
                "Candidatura ricevuta",
                "Gentile Marco,",
                "confermiamo la ricezione della candidatura per il ruolo di Enologo.",
                "I colloqui si svolgeranno nel mese di giugno.",
                "Cantine Valdora",
            ),
            id="it_colloqui_a_giugno",
        ),
        pytest.param(
            _mail(
                "Selección <seleccion@ceramicasdelturia.es>",
                "Hemos recibido tu candidatura",
                "Hola Lucía,",
                "Gracias por tu candidatura para el puesto de Diseñadora Gráfica.",
                "El proceso consta de tres fases: revisión de perfiles, prueba práctica y entrevista "
                "final con la dirección.",
                "Cerámicas del Turia",
            ),
            id="es_fases_del_proceso",
        ),
        pytest.param(
            _mail(
                "Recrutamento <recrutamento@conservaslusitana.pt>",
                "Candidatura recebida",
                "Olá Rui,",
                "Confirmamos o recebimento da sua candidatura para Técnico de Qualidade.",
                "A seleção inclui uma prova técnica e uma entrevista presencial.",
                "Conservas Lusitana",
            ),
            id="pt_etapas_da_selecao",
        ),
    ],
)
def test_a_receipt_outlining_its_process_is_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Careers <careers@quillstone.co.uk>",
                "Your application",
                "Dear Priya,",
                "Thank you for your application for the post of Archivist.",
                "We would like to invite you to an interview at our reading room.",
                "Quillstone Library Trust",
            ),
            Status.INTERVIEW,
            id="en_receipt_then_invitation",
        ),
        pytest.param(
            _mail(
                "Ana Ruiz <ana@vinosderuiz.es>",
                "Tu candidatura",
                "Hola Pablo,",
                "Gracias por tu candidatura para Sumiller.",
                "La entrevista será el jueves a las 10:30 en la bodega.",
                "Ana",
            ),
            Status.INTERVIEW,
            id="es_receipt_then_the_hour",
        ),
        pytest.param(
            _mail(
                '"Werken bij Polderwacht" <vacatures@polderwacht.nl>',
                "Je sollicitatie",
                "Beste Sanne,",
                "Bedankt voor je sollicitatie op de vacature Adviseur Waterkwaliteit.",
                "We nodigen je graag uit voor een eerste gesprek.",
                "Polderwacht",
            ),
            Status.INTERVIEW,
            id="nl_receipt_then_invitation",
        ),
        pytest.param(
            _mail(
                '"Tessellate Labs" <no-reply@jobs.tessellate.dev>',
                "Next steps with Tessellate Labs",
                "Hi Sam,",
                "Thank you for applying to Tessellate Labs!",
                "Complete our 90-minute coding challenge on the platform below within five days.",
                "Tessellate Recruiting",
            ),
            Status.ASSESSMENT,
            id="en_receipt_then_a_task_bidden",
        ),
        pytest.param(
            _mail(
                '"Tessellate Labs" <no-reply@jobs.tessellate.dev>',
                "Next steps - Platform Engineer",
                "Hi Sam,",
                "Thanks for applying to Tessellate Labs! We'd like to schedule a short video interview.",
                "Tessellate Recruiting",
            ),
            Status.INTERVIEW,
            id="en_receipt_then_the_writers_wish",
        ),
    ],
)
def test_a_receipt_that_sets_a_step_is_that_step(mail, status):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
