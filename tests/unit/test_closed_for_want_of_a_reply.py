"""An application the employer closed because the reader never answered (invented mail): "since we did not
receive your availability, we have closed your application", "as we have not heard back from you, we are
closing your application", in English and the six other languages. No decision was made on the
candidate's merits: the candidate dropped out by silence, so the README's rules read it as the candidate's
withdrawal ("withdrawn"), as "as you requested, we have closed your application" is; a rejection for
cause stays a rejection."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

_CLOSED_UNANSWERED = [
    pytest.param(
        "Dear Ines,\n\nSince we did not receive your availability for a call, we have closed your "
        "application for the Stock Controller role.\n\nKind regards,\nBramble & Finch Recruitment",
        id="availability_not_received",
    ),
    pytest.param(
        "Hi Ines,\n\nAs we have not heard back from you, we are closing your application for the Stock "
        "Controller position. You are welcome to apply again.\n\nThanks,\nBramble & Finch",
        id="not_heard_back_closing",
    ),
    pytest.param(
        "Hello Ines,\n\nWe have now withdrawn your application for the Stock Controller role, because we "
        "were unable to reach you after several attempts.\n\nBest,\nBramble & Finch",
        id="closure_first_reason_after",
    ),
    pytest.param(
        "Hi Ines,\n\nIn the absence of a reply to our last two emails, we have archived your application for "
        "the Stock Controller vacancy.\n\nRegards,\nBramble & Finch",
        id="in_the_absence_of_a_reply",
    ),
    pytest.param(
        "Bonjour Ines,\n\nN'ayant pas reçu vos disponibilités, nous avons clôturé votre candidature au poste "
        "de Gestionnaire de stock.\n\nCordialement,\nBramble & Finch",
        id="fr",
    ),
    pytest.param(
        "Hallo Ines,\n\nDa wir keine Rückmeldung von Ihnen erhalten haben, haben wir Ihre Bewerbung als "
        "Lagerist geschlossen.\n\nViele Grüße\nBramble & Finch",
        id="de",
    ),
    pytest.param(
        "Hola Ines:\n\nAl no haber recibido respuesta por tu parte, hemos cerrado tu candidatura para el "
        "puesto de Responsable de almacén.\n\nUn saludo,\nBramble & Finch",
        id="es",
    ),
    pytest.param(
        "Ciao Ines,\n\nNon avendo ricevuto un tuo riscontro, abbiamo chiuso la tua candidatura per la "
        "posizione di Magazziniere.\n\nCordiali saluti,\nBramble & Finch",
        id="it",
    ),
    pytest.param(
        "Hoi Ines,\n\nOmdat we niets meer van je hebben gehoord, hebben we je sollicitatie voor de functie "
        "Magazijnmedewerker gesloten.\n\nGroet,\nBramble & Finch",
        id="nl",
    ),
    pytest.param(
        "Olá Ines,\n\nComo não recebemos a sua disponibilidade, encerrámos a sua candidatura para a função "
        "de Fiel de armazém.\n\nCumprimentos,\nBramble & Finch",
        id="pt",
    ),
]


@pytest.mark.parametrize("body", _CLOSED_UNANSWERED)
def test_an_application_closed_for_want_of_a_reply_is_withdrawn(body):
    result = extract(
        sender="Bramble & Finch <jobs@bramblefinch.example.com>", subject="Your application", body=body
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.WITHDRAWN, result


def test_a_closure_for_the_profile_stays_a_rejection():
    body = (
        "Dear Ines,\n\nWe have reviewed your experience and have closed your application for the Stock "
        "Controller role, as we have decided to move forward with other candidates.\n\nBramble & Finch"
    )
    result = extract(
        sender="Bramble & Finch <jobs@bramblefinch.example.com>", subject="Your application", body=body
    )
    assert result.status is Status.REJECTED, result


@pytest.mark.parametrize(
    "warning",
    [
        "If we do not hear back from you by Friday, we will close your application for the Stock Controller "
        "role.",
        "Sans retour de votre part d'ici vendredi, votre candidature sera clôturée.",
        "In assenza di un tuo riscontro entro venerdì, saremo costretti a chiudere la tua candidatura.",
        "Por falta de resposta até sexta-feira, a sua candidatura será encerrada.",
        "Bij gebrek aan een reactie vóór vrijdag sluiten we je sollicitatie.",
    ],
)
def test_a_deadline_to_answer_before_the_file_is_closed_is_no_withdrawal(warning):
    body = f"Hi Ines,\n\nWe are still waiting for your availability for an interview. {warning}\n\nBramble"
    result = extract(
        sender="Bramble & Finch <jobs@bramblefinch.example.com>", subject="Your application", body=body
    )
    assert result.status is not Status.WITHDRAWN, result
