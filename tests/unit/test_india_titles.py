"""Indian boards write the experience a post asks for and its pay in lakhs after the title: "(3-6 yrs)",
"- 5+ Years Exp", "| CTC 3.5 LPA". They are what the post asks and pays, not its name; a duration alone
("(2 years)") may be the contract's term and stays as written."""

import pytest

from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Sr. Java Developer (3-6 yrs)", "Sr. Java Developer"),
        ("Jr. Accountant (0-2 Yrs)", "Jr. Accountant"),
        ("Data Analyst - 5+ Years Exp", "Data Analyst"),
        ("Area Sales Manager - 4 years experience", "Area Sales Manager"),
        ("Sales Executive | CTC 3.5 LPA", "Sales Executive"),
        ("Branch Manager - 6 to 8 LPA", "Branch Manager"),
        ("Analyst (3-5 years)", "Analyst"),
    ],
)
def test_experience_and_ctc_tails_are_cut(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


def test_a_duration_alone_stays_as_the_contract_term() -> None:
    assert clean_title("Research Associate (2 years)")[0] == "Research Associate (2 years)"
