"""A post's name joined by "e"/"y" read on in capitals ends where the mail's employer is named after
"di"/"de" (invented mail): "il ruolo di Addetto Vendite e Magazzino di Esselunga" is the post
"Addetto Vendite e Magazzino" at Esselunga; a field of the post after "di" ("Tecnico e Responsabile di
Laboratorio") stays in its name.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

_ITALIAN_RECEIPT = "Gentile Marco,\n\ngrazie per la tua candidatura per il ruolo di {}.\n\nCordiali saluti"


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "an Italian employer's own receipt",
            Status.APPLIED,
            "Esselunga",
            "Addetto Vendite e Magazzino",
            sender="Esselunga <careers@esselunga.it>",
            subject="Candidatura ricevuta",
            body=_ITALIAN_RECEIPT.format("Addetto Vendite e Magazzino di Esselunga"),
        ),
        application_row(
            "a platform's receipt whose subject names the employer",
            Status.APPLIED,
            "Esselunga",
            "Addetto Vendite e Magazzino",
            sender="Selezione <noreply@inrecruiting.com>",
            subject="Candidatura ricevuta - Esselunga",
            body=_ITALIAN_RECEIPT.format("Addetto Vendite e Magazzino di Esselunga"),
        ),
        application_row(
            "a Spanish employer's own receipt",
            Status.APPLIED,
            "Tottus",
            "Cajero y Repositor",
            sender="Tottus <empleos@tottus.cl>",
            subject="Postulación enviada",
            body="Hola Tomás,\n\nTu postulación a Cajero y Repositor de Tottus fue enviada.\n\nSaludos",
        ),
    ],
)
def test_a_joined_title_ends_where_the_employer_is_named(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_field_of_the_post_after_di_stays_in_the_joined_title():
    result = extract(
        sender="Esselunga <careers@esselunga.it>",
        subject="Candidatura ricevuta",
        body=_ITALIAN_RECEIPT.format("Tecnico e Responsabile di Laboratorio"),
    )
    assert result.job_title == "Tecnico e Responsabile di Laboratorio"
