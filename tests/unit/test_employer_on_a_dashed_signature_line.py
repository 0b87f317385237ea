"""A signature's organisation line of two parts a dash sets apart names the organisation by one part: the
name an acronym before the dash shortens ("SFL – Scierie Fontaine Leduc S.A."), the name before a branch
("Flexwerk Uitzendbureau – kantoor Hasselt") or before its trade ("Maison Dulac – Chocolaterie
Confiserie"). Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.dashed_organisations import dash_parted


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("SFL – Scierie Fontaine Leduc", "Scierie Fontaine Leduc"),
        ("Flexwerk Uitzendbureau – kantoor Hasselt", "Flexwerk Uitzendbureau"),
        ("Lavoro Sud – filiale di Bari", "Lavoro Sud"),
        ("Maison Dulac – Chocolaterie Confiserie", "Maison Dulac"),
        ("Bäckerei Kornfeld - Niederlassung Graz", "Bäckerei Kornfeld"),
        # A person's name before the dash is no organisation's; one part alone is the line.
        ("Claire Dulac – Chocolaterie Confiserie", "Claire Dulac – Chocolaterie Confiserie"),
        ("Maison Dulac", "Maison Dulac"),
    ],
)
def test_the_part_of_a_dashed_line_naming_the_organisation(line, organisation):
    assert dash_parted(line) == organisation


def test_a_french_shops_signature_names_the_shop_not_its_trade():
    result = extract(
        "Bonjour Inès,\n\nMerci pour votre candidature au poste de vendeuse. Pourriez-vous passer jeudi "
        "à 10h pour un entretien ?\n\nBien à vous,\nClaire Dulac\nMaison Dulac – Chocolaterie Confiserie\n"
        "4 rue des Halles, Quimper",
        "Votre candidature",
        "Claire Dulac <claire.dulac@laposte.net>",
    )
    assert result.company == "Maison Dulac"


def test_a_tunisian_firms_acronym_before_its_name_gives_the_name():
    result = extract(
        "Madame,\n\nSuite à votre candidature au poste de technicien de maintenance, nous avons le plaisir "
        "de vous convier à un entretien le mardi 9 juin à 10h.\n\nCordialement,\n\nDirection des Ressources "
        "Humaines\nSFL – Scierie Fontaine Leduc S.A.\nZone industrielle, Bizerte",
        "Convocation à un entretien",
        '"Scierie Fontaine Leduc - RH" <rh@sfl-bizerte.com.tn>',
    )
    assert result.company == "Scierie Fontaine Leduc"
