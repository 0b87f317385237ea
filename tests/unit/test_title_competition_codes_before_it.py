"""A public body's competition or selection procedure by its number before the title ("Competition
#2026-RD-017 Survey Technician", "selection procedure AGENCY/TA/AD5/2026/03 - Data Officer") is the
posting's code, not the title's words."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_SENDER = "Northmere Regional Authority <careers-noreply@northmere.gov.example>"


@pytest.mark.parametrize(
    ("sentence", "title", "code"),
    [
        (
            "Your application for the selection procedure NRA/TA/AD5/2026/03 - Data Officer (Open "
            "Statistics) has been successfully registered.",
            "Data Officer (Open Statistics)",
            "NRA/TA/AD5/2026/03",
        ),
        (
            "Your application for Competition #2026-RD-017 Survey Technician has been received.",
            "Survey Technician",
            "2026-RD-017",
        ),
        (
            "Your application for the post HR/2026/221 - Payroll Assistant has been received.",
            "Payroll Assistant",
            "HR/2026/221",
        ),
    ],
)
def test_a_competitions_code_before_the_title_is_the_postings_code(sentence, title, code):
    result = extract(sender=_SENDER, subject="Application registered", body=f"Dear Candidate,\n\n{sentence}")
    assert result.job_title == title
    assert result.requisition_id == code


def test_a_slash_between_two_fields_before_a_dash_is_no_code():
    result = extract(
        sender=_SENDER,
        subject="Application registered",
        body="Dear Candidate,\n\nYour application for the Sales/Marketing - Assistant position is received.",
    )
    assert result.job_title == "Sales/Marketing - Assistant"
