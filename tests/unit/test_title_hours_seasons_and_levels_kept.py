"""What a title keeps of the hours, shift, level and season a post's name writes (the real labels keep
"- Full Time", "(Part-Time)", "- Nights", "- All Levels", "Summer 2026"), and what it still drops: where
the work is done from ("(Remote)", "- Hybrid"), a contract's terms ("(CDI)") and a posting's number.
Invented titles.

The working time and shift Spanish postings tag a title with go, as every Romance set's labels drop them
("Reponedor/a - Tiempo parcial", "(turnos rotativos)": romance_working_hours.py), and so does the contract
("- Contrato indefinido"); the days a post is worked stay ("- Fines de semana").

The levels one posting hires at, after a dash in a subject-only update ("Platform Engineer - All
Levels"), are the title's, as a seniority is; a place or a step after the dash is not.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    "raw",
    [
        "Guest Services Host - Full Time",
        "Bookkeeper (Part-Time)",
        "Porter - Nights",
        "Forklift Operator - 3rd Shift",
        "Radiology Technologist - Per Diem",
        "Platform Engineer (Level 3)",
        "Backend Engineer - All Levels",
        "Verkäufer (m/w/d) Teilzeit",
        "Hôte de caisse - Temps partiel",
        "Camarero - Jornada completa",
        "Magazijnmedewerker - Deeltijd",
        "Atendente - Meio Período",
        "Graduate Surveyor - Summer 2026",
    ],
)
def test_the_hours_shift_level_or_season_the_posts_name_writes_stay(raw: str) -> None:
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Claims Handler (Remote)", "Claims Handler"),
        ("Bookkeeper (Part-Time) - Remote", "Bookkeeper (Part-Time)"),
        ("Chargé de clientèle (CDI)", "Chargé de clientèle"),
        ("Desarrollador - Remoto", "Desarrollador"),
    ],
)
def test_where_the_work_is_done_and_on_what_contract_still_go(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


def test_a_seasons_year_a_posting_number_runs_on_from_stays_with_the_post() -> None:
    assert clean_title("Intern Data Engineer Fall 2026-55120") == ("Intern Data Engineer Fall 2026", "55120")


def test_a_year_and_number_without_a_season_before_them_are_the_postings() -> None:
    assert clean_title("Data Engineer 2026-55120") == ("Data Engineer", "2026-55120")


@pytest.mark.parametrize(
    ("posted", "title"),
    [
        ("Reponedor/a - Tiempo parcial", "Reponedor/a"),
        ("Camarero/a - Fines de semana", "Camarero/a - Fines de semana"),
        ("Auxiliar de Enfermería (turnos rotativos)", "Auxiliar de Enfermería"),
        ("Reponedor/a - Contrato indefinido", "Reponedor/a"),
    ],
)
def test_spanish_working_time_and_contract_go_and_a_weekend_post_stays(posted, title):
    result = extract(
        sender="Supermercados Arenal <empleo@superarenal.es>",
        subject="Candidatura recibida",
        body=f"Hola Lucía,\n\nHemos recibido tu candidatura para {posted}. La revisaremos en los próximos "
        "días.\n\nEquipo de Selección\nSupermercados Arenal",
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Quillon Analytics Application Status Update RC40211 Platform Engineer - All Levels",
            "Platform Engineer - All Levels",
        ),
        (
            "Application Status Update RC40211 Cloud Architect - Multiple Levels",
            "Cloud Architect - Multiple Levels",
        ),
        ("Application Status Update RC40211 Cloud Architect - Denver", "Cloud Architect"),
    ],
)
def test_a_subjects_levels_after_the_dash_stay_with_the_title(subject, title):
    assert extract(sender="Quillon", subject=subject).job_title == title
