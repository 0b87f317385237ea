"""A posting's number before the post in a subject, a public body's file number standing alone, and the board
an application went through (invented mail): "Affichage 2026-12 – X", "Concours n° 7 – X", "Vacaturenummer
2026-031: X" name the post after the number; "Ihre Bewerbung – Az. 11-204/2026" names no post, only the file
its application is kept under; "Je sollicitatie via <board> - X" names the post after the board.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _title(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).job_title


_TOWN_FR = "Municipalité de Val-Brûlé <emplois@valbrule.qc.ca>"
_TOWN_NL = "Gemeente Lindenveld <werving@lindenveld.nl>"
_TOWN_DE = "Gemeinde Obernau Personalstelle <personal@obernau.de>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            _TOWN_FR,
            "Affichage 2026-19 – Préposé(e) aux parcs et espaces verts",
            "Bonjour,\n\nNous accusons réception de votre candidature pour l'affichage en objet.\n\n"
            "Service des ressources humaines",
            "Préposé(e) aux parcs et espaces verts",
        ),
        (
            _TOWN_FR,
            "Poste 2026-08 : Commis aux comptes payables",
            "Bonjour,\n\nNous avons bien reçu votre candidature et vous en remercions.\n\n"
            "Service des ressources humaines",
            "Commis aux comptes payables",
        ),
        (
            _TOWN_NL,
            "Vacaturenummer 2026-044: Toezichthouder Openbare Ruimte",
            "Beste Femke,\n\nBedankt voor je sollicitatie. We laten je binnen twee weken weten of je door "
            "bent.\n\nMet vriendelijke groet,\nTeam HR",
            "Toezichthouder Openbare Ruimte",
        ),
    ],
)
def test_the_post_after_a_postings_number_is_read(sender: str, subject: str, body: str, title: str) -> None:
    assert _title(sender, subject, body) == title


@pytest.mark.parametrize("file_number", ["Az. 31-118/2026", "GZ 2026/207", "Zl. VB-22/2026"])
def test_a_file_number_in_the_subject_is_no_title(file_number: str) -> None:
    body = (
        "Sehr geehrter Herr Winkler,\n\nvielen Dank für Ihre Bewerbung. Nach Ende der Bewerbungsfrist melden "
        "wir uns bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalstelle"
    )
    assert _title(_TOWN_DE, f"Ihre Bewerbung – {file_number}", body) is None


@pytest.mark.parametrize("text", ["Az. 31-118/2026", "GZ 2026/207", "Zl. VB-22/2026"])
def test_a_labelled_file_number_is_a_code(text: str) -> None:
    assert is_requisition_code(text)


@pytest.mark.parametrize("text", ["Koch 1", "IT 2026", "Dr. Mayer", "Bau 3", "HR Business Partner"])
def test_a_short_word_before_a_number_is_no_file_number(text: str) -> None:
    assert not is_requisition_code(text)


@pytest.mark.parametrize(
    "subject",
    [
        "Je sollicitatie via Vacaturepunt - Medewerker Debiteurenbeheer",
        "Bewerbung via Jobwelt – Medewerker Debiteurenbeheer",
    ],
)
def test_the_board_an_application_went_through_is_no_part_of_the_post(subject: str) -> None:
    body = "Dag Joris,\n\nBedankt voor je sollicitatie. We bekijken je cv deze week.\n\nGroeten,\nTeam HR"
    assert _title(_TOWN_NL, subject, body) == "Medewerker Debiteurenbeheer"
