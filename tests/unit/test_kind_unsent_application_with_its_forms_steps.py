"""A portal's reminder that the reader's application was begun but never sent, whose body then names what is
left to fill in (a screening questionnaire, a question about availability) or warns that the posting closes
soon (invented mail, in five languages): no application, though a questionnaire reads as a test, "are you
available" as a call and a posting's close as a withdrawal elsewhere. A negated receipt ("tu candidatura
todavía no se ha enviado") is no receipt. An employer asking the reader to "complete your application
process" with tests stays the application's.
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
                "Careers at Harrowgate Foods <careers@harrowgate-foods.co.uk>",
                "Your application for Shift Planner has not been submitted",
                "Hi Sam,",
                "You started applying for Shift Planner at Harrowgate Foods, but your application has "
                "not been submitted yet.",
                "To finish, please complete the screening questionnaire (4 questions). Are you available to "
                "work weekends?",
                "The vacancy closes on 14 March, so don't miss out.",
            ),
            id="en",
        ),
        pytest.param(
            _mail(
                "Portal de Empleo Talleres Arnedo <empleo@arnedo.es>",
                "Aún no has enviado tu candidatura – Técnico/a de Nóminas",
                "Hola Marta,",
                "Empezaste a inscribirte en la oferta Técnico/a de Nóminas, pero tu candidatura todavía "
                "no se ha enviado.",
                "Solo te falta completar el cuestionario de la empresa y confirmar el envío. La oferta se "
                "cierra el viernes.",
            ),
            id="es",
        ),
        pytest.param(
            _mail(
                "Vagas Farmaviva <vagas@farmaviva.com.br>",
                "Sua candidatura para Atendente de Loja ainda não foi enviada",
                "Olá, Bruna!",
                "Você começou a se candidatar para a vaga Atendente de Loja, mas ainda não concluiu todas as "
                "etapas.",
                "A vaga continua aberta, mas as inscrições podem ser encerradas em breve. Responda o "
                "questionário para concluir.",
            ),
            id="pt",
        ),
        pytest.param(
            _mail(
                "Carrières Moulinel <carrieres@moulinel.fr>",
                "Votre candidature au poste de Gestionnaire paie n'est pas encore envoyée",
                "Bonjour Claire,",
                "Vous avez commencé à postuler au poste de Gestionnaire paie, mais votre candidature n'a pas "
                "encore été envoyée.",
                "Il vous reste à remplir le questionnaire de présélection. L'offre sera clôturée le 20 mai.",
            ),
            id="fr",
        ),
        pytest.param(
            _mail(
                "Lavora con noi Trevisani <lavoro@trevisani.it>",
                "La tua candidatura per Addetto/a magazzino non è stata ancora inviata",
                "Ciao Paolo,",
                "hai iniziato a candidarti per Addetto/a magazzino, ma la tua candidatura non è stata ancora "
                "inviata.",
                "Ti manca solo da compilare il questionario. L'annuncio scade venerdì.",
            ),
            id="it",
        ),
    ],
)
def test_an_unsent_application_whose_form_asks_more_is_no_application(mail):
    assert extract(**mail).kind is Kind.OTHER


def test_a_request_to_complete_the_application_process_with_tests_stays_the_applications():
    result = extract(
        **_mail(
            "Jobboard <noreply@jobboard-mail.example>",
            "You received a request from Kestrel Haulage",
            "Complete your application process for Kestrel Haulage",
            "Kestrel Haulage requests applicants to complete 2 skills tests for their Fleet Data Analyst "
            "role.",
            "Start test",
        )
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.ASSESSMENT
