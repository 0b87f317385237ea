"""A board's alert read as an alert in every language: a subject choosing jobs for the reader ("Empleos para
ti", "Vacatures voor jou", "Actively recruiting") and an alert's own mailbox ("alertes@", "alertas@",
"avvisi@") over a plain-text list of jobs without the board's usual layout."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Boletín de empleo <ofertas@empleos.example>", "Empleos para ti en Sevilla"),
        ("Werkbord <info@werkbord.example>", "Nieuwe vacatures voor jou"),
        ("Vagas Hoje <contato@vagashoje.example>", "Vagas recomendadas para você"),
        ("Annunci Lavoro <info@annunci.example>", "Offerte di lavoro selezionate per te"),
        ("Emploi Plus <infos@emploiplus.example>", "Des offres pour vous à Nantes"),
        ("Jobbörse <info@jobboerse.example>", "Passende Stellen für Sie"),
        ("Board Jobs", "Senior Buyer role at Ferncastle: Actively recruiting"),
    ],
)
def test_a_subject_choosing_jobs_for_the_reader_is_an_alert(sender: str, subject: str) -> None:
    assert extract(subject=subject, sender=sender).kind is Kind.JOB_ALERT


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Empleo Hoy <alertas@empleohoy.example>",
            "Auxiliar administrativo",
            "Auxiliar administrativo - Sevilla\nRecepcionista - Dos Hermanas\n\nVer más",
        ),
        (
            "Emploi Plus <alertes@emploiplus.example>",
            "Assistant comptable",
            "Assistant comptable H/F - Nantes\nComptable H/F - Rezé\n\nVoir plus d'offres",
        ),
        (
            "Lavoro Oggi <avvisi@lavorooggi.example>",
            "Magazziniere",
            "Magazziniere - Verona\nCarrellista - Padova\n\nNuove offerte ogni giorno",
        ),
    ],
)
def test_a_plain_list_of_jobs_from_an_alerts_mailbox_is_an_alert(
    sender: str, subject: str, body: str
) -> None:
    assert extract(body=body, subject=subject, sender=sender).kind is Kind.JOB_ALERT
