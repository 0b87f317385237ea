"""A sentence opening on an organisation writes its article before the organisation's kind (invented mail):
"Die Brauerei Lindner hat Ihre Bewerbung erhalten", "La Clinique Saint-Roch vous invite", "Het Ziekenhuis
Oosterlanden heeft". The article is the sentence's: a person writes "Brauerei Lindner" in a tracker. A name
of two words whose article is its own ("La Poste", "De Lijn") keeps it."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.name_reading import finish_name


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        (
            "Bewerbermanagement <jobs@bewerbung-portal.example>",
            "Guten Tag Herr Brandt,\n\nDie Brauerei Lindner hat Ihre Bewerbung erhalten.",
            "Brauerei Lindner",
        ),
        (
            "Recrutement <noreply@recrutement-rh.example>",
            "Bonjour,\n\nLa Clinique Saint-Roch vous invite à un entretien le 3 mars à 10h.",
            "Clinique Saint-Roch",
        ),
    ],
)
def test_a_sentences_article_is_not_the_employers(sender, body, employer):
    assert extract(sender=sender, subject="Candidature", body=body).company == employer


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Het", "Ziekenhuis", "Oosterlanden"], "Ziekenhuis Oosterlanden"),
        (["Die", "Stadtwerke", "Elmau"], "Stadtwerke Elmau"),
        (["La", "Poste"], "La Poste"),
        (["De", "Lijn"], "De Lijn"),
        (["De", "Vries", "Bouw"], "De Vries Bouw"),
    ],
)
def test_only_an_article_before_an_organisations_kind_is_left_off(words, name):
    assert finish_name(words) == name
