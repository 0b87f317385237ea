"""What a sentence says after the post about its hiring is no part of the post (invented mail): the day of the
week its step was held ("the X contract last Thursday", "X jeudi dernier", "X el jueves pasado", "X giovedì
scorso", "X na quinta-feira passada", "X letzten Donnerstag", "X afgelopen donderdag"), where the post is
based before the place ("X based in Leeds", "X basé à Lyon", "X con sede a Bologna", "X mit Sitz in Graz",
"X gevestigd in Gent"), and a committee's lowercase "search" for it ("the Lab Manager search").
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_clause import clause_end
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("for the Claims Analyst contract last Thursday.", "Claims Analyst contract"),
        ("pour le poste de Chargée de clientèle jeudi dernier.", "Chargée de clientèle"),
        ("para el puesto de Jefe de Turno el jueves pasado.", "Jefe de Turno"),
        ("per la posizione di Responsabile Acquisti giovedì scorso.", "Responsabile Acquisti"),
        ("para a vaga de Coordenador de Frota na quinta-feira passada.", "Coordenador de Frota"),
        ("als Disponent Nahverkehr letzten Donnerstag.", "Disponent Nahverkehr"),
        ("voor de functie Boekhouder afgelopen donderdag.", "Boekhouder"),
        ("for the Claims Analyst role located in Leeds.", "Claims Analyst role"),
        ("au poste de Chargée de clientèle basée à Lyon.", "Chargée de clientèle"),
        ("per la posizione di Responsabile Acquisti con sede a Bologna.", "Responsabile Acquisti"),
        ("para a vaga de Coordenador de Frota baseado em Braga.", "Coordenador de Frota"),
        ("als Disponent Nahverkehr mit Sitz in Graz.", "Disponent Nahverkehr"),
        ("voor de functie Boekhouder gevestigd in Gent.", "Boekhouder"),
    ],
)
def test_the_post_ends_before_the_day_or_the_place_its_sentence_adds(sentence: str, title: str) -> None:
    start = next(i for i, ch in enumerate(sentence) if ch.isupper())
    assert sentence[start : clause_end(sentence, start, len(sentence) - 1)] == title


def test_a_committees_search_after_the_post_is_no_part_of_it() -> None:
    assert clean_title("Collections Archivist search")[0] == "Collections Archivist"
    assert clean_title("Partner, Executive Search")[0] == "Partner, Executive Search"


def test_an_agencys_feedback_names_the_post_without_the_day_of_the_interview() -> None:
    result = extract(
        sender="Priya Nandakumar <priya.n@harbourline-recruit.example.co.uk>",
        subject="Feedback",
        body="Hi Tom,\n\nThank you for coming in to interview for the Claims Analyst contract last Thursday. "
        "The client has decided to go with another candidate.\n\nBest,\nPriya",
    )
    assert result.job_title == "Claims Analyst"


def test_a_french_receipt_names_the_post_without_where_it_is_based() -> None:
    result = extract(
        sender="Recrutement Vellaz <recrutement@vellaz-industrie.example.fr>",
        subject="Confirmation de candidature",
        body="Bonjour,\n\nNous vous remercions pour votre candidature au poste d'Ingénieure Qualité H/F "
        "(REQ-44719) basé à Annecy (74). Votre dossier a bien été enregistré.\n\nL'équipe Recrutement",
    )
    assert result.job_title == "Ingénieure Qualité H/F"


def test_a_universitys_update_on_its_search_names_the_post() -> None:
    result = extract(
        sender="Dana Whitcombe <dwhitcombe@lakeshore-university.example.edu>",
        subject="Collections Archivist search – update",
        body="Dear Dr. Ames,\n\nI am writing on behalf of the search committee. After careful review, we "
        "have offered the position to another candidate.\n\nSincerely,\nDana Whitcombe",
    )
    assert result.job_title == "Collections Archivist"
