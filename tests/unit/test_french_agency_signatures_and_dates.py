"""French mail's signatures and dates (invented mail): an agency's recruiter signs her desk after a dash
("Chargée de recrutement – Pôle industrie"), which is no employer; the agency signs with a name holding its
trade ("Intérim & Recrutement"), its branch after a dash; a job board sends the application to an employer
"le 4 mars", whose date is no part of the name.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "desk",
    [
        "Pôle industrie",
        "Secteur BTP",
        "Fonctions support",
        "Pôle tertiaire & santé",
        "Département Logistique",
    ],
)
def test_an_agency_recruiters_desk_after_her_post_is_not_the_employer(desk: str) -> None:
    result = extract(
        sender="Solenne Corbehem <s.corbehem@quillmarsh-interim.fr>",
        subject="Votre candidature – poste de Magasinier cariste H/F",
        body=(
            "Bonjour Monsieur,\n\nNous avons bien reçu votre candidature pour le poste de Magasinier cariste "
            "H/F et nous revenons vers vous très vite.\n\nCordialement,\n\nSolenne Corbehem\n"
            f"Chargée de recrutement – {desk}\nQuillmarsh Intérim & Recrutement\n03 21 00 00 00"
        ),
    )
    assert result.company == "Quillmarsh Intérim & Recrutement"


def test_an_agencys_name_holding_its_trade_is_read_before_its_branch() -> None:
    result = extract(
        sender="Solenne Corbehem <s.corbehem@quillmarsh-interim.fr>",
        subject="Votre candidature – poste de Magasinier cariste H/F",
        body=(
            "Bonjour Monsieur,\n\nNous avons bien reçu votre candidature pour le poste de Magasinier cariste "
            "H/F.\n\nCordialement,\n\nSolenne Corbehem\nConsultante\n"
            "Quillmarsh Intérim & Recrutement – Agence de Béthune Centre\n03 21 00 00 00"
        ),
    )
    assert result.company == "Quillmarsh Intérim & Recrutement"


@pytest.mark.parametrize("date", ["le 4 mars 2026", "le 17/03/2026", "le 2 avril"])
def test_a_boards_sending_date_after_the_employer_is_no_part_of_its_name(date: str) -> None:
    result = extract(
        sender="Indeed <indeedapply@indeed.com>",
        subject="Candidature envoyée : Préparateur de commandes (H/F)",
        body=(
            "Indeed\n\nCandidature envoyée\n\nPréparateur de commandes (H/F)\n"
            "Fromagerie Valdrôme - Arras (62)\n\n"
            f"Les éléments suivants ont été envoyés à Fromagerie Valdrôme {date} :\n• CV\n• Coordonnées"
            "\n\nProchaine étape\nL'employeur examinera votre candidature."
        ),
    )
    assert result.company == "Fromagerie Valdrôme"
