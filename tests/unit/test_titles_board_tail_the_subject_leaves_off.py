"""A board's body writes the employer after the post ("a vaga Jovem Aprendiz - Banco Horizonte") where its
subject names the post alone ("Teste online - Jovem Aprendiz"): the tail the subject leaves off is no part
of the title. A team or field after the dash, or a tail the subject writes too, stays. Invented mail."""

from tests.extraction_support import extract
from tracker.extraction.title import _without_tail_the_subject_leaves_off


def test_the_employer_a_board_writes_after_the_post_is_left_off() -> None:
    result = extract(
        sender="Gupy <naoresponda@gupy.com.br>",
        subject="Teste online - Auxiliar Administrativo",
        body="Oi, Bia! Você avançou no processo da vaga Auxiliar Administrativo - Banco Horizonte. A próxima "
        "etapa é um teste online. Prazo: 3 dias.",
    )
    assert result.job_title == "Auxiliar Administrativo"


def test_a_tail_the_subject_writes_too_stays() -> None:
    title = "Data Analyst - Payments Platform"
    assert _without_tail_the_subject_leaves_off(title, "Interview: Data Analyst - Payments Platform") == title


def test_a_role_after_the_dash_stays() -> None:
    title = "Cashier - Sales Associate"
    assert _without_tail_the_subject_leaves_off(title, "Application received: Cashier") == title


def test_a_subject_that_runs_the_post_into_other_words_keeps_the_tail() -> None:
    title = "Data Analyst - Lumen Bank"
    assert _without_tail_the_subject_leaves_off(title, "Your Data Analyst application") == title
