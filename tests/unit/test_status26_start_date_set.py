"""A step of the hire that speaks of the reader's start date as set (invented mail): a screening vendor's
"complete it within three days to avoid delays to your start date", "vor Ihrem Arbeitsbeginn", "antes de tu
fecha de incorporación" follow an offer: offer. A start date asked of the reader, or one that may come, is
no offer.
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
                '"VerityCheck" <noreply@veritycheck.com>',
                "Background check for Larkspur Outfitters",
                "Dear Jordan Reyes,",
                "Larkspur Outfitters has asked VerityCheck to run a background check as part of your "
                "employment.",
                "Please complete the secure form within 3 business days to avoid delays to your start date.",
                "VerityCheck, Inc.",
            ),
            id="en_vendor_check_before_the_start",
        ),
        pytest.param(
            _mail(
                "Personal <personal@moebelhaus-kranz.de>",
                "Unterlagen für Ihre Einstellung",
                "Sehr geehrte Frau Roth,",
                "bitte senden Sie uns vor Ihrem Arbeitsbeginn noch Ihre Steuer-ID und Ihre Bankverbindung.",
                "Möbelhaus Kranz",
            ),
            id="de_vor_ihrem_arbeitsbeginn",
        ),
        pytest.param(
            _mail(
                "RRHH <rrhh@conservasdelnorte.es>",
                "Documentación",
                "Hola Marta,",
                "Antes de tu fecha de incorporación necesitamos una copia de tu DNI y tu número de la "
                "Seguridad Social.",
                "Conservas del Norte",
            ),
            id="es_antes_de_tu_fecha_de_incorporacion",
        ),
    ],
)
def test_a_start_date_spoken_of_as_set_is_an_offer(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.OFFER, result


def test_a_check_that_may_come_before_a_start_is_no_offer():
    result = extract(
        **_mail(
            "Careers <careers@larkspuroutfitters.com>",
            "Thank you for applying",
            "Hi Jordan,",
            "Thank you for applying for Sales Associate at Larkspur Outfitters.",
            "If you are selected, you will be asked to complete a background check before your start date.",
            "Larkspur Outfitters",
        )
    )
    assert result.status is Status.APPLIED, result
