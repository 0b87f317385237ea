"""A person writing in Portuguese or Italian names the selection process before the post ("a sua candidatura
ao processo de X", "ao processo de recrutamento de X", "al processo di selezione di X"): the process's noun,
its kind and its linking word are the sentence's, never the post's name. Invented mail by invented writers."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Rosalina Farpela <rosalina.farpela@olmedalvinhos.pt>",
            "Re: A sua candidatura",
            "Olá Tiago,\n\nGostaríamos de avançar com a sua candidatura ao processo de Enólogo Assistente e "
            "convidá-lo para uma conversa na próxima terça-feira às 15h.\n\nCumprimentos,\nRosalina Farpela\n"
            "Olmedal Vinhos",
            "Enólogo Assistente",
        ),
        (
            "Iracema Bortolotto <iracema@sementesjacui.com.br>",
            "Re: Candidatura",
            "Oi Renan,\n\nRecebemos sua candidatura ao processo de Analista de Sementes Pleno e vamos "
            "analisar seu perfil.\n\nAbraço,\nIracema Bortolotto\nSementes Jacuí",
            "Analista de Sementes Pleno",
        ),
        (
            "Olímpia Casqueiro <olimpia.casqueiro@ferragenscorgo.pt>",
            "Candidatura",
            "Bom dia Rui,\n\nAgradecemos a sua candidatura ao processo de recrutamento de Técnico de "
            "Manutenção Industrial. Entraremos em contacto brevemente.\n\nCumprimentos,\nOlímpia Casqueiro\n"
            "Ferragens Corgo",
            "Técnico de Manutenção Industrial",
        ),
        (
            "Ludovica Sparvieri <l.sparvieri@cantierivelmare.it>",
            "Candidatura ricevuta",
            "Gentile Marco,\n\nabbiamo ricevuto la sua candidatura al processo di selezione di Progettista "
            "Navale Junior.\n\nCordiali saluti\nLudovica Sparvieri\nCantieri Velmare",
            "Progettista Navale Junior",
        ),
    ],
)
def test_the_process_named_before_the_post_is_no_part_of_it(sender, subject, body, title) -> None:
    assert extract(sender=sender, subject=subject, body=body).job_title == title
