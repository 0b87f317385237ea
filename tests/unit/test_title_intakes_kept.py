"""A graduate scheme's or internship's intake stays in its title (the real labels keep "(Summer 2025)",
"- 2026 Start", "2026 ... Program"), and the bookkeeping reads it as weaker than the role: a scheme's mail
that writes its intake once and leaves it out later is one application; two intakes of one programme, both
written, are two. Invented titles."""

import pytest

from tests.builders import day
from tracker.compatible_spellings import compatible_titles
from tracker.extraction.title_cleaning import clean_title
from tracker.match_keys import MatchKeys
from tracker.matching import match_application
from tracker.models import Application, Status
from tracker.names import title_key


@pytest.mark.parametrize(
    "raw",
    [
        "Graduate Quantity Surveyor (September 2026 Intake)",
        "Trainee Actuary (2027 Cohort)",
        "Graduate Civil Engineer (2026 Start)",
        "Trainee Solicitor (2029 Training Contract)",
        "Graduate Chemist - September 2026 start",
        "Supply Chain Intern (Summer 2026)",
    ],
)
def test_the_intake_a_schemes_title_writes_stays(raw: str) -> None:
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("Graduate Quantity Surveyor (September 2026 Intake)", "Graduate Quantity Surveyor"),
        ("Graduate Chemist - September 2026 start", "Graduate Chemist (2026 Start)"),
        ("Trainee Actuary (2027 Cohort)", "Trainee Actuary"),
        ("2026 Graduate Programme", "Graduate Programme"),
    ],
)
def test_a_role_with_its_intake_written_once_and_left_out_once_is_one_role(written: str, other: str) -> None:
    assert compatible_titles(title_key(written), title_key(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Graduate Quantity Surveyor (2026 Intake)", "Graduate Quantity Surveyor (2027 Intake)"),
        ("Supply Chain Intern (Summer 2026)", "Supply Chain Intern (Winter 2026)"),
        ("Trainee Actuary (2027 Cohort)", "Trainee Pharmacist (2027 Cohort)"),
    ],
)
def test_two_intakes_both_written_or_two_roles_of_one_intake_are_two_roles(one: str, other: str) -> None:
    assert not compatible_titles(title_key(one), title_key(other))


def _scheme(app_id: str, title: str, started: int) -> Application:
    return Application(
        app_id=app_id,
        company="Fenwick Brothers",
        company_key="fenwick brothers",
        job_title=title,
        title_key=title_key(title),
        status=Status.APPLIED,
        applied_at=day(started),
        updated_at=day(started),
    )


def test_a_schemes_update_leaving_out_the_intake_joins_the_application_that_wrote_it() -> None:
    scheme = _scheme("a1", "Graduate Chemist (September 2026 Intake)", 1)
    keys = MatchKeys("fenwick brothers", title_key("Graduate Chemist"), None)
    assert match_application(keys, Status.ASSESSMENT, day(9), None, [scheme]) is scheme


def test_next_years_intake_of_the_same_scheme_is_a_new_application() -> None:
    scheme = _scheme("a1", "Graduate Chemist (2026 Intake)", 1)
    keys = MatchKeys("fenwick brothers", title_key("Graduate Chemist (2027 Intake)"), None)
    assert match_application(keys, Status.APPLIED, day(300), None, [scheme]) is None


def test_the_town_before_a_kept_intake_still_goes() -> None:
    assert clean_title("Graduate Surveyor - Bristol (2027 Intake)")[0] == "Graduate Surveyor (2027 Intake)"
