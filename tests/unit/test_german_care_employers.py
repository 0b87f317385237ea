"""German health and care employers: the non-profit and public-law forms hospitals and care homes sign with
are one employer with or without them, and a brand's national arm is the brand."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind
from tracker.names import company_key, same_company


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        ("Klinikum Nordstadt gGmbH", "Klinikum Nordstadt"),
        ("Universitätsklinikum Westhafen AöR", "Universitätsklinikum Westhafen"),
        ("Diakoniewerk Talberg KdöR", "Diakoniewerk Talberg"),
        ("Pflegewerk Lindenau gAG", "Pflegewerk Lindenau"),
    ],
)
def test_a_non_profit_or_public_law_form_keys_as_the_employer_without_it(signed, written):
    assert same_company(signed, written)
    assert company_key(signed) == company_key(written)


def test_a_brands_national_arm_named_by_its_country_is_the_brand():
    result = extract(
        sender="Medicusplus Österreich <pflege.wien@medicusplus.at>",
        subject="Ihr Profil als Pflegeassistenz (m/w/d)",
        body=(
            "Hallo Frau Lang,\n\nvielen Dank für Ihre Bewerbung als Pflegeassistenz (m/w/d). Wann passt "
            "Ihnen ein kurzes Telefonat?\n\nBeste Grüße\nIhr Team Pflege\nMedicusplus Österreich GmbH"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Medicusplus"
