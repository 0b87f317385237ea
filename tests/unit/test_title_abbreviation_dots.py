"""An abbreviation's dot inside a post's name ("Sr.", "Jr.", "Pl.", "Sen.", "Dipl.") is no sentence's end
where the name goes on after it (a capitalised word, or a Romance "de"/"di" and a capitalised word); where a
lowercase word follows, the sentence goes on in its own words and the title ends at the abbreviation
(title_abbreviations.py): in the anchored sentences of every language and in a board's sentence."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Quillabamba Textiles <noreply@candidates.workablemail.com>",
            "Quillabamba Textiles: siguiente etapa",
            "Hola Evaristo,\n\n¡Gracias por postularte a Comprador Sr. de Hilados Técnicos en Quillabamba "
            "Textiles!\n\nQueremos avanzar con vos: te enviaremos un caso práctico.\n\nEquipo de Talento",
            "Comprador Sr. de Hilados Técnicos",
            id="spanish_board_sentence_with_de",
        ),
        pytest.param(
            "Pflegezentrum Oberhalden <personal@oberhalden-pflege.ch>",
            "Ihre Bewerbung",
            "Grüezi Frau Tschudin\n\nVielen Dank für Ihre Bewerbung als Dipl. Fachfrau Operationstechnik HF "
            "auf unserer Chirurgie.\n\nWir melden uns in den nächsten Tagen.\n\nFreundliche Grüsse\n"
            "Personaldienst\nPflegezentrum Oberhalden",
            "Dipl. Fachfrau Operationstechnik HF",
            id="swiss_diploma_before_the_post",
        ),
        pytest.param(
            "Ourivesaria Tapajó <rh@ourivesaria-tapajo.com.br>",
            "Retorno do processo",
            "Oi Jurandir,\n\nObrigada pela conversa sobre a vaga de Analista Pl. de Custos Industriais. "
            "Infelizmente seguimos com outro perfil.\n\nAbraços,\nGente e Gestão\nOurivesaria Tapajó",
            "Analista Pl. de Custos Industriais",
            id="brazilian_pleno_before_its_field",
        ),
        pytest.param(
            "Cantieri Orvadesi <selezione@cantieriorvadesi.it>",
            "Esito colloquio",
            "Gentile Ottavio,\n\nla ringraziamo per la sua candidatura come Progettista Sen. Impianti "
            "Elettrici presso Cantieri Orvadesi.\n\nCordiali saluti,\nUfficio Selezione",
            "Progettista Sen. Impianti Elettrici",
            id="italian_grade_then_capitalised_field",
        ),
        pytest.param(
            "Mineração Quixadá <rh@mineracaoquixada.com.br>",
            "Sua candidatura",
            "Olá Deoclécio,\n\nAgradecemos seu interesse na vaga de Eletricista de Manutenção Jr. ainda "
            "este semestre abriremos novas vagas.\n\nAtenciosamente,\nRecursos Humanos",
            "Eletricista de Manutenção Jr",
            id="lowercase_after_ends_the_title",
        ),
    ],
)
def test_abbreviation_dot_inside_a_post_name(sender: str, subject: str, body: str, title: str) -> None:
    assert (extract(body, subject, sender).job_title or "").rstrip(".") == title.rstrip(".")
