"""A Brazilian employer's mail writes its kind of business before the brand, or not, from one message to
the next ("Grupo X" then "X", "Transportadora X" then "X Transportes"); its posts write the level in full
or short ("Pleno", "Pl"). One employer, one post: one key."""

from __future__ import annotations

import pytest

from tracker.compatible_spellings import compatible_titles
from tracker.names import company_key, compatible_names, employer_group, title_key


@pytest.mark.parametrize(
    ("with_kind", "without"),
    [
        ("Grupo Quarzel", "Quarzel"),
        ("Rede Bellaterra", "Bellaterra"),
        ("Supermercados Tavira", "Tavira"),
        ("Distribuidora Vencel Ltda.", "Vencel"),
        ("Laticínios Serra Clara", "Serra Clara"),
    ],
)
def test_a_leading_kind_of_business_is_no_part_of_the_employer_key(with_kind, without):
    assert company_key(with_kind) == company_key(without)
    assert employer_group(company_key(with_kind)) == employer_group(company_key(without))
    assert compatible_names(with_kind, without)


def test_the_kind_written_before_or_after_the_brand_names_one_employer():
    assert compatible_names("Transportadora Ravelo", "Ravelo Transportes")
    assert compatible_names("Distribuidora Ouro Fino", "Ouro Fino Distribuidora")


def test_a_grupo_still_tells_apart_employers_that_share_a_first_word():
    assert not compatible_names("Grupo Capitão", "Capitão Seguros")
    assert compatible_names("Grupo Capitão", "Capitão")


def test_a_kind_that_is_the_name_itself_stays():
    assert company_key("Grupo de Apoio Vila Nova") == "grupo de apoio vila nova"
    assert company_key("Supermercados") == "supermercados"


def test_the_brazilian_mid_level_written_short_is_the_same_post():
    assert title_key("Analista Financeiro Pl") == title_key("Analista Financeiro Pleno")
    assert title_key("Analista de Custos Jr") == title_key("Analista de Custos Júnior")
    assert compatible_titles(title_key("Analista Fiscal Pl"), title_key("Analista Fiscal"))
