"""The reader's start date spoken of where no offer was made (invented mail). An offer read from "before your
start date" holds where the mail is a step of the hire; a receipt or an interview invitation that tells what
comes later ("you will be asked for references before your start date") outlines the process, and a check
that says an offer would depend on it ("any offer of employment would be conditional on the result") makes
none.

A step of the hire that speaks of the reader's start date as set (invented mail): a screening vendor's
"complete it within three days to avoid delays to your start date", "vor Ihrem Arbeitsbeginn", "antes de tu
fecha de incorporación" follow an offer: offer. A start date asked of the reader, or one that may come, is
no offer.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def test_a_receipt_telling_what_comes_before_a_start_stays_applied():
    result = extract(
        **_mail(
            "Careers <careers@pellmanfoods.com>",
            "Application received",
            "Hi Sam,",
            "We have received your application for Store Supervisor.",
            "You will be asked for two references before your start date.",
            "Pellman Foods",
        )
    )
    assert result.status is Status.APPLIED, result


def test_an_interview_invitation_telling_what_comes_before_a_start_stays_an_interview():
    result = extract(
        **_mail(
            "Careers <careers@pellmanfoods.com>",
            "Interview invitation",
            "Hi Sam,",
            "We would like to invite you to interview for Store Supervisor on Monday 4 May at 2pm.",
            "Induction training takes place in the week prior to your start date.",
            "Pellman Foods",
        )
    )
    assert result.status is Status.INTERVIEW, result


def test_a_check_saying_an_offer_would_depend_on_it_makes_no_offer():
    result = extract(
        **_mail(
            "HR <hr@quillbrookstudio.com>",
            "Your background check",
            "Dear Sam,",
            "Please complete your background check for the Junior Designer role using the link below.",
            "Should you be successful, any offer of employment would be conditional on the result.",
            "Quillbrook Studio HR",
        )
    )
    assert result.status is Status.APPLIED, result


def test_a_check_as_part_of_the_readers_offer_is_still_an_offer():
    result = extract(
        **_mail(
            "HR <hr@quillbrookstudio.com>",
            "Your background check",
            "Dear Sam,",
            "Please complete your background check as part of your conditional offer for the Junior Designer "
            "role.",
            "Quillbrook Studio HR",
        )
    )
    assert result.status is Status.OFFER, result


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
