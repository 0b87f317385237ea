"""A trainee or internship programme run by a recruiting firm is named after its employer: the
employer between the programme's word and its intake year is read, not the firm that sends the mail
(tracker/extraction/programme_employers.py)."""

from __future__ import annotations

from tests.extraction_support import extract


def test_a_recruiting_firms_trainee_programme_mail_names_the_employer_of_the_programme():
    result = extract(
        "Olá, Renata!\n\nSua inscrição no Programa Trainee Solvarte 2028 foi confirmada. Fique atenta ao "
        "seu e-mail para as próximas fases.\n\nEquipe de Seleção",
        "Inscrição confirmada - Programa Trainee Solvarte 2028",
        "Ponte Talentos <trainee@pontetalentos.com.br>",
    )
    assert result.company == "Solvarte"


def test_an_internship_programme_named_with_its_year_names_its_employer():
    result = extract(
        "Olá, Renata!\n\nRecebemos sua inscrição no Programa de Estágio Vertimar 2028.\n\nBoa sorte!",
        "Inscrição recebida",
        "Seleção Estágios <estagio@pontetalentos.com.br>",
    )
    assert result.company == "Vertimar"


def test_a_programme_named_without_a_year_adds_no_employer():
    result = extract(
        "Olá, Renata!\n\nSua inscrição no nosso programa de trainee foi confirmada.\n\nTime Trainee",
        "Inscrição confirmada",
        "Solvarte Carreiras <carreiras@solvarte.com.br>",
    )
    assert result.company == "Solvarte"


def test_a_season_before_the_programmes_year_is_no_employer_and_the_name_after_the_year_is():
    result = extract(
        "Olá, Renata!\n\nSua inscrição no Programa de Estágio Férias 2028 da Vertimar foi confirmada.\n\n"
        "Boa sorte!",
        "Inscrição recebida",
        "Seleção Estágios <estagio@pontetalentos.com.br>",
    )
    assert result.company == "Vertimar"


def test_a_season_alone_before_the_year_names_no_employer():
    result = extract(
        "Olá, Renata!\n\nRecebemos sua inscrição no Programa Trainee Verão 2028.\n\nBoa sorte!",
        "Inscrição recebida",
        "Ponte Talentos <trainee@pontetalentos.com.br>",
    )
    assert result.company != "Verão"
