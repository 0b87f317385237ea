"""Where Spanish and Portuguese mail names the post, and mail that is no application: Brazil's spoken "pra
vaga de X" is "para a vaga de X"; a public body hires "para contratação de X"; a board's reminder of an
application started and never sent ("empezaste a postularte ... no terminaste tu solicitud") is "other".
Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Extraction, Kind


def _read(sender: str, subject: str, body: str) -> Extraction:
    return RulesExtractor().extract(
        EmailMessage(message_id="m1", sender=sender, subject=subject, body=body, received_at=None)
    )


def test_a_post_named_after_pra_vaga_de():
    reading = _read(
        "Sueli Amaral <sueli@sorveteriapolar.com.br>",
        "entrevista quinta",
        "oi Diego! recebi seu currículo. Queria conversar com você pra vaga de balconista na quinta (12/03) "
        "às 10h, aqui na loja da Av. Brasil 900.\n\nConsegue vir?\n\nSueli\nSorveteria Polar",
    )
    assert reading.job_title == "Balconista"


def test_a_post_a_public_body_hires_for():
    reading = _read(
        '"Concursos - Prefeitura de Vale Claro" <concursos@valeclaro.sp.gov.br>',
        "Inscrição deferida",
        "Prezado(a) candidato(a),\n\nSua inscrição no processo seletivo para contratação de Agente "
        "Comunitário de Saúde foi deferida.\n\nAtenciosamente,\nPrefeitura Municipal de Vale Claro",
    )
    assert reading.job_title == "Agente Comunitário de Saúde"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Aún no has terminado tu solicitud",
            "Hola Irene:\n\nEmpezaste a postularte a este empleo pero no terminaste tu solicitud.\n\n"
            "Auxiliar de Farmacia\nFarmacias del Pacífico\nLima\n\nContinuar solicitud",
        ),
        (
            "Tu postulación te espera",
            "Hola Irene:\n\nTodavía no has completado tu postulación a Auxiliar de Farmacia. Solo te faltan "
            "dos preguntas.\n\nContinuar",
        ),
    ],
)
def test_an_application_started_and_never_sent_is_no_application(subject, body):
    reading = _read("Avisos de Empleo <avisos@empleosdelsur.pe>", subject, body)
    assert reading.kind is Kind.OTHER
