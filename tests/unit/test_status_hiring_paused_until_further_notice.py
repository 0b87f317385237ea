"""Hiring paused until further notice withdraws the post, whatever regret or closing the employer writes
around it; a pause with no "until further notice", or a notice with no hiring paused, changes nothing.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

PAUSES = [
    pytest.param(
        "Candidatura magazziniere",
        "Buongiorno Luca,\n\ngrazie per la candidatura come magazziniere. Purtroppo abbiamo deciso di "
        "sospendere le assunzioni fino a nuovo avviso.\n\nAnna Ferri\nFerri Logistica S.r.l.",
        "Anna Ferri <anna@ferrilogistica.it>",
        id="it_hiring_suspended_until_further_notice",
    ),
    pytest.param(
        "Sollicitatie chauffeur",
        "Beste Kim,\n\nBedankt voor je sollicitatie als chauffeur. Helaas geldt er een vacaturestop tot "
        "nader bericht.\n\nGroet,\nJoost Mulder\nMulder Transport B.V.",
        "Joost Mulder <joost@muldertransport.nl>",
        id="nl_vacancy_stop_until_further_notice",
    ),
    pytest.param(
        "Your application: Graduate Surveyor",
        "Dear Ellis,\n\nThank you for applying to our Graduate Surveyor programme. Our 2027 intake has been "
        "paused until further notice, and we will not be progressing applications.\n\nEarly Careers\n"
        "Hartwell Surveying Ltd.",
        "Early Careers - Hartwell <careers@hartwell.co.uk>",
        id="en_intake_paused_not_progressing",
    ),
    pytest.param(
        "Candidatura",
        "Olá Rita,\n\nRecebemos a sua candidatura para a vaga de cozinheira. Suspendemos o recrutamento até "
        "nova ordem.\n\nCumprimentos,\nLuís Matos\nRestaurante Matos, Lda.",
        "Luís Matos <luis@restaurantematos.pt>",
        id="pt_recruitment_suspended_until_further_notice",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), PAUSES)
def test_hiring_paused_until_further_notice_withdraws_the_post(subject, body, sender):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.WITHDRAWN


def test_a_post_filled_without_any_pause_is_still_a_rejection():
    result = extract(
        subject="Your application",
        body="Dear Ellis,\n\nThank you for applying for the Surveyor role. Unfortunately we have decided to "
        "move forward with another candidate.\n\nKind regards,\nHartwell Surveying Ltd.",
        sender="Careers <careers@hartwell.co.uk>",
    )
    assert result.status is Status.REJECTED
