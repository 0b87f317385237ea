"""A subject that opens with the step alone, then a dash or a bar, then the post: "Interview - Data Analyst
at Fernway", "Final interview | Senior Buyer". The post is what follows the dash, never "Interview - X";
"Interview Tips" (no dash after the step) opens no post. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_INVITATION = (
    "Hi Sam,\n\nWe would like to invite you to a video interview on Tuesday at 10:00 via Teams."
    "\n\nBest,\nLena"
)


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Interview - Data Analyst at Fernway", "Data Analyst"),
        ("Final interview - Senior Buyer at Fernway", "Senior Buyer"),
        ("Interview | Warehouse Team Lead at Fernway", "Warehouse Team Lead"),
        ("Phone interview – Payroll Officer", "Payroll Officer"),
    ],
)
def test_the_post_after_the_step_and_its_dash_is_the_title(subject, title):
    result = extract(subject=subject, body=_INVITATION, sender="Lena Holt <lena@fernway.com>")
    assert result.job_title == title, result


def test_a_step_then_a_day_names_no_post():
    result = extract(
        subject="Interview - Tuesday 10am", body=_INVITATION, sender="Lena Holt <lena@fernway.com>"
    )
    assert result.job_title is None, result
