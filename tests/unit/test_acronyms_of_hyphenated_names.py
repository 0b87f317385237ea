"""An ATS sends under the employer's acronym ("AMCL Recrutement") while the letter writes the name in full.
French, German and Dutch names join two words with a hyphen ("Centre-Loire", "Rhein-Main", "Oost-Vlaanderen")
and the acronym takes an initial from each: the employer is the name written in full. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        pytest.param(
            '"MRVL Recrutement" <ne-pas-repondre@mrvl.example>',
            "Madame, Monsieur,\n\nNous vous remercions de l'intérêt que vous portez à la Mutuelle Régionale "
            "du Val-de-Loire. Nous sommes au regret de vous informer que nous ne pouvons donner une suite "
            "favorable à votre candidature.\n\nLa Direction des Ressources Humaines\nMutuelle Régionale du "
            "Val-de-Loire",
            "Mutuelle Régionale du Val-de-Loire",
            id="fr-two-hyphens",
        ),
        pytest.param(
            '"VBRM Karriere" <noreply@vbrm.example>',
            "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihr Interesse an der Volksbank Rhein-Main. Leider "
            "müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\n"
            "Mit freundlichen Grüßen\nIhre Volksbank Rhein-Main",
            "Volksbank Rhein-Main",
            id="de-one-hyphen",
        ),
    ],
)
def test_the_acronym_stands_for_the_hyphenated_name_written_in_full(sender, body, employer):
    reading = extract(body=body, subject="Votre candidature / Ihre Bewerbung", sender=sender)
    assert reading.status is Status.REJECTED
    assert reading.company == employer
