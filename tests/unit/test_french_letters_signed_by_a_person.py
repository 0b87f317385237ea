"""A French letter signed by a person for her organisation (invented mail): its formal close ("Recevez,
Madame, mes salutations distinguées") opens the signature as "Cordialement" does, so a person writing from her
organisation's shared mailbox is no employer; nor is one writing from a free mail mailbox her practice's
name spells; a reference after the subject's dash ("Réf. RH-2026-031") names nobody.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "close",
    [
        "Cordialement,",
        "Recevez, Monsieur, mes salutations distinguées.",
        "Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.",
        "Je vous prie d'agréer, Monsieur, mes sincères salutations.",
    ],
)
def test_a_hospitals_recruiter_closing_a_letter_from_its_shared_mailbox_is_no_employer(close: str) -> None:
    result = extract(
        sender="Ombeline Sarrazac <recrutement@ght-ostrevent.fr>",
        subject="Convocation – jury de recrutement – Réf. RH-2026-031",
        body=(
            "Monsieur,\n\nSuite à l'examen des dossiers, votre candidature au poste de technicien biomédical "
            "(réf. RH-2026-031) a été retenue. Vous êtes convoqué à un entretien devant le jury le :\n\n"
            "mardi 12 mai 2026 à 10h\nCentre Hospitalier de Vaubrecourt – Bâtiment B, salle 4\n\n"
            f"{close}\n\nOmbeline Sarrazac\nAdjointe des cadres hospitaliers – Recrutement\n"
            "Centre Hospitalier de Vaubrecourt\nTél. : 03 00 00 00 00"
        ),
    )
    assert result.company == "Centre Hospitalier de Vaubrecourt"


def test_a_person_writing_from_a_free_mailbox_her_practice_spells_is_no_employer() -> None:
    result = extract(
        sender="Dr Aurélie Quesnoy-Batbedat <cabinet.veterinaire.orvanne@orange.fr>",
        subject="Re: Candidature – poste d'auxiliaire spécialisée vétérinaire",
        body=(
            "Bonjour Madame,\n\nMerci pour votre candidature au poste d'auxiliaire spécialisée vétérinaire. "
            "Pourriez-vous passer au cabinet jeudi à 18h pour un entretien ?\n\nCordialement,\n\n"
            "Dr Aurélie Quesnoy-Batbedat\nCabinet vétérinaire de l'Orvanne\n4 place du Marché, 62000 Arras"
        ),
    )
    assert result.company == "Cabinet vétérinaire de l'Orvanne"
