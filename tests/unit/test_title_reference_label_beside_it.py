"""A posting's reference, labelled as one, is no part of the title wherever it stands: in square brackets as
in round ones, its label hyphenated ("[Job-ID 7731]", "(Job-ID 5318)"), or before the title with no dash
between, as the label already says what the code is ("Kennziffer 17/2026 Referent*in"); a label whose code a
sentence's full stop cut off leaves no open bracket behind ("X [Rif. 2026/14]")."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Kreiswerke Ohmtal <bewerbung@kreiswerke-ohmtal.de>",
            "Ihre Bewerbung – Kennziffer 31/2026 Referent*in Klimaanpassung",
            "Sehr geehrte Frau Quandel,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen "
            "erhalten und melden uns nach Ablauf der Frist.\n\nMit freundlichen Grüßen\nPersonalamt",
            "Referent*in Klimaanpassung",
        ),
        (
            "Fondazione Lanterna Blu <selezione@lanternablu.it>",
            "Candidatura ricevuta",
            "Gentile Ottavio,\n\nabbiamo ricevuto la tua candidatura per la posizione di Addetta Accoglienza "
            "Ospiti [Rif. 2026/14] e la valuteremo con attenzione.\n\nUfficio Selezione",
            "Addetta Accoglienza Ospiti",
        ),
        (
            "Grupo Albardán <empleo@albardan.es>",
            "Candidatura recibida",
            "Hola Eusebio,\n\nHemos recibido tu candidatura para el puesto de Técnico/a de Mantenimiento "
            "(Job-ID 4471). Te contactaremos pronto.\n\nSaludos,\nEquipo de Personas",
            "Técnico/a de Mantenimiento",
        ),
        (
            "Velaris Robotik <noreply@jobs.velaris-robotik.de>",
            "Eingangsbestätigung",
            "Hallo Tjorven,\n\nwir haben Ihre Bewerbung für die Position Steuerungstechniker (m/w/d) "
            "[Job-ID 8842] erfolgreich erhalten.\n\nIhr Recruiting-Team",
            "Steuerungstechniker (m/w/d)",
        ),
        (
            "Quillmore Insurance <careers@quillmore-insurance.com>",
            "Application received",
            "Hi Perpetua,\n\nThank you for applying for Claims Data Analyst (Job-ID 60417). Our team will "
            "review your application.\n\nQuillmore Talent",
            "Claims Data Analyst",
        ),
        (
            "Maison Ardoisière <recrutement@maison-ardoisiere.fr>",
            "Votre candidature",
            "Bonjour Gaspard,\n\nNous avons bien reçu votre candidature au poste de Chef·fe de rang "
            "[Réf. 2026-118]. Nous reviendrons vers vous rapidement.\n\nL'équipe RH",
            "Chef·fe de rang",
        ),
    ],
)
def test_the_labelled_reference_is_cut(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title


def test_a_number_the_title_holds_stays() -> None:
    # No label before the number: "Mechatroniker 4.0" names the post with it.
    body = "Hallo Enno,\n\nvielen Dank für Ihre Bewerbung als Mechatroniker 4.0 Fertigung.\n\nIhr Team"
    assert (
        extract(body, "Bewerbung erhalten", "Holmgart <jobs@holmgart.de>").job_title
        == "Mechatroniker 4.0 Fertigung"
    )
