"""A German or Dutch sentence carries on after the post by a preposition before an indefinite article, a
possessive or a pronoun ("als X mit einer Wochenarbeitszeit von ...", "als X met een contract van ..."), or
names the season it is for by its time word ("für die nächste Saison"): the post ends before them, as the
Romance languages' "en nuestra", "au sein de", "presso il nostro" already ended it."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Zinnwerk Haubold <hr@zinnwerk-haubold.de>",
            "Arbeitsvertrag",
            "Sehr geehrte Frau Ilg,\n\nanbei Ihr Arbeitsvertrag für die Stelle als Zinngießerin mit einer "
            "Wochenarbeitszeit von 30 Stunden.\n\nMit freundlichen Grüßen\nZinnwerk Haubold",
            "Zinngießerin",
            id="german_mit_einer",
        ),
        pytest.param(
            "Glasatelier Voskuijlen <hr@voskuijlen-glas.nl>",
            "Je contract",
            "Beste Ilse,\n\nwe willen je graag aannemen als Glasblazer met een contract van 32 uur.\n\n"
            "Groeten\nGlasatelier Voskuijlen",
            "Glasblazer",
            id="dutch_met_een",
        ),
        pytest.param(
            "Alpkäserei Furggel <info@furggel.ch>",
            "Ihre Bewerbung",
            "Grüezi Frau Tschudi,\n\ngerne bieten wir Ihnen die Stelle als Käserin für die nächste Alpsaison "
            "an.\n\nFreundliche Grüsse\nAlpkäserei Furggel",
            "Käserin",
            id="swiss_german_season_by_its_time_word",
        ),
        pytest.param(
            "Glashütte Rabenfels <personal@rabenfels-glas.de>",
            "Ihr Vertrag",
            "Liebe Frau Ostertag,\n\nwir möchten Sie gerne als Glasbläserin mit einem Pensum von 80 % "
            "bei uns einstellen.\n\nHerzliche Grüße\nGlashütte Rabenfels",
            "Glasbläserin",
            id="german_mit_einem_workload",
        ),
    ],
)
def test_post_ends_where_the_sentence_goes_on(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body=body, subject=subject, sender=sender).job_title == title
