"""Where a post is worked, written after its dash: a school named by its kind's noun, last ("- Vellacombe
Academy", "- Kettering Vale Grammar School") or first as Irish, Spanish and French write it ("- Gaelscoil
Chnoc Ruairí, Drumlassan", "- Colegio San Wenceslao", "- Lycée Aurèle Vintrou, Amiens"), and a town with the
county Irish and British writers add ("- Ballyquarren, Co. Leitrim"): no
part of the post's name, whether a gazetteer knows the town or not. A programme's academy and a county's
council stay. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Ostley Learning Trust <no-reply@ostleytrust.org.uk>",
            "Application outcome",
            "Dear Applicant,\n\nPost: Learning Mentor - Vellacombe Academy\nHours: 30 a week\n\n"
            "Thank you for applying. The panel has not shortlisted you this time.\n\n"
            "HR Team\nOstley Learning Trust\n",
            "Learning Mentor",
        ),
        (
            "Bord Oideachais Recruitment <noreply@boardrecruit.ie>",
            "Competition update",
            "Dear Candidate,\n\nCompetition: Special Needs Assistant - Gaelscoil Chnoc Ruairí, Drumlassan\n\n"
            "Your application for this competition has reached us.\n\n"
            "Human Resources\nLough Carra Education and Training Board\n",
            "Special Needs Assistant",
        ),
        (
            "Red Educativa Valdeoro <empleo@valdeoro.es>",
            "Hemos recibido tu candidatura",
            "Hola Marta,\n\nPuesto: Profesora de Inglés - Colegio San Wenceslao\n\n"
            "Gracias por tu interés. Hemos recibido tu candidatura y la revisaremos pronto.\n\n"
            "Un saludo,\nRed Educativa Valdeoro\n",
            "Profesora de Inglés",
        ),
        (
            "Recrutement Académie <recrutement@ac-exemple.fr>",
            "Votre candidature : Professeur de mathématiques - Lycée Aurèle Vintrou, Amiens",
            "Bonjour,\n\nNous avons bien reçu votre candidature et reviendrons vers vous.\n\n"
            "Cordialement,\nService des ressources humaines\n",
            "Professeur de mathématiques",
        ),
        (
            "Brackenmoor Water <brackenmoor@myworkday.com>",
            "Application received: Plant Operator - Ballyquarren, Co. Leitrim",
            "Dear Aoife,\n\nThank you for applying. We have received your application.\n\n"
            "Talent Acquisition\nBrackenmoor Water\n",
            "Plant Operator",
        ),
    ],
)
def test_the_site_after_the_post_is_no_part_of_it(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title


def test_a_programmes_academy_stays_with_the_post() -> None:
    reading = extract(
        "Hi Sam,\n\nThanks for applying. We have received your application.\n\nTarlowe Insurance\n",
        "Application received: Sales Trainee - Graduate Academy",
        "Tarlowe Insurance <careers@tarloweinsurance.co.uk>",
    )
    assert reading.job_title == "Sales Trainee - Graduate Academy"
