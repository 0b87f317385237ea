"""Places from the gazetteer (tracker/extraction/places.py): a title's trailing place cut after a separator
wherever the town is, a place alone never the employer, and the words of titles that are also towns kept."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.brand_names import brand_form
from tracker.extraction.places import is_place, only_places
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    "name", ["Leeds", "Espoo", "Vénissieux", "Venissieux", "São Paulo", "Cesson-Sévigné", "Munich", "München"]
)
def test_a_town_of_fifteen_thousand_people_or_more_is_a_place_in_any_spelling(name):
    assert is_place(name)


@pytest.mark.parametrize("tail", ["Pune, Maharashtra", "Lille / Remote", "Radnor, PA", "Campinas/SP", "EMEA"])
def test_a_list_of_places_with_their_regions_and_codes_is_only_places(tail):
    assert only_places(tail)


@pytest.mark.parametrize(
    "tail",
    ["Enterprise", "Mobile", "Supply Chain", "Backend, Leeds", "m/w/d", "BS/MS", "Data and AI", "reading"],
)
def test_a_title_word_that_is_also_a_town_or_a_lowercase_word_is_not_only_places(tail):
    assert not only_places(tail)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Warehouse Operative - Leeds", "Warehouse Operative"),
        ("Java Developer, Pune, Maharashtra", "Java Developer"),
        ("Analista de Dados (Porto)", "Analista de Dados"),
        ("Consultant SAP in Toulouse", "Consultant SAP"),
        ("Backend Engineer - Lille / Remote", "Backend Engineer"),
        ("Produktionsmitarbeiter (m/w/d) - Graz", "Produktionsmitarbeiter (m/w/d)"),
        ("Platform Engineer - Backend - Eindhoven", "Platform Engineer - Backend"),
    ],
)
def test_a_trailing_place_after_a_separator_is_cut_wherever_the_town_is(raw, title):
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "raw",
    [
        "Account Executive - Enterprise",
        "Software Engineer, Mobile",
        "Analyst, Supply Chain",
        "Reading Specialist",
        "Cashier - Store #112 (Riverside)",
    ],
)
def test_a_team_or_a_field_that_is_also_a_town_stays_in_the_title(raw):
    assert clean_title(raw)[0] == raw


def test_a_branch_town_in_the_subject_is_not_the_employer_of_the_brand_mail():
    extraction = extract(
        sender="Tallow Staffing <wrexham@tallowstaffing.co.uk>",
        subject="Forklift Driver - Wrexham",
        body="Hi Sam,\n\nThanks for applying for the Forklift Driver role. Your application has been "
        "received.\n\nKind regards,\nTallow Staffing Wrexham",
    )
    assert extraction.company == "Tallow Staffing"
    assert extraction.job_title == "Forklift Driver"


def test_an_employer_whose_own_domain_is_a_town_keeps_its_name():
    extraction = extract(
        sender="Careers <careers@lowell.com>",
        subject="Thank you for applying: Claims Handler - Bristol",
        body="Hi Alex,\n\nThank you for applying for the Claims Handler position at Lowell. "
        "We have received your application.\n\nLowell Talent Acquisition",
    )
    assert extraction.company == "Lowell"
    assert extraction.job_title == "Claims Handler"


def test_an_office_town_after_a_firm_noun_is_no_part_of_the_name():
    assert brand_form("Kerrow Engineering Consultants Linz", [], "") == "Kerrow Engineering Consultants"


@pytest.mark.parametrize("tail", ["Dublin 2", "Paris 8e", "London EC2"])
def test_a_citys_postal_district_after_a_title_is_cut(tail):
    assert clean_title(f"Payroll Specialist - {tail}")[0] == "Payroll Specialist"


@pytest.mark.parametrize("title", ["Civil Engineer - Grade 7", "Support Engineer - Level 2"])
def test_a_grade_after_a_title_is_no_district(title):
    assert clean_title(title)[0] == title
