"""A family firm signs with its sons or brothers after the family name ("Dalgarno & Sons", "Teixeira &
Filhos, Lda.", "Moreau et Fils") and, grown, as the family's group ("Dalgarno Group", "Grupo Teixeira").
The "& Sons" is the firm's form, as "& Co." is, and no second name: the group is the same employer. A
second name beside "Group" still tells two employers apart ("Capital One", "Capital Group")."""

from __future__ import annotations

import pytest

from tracker.names import compatible_names


@pytest.mark.parametrize(
    ("family_firm", "group"),
    [
        ("Dalgarno & Sons", "Dalgarno Group"),
        ("Dalgarno and Sons Ltd", "The Dalgarno Group"),
        ("Teixeira & Filhos, Lda.", "Grupo Teixeira"),
        ("Teixeira e Filhos", "Grupo Teixeira"),
        ("Moreau et Fils", "Moreau Group"),
        ("Brandauer & Söhne GmbH", "Brandauer Group"),
        ("Van der Roest & Zonen", "Van der Roest Group"),
        ("Ferrandi & Figli S.p.A.", "Ferrandi Group"),
        ("Olabarri Hermanos", "Grupo Olabarri"),
        ("Olabarri & Hijos", "Grupo Olabarri"),
        ("Halloway Brothers", "Halloway Holdings"),
    ],
)
def test_a_family_firm_and_its_group_are_one_employer(family_firm, group):
    assert compatible_names(family_firm, group)
    assert compatible_names(group, family_firm)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Capital One", "Capital Group"),
        ("Dalgarno Freight", "Dalgarno Group"),
        ("Teixeira Seguros", "Grupo Teixeira"),
        ("Dalgarno & Sons", "Dalgarno Freight"),
    ],
)
def test_a_second_name_still_tells_employers_apart(one, other):
    assert not compatible_names(one, other)
