"""Dutch and German close the sentence naming the post with its participle: "Ik heb je sollicitatie voor
de functie X ingetrokken", "Wir haben Ihre Bewerbung als X weitergeleitet". A separable verb's particle
stands before its "ge" and Dutch's weak participle ends in "-d": the title ends before it
(word_lists.toml `title_clause_openers`)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "m.terpstra@zorggroep-wadmeer.nl",
            "RE: Sollicitatie",
            "Hoi Femke,\n\nJammer, maar begrijpelijk. Ik heb je sollicitatie voor de functie "
            "Doktersassistent "
            "Spoedpost ingetrokken en je gegevens verwijderd.\n\nHartelijke groet,\nMarijke Terpstra\n"
            "Zorggroep Wadmeer",
            "Doktersassistent Spoedpost",
            id="dutch-person-withdrawal-told-back",
        ),
        pytest.param(
            "jobs@drukkerij-vanoudenhove.be",
            "Je kandidatuur",
            "Dag Wout,\n\nWe hebben je kandidatuur voor de functie Operator Offsetpers doorgestuurd. "
            "Je hoort "
            "snel van ons.\n\nMet vriendelijke groeten,\nLiesbet Van Oudenhove\nDrukkerij Van Oudenhove",
            "Operator Offsetpers",
            id="flemish-weak-participle-in-d",
        ),
        pytest.param(
            "hr@tegelhandel-brouwersdijk.nl",
            "Uw sollicitatie",
            "Beste heer Kaldenbach,\n\nOp uw verzoek hebben wij uw sollicitatie voor de functie Verkoper "
            "Buitendienst Tegels ingetrokken.\n\nMet vriendelijke groet,\nTegelhandel Brouwersdijk",
            "Verkoper Buitendienst Tegels",
            id="dutch-formal-letter",
        ),
        # German read these before as after (controls of the same clause).
        pytest.param(
            "personal@kaeserei-hollweidt.de",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Brunnhuber,\n\nwir haben Ihre Bewerbung als Milchtechnologin Käsefertigung "
            "weitergeleitet und melden uns in Kürze.\n\nMit freundlichen Grüßen\nGerlinde Hollweidt\n"
            "Käserei Hollweidt GmbH",
            "Milchtechnologin Käsefertigung",
            id="german-separable-participle",
        ),
        pytest.param(
            "bewerbung@stadtwerke-ilmenbrueck.de",
            "Ihre Bewerbung",
            "Sehr geehrter Herr Oyelaran,\n\nhiermit bestätigen wir, dass wir Ihre Bewerbung für die Stelle "
            "Netzmonteur Fernwärme zurückgezogen haben, wie von Ihnen gewünscht.\n\nMit freundlichen Grüßen\n"
            "Stadtwerke Ilmenbrück",
            "Netzmonteur Fernwärme",
            id="german-participle-before-auxiliary",
        ),
    ],
)
def test_the_participle_closing_the_sentence_is_no_part_of_the_title(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title
