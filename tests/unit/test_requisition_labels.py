"""A reference number stated with its label shortened ("Req. 58127", "Ref. KT-1180", "Réf. RH-2207") or in
another language's word ("Kennziffer", "Referenznummer", "vacaturenummer") is the post's requisition id:
what joins an agency's or an employer's later mail about the same post. A code written in parts apart
("Réf. 2026/PLN/031") is not read by its first part. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_AGENCY = "Corvell Talent <candidates@corvelltalent.example>"


@pytest.mark.parametrize(
    ("subject", "body", "code"),
    [
        (
            "We have received your CV - Warehouse Supervisor Ref. KT-1180",
            "Hello Sam,\n\nthank you for sending us your CV. A consultant will be in touch shortly.",
            "KT-1180",
        ),
        (
            "RE: Ref. KT-1180 - quick call",
            "Hi Sam,\n\nour client would like to speak with you on Thursday at 10am.",
            "KT-1180",
        ),
        (
            "Your application - Req. 58127",
            "Dear Sam,\n\nwe have received your application for the Senior Buyer position.",
            "58127",
        ),
        (
            "Ihre Bewerbung – Kennziffer MT-2026-14",
            "Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung als Servicetechniker (m/w/d).",
            "MT-2026-14",
        ),
        (
            "Votre candidature (Réf. RH-2207)",
            "Bonjour,\n\nnous avons bien reçu votre candidature au poste de Comptable.",
            "RH-2207",
        ),
        (
            "Je sollicitatie bij Maasbrugge",
            "Beste Sam,\n\nbedankt voor je sollicitatie op vacaturenummer MB-2026-031 (Planner).",
            "MB-2026-031",
        ),
    ],
)
def test_a_reference_with_its_label_shortened_or_in_another_language_is_the_requisition(subject, body, code):
    assert extract(sender=_AGENCY, subject=subject, body=body).requisition_id == code


def test_a_code_written_in_parts_apart_is_not_read_by_its_first_part():
    result = extract(
        sender=_AGENCY,
        subject="Votre candidature - Réf. 2026/PLN/031",
        body="Bonjour,\n\nnous avons bien reçu votre candidature au poste de Planificateur.",
    )
    assert result.requisition_id != "2026"
