"""A title's two forms share one key (tracker/title_keys.py): each pattern that takes a form's mark or ending
off is built from the marks and endings title_key asks first, so the quick test and the pattern cannot
drift."""

from __future__ import annotations

import random

import pytest

from tracker import title_keys
from tracker.names import title_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Pfleger/in", "Pfleger"),
        ("Pfleger*innen", "Pfleger"),
        ("Pfleger:in", "Pfleger"),
        ("Pfleger_in", "Pfleger"),
        ("Pfleger(in)", "Pfleger"),
        ("Krankenpflegerin", "Krankenpfleger"),
        ("Zahnärztin", "Zahnarzt"),
        ("Pharmazeutin", "Pharmazeut"),
        ("Pflegefachfrau/-mann", "Pflegefachmann"),
        ("Chargé·e de clientèle", "Chargé de clientèle"),
        ("Technicien.ne", "Technicien"),
        ("Technicienne", "Technicien"),
        ("Conseillère", "Conseiller"),
        ("Directrice", "Directeur"),
        ("Vendeuse", "Vendeur"),
        ("Assistante", "Assistant"),
    ],
)
def test_a_titles_two_forms_share_one_key(one: str, other: str) -> None:
    assert title_key(one) == title_key(other)


@pytest.mark.parametrize("title", ["Admin", "Berlin Sales Lead", "Marketing Manager", "Chef de rang"])
def test_a_title_without_a_feminine_form_keeps_its_ending(title: str) -> None:
    assert title_key(title).split()[-1] in title.lower()


def test_every_match_holds_what_title_key_asks_first() -> None:
    letters = "aeinrstzm/*:_()·•.-éèiu ÄÖÜ"
    rng = random.Random(23)
    for _ in range(3000):
        title = "".join(rng.choice(letters) for _ in range(rng.randint(3, 16)))
        if title_keys._BOTH_FORMS.search(title):
            assert any(mark in title for mark in title_keys._BOTH_FORMS_MARKS), title
        if title_keys._FEMININE_ENDING.search(title):
            assert any(ending in title for ending in title_keys._FEMININE_ENDINGS), title
        if title_keys._FRENCH_BOTH_FORMS.search(title):
            assert any(mark in title for mark in title_keys._FRENCH_MARKS), title
        if title_keys._FRENCH_FEMININE.search(title):
            assert any(written in title for written in title_keys._FRENCH_FEMININE_WRITTEN), title
