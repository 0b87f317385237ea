"""A person thanking for the CV, then wishing in the first person singular to set up the meeting ("I'd like to
set up a video call with me and our head of stores", "J'aimerais organiser un entretien avec notre chef
d'atelier"), invites the reader (invented mail): their own wish to act now, as a team's "we'd like to" is, and
no outline of the process after a receipt. A receipt whose "I" wishes nothing keeps its outline (applied).
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
                "Ottoline Brackwell <ottoline@quernhollowmills.co.uk>",
                "Stores Supervisor - quick call?",
                "Hi Emeka,",
                "Thanks for sending your CV over for the Stores Supervisor role.",
                "I'd like to set up a video call with me and our head of stores to talk through the shifts.",
                "Ottoline Brackwell\nOperations Director\nQuernhollow Mills",
            ),
            id="en_id_like_a_video_call",
        ),
        pytest.param(
            _mail(
                "Gaspard Ydrelle <g.ydrelle@tonnellerie-vauxbrune.fr>",
                "Poste de tonnelier",
                "Bonjour Maëlle,",
                "Merci pour votre candidature au poste de tonnelier.",
                "J'aimerais organiser un entretien avec notre chef d'atelier la semaine prochaine.",
                "Gaspard Ydrelle\nTonnellerie Vauxbrune",
            ),
            id="fr_jaimerais_un_entretien",
        ),
        pytest.param(
            _mail(
                "Remedios Alcaraz <ralcaraz@conservasbarbanza.es>",
                "Encargada de línea",
                "Hola Arrate:",
                "Gracias por tu candidatura para el puesto de encargada de línea.",
                "Me gustaría organizar una entrevista con nuestra jefa de planta.",
                "Remedios Alcaraz\nConservas Barbanza",
            ),
            id="es_me_gustaria_una_entrevista",
        ),
        pytest.param(
            _mail(
                "Wendelin Okafor-Brandt <w.okafor-brandt@schreinerei-lindquell.de>",
                "Tischler (m/w/d)",
                "Hallo Frau Quandel,",
                "vielen Dank für Ihre Bewerbung als Tischlerin.",
                "Ich möchte ein Vorstellungsgespräch mit unserem Werkstattleiter vereinbaren.",
                "Wendelin Okafor-Brandt\nSchreinerei Lindquell",
            ),
            id="de_ich_moechte_ein_gespraech",
        ),
    ],
)
def test_first_person_wish_to_meet_after_the_receipt_is_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_receipt_outline_told_by_one_writer_stays_applied():
    result = extract(
        **_mail(
            "Careers <careers@fellbridgeorchards.com>",
            "Application received",
            "Dear Tomasz,",
            "Thank you for your application for Orchard Hand.",
            "Shortlisted candidates will be invited to interview at the packing shed.",
            "I look after recruitment here at Fellbridge Orchards.",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result
