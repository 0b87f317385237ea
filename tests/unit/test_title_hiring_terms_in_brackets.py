"""What a bracket after the post says about the posting, not the post (invented mail): how it is hired (an
agency's "(direct hire)", North America's "(Regular, Full-Time)", Quebec's "(poste régulier)", Brazil's
"(efetivo)", the Dutch "(onbepaalde duur)"), how the search is run ("(confidential search)", "(recherche
confidentielle)", "(ricerca riservata)"), or the posting's own word before its number ("(affichage
SR-2026-0712)", "(oferta 2026-318)", "(Ausschreibung 2026/44)"). The post's name ends before the bracket.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Payroll Coordinator (direct hire)", "Payroll Coordinator"),
        ("Relay Technician (Regular, Full-Time)", "Relay Technician"),
        ("Relay Technician (Regular)", "Relay Technician"),
        ("Conseillère en paie (poste régulier, temps plein)", "Conseillère en paie"),
        ("Analista de Compras (efetivo)", "Analista de Compras"),
        ("Beleidsadviseur Wonen (onbepaalde duur)", "Beleidsadviseur Wonen"),
        ("Principal Engineer (confidential search)", "Principal Engineer"),
        ("Directrice financière (recherche confidentielle)", "Directrice financière"),
        ("Direttore Vendite (ricerca riservata)", "Direttore Vendite"),
        ("Jefa de Operaciones (búsqueda confidencial)", "Jefa de Operaciones"),
        ("Vertriebsleiter (vertrauliche Suche)", "Vertriebsleiter"),
    ],
)
def test_how_the_post_is_hired_or_searched_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Inhalothérapeute (affichage SR-2026-0712)", "Inhalothérapeute", "SR-2026-0712"),
        ("Chargée de projet (offre 55120)", "Chargée de projet", "55120"),
        ("Técnica de Calidad (oferta 2026-318)", "Técnica de Calidad", "2026-318"),
        ("Sachbearbeiter Bauamt (Ausschreibung 2026/44)", "Sachbearbeiter Bauamt", "2026/44"),
    ],
)
def test_the_postings_word_and_number_after_the_title_are_no_part_of_it(
    raw: str, title: str, code: str
) -> None:
    assert clean_title(raw) == (title, code)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Teacher (Regular Education)", "Teacher (Regular Education)"),
        ("Analyst (Direct Hire Programme)", "Analyst (Direct Hire Programme)"),
        ("Chargé de projet (offre de stage)", "Chargé de projet (offre de stage)"),
    ],
)
def test_a_bracket_of_the_posts_own_words_stays(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


def test_an_agencys_interview_card_names_the_post_without_its_hiring_terms():
    result = extract(
        sender="Dana Pruitt <dana.pruitt@ridgelinestaffing.example.com>",
        subject="Interview set - Payroll Coordinator",
        body="Hi Morgan,\n\nThe client wants to meet you.\n\nClient: Calloway Foods\nRole: Payroll "
        "Coordinator (direct hire)\nWhen: Tuesday 3/4, 10:00 am\n\nCall me after!\nDana",
    )
    assert result.job_title == "Payroll Coordinator"


def test_a_french_receipt_names_the_post_without_its_postings_number():
    result = extract(
        sender="Recrutement CISSS <recrutement@cisss-lanaudiere.example.ca>",
        subject="Accusé de réception",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour le poste d'Inhalothérapeute (affichage "
        "SR-2026-0712). Nous communiquerons avec vous si votre profil est retenu.\n\nL'équipe de dotation",
    )
    assert result.job_title == "Inhalothérapeute"
