"""What a step's subject writes after the post is no part of it (invented mail): when it meets, in brackets
("X (Wed 2pm)", "X (jeu. 14 h)", "X (Di, 10 Uhr)"), whom it meets in a calendar's event name ("X met Femke
Dijkhuis op woensdag", "X mit Jonas Wendt am Dienstag", "X avec Julie Marchal"), and a portal's news in the
plural after the dash ("X - Novedades", "X – Neuigkeiten").
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Kind

_MAILS = [
    dict(
        sender="Corin Achterberg <corin.achterberg@brightmoor-search.com>",
        subject="Interview confirmed – Harrowgate Bank – Treasury Analyst (Wed 2pm)",
        body="Hi Olwen,\n\nGreat news: the client would like to meet you on Wednesday at 2pm at their "
        "office. Please bring photo ID.\n\nBest,\nCorin",
        title="Treasury Analyst",
    ),
    dict(
        sender="Corin Achterberg <corin.achterberg@brightmoor-search.com>",
        subject="Entretien confirmé – Maison Véronnet – Chargée de projet digital (jeu. 14 h)",
        body="Bonjour Clothilde,\n\nBonne nouvelle : le client souhaite vous rencontrer jeudi à 14 h dans "
        "ses bureaux.\n\nBien à vous,\nCorin",
        title="Chargée de projet digital",
    ),
    dict(
        sender="Calendly <notifications@calendly.com>",
        subject="Bevestigd: Eerste gesprek – Planner binnendienst met Femke Dijkhuis op woensdag 3 juni 2026",
        body="Hallo Maartje,\n\nJe afspraak is ingepland.\n\nWat\nEerste gesprek – Planner binnendienst "
        "(Brouwerij Ommeland)\n\nWanneer\n10:00 - 10:45, woensdag 3 juni 2026\n\nMogelijk gemaakt door "
        "Calendly.com",
        title="Planner binnendienst",
    ),
    dict(
        sender="Calendly <notifications@calendly.com>",
        subject="Bestätigt: Zweites Gespräch – Sachbearbeiterin Schadenregulierung mit Jonas Wendt am "
        "Dienstag, 9. Juni 2026",
        body="Hallo Frau Quellmalz,\n\nIhr Termin ist eingeplant.\n\nWas\nZweites Gespräch – "
        "Sachbearbeiterin Schadenregulierung (Quendorf Versicherung)\n\nWann\n10:00 - 10:45, Dienstag, "
        "9. Juni 2026\n\nBereitgestellt von Calendly.com",
        title="Sachbearbeiterin Schadenregulierung",
    ),
    dict(
        sender="Caja Almendral <empleo@cajaalmendral.es>",
        subject="Búsqueda Técnica de Tesorería - Novedades",
        body="Hola Rosalba,\n\nGracias por tu interés en Caja Almendral. Tras revisar todas las "
        "candidaturas, hemos decidido continuar con otros perfiles.\n\nUn saludo,\nEquipo de Selección",
        title="Técnica de Tesorería",
    ),
]


@pytest.mark.parametrize("mail", _MAILS, ids=lambda mail: mail["subject"][:40])
def test_the_post_without_when_whom_or_the_news_the_subject_adds(mail: dict[str, str]) -> None:
    result = extract(sender=mail["sender"], subject=mail["subject"], body=mail["body"])
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == mail["title"]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Treasury Analyst (Wed 2pm)", "Treasury Analyst"),
        ("Sachbearbeiterin (Di, 10 Uhr)", "Sachbearbeiterin"),
        ("Analista (mar 10:30)", "Analista"),
        ("Planner (wo 14:00)", "Planner"),
        ("Analista - Novità", "Analista"),
        ("Sachbearbeiterin – Neuigkeiten", "Sachbearbeiterin"),
        # A level or a number in brackets is the post's own.
        ("Engineer (2)", "Engineer (2)"),
        ("Analyst (Level 3)", "Analyst (Level 3)"),
    ],
)
def test_cleaning_cuts_the_meetings_time_and_the_news(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title
