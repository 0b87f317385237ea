"""A portal's reminder to finish an application never sent, and its note that a candidate account was
created, in the seven languages (invented mail): no application, though a reminder thanks for the reader's
interest after it and an account mail offers to alert new jobs. A receipt asking for one more document
stays the application's.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                '"Seguros Altamira" <altamira@myworkday.com>',
                "No olvides completar tu postulación",
                "Hola,",
                "Notamos que iniciaste una postulación en nuestro portal pero aún no la has enviado. Las "
                "postulaciones incompletas no se revisan.",
                "Gracias por tu interés en formar parte de Seguros Altamira.",
            ),
            id="es",
        ),
        pytest.param(
            _mail(
                "Recrutamento Lusiteca <recrutamento@lusiteca.pt>",
                "Não se esqueça de concluir a sua candidatura",
                "Olá,",
                "Iniciou uma candidatura no nosso portal, mas ainda não a enviou.",
                "Obrigado pelo seu interesse na Lusiteca.",
            ),
            id="pt",
        ),
        pytest.param(
            _mail(
                "Carrières Vauclair <carrieres@vauclair.fr>",
                "N'oubliez pas de finaliser votre candidature",
                "Bonjour,",
                "Vous avez débuté une candidature sur notre site carrières sans l'envoyer.",
                "Merci de l'intérêt que vous portez à Vauclair.",
            ),
            id="fr",
        ),
        pytest.param(
            _mail(
                "Lavora con noi Ortesa <careers@ortesa.it>",
                "Non dimenticare di completare la tua candidatura",
                "Ciao,",
                "hai iniziato una candidatura sul nostro portale ma non l'hai ancora inviata.",
                "Grazie per l'interesse verso Ortesa.",
            ),
            id="it",
        ),
    ],
)
def test_a_reminder_to_finish_an_unsent_application_is_no_application(mail):
    assert extract(**mail).kind is Kind.OTHER


def test_a_french_candidate_account_created_is_no_alert_and_no_application():
    result = extract(
        **_mail(
            "Espace candidats Mutuelle Orvène <recrutement@orvene.fr>",
            "Votre compte candidat a bien été créé",
            "Bonjour,",
            "Votre compte sur l'espace candidats de la Mutuelle Orvène a bien été créé.",
            "Depuis votre espace, vous pouvez postuler à nos offres et créer des alertes pour être informé "
            "des nouvelles offres.",
        )
    )
    assert result.kind is Kind.OTHER


def test_a_receipt_asking_to_complete_a_form_after_it_stays_the_application():
    result = extract(
        **_mail(
            "Selección Altamira <seleccion@altamira-seguros.es>",
            "Hemos recibido tu candidatura - Analista de Riesgos",
            "Hola Marta:",
            "Hemos recibido tu candidatura para el puesto de Analista de Riesgos. Recuerda completar tu "
            "solicitud con el certificado de idiomas desde tu área personal.",
            "Seguros Altamira",
        )
    )
    assert result.kind is Kind.APPLICATION
