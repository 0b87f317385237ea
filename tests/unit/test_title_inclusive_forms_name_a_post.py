"""A word written in its inclusive form names a person, so a post, whatever its root: German adjectival
nouns ("Beauftragte/r"), a suffix after its hyphen ("Flechter/-in"), Italian "-tore/trice", French with the
middle dot ("Tisserand·e"), as Spanish and Portuguese "-o/a" and "-o(a)" already did. A post whose compound
opens with a department's word ("HR-Verantwortliche/r") is no team signing for an organisation, and a Swiss
posting's "Inserat" is a posting's noun before the quoted post."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Portale Lavoro <noreply@lavoro-sud.ch>",
            "Candidatura inviata: Rilegatore/trice",
            "La tua candidatura è stata inviata.\n\nLegatoria Vassalli – Mendrisio\n",
            "Rilegatore/trice",
            id="italian_tore_trice",
        ),
        pytest.param(
            "Portail Emploi <noreply@emploi-nord.fr>",
            "Candidature envoyée : Tisserand·e",
            "Votre candidature a été envoyée.\n\nAtelier Brévannes – Roubaix\n",
            "Tisserand·e",
            id="french_middle_dot",
        ),
        pytest.param(
            "Jobportal <noreply@jobs-alpin.ch>",
            "Bewerbung gesendet: Korbflechter/-in",
            "Ihre Bewerbung wurde gesendet.\n\nFlechtwerk Urnerboden – Altdorf\n",
            "Korbflechter/-in",
            id="german_suffix_after_hyphen",
        ),
        pytest.param(
            "Jobportal <noreply@jobs-alpin.ch>",
            "Bewerbung gesendet: Lagerverantwortliche/r",
            "Ihre Bewerbung wurde gesendet.\n\nTierpark Gantrisch – Thun\n",
            "Lagerverantwortliche/r",
            id="german_adjectival_noun",
        ),
        pytest.param(
            "Jobportal <noreply@jobs-alpin.ch>",
            "Bewerbung gesendet: IT-Beauftragte/r (50 %)",
            "Ihre Bewerbung wurde gesendet.\n\nIT-Beauftragte/r (50 %)\n"
            "Zahnarztpraxis Quellmatt – 6300 Zug\n",
            "IT-Beauftragte/r",
            id="department_word_opens_the_compound",
        ),
        pytest.param(
            "Ortrun Gisiger <o.gisiger@obermoos.ch>",
            "Ihre Bewerbung",
            "Grüezi Herr Vonlanthen\n\nBesten Dank für Ihre Bewerbung über jobs.ch auf unser Inserat "
            "«Sicherheitsverantwortliche/r Werkhof». Gerne lade ich Sie zu einem Gespräch ein.\n\n"
            "Freundliche Grüsse\nOrtrun Gisiger\nGemeindeverwaltung Obermoos",
            "Sicherheitsverantwortliche/r Werkhof",
            id="swiss_inserat_quotes_the_post",
        ),
    ],
)
def test_inclusive_form_names_the_post(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body=body, subject=subject, sender=sender).job_title == title
