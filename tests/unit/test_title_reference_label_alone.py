"""A subject naming the posting only by its reference ("Rif. KLM-4410 – Conferma ricezione") names no
post: once the code is cut, its label ("Rif", "Réf", "Ref") is left alone and is no title."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Rif. KLM-4410 – Conferma ricezione candidatura",
            "Gentile candidata,\n\nconfermiamo di aver ricevuto la sua candidatura per l'annuncio Rif. "
            "KLM-4410.\n\nCordiali saluti\nUfficio Selezione",
        ),
        (
            "Réf. ZB-0917 - Accusé de réception",
            "Madame,\n\nNous accusons réception de votre candidature à l'offre Réf. ZB-0917.\n\n"
            "Cordialement,\nService Recrutement",
        ),
        (
            "Ref. WQT-3362 - Application received",
            "Dear applicant,\n\nThank you for applying to the vacancy Ref. WQT-3362.\n\nKind regards,\n"
            "Recruitment Team",
        ),
    ],
)
def test_a_reference_label_left_alone_names_no_post(subject: str, body: str) -> None:
    result = extract(sender="Selezione <jobs@ostrawerk-meccanica.it>", subject=subject, body=body)
    assert result.job_title is None


def test_a_post_written_before_its_reference_is_still_read() -> None:
    result = extract(
        sender="Selezione <jobs@ostrawerk-meccanica.it>",
        subject="Addetto Magazzino – Rif. KLM-4410",
        body="Gentile candidato,\n\nconfermiamo di aver ricevuto la sua candidatura.\n\nCordiali saluti",
    )
    assert result.job_title == "Addetto Magazzino"
