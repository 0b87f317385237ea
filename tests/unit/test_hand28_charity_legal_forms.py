"""The legal forms of the English-speaking world's charities, social enterprises and practices ("CLG",
"CIC", "PLLC") are no part of the employer's key."""

from __future__ import annotations

import pytest

from tracker.names import same_company


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        ("Glenmoy Family Resource Centre CLG", "Glenmoy Family Resource Centre"),
        ("Ardnacrusha Tooling DAC", "Ardnacrusha Tooling"),
        ("Larkhill Community Kitchen CIC", "Larkhill Community Kitchen"),
        ("Bothy Trust SCIO", "Bothy Trust"),
        ("Cedar Ridge Pediatrics, PLLC", "Cedar Ridge Pediatrics"),
        ("Loamwise, PBC", "Loamwise"),
        ("Boulangerie Tremblay Ltée", "Boulangerie Tremblay"),
    ],
)
def test_a_charitys_or_a_practices_legal_form_is_no_part_of_the_employer(signed, written):
    assert same_company(signed, written)
