"""A post filled told with its long title between the post's noun and the verb ("a vaga de <a title of
ninety letters> já se encontra preenchida", "la vacante de <...> se encuentra cubierta") is a rejection;
and a reply whose subject is only the day it settles ("Re: quinta-feira") names no post."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.models import Status


@pytest.mark.parametrize(
    "sentence",
    [
        "Informamos que a vaga de Técnico Superior de Radiologia e Medicina Nuclear (Unidade de Imagem "
        "Avançada de Gondomar) já se encontra preenchida desde a semana passada.",
        "Le informamos que la vacante de Técnico Superior de Radiología y Medicina Nuclear (Unidad de Imagen "
        "Avanzada de Ourense) se encuentra cubierta desde la semana pasada.",
    ],
)
def test_a_post_filled_with_a_long_title_between_is_a_rejection(sentence: str) -> None:
    result = extract(
        sender="Clínica Sarzedas <noreply@candidates.workablemail.com>",
        subject="A sua candidatura",
        body=f"Olá Quitéria,\n\n{sentence}\n\nCumprimentos,\nRecursos Humanos\nClínica Sarzedas",
    )
    assert result.status is Status.REJECTED


def test_a_reply_whose_subject_is_only_a_day_names_no_post() -> None:
    mail = email_from_fields(
        "m1",
        "Albertina Cunhal <acunhal@quintadobarroco.pt>",
        None,
        "Re: quinta-feira",
        "Olá Rodrigo,\n\nCombinado para as 10h00, à porta da adega.\n\nAté lá,\n"
        "Albertina\n\n> No dia 25/03/2026, às 19:48, Rodrigo Pestana <rodrigo.pestana@gmail.com> escreveu:\n"
        ">\n> Boa tarde, obrigado pelo convite para visitar a adega. Quinta-feira dia 26 é ótimo.\n> Rodrigo",
    )
    result = RulesExtractor().extract(mail)
    assert result.job_title is None
