"""A public body's notice names the post by its career, category or the posts to fill, after a sentence of
law no anchor reads: the career's noun says the post follows, its own bracket and unit stay, and the
notice's references after a dash or in a bracket are cut; a labelled line of the career names it too."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Junta de Freguesia de Vale Ermida <pessoal@jf-valeermida.pt>",
            "Notificação – Procedimento Ref.ª D/2026",
            "Exmo. Senhor Tomé Gusmão Arriaga,\n\nAssunto: Procedimento concursal comum para ocupação de 1 "
            "posto de trabalho da carreira e categoria de Assistente Técnico (área de Contabilidade) – "
            "Ref.ª D/2026\n\nNotifica-se V. Ex.ª de que foi admitido ao procedimento e convocado para a "
            "prova escrita de conhecimentos, no dia 3 de março, às 14h00.\n\nO Presidente do Júri",
            "Assistente Técnico (área de Contabilidade)",
        ),
        (
            "Serviços Intermunicipais do Alto Côa <rh@sialtocoa.pt>",
            "Procedimento concursal – lista de admitidos",
            "Caro candidato,\n\nNo âmbito do procedimento concursal para 2 postos de trabalho de Técnico "
            "Superior – Engenharia do Ambiente (Aviso n.º 5512/2026), informamos que a sua candidatura foi "
            "admitida.\n\nCom os melhores cumprimentos,\nDivisão de Pessoal",
            "Técnico Superior - Engenharia do Ambiente",
        ),
        (
            "Prefeitura de Itaquaruçu <concursos@itaquarucu.sp.gov.br>",
            "Confirmação de inscrição",
            "Prezada Jussara,\n\nSua inscrição no concurso público para Agente Comunitário de Saúde, "
            "edital 03/2026, foi confirmada.\n\nA prova objetiva será divulgada no site.\n\nComissão do "
            "Concurso",
            "Agente Comunitário de Saúde",
        ),
        (
            "Communauté de communes du Val d'Ornelle <rh@cc-valdornelle.fr>",
            "Votre candidature",
            "Madame,\n\nNous accusons réception de votre candidature au recrutement sur le grade de "
            "Rédacteur principal (avis n° 2026-14), et reviendrons vers vous après la commission.\n\n"
            "Le service des ressources humaines",
            "Rédacteur principal",
        ),
        (
            "Câmara Municipal de Fontelonga <nao-responder@cm-fontelonga.pt>",
            "Comprovativo de candidatura",
            "Exmo.(a) Senhor(a),\n\nConfirmamos a receção da sua candidatura.\n\n"
            "Procedimento: PC/11/2026\nCarreira/categoria: Assistente Operacional (Jardinagem)\n"
            "Número de candidatura: 2026/0093\n\nDivisão de Recursos Humanos",
            "Assistente Operacional (Jardinagem)",
        ),
    ],
)
def test_the_post_a_public_notice_names_by_its_career(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title
