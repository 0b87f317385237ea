"""Italian, Spanish and Portuguese mail wraps the post in words that are no part of its name: the step a
subject closes on after its dash ("X – proposta di colloquio", "X - próxima etapa"), a posting's noun
with its kind ("à oferta de emprego X"), the posting's number labelled with the posting's own noun ("(ID
da vaga: 4471)", "- Req. 4417") and the plant the post is at ("(Planta Xalostoc)")."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("subject", "post", "body"),
    [
        (
            "Selezione Tecnico Commerciale Estero – proposta di colloquio",
            "Tecnico Commerciale Estero",
            "Gentile Ottavia,\n\nla contatto per la candidatura che ci ha inviato. Sarei disponibile "
            "martedì 13/10 alle 10:00 presso la nostra sede di Lecco.\n\nCordiali saluti\nBrunella Zaffiro",
        ),
        (
            "Tu candidatura: Analista de Compras Senior - próxima etapa",
            "Analista de Compras Senior",
            "Hola Remedios:\n\nGracias por tu postulación. Te proponemos una entrevista el martes 13 de "
            "octubre a las 10:00 por videollamada.\n\nSaludos,\nCasimiro Yáñez",
        ),
        (
            "Candidatura Assistente de Logística – proposta de entrevista",
            "Assistente de Logística",
            "Olá Leocádia,\n\nObrigado pela sua candidatura. Podemos falar na terça-feira, dia 13, às 10h00, "
            "por videochamada?\n\nCumprimentos,\nTeodoro Quaresma",
        ),
    ],
)
def test_the_step_a_subject_closes_on_is_no_part_of_the_post(subject: str, post: str, body: str) -> None:
    result = extract(
        sender="Brunella Zaffiro <b.zaffiro@ulmaverde-componenti.it>", subject=subject, body=body
    )
    assert result.job_title == post


def test_a_job_offers_noun_and_its_labelled_number_are_no_part_of_the_post() -> None:
    result = extract(
        sender="Carreiras Tanoeiro Lusitano <naoresponder@carreiras-tanoeiro.pt>",
        subject="Confirmação de candidatura",
        body=(
            "Cara Benedita Arruda,\n\nAgradecemos a sua candidatura à oferta de emprego Técnico de "
            "Manutenção Industrial (m/f) (ID da vaga: 3310).\n\nA sua candidatura foi submetida com "
            "sucesso.\n\nAtenciosamente,\nEquipa de Recrutamento\nTanoeiro Lusitano, S.A."
        ),
    )
    assert result.job_title == "Técnico de Manutenção Industrial (m/f)"


def test_a_plant_in_brackets_and_a_req_number_after_the_post_are_no_part_of_it() -> None:
    result = extract(
        sender="Talento Quetzalli <talento@quetzalli-alimentos.com.mx>",
        subject="Actualización de tu postulación – Supervisor de Envasado (Planta Xalostoc) – Req. 5120",
        body=(
            "Estimado Anselmo:\n\nGracias por tu interés en Quetzalli Alimentos. Te informamos que el "
            "proceso continuará con otros candidatos.\n\nAtentamente,\nAtracción de Talento\n"
            "Quetzalli Alimentos"
        ),
    )
    assert result.job_title == "Supervisor de Envasado"
