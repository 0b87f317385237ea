"""A short receipt whose last lines are a form's fields (invented mail): "Empresa: Bodegas Ruiz Salvat" is a
field of the layout, its label no part of the employer's name, and the mail is not signed by it."""

from tests.extraction_support import extract
from tracker.extraction.signature_employers import signature_employers
from tracker.extraction.text import prepare
from tracker.models import EmailMessage


def test_the_employer_is_read_without_the_fields_label():
    result = extract(
        sender="no-reply@ats.bodegasruizsalvat.es",
        subject="Hemos recibido tu solicitud",
        body="Referencia: BRS-2026-04\nPuesto: Enólogo/a Junior\nEmpresa: Bodegas Ruiz Salvat\n"
        "Fecha: 02/03/2026\n\nGracias por tu interés. Revisaremos tu solicitud.",
    )
    assert result.company == "Bodegas Ruiz Salvat"
    assert result.job_title == "Enólogo/a Junior"


def test_a_field_is_no_signature():
    email = EmailMessage(
        message_id="m1",
        sender="Recruiting <jobs@hafenmeister.example.de>",
        subject="Ihre Bewerbung",
        body="Vielen Dank für Ihre Bewerbung.\n\nStelle: Lagerist (m/w/d)\n"
        "Unternehmen: Hafenmeister Logistik GmbH",
    )
    assert signature_employers(prepare(email)) == []
