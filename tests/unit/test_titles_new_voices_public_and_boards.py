"""Titles as public bodies, South African boards and Italian and Brazilian employers write them (invented
mail): a posting's number in brackets ("Position number ...") and the employment-equity tag ("EE position")
are no part of a title, nor is a public service's "competition" after it; "a vaga X" and "la nostra ricerca
di un X" name the post as "a vaga de X" does; a sentence that goes on with the employer as its subject ends
the title before the employer.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Status


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Senior Policy Officer, VPS 5 (Position number PRC/2031/77)", "Senior Policy Officer, VPS 5"),
        ("Library Assistant, Position No. 4410", "Library Assistant"),
        ("Stores Controller (EE position)", "Stores Controller"),
        ("Stores Controller - EE position", "Stores Controller"),
        ("Stores Controller - EE", "Stores Controller"),
        ("Grants Officer competition", "Grants Officer"),
        ("Grants Officer competition, Department of Rural Affairs", "Grants Officer"),
        ("Competition Analyst", "Competition Analyst"),
        ("Employee Relations Advisor", "Employee Relations Advisor"),
    ],
)
def test_public_posting_numbers_equity_tags_and_competitions_are_no_part_of_a_title(raw, title):
    assert clean_title(raw)[0] == title


POSTS = [
    application_row(
        "pt_a_vaga_without_de_names_the_post",
        Status.REJECTED,
        "Padaria Girassol",
        "Analista Fiscal Pleno",
        sender="Recrutamento <vagas@girassol.com.br>",
        subject="Atualização do processo seletivo",
        body="Olá, Rita!\n\nAgradecemos sua participação no processo seletivo para a vaga Analista Fiscal "
        "Pleno. Infelizmente, seguiremos com outros candidatos.\n\nTime de Gente\nPadaria Girassol",
    ),
    application_row(
        "it_la_nostra_ricerca_di_un_names_the_post",
        Status.INTERVIEW,
        "Ceramiche Orsini",
        "Addetto/a Spedizioni",
        sender="Ufficio Personale <lavoro@ceramicheorsini.it>",
        subject="Colloquio conoscitivo",
        body="Ciao Elena,\n\nA seguito della tua candidatura alla nostra ricerca di un Addetto/a Spedizioni, "
        "vorremmo fissare un colloquio conoscitivo la prossima settimana.\n\nUfficio Personale\n"
        "Ceramiche Orsini",
    ),
    application_row(
        "en_the_employer_as_the_next_sentence_subject_ends_the_title",
        Status.INTERVIEW,
        "Kilbride County Council",
        "Senior Executive Planner (Heritage)",
        sender="HR Department <hr@kilbridecoco.ie>",
        subject="Interview invitation",
        body="Dear Róisín,\n\nFollowing the shortlisting for the post of Senior Executive Planner "
        "(Heritage), "
        "Kilbride County Council is pleased to invite you to interview on 9 March.\n\nHR Department\n"
        "Kilbride County Council",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), POSTS)
def test_new_voices_name_the_post_where_their_words_for_it_stand(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
