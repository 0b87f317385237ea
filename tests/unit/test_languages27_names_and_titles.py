"""Names and titles in French and Spanish mail, by class (invented mail): the post named below ("le
poste suivant :") read from its card's own label, a board's employer with its legal form after a comma.
"""

import pytest

from tests.extraction_support import extract


def test_the_post_named_below_is_read_from_its_card_not_the_word_following():
    result = extract(
        sender='"Ville de Port-Aubin - Emplois" <ne-pas-repondre@taleo.net>',
        subject="Accusé de réception",
        body="Bonjour,\n\nNous accusons réception de votre candidature pour le poste suivant :\n\n"
        "Titre du poste : Technicien(ne) en horticulture\nNuméro de l'affichage : 2026-0042\n\n"
        "Service des ressources humaines\nVille de Port-Aubin",
    )
    assert result.job_title == "Technicien(ne) en horticulture"


@pytest.mark.parametrize(
    "employer",
    ["TALLERES ORTEGA LUNA, S.L.", "Talleres Ortega Luna, S.L.", "Talleres Ortega Luna, SA"],
)
def test_a_boards_employer_with_its_legal_form_after_a_comma_is_the_name_before_it(employer):
    result = extract(
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura a Soldador/a ha sido leída",
        body=f"Hola Pablo,\n\nLa empresa {employer} ha leído tu CV para la "
        "oferta:\n\nSoldador/a\nZaragoza\n\nEstado de tu candidatura: CV leído\n\nInfoJobs",
    )
    assert result.company is not None and result.company.lower() == "talleres ortega luna"
