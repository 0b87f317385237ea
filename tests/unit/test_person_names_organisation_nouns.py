"""An organisation named with the nouns of its own language is no person: "Cooperativa Agraria del Sur"
has a particle and three capitalised words, the shape of "Ana de Souza Lima", but a cooperative's noun;
likewise a supermarket chain, a school, a public body or a firm in any of the seven languages we read.
A signature or a card naming it is the employer's line, not a recruiter's name. Invented names."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.person_names import looks_like_person_name


@pytest.mark.parametrize(
    "name",
    [
        "Cooperativa Agraria del Sur",
        "Supermercados Vale Verde",
        "Coöperatie Noordveld",
        "Cassa Rurale Valdisotto",
        "Azienda Agricola Moretti",
        "Escola Profissional Ribeira",
        "Colegio San Telmo",
        "Ospedale Santa Chiara",
        "Laticínios Serra Azul",
        "Verlag Hohenau",
        "Groothandel Brink",
    ],
)
def test_a_name_made_with_an_organisations_noun_is_no_person(name):
    assert not looks_like_person_name(name)


@pytest.mark.parametrize("name", ["Ana de Souza Lima", "Luca Cassa", "Marta del Campo", "Joost van Zorgen"])
def test_people_keep_their_names(name):
    assert looks_like_person_name(name)


def test_a_boards_signature_naming_a_supermarket_chain_gives_the_employer():
    extraction = extract(
        sender="Gupy <naoresponda@gupy.io>",
        subject="Retorno da sua candidatura | Auxiliar de Estoque",
        body="Olá, Rafael!\n\nAgradecemos a sua candidatura para a vaga de Auxiliar de Estoque.\n\n"
        "Infelizmente, optamos por avançar com outros candidatos neste momento.\n\n"
        "Abraços,\nEquipe de Gente\nSupermercados Vale Verde\n\nEnviado por Gupy",
    )
    assert extraction.company == "Supermercados Vale Verde"
