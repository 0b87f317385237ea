"""Banks, societies and trading houses named with a possessive ("People's Bank", "Farmer's Co-operative
Society", "Lakshmi's Traders") are one name: the noun after the possessive completes it, as a hospital's
does ("St. Luke's Hospital")."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "employer", ["People's Bank", "Farmer's Bank", "Lakshmi's Traders", "Citizen's Trust"]
)
def test_a_possessive_completed_by_an_organisation_noun_is_the_employer(employer: str) -> None:
    result = extract(
        f"Dear Applicant,\n\nThank you for applying for the post of Management Trainee at {employer}.\n\n"
        "We regret to inform you that you have not been selected for the next stage.",
        subject="Application for Management Trainee",
        sender="Careers <careers@example.lk>",
    )
    assert result.company == employer


@pytest.mark.parametrize("step", ["HR Round", "Technical Round", "Final Round", "F2F Interview Call"])
def test_a_subject_opening_with_the_step_names_no_employer(step: str) -> None:
    result = extract(
        "Dear Amit,\n\nFurther to your application, kindly attend the interview on Monday at 11 AM at our "
        "Nashik office.\n\nRegards,\nHR\nKaveri Textiles Pvt. Ltd.",
        subject=f"{step} - Sales Executive",
        sender="Amit Kale <amit.kale.hr@yahoo.co.in>",
    )
    assert result.company is not None and result.company.startswith("Kaveri Textiles")
    assert result.job_title == "Sales Executive"
