"""US titles carry what is no part of the role's name in brackets and tails: a requisition id with a
year's digits ("(R23-5512)"), a hiring step ("(Panel Interview)"), a US contract's tax form ("(1099
contract)"), a store's number and town ("- Store 118 (Boise, ID)"). Each is dropped whole; a school
year the post runs stays as written. Invented titles."""

import pytest

from tracker.extraction.bracket_steps import without_bracketed_step
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Freight Pricing Analyst, Midwest (R23-5512)", "Freight Pricing Analyst, Midwest", "R23-5512"),
        ("Reporting Lead (JP26-00412)", "Reporting Lead", "JP26-00412"),
    ],
)
def test_a_requisition_id_opening_with_a_years_digits_is_cut_whole(raw, title, code):
    assert clean_title(raw) == (title, code)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Dashboard Developer (Panel Interview)", "Dashboard Developer"),
        ("Planning Analyst (Hiring Manager Call)", "Planning Analyst"),
        ("Growth Analyst (Second Round)", "Growth Analyst"),
        ("Data Steward (Recruiter Screen)", "Data Steward"),
    ],
)
def test_a_hiring_step_in_brackets_is_no_part_of_the_title(raw, title):
    assert clean_title(raw) == (title, None)


@pytest.mark.parametrize(
    "title",
    ["Social Worker (Case Manager)", "QA Engineer (Test)", "Support Engineer (Team Lead)", "(Final Round)"],
)
def test_a_bracket_naming_a_role_or_standing_alone_stays(title):
    assert without_bracketed_step(title) == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Warehouse Data Clerk (1099 contract)", "Warehouse Data Clerk"),
        ("Reporting Developer (W2 Contract)", "Reporting Developer"),
        ("Cloud Engineer (C2C only)", "Cloud Engineer"),
        ("Payroll Analyst (Temp to Hire)", "Payroll Analyst"),
    ],
)
def test_a_us_contracts_tax_form_or_terms_in_brackets_is_cut(raw, title):
    assert clean_title(raw) == (title, None)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Key Holder - Store 118 (Boise, ID)", "Key Holder"),
        ("Assistant Manager - Store #0457 (Twin Falls, ID)", "Assistant Manager"),
    ],
)
def test_a_stores_number_and_its_town_are_no_part_of_the_title(raw, title):
    assert clean_title(raw) == (title, None)


def test_a_stores_own_name_in_brackets_tells_two_stores_apart():
    assert clean_title("Cashier - Store #112 (Eastgate)") == ("Cashier - Store #112 (Eastgate)", None)


def test_the_school_year_a_post_runs_stays_as_written():
    assert clean_title("Attendance Clerk (2027-28 School Year)") == (
        "Attendance Clerk (2027-28 School Year)",
        None,
    )


def test_a_school_before_the_school_year_is_cut_and_the_year_stays():
    assert clean_title("Reading Interventionist - Hawthorne Elementary (2027-28 School Year)") == (
        "Reading Interventionist (2027-28 School Year)",
        None,
    )
