"""An acknowledgement names the employer in two ways a person reads at once (invented mail): the
organisation as the subject of its verb, "accuse réception de votre candidature", "hat Ihre Bewerbung
erhalten", "heeft je sollicitatie ontvangen", "bedankt sich für Ihre Bewerbung", "vous remercie pour votre
candidature" (an HR system writing in its name), or inviting ("möchte Sie zu einem Gespräch einladen");
and a board's line naming the employer in capitals, whose small joining words a person writes in
lowercase ("SOCIÉTÉ DES EAUX DU LITTORAL" is "Société des Eaux du Littoral")."""

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
        ("Menuiserie Garnier vous remercie pour votre candidature.", "Menuiserie Garnier"),
        ("Die Stadtwerke Elmau haben Ihre Bewerbung erhalten.", "Stadtwerke Elmau"),
        ("Brauerei Lindner bedankt sich für Ihre Bewerbung.", "Brauerei Lindner"),
        ("Brauerei Lindner möchte Sie gern zu einem Gespräch am Montag einladen.", "Brauerei Lindner"),
        ("Bouwbedrijf Kamp heeft je sollicitatie in goede orde ontvangen.", "Bouwbedrijf Kamp"),
        ("Bouwbedrijf Kamp bedankt je voor je sollicitatie.", "Bouwbedrijf Kamp"),
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
