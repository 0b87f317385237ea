"""Where a post's name is written in public-service letters (invented mail): a competition's label line
("Competition: X", "Competition Reference: code - X"), a reference line holding a code alone, a pay grade or
band after the post's comma, a posting's code that a place after it hid, and a bracketed number opening with
a year's two digits. (The reference line's code alone, a grade in brackets or a teacher's, and a school
year's brackets are controls: they read so before as after.)
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title

_BOARD = '"Qorvane Lighthouse Board" <appointments@qorvanelights.ie>'


def _letter(heading: str) -> dict[str, str]:
    body = (
        f"A chara,\n\n{heading}\nApplicant number: 55120934\n\n"
        "This is to acknowledge receipt of your application for the above competition in the Qorvane "
        "Lighthouse Board.\n\nIs mise le meas,\n\nAppointments Unit\nQorvane Lighthouse Board"
    )
    return {"sender": _BOARD, "subject": "Acknowledgement of Application", "body": body}


@pytest.mark.parametrize(
    "heading",
    [
        "Competition: Executive Officer - Beacon Maintenance Planner",
        "Competition Reference: QLB/EO/27/11 - Executive Officer - Beacon Maintenance Planner",
    ],
)
def test_a_competitions_line_names_the_post(heading: str) -> None:
    assert extract(**_letter(heading)).job_title == "Executive Officer - Beacon Maintenance Planner"


def test_a_competitions_reference_line_with_its_code_alone_names_no_post() -> None:
    assert extract(**_letter("Competition Reference: QLB/EO/27/11")).job_title is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Archive Assistant (Map Collections), Grade 5", "Archive Assistant (Map Collections)"),
        ("Harbour Records Officer, Band 4", "Harbour Records Officer"),
        # In brackets the labels keep it; a teacher's grade is the class taught.
        ("Harbour Records Officer (Grade 7)", "Harbour Records Officer (Grade 7)"),
        ("Science Teacher, Grade 8", "Science Teacher, Grade 8"),
    ],
)
def test_a_pay_grade_after_the_posts_comma_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Dispatch Lead, Cold Chain [QV-7731] - Athlone 3", "Dispatch Lead, Cold Chain", "QV-7731"),
        ("Buyer - Spares Planning (27-0193)", "Buyer - Spares Planning", "27-0193"),
    ],
)
def test_a_postings_code_after_the_title_is_cut_wherever_it_ends(raw: str, title: str, code: str) -> None:
    assert clean_title(raw) == (title, code)


def test_a_school_years_brackets_stay() -> None:
    assert clean_title("Maths Teacher (2027-28)") == ("Maths Teacher (2027-28)", None)
