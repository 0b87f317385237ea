"""What a title keeps of the hours, shift, level and season a post's name writes (the real labels keep
"- Full Time", "(Part-Time)", "- Nights", "- All Levels", "Summer 2026"), and what it still drops: where
the work is done from ("(Remote)", "- Hybrid"), a contract's terms ("(CDI)") and a posting's number.
Invented titles."""

import pytest

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
