"""Long titles in hiring systems' receipts: the employer's division heading the posting's name
("Brightwave Energy - Grid Analyst Co-op"), the country's "US" inside a team's code, the posting's id in
brackets closing the title (and its id read from it), dashes that are no words of the title, and a site's
town written twice."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_SENDER = "Harlow Freight <no-reply@jobs.harlowfreight.com>"
_SUBJECT = "Thank you for applying to Harlow Freight!"
_HELLO = "Hi Morgan, thanks for applying to Harlow Freight! We've received your application for the "


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        (
            "Harlow Freight Drones - Route Planning Analyst Co-op - Summer 2026 (ID: 771204) position.",
            "Harlow Freight Drones - Route Planning Analyst Co-op - Summer 2026",
        ),
        (
            "Harlow Freight Marine- Fleet Data Engineer Intern - Winter 2027 (ID: 771311) position.",
            "Harlow Freight Marine- Fleet Data Engineer Intern - Winter 2027",
        ),
        ("Harlow Freight Dispatcher - Night Shift position.", "Dispatcher - Night Shift"),
        ("Harlow Freight - Warehouse Associate position.", "Warehouse Associate"),
    ],
)
def test_the_employers_division_heading_the_title_stays_and_its_name_alone_goes(rest, title):
    result = extract(sender=_SENDER, subject=_SUBJECT, body=_HELLO + rest)
    assert result.job_title == title


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        (
            "Pricing Analyst (Freight-Marketplace-US) - 2026 Start (BS/MS) role within Harlow Freight. "
            "Our team",
            "Pricing Analyst (Freight-Marketplace-US) - 2026 Start (BS/MS)",
        ),
        ("Account Executive, US Midwest role. We will be in touch.", "Account Executive, US Midwest"),
        ("Tax Analyst - US Indirect Tax role. We will be in touch.", "Tax Analyst - US Indirect Tax"),
    ],
)
def test_the_country_us_written_in_capitals_is_no_pronoun(rest, title):
    result = extract(sender=_SENDER, subject=_SUBJECT, body=_HELLO + rest)
    assert result.job_title == title


@pytest.mark.parametrize(
    ("rest", "title", "requisition"),
    [
        (
            "Yard Operations Co-op - Spring or Summer 2026, Northern Cross-Dock Network (ID: 583920)",
            "Yard Operations Co-op - Spring or Summer 2026, Northern Cross-Dock Network",
            "583920",
        ),
        (
            "Fleet Maintenance Planner (FMP) Apprentice (Heavy Vehicle Workshops) - Autumn 2026 (ID",
            "Fleet Maintenance Planner (FMP) Apprentice (Heavy Vehicle Workshops) - Autumn 2026",
            None,
        ),
    ],
)
def test_a_preview_cut_after_or_inside_the_postings_id_keeps_the_title_before_it(rest, title, requisition):
    result = extract(sender=_SENDER, subject=_SUBJECT, body=_HELLO + rest)
    assert result.job_title == title
    assert result.requisition_id == requisition


@pytest.mark.parametrize("label", ["ID: 40917", "Job ID 40917", "Req #40917"])
def test_a_labelled_id_in_brackets_after_the_title_is_its_requisition(label):
    body = (
        f"Hello Morgan,\n\nWe have received your application for Customs Compliance Analyst ({label}). "
        "We will review it soon."
    )
    result = extract(sender=_SENDER, subject="Your application", body=body)
    assert result.job_title == "Customs Compliance Analyst"
    assert result.requisition_id == "40917"


def test_a_sites_town_written_twice_is_cut_from_the_title_like_one_place():
    body = (
        "Dear Morgan\nWe are sorry that you have decided not to continue with your application for the "
        "2027 Graduate Programme - Operations - Network Planning - Leeds  Leeds position.\nBest,\n"
        "Harlow Freight Campus Team"
    )
    result = extract(sender=_SENDER, subject="Harlow Freight | Your application", body=body)
    assert result.job_title == "2027 Graduate Programme - Operations - Network Planning"
