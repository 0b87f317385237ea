"""A Portuguese temporary work agency ("X – Empresa de Trabalho Temporário, Lda.") relaying its client's
step: the client named where the interview was held ("a entrevista na X") is the employer, the client's
choice told in the third person ("o cliente acabou por optar por um candidato com ...") is a rejection,
and the recruiter's own post under her name, where no closing words the rules know stand above it, is
no title."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.models import Kind, Status


def test_an_agency_relays_its_clients_choice_after_the_interview_there() -> None:
    result = extract(
        sender="Idalina Portugal | Vantagem Laboral <idalina.portugal@vantagemlaboral.pt>",
        subject="Feedback – Embalador(a) (m/f)",
        body=(
            "Olá Custódio,\n\nJá tenho resposta sobre a sua entrevista na Conservas Valdoura.\n\nA fábrica "
            "acabou por escolher outra pessoa, que já conhecia a linha de enchimento.\n\nAté "
            "breve!\n\nIdalina Portugal\nConsultora de Recrutamento – "
            "Divisão Alimentar\nVantagem Laboral – Empresa de Trabalho Temporário, Lda.\nT. +351 220 000 111"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED
    assert result.company == "Conservas Valdoura"
    assert result.job_title == "Embalador(a) (m/f)"


def test_the_recruiters_post_under_her_name_is_no_title() -> None:
    result = extract(
        sender="Idalina Portugal | Vantagem Laboral <idalina.portugal@vantagemlaboral.pt>",
        subject="Entrevista – Embalador(a)",
        body=(
            "Boa tarde Custódio,\n\nFica marcada a sua entrevista para sexta-feira, 20/03, às 11h00, "
            "nas instalações do cliente.\n\nBoa sorte!\n\nIdalina Portugal\nConsultora de Recrutamento – "
            "Divisão "
            "Alimentar\nVantagem Laboral – Empresa de Trabalho Temporário, Lda.\nT. +351 220 000 111"
        ),
    )
    assert result.job_title == "Embalador(a)"
