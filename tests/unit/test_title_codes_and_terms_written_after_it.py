"""A posting's code and a contract's terms written after the post's name (invented titles): a code of
slash-joined parts after a dash or in brackets, a bracketed code the sentence runs on from, a bracket naming
the competition or posting by its number in each language, a permanent post's terms with its hours.
"""

import pytest

from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Porter Supervisor - QHX/0716/FAC", "Porter Supervisor", "QHX/0716/FAC"),
        (
            "Lettings Officer (Tenancy Support) - WBT/2207/HSG",
            "Lettings Officer (Tenancy Support)",
            "WBT/2207/HSG",
        ),
        ("Porter Supervisor | QHX/0716/FAC", "Porter Supervisor", "QHX/0716/FAC"),
        ("Stock Planner (PLN-5530) through the agency", "Stock Planner", "PLN-5530"),
        ("Técnica de almacén [ALM-8812] con la empresa", "Técnica de almacén", "ALM-8812"),
        (
            "Technicienne de laboratoire (concours LAB-2027-031)",
            "Technicienne de laboratoire",
            "LAB-2027-031",
        ),
        ("Istruttore tecnico (Bando n. 22/2027)", "Istruttore tecnico", "22/2027"),
    ],
)
def test_a_postings_code_after_the_title_is_no_part_of_it(raw: str, title: str, code: str) -> None:
    assert clean_title(raw) == (title, code)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Dietitian, Renal - Permanent Full-Time", "Dietitian, Renal"),
        ("Dietitian – Full-Time, Permanent", "Dietitian"),
        ("Orthoptist | Permanent Part-Time", "Orthoptist"),
        ("Orthoptist - Permanent", "Orthoptist"),
        # (its hours alone, "Orthoptist - Part-Time", stay: the labels keep them)
    ],
)
def test_a_permanent_posts_terms_after_a_dash_are_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title
