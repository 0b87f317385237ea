"""The news about the application written as a title's last segment in capitalised nouns (its state, result,
evaluation or next steps, with the small words between them and a year) is no part of the post's name, in
every language read; a team's one noun after a dash stays. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_news_segments import without_news_segment


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Hafenlogistik Recruiting <jobs@hafenlogistik.example>",
            "Ihre Bewerbung als Lagerleiter (m/w/d) – Zwischenstand zum Auswahlverfahren",
            "Sehr geehrter Herr Brandt,\n\nwir möchten Sie über den Zwischenstand informieren: Ihre "
            "Unterlagen liegen der Fachabteilung noch vor. Wir melden uns bald.\n\nIhr Team",
            "Lagerleiter (m/w/d)",
            id="de",
        ),
        pytest.param(
            "Groupe Valmont <recrutement@groupe-valmont.example>",
            "Votre candidature : Comptable senior – Résultats de l'évaluation",
            "Bonjour Léa,\n\nMerci d'avoir complété les tests en ligne. Vos résultats sont transmis à "
            "l'équipe, qui reviendra vers vous sous dix jours.\n\nL'équipe recrutement",
            "Comptable senior",
            id="fr",
        ),
        pytest.param(
            "Corbridge Foods <careers@corbridge-foods.example>",
            "Your application: Operations Graduate – Outcome of the Process",
            "Dear Priya,\n\nThank you for your patience. Unfortunately we will not be progressing your "
            "application further.\n\nCorbridge Careers",
            "Operations Graduate",
            id="en",
        ),
        pytest.param(
            "Grupo Talavera <empleo@grupo-talavera.example>",
            "Tu candidatura: Técnico de Calidad – Resultado del proceso",
            "Hola Andrés,\n\nGracias por participar. Lamentamos comunicarte que no continuarás en el proceso "
            "de selección.\n\nEquipo de Selección",
            "Técnico de Calidad",
            id="es",
        ),
        pytest.param(
            "Bouwgroep Meerstede <vacatures@meerstede.example>",
            "Je sollicitatie: Projectleider Utiliteitsbouw – Stand van zaken procedure",
            "Beste Daan,\n\nWe hebben je sollicitatie goed ontvangen en laten je binnen twee weken weten of "
            "je door bent naar de volgende ronde.\n\nTeam HR",
            "Projectleider Utiliteitsbouw",
            id="nl",
        ),
        pytest.param(
            "Moda Lucente <selezione@moda-lucente.example>",
            "La tua candidatura: Addetto Vendite – Esito della valutazione",
            "Ciao Marco,\n\nti ringraziamo per aver svolto il test. Purtroppo non proseguiremo con la tua "
            "candidatura.\n\nTeam HR",
            "Addetto Vendite",
            id="it",
        ),
    ],
)
def test_the_news_segment_after_the_post_is_cut(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(sender=sender, subject=subject, body=body).job_title == title


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("Assessment Designer – Evaluation 2027", "Assessment Designer"),
        ("Field Technician Application Next Steps", "Field Technician"),
        ("Engineer - Process", "Engineer - Process"),
        ("Information Security Analyst", "Information Security Analyst"),
        ("Application Developer", "Application Developer"),
        ("Chargée de suivi – Clients", "Chargée de suivi – Clients"),
    ],
)
def test_only_a_segment_made_of_the_news_is_cut(title: str, cut: str) -> None:
    assert without_news_segment(title) == cut
