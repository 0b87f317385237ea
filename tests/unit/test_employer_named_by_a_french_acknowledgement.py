"""A French acknowledgement names the employer in two ways a person reads at once (invented mail): the
organisation as the subject of "accuse réception de votre candidature" (a hospital's or a firm's HR
system writing in its name), and a board's line naming the employer in capitals, whose small joining words
a person writes in lowercase ("SOCIÉTÉ DES EAUX DU LITTORAL" is "Société des Eaux du Littoral")."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.brand_names import person_case


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "Le Centre hospitalier de Valmont accuse réception de votre candidature.",
            "Centre hospitalier de Valmont",
        ),
        ("Menuiserie Garnier accuse bonne réception de votre candidature.", "Menuiserie Garnier"),
        ("Brasserie Lemoine accuse réception de ta candidature et te remercie.", "Brasserie Lemoine"),
    ],
)
def test_the_organisation_acknowledging_the_application_is_the_employer(sentence, employer):
    body = "\n".join(["Madame, Monsieur,", "", sentence, "", "Le service des ressources humaines"])
    reading = extract(sender="Recrutement <noreply@recrutement-rh.example>", subject="Candidature", body=body)
    assert reading.company == employer


@pytest.mark.parametrize(
    ("capitals", "person"),
    [
        ("SOCIÉTÉ DES EAUX DU LITTORAL", "Société des Eaux du Littoral"),
        ("MAISON DU CAFÉ DE LA GARE", "Maison du Café de la Gare"),
        ("GARAGE DU CENTRE ET FILS", "Garage du Centre et Fils"),
        ("BÄCKEREI VON HOLTEN UND SOHN", "Bäckerei von Holten und Sohn"),
    ],
)
def test_a_name_in_capitals_keeps_its_joining_words_small(capitals, person):
    assert person_case(capitals) == person
