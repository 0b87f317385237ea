"""Portuguese mail the rules read as no application's: a receipt outlining the employer's own process ("1.
Análise do currículo"), which is no CV review service's."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.models import Kind, Status


def test_a_receipt_outlining_the_employers_own_cv_screening_is_an_application() -> None:
    result = extract(
        sender="Viveiros Urucuí | Carreiras <nao-responda@gupy.io>",
        subject="Recebemos sua candidatura!",
        body=(
            "Olá Jurema,\n\nA sua candidatura à vaga de Assistente de Viveiro foi recebida e segue agora "
            "as etapas:\n1. Análise do currículo\n2. Conversa telefónica\n3. Dia no viveiro\n\nUm "
            "abraço,\nTime de Pessoas | Viveiros Urucuí"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED


def test_a_cv_review_service_is_still_no_application() -> None:
    result = extract(
        sender="Currículo Perfeito <ola@curriculoperfeito-exemplo.pt>",
        subject="Recebemos o seu currículo",
        body=(
            "Olá Jurema,\n\nRecebemos o seu currículo para a análise gratuita do seu currículo. Em 48 horas "
            "enviamos as sugestões dos nossos especialistas.\n\nEquipa Currículo Perfeito"
        ),
    )
    assert result.kind is not Kind.APPLICATION
