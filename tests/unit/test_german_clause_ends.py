"""A German post read after "als" or its noun ends where the sentence goes on in lowercase words that
stand before no noun (invented mail); the post's own small words and adjectives stay.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # An ATS's notice: the sentence's verb after the post.
        (
            "Feldmark Analytik GmbH <noreply@feldmark.jobportal-neo.de>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Guten Tag Frau Esslinger,\n\nzu Ihrer Bewerbung als Chemielaborant (m/w/d) Wasseranalytik liegt "
            "eine neue Mitteilung vor.\n\nIhr Team von Feldmark Analytik",
            "Chemielaborant (m/w/d) Wasseranalytik",
        ),
        # A nursery's head confirming a withdrawal: a prepositional phrase, then its verb.
        (
            "Kinderhaus Sonnwiese <leitung@kinderhaus-sonnwiese.de>",
            "AW: Bewerbung",
            "Liebe Frau Tornow,\n\nwir haben Ihre Bewerbung als Kinderpfleger*in wie besprochen aus unserer "
            "Auswahl genommen. Alles Gute!\n\nHerzliche Grüße\nUte Brammer",
            "Kinderpfleger*in",
        ),
        # A tax office's rejection: the relative clause's verb, last.
        (
            "Steuerbüro Quellmalz <karriere@quellmalz-stb.de>",
            "Ihre Bewerbung bei uns",
            "Sehr geehrter Herr Zwirchmayr,\n\nvielen Dank für die Mühe, mit der Sie Ihre Bewerbung als "
            "Bilanzbuchhalter so sorgfältig vorbereitet haben. Leider haben wir uns anders entschieden.\n\n"
            "Mit freundlichen Grüßen\nSteuerbüro Quellmalz",
            "Bilanzbuchhalter",
        ),
        # A hospital in Austria: an adverb, then the verb.
        (
            "Klinikum Rabenfeld <personal@klinikum-rabenfeld.at>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Holzner,\n\nIhre Bewerbung als Diätologin (w/m/d) liegt uns seit heute "
            "vor und wird nun geprüft.\n\nPersonalabteilung\nKlinikum Rabenfeld",
            "Diätologin (w/m/d)",
        ),
    ],
)
def test_a_german_post_ends_where_the_sentence_goes_on(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


@pytest.mark.parametrize(
    "title",
    [
        "Mitarbeiter*in im technischen Kundendienst",
        "Fachkraft für kaufmännische Aufgaben",
        "Head of Procurement",
        "Elektroniker für Energie- und Gebäudetechnik",
        "Lehrkraft für die Klassen 1 bis 4",
    ],
)
def test_a_german_posts_own_lowercase_words_stay(title: str) -> None:
    body = (
        f"Guten Tag Herr Wenning,\n\nvielen Dank für Ihre Bewerbung als {title}.\n\n"
        "Ihr Personalteam\nBrackwede Logistik GmbH"
    )
    result = extract(body, "Ihre Bewerbung", "Brackwede Logistik GmbH <jobs@brackwede-logistik.de>")
    assert result.job_title == title
