"""A reference number stated with its label shortened ("Req. 58127", "Ref. KT-1180", "Réf. RH-2207", "Rif.
PV-330") or in another language's word ("Kennziffer", "Referenznummer", "vacaturenummer", "Codice
annuncio", "Referencia", "Código da vaga") is the post's requisition id: what joins an agency's or an
employer's later mail about the same post. A code written in parts apart ("Réf. 2026/PLN/031") is read
whole, never by its first part; the reader's own codes ("codice fiscale", a sign-in code) are none.
Invented mail."""

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
        (
            "Rif. PV-330 - Esito colloquio",
            "Gentile Sam,\n\nla ringraziamo per il tempo dedicato al colloquio.",
            "PV-330",
        ),
        (
            "La tua candidatura",
            "Ciao Sam,\n\nabbiamo ricevuto la tua candidatura (Codice annuncio 77120) per Magazziniere.",
            "77120",
        ),
        (
            "Selezione pubblica cod. AMM-04 - convocazione",
            "Gentile candidato,\n\nè convocato alla prova orale il giorno 12 maggio.",
            "AMM-04",
        ),
        (
            "Tu candidatura - Referencia: LOG-5521",
            "Hola Sam,\n\nhemos recibido tu candidatura para Mozo de almacén.",
            "LOG-5521",
        ),
        (
            "Sua candidatura",
            "Olá Sam,\n\nrecebemos a sua candidatura. Código da vaga: VG-20417.",
            "VG-20417",
        ),
    ],
)
def test_a_reference_with_its_label_shortened_or_in_another_language_is_the_requisition(subject, body, code):
    assert extract(sender=_AGENCY, subject=subject, body=body).requisition_id == code


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("Votre candidature - Réf. 2026/PLN/031", "2026/PLN/031"),
        ("Concorso rif. 26/TEC/05 - esito", "26/TEC/05"),
        ("Candidatura - Rif. AMM-B-03/2026", "AMM-B-03/2026"),
    ],
)
def test_a_code_written_in_parts_apart_is_read_whole(subject, code):
    result = extract(
        sender=_AGENCY,
        subject=subject,
        body="Bonjour,\n\nnous avons bien reçu votre candidature au poste de Planificateur.",
    )
    assert result.requisition_id == code


@pytest.mark.parametrize(
    "body",
    [
        "Gentile Sam,\n\nabbiamo ricevuto la tua candidatura. Codice fiscale RSSSMA90A01L219X.",
        "Olá Sam,\n\nrecebemos a sua candidatura para Auxiliar de Logística. Seu código: 483920.",
    ],
)
def test_the_readers_own_codes_are_no_requisition(body):
    assert extract(sender=_AGENCY, subject="Candidatura", body=body).requisition_id is None
