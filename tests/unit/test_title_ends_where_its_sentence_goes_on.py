"""A post's name ends where its sentence goes on (a relative clause, a new verb, a time said of the news, an
agency's client), keeps what is its own (a field after an internship's or a technician's noun, a unit's
words joined by "and" after its comma) and the hours written after it without a dash.
Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_clause import clause_end, unit_joined_end, without_hours_tail
from tracker.extraction.title_cleaning import clean_title


def _read_between(body: str, title_start: str, read_to: str) -> str:
    """The title a sentence's reading gives from `title_start` to the end of `read_to`, its clause cut."""
    start = body.index(title_start)
    end = body.index(read_to) + len(read_to)
    return body[start : clause_end(body, start, end)]


@pytest.mark.parametrize(
    ("body", "title", "run_on"),
    [
        ("il ruolo di Magazziniere Esperto per il quale si è candidato", "Magazziniere Esperto", "candidato"),
        ("la posizione di Barista a cui hai risposto", "Barista", "risposto"),
        ("a vaga de Auxiliar de Cozinha para a qual se candidatou", "Auxiliar de Cozinha", "candidatou"),
        ("el puesto de Repartidor que solicitaste ayer", "Repartidor", "ayer"),
        ("le poste de Préparateur de commandes auquel vous postulez", "Préparateur de commandes", "postulez"),
        ("de vacature Monteur waarvoor je solliciteerde", "Monteur", "solliciteerde"),
        ("de functie Chauffeur die je zag", "Chauffeur", "zag"),
        ("the Store Supervisor opening which you applied to", "Store Supervisor opening", "applied to"),
    ],
)
def test_a_relative_clause_after_the_post_ends_its_name(body: str, title: str, run_on: str) -> None:
    assert _read_between(body, title.split()[0], run_on) == title


@pytest.mark.parametrize(
    ("body", "title", "run_on"),
    [
        ("sua candidatura para Repositor passou para a próxima etapa", "Repositor", "etapa"),
        ("tu candidatura para Cocinero ha sido descartada", "Cocinero", "descartada"),
        ("a sua candidatura para Rececionista neste momento não avança", "Rececionista", "avança"),
        ("la vacante de Chofer la semana pasada", "Chofer", "pasada"),
        ("a vaga de Motorista para o nosso cliente Frios Sul", "Motorista", "Sul"),
    ],
)
def test_a_new_verb_a_time_or_the_client_ends_the_posts_name(body: str, title: str, run_on: str) -> None:
    assert _read_between(body, title.split()[0], run_on) == title


def test_a_sentence_before_the_clause_is_left_to_the_judge() -> None:
    body = "your application for the Tester and are pleased to hear that you applied"
    start, end = body.index("Tester"), len(body)
    assert clause_end(body, start, end) == end


def test_capitalised_words_of_the_post_never_end_it() -> None:
    body = "la vaga de Técnico Que Sabe Tudo."
    start, end = body.index("Técnico"), body.index(".")
    assert clause_end(body, start, end) == end


@pytest.mark.parametrize(
    "title",
    [
        "Order Picker Early Morning Shift",
        "Cashier Second Shift",
        "Repositor Meio Período",
        "Camarero/a Part Time Fin de Semana",
        "Caissier temps partiel",
        "Kassamedewerker avonduren",
        "Night Auditor",
        "Weekend Supervisor",
    ],
)
def test_the_hours_written_after_a_post_without_a_dash_stay_with_its_name(title: str) -> None:
    # The real labels keep a post's hours and shift wherever its name writes them.
    assert clean_title(title)[0] == title


def test_a_unit_joined_by_and_after_the_posts_comma_is_read_whole() -> None:
    body = "for Economist (C1), Transport and Net Zero Directorate. We will"
    start, end = body.index("Economist"), body.index(" and ")
    joined = body[start : unit_joined_end(body, start, end)]
    assert joined == "Economist (C1), Transport and Net Zero Directorate"


def test_and_without_a_comma_before_it_is_left_as_read() -> None:
    body = "for Economist and Acme will"
    start, end = body.index("Economist"), body.index(" and ")
    assert unit_joined_end(body, start, end) == end


def test_a_directorate_after_the_post_is_cut_once_read_whole() -> None:
    result = extract(
        sender="Recruitment <recruitment@gov.example>",
        subject="Application acknowledgement",
        body="Dear Iona,\n\nWe acknowledge receipt of your application for Statistician, Rural and Islands "
        "Directorate. Sifting takes place next month.\n\nResourcing Team",
    )
    assert result.job_title == "Statistician"


def test_an_internships_field_after_its_preposition_is_the_posts() -> None:
    result = extract(
        sender="Metalúrgica Ouro Fino <vagas@ourofinometal.com.br>",
        subject="Processo seletivo",
        body="Olá Caio,\n\nObrigado pelo interesse na vaga de Estágio em Engenharia Mecânica da Metalúrgica "
        "Ouro Fino. Gostaríamos de agendar uma entrevista na quinta-feira às 9h.\n\nEquipe de RH",
    )
    assert result.job_title == "Estágio em Engenharia Mecânica"


def test_an_internship_at_a_place_keeps_only_its_noun() -> None:
    result = extract(
        sender="Metalúrgica Ouro Fino <vagas@ourofinometal.com.br>",
        subject="Processo seletivo",
        body="Olá Caio,\n\nObrigado pelo interesse na vaga de Estágio em Curitiba. Gostaríamos de agendar "
        "uma entrevista na quinta-feira às 9h.\n\nEquipe de RH",
    )
    assert result.job_title == "Estágio"


def test_a_reply_to_a_posting_reads_the_post_after_the_postings_noun() -> None:
    result = extract(
        sender="Marta Ruiz <marta.ruiz@talleresruiz.es>",
        subject="RE: Oferta de Mecánico de Camiones",
        body="Hola Andrés,\n\nGracias por tu currículum. ¿Puedes venir el lunes a las 10:00 para una "
        "entrevista?\n\nMarta Ruiz\nTalleres Ruiz",
    )
    assert result.job_title == "Mecánico de Camiones"


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Line Cook overnight", "Line Cook"),
        ("Patient Sitter night shift", "Patient Sitter"),
        ("Stock Clerk part-time", "Stock Clerk"),
        ("Line Cook Overnight", "Line Cook Overnight"),
        ("conseiller de vente day", "conseiller de vente day"),
    ],
)
def test_a_sentences_lowercase_english_hours_after_a_capitalised_post_are_no_part_of_it(
    title: str, post: str
) -> None:
    assert without_hours_tail(title) == post
