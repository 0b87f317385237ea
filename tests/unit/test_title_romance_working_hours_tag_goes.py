"""A French, Spanish, Italian or Portuguese posting's shift, working time or assignment length, tagged at
the title's end after a dash or in a bracket, is no part of the post's name ("- Turno de noche", "- Turni
3x8", "(plantão noturno 12x36)", "(équipe du soir)", "- Mission 4 mois"); a shift the name itself holds
stays ("Réceptionniste de nuit")."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "InfoJobs <noreply@infojobs.net>",
            "Has enviado tu candidatura a Mozo/a de Almacén - Turno de noche",
            "Tu candidatura se ha enviado correctamente.\n\nMozo/a de Almacén - Turno de noche\n"
            "Logística Carrizal S.L.\nZaragoza · Presencial\n",
            "Mozo/a de Almacén",
            id="spanish_board_shift_after_dash",
        ),
        pytest.param(
            "Selezione Plastiche Varesine <jobs@plastichevaresine.example>",
            "Candidatura ricevuta: Operatore/trice di linea - Turni 3x8",
            "Gentile Ottavio,\n\nabbiamo ricevuto la tua candidatura per Operatore/trice di linea - "
            "Turni 3x8. Ti contatteremo a breve.\n\nUfficio Personale\nPlastiche Varesine S.r.l.",
            "Operatore/trice di linea",
            id="italian_rota_after_dash",
        ),
        pytest.param(
            "Hospital Vale do Ipezal <rh@hvipezal.example>",
            "Candidatura recebida",
            "Olá Jurema,\n\nRecebemos sua candidatura para a vaga de Técnico(a) de Enfermagem (plantão "
            "noturno 12x36). Em breve entraremos em contato.\n\nEquipe de Gente\nHospital Vale do Ipezal",
            "Técnico(a) de Enfermagem",
            id="brazilian_duty_in_brackets",
        ),
        pytest.param(
            "Entrepôts Vauclusiens <recrutement@entrepots-vauclusiens.example>",
            "Votre candidature",
            "Bonjour Loïc,\n\nNous avons bien reçu votre candidature au poste de Préparateur de "
            "commandes H/F (équipe du soir) et vous en remercions.\n\nService RH\nEntrepôts Vauclusiens",
            "Préparateur de commandes H/F",
            id="french_team_shift_in_brackets",
        ),
        pytest.param(
            "Intérim Alpilles <agence@interim-alpilles.example>",
            "Votre candidature : Magasinier cariste H/F - Mission 4 mois",
            "Bonjour Loïc,\n\nVotre candidature pour Magasinier cariste H/F - Mission 4 mois a bien été "
            "reçue.\n\nL'agence Intérim Alpilles",
            "Magasinier cariste H/F",
            id="french_assignment_length",
        ),
    ],
)
def test_a_romance_working_hours_tag_is_no_part_of_the_title(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title


def test_a_shift_the_posts_name_holds_stays():
    got = extract(
        sender="Hôtel des Tanneurs <rh@hotel-tanneurs.example>",
        subject="Votre candidature : Veilleur de nuit (H/F)",
        body="Bonjour,\n\nNous avons bien reçu votre candidature au poste de Veilleur de nuit (H/F).\n\n"
        "Hôtel des Tanneurs",
    )
    assert got.job_title == "Veilleur de nuit (H/F)"
