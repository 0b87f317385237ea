"""A public selection excluding the reader, in Portuguese as Spain's "ha sido excluida" and Italy's "non
ammessa" already read: proposed for exclusion before the hearing, excluded from the competition, the jury
resolving to propose it: a rejection, in Portugal's and Brazil's wording (invented mail)."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Agência para a Gestão Costeira, I.P. <nao-responder@agcosteira.gov.pt>",
            "Notificação – Procedimento C/03/2026",
            "Exmo. Senhor Ludovico Ravasqueira,\n\nProcedimento concursal comum – Ref.ª C/03/2026 – Técnico "
            "Superior\n\nNa sequência da Avaliação Curricular, obteve 7,900 valores, pelo que se encontra "
            "proposto para exclusão do procedimento.\n\nDispõe de 10 dias úteis para se pronunciar.\n\n"
            "A Presidente do Júri",
        ),
        (
            "Câmara Municipal de Vilar do Lince <rh@cm-vilardolince.pt>",
            "Audiência prévia – Procedimento B/2026",
            "Exma. Senhora,\n\nNo procedimento concursal para Assistente Operacional, o júri deliberou, na "
            "reunião de 4 de março, proposta de exclusão da sua candidatura por falta do certificado de "
            "habilitações.\n\nCom os melhores cumprimentos,\nDivisão de Recursos Humanos",
        ),
        (
            "Comissão Organizadora <concurso@saae-pirapemirim.sp.gov.br>",
            "Resultado da análise documental",
            "Prezado candidato Juvenal Apolinário,\n\nApós a análise dos documentos enviados para o cargo de "
            "Agente Administrativo, informamos que o senhor foi excluído do concurso por não apresentar o "
            "diploma de ensino médio.\n\nCabe recurso no prazo de 2 dias úteis.\n\nComissão Organizadora",
        ),
        (
            "Instituto Federal do Sertão Alto <selecao@ifsertaoalto.edu.br>",
            "Processo seletivo simplificado 07/2026",
            "Prezada Odete,\n\nInformamos que sua candidatura à vaga de Professor Substituto de Química "
            "ficou excluída do processo seletivo simplificado 07/2026, conforme o resultado da prova de "
            "desempenho didático.\n\nAtenciosamente,\nCoordenação de Gestão de Pessoas",
        ),
    ],
)
def test_an_exclusion_from_a_public_selection_is_a_rejection(sender: str, subject: str, body: str) -> None:
    result = extract(body, subject, sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result
