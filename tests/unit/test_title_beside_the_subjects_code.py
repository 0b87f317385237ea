"""A title written beside the posting's number the subject quotes: a receipt whose body lists the post
("Claims Data Analyst 774120", or the title on the line above the number) with no sentence around it."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_SENDER = '"Brackenridge Mutual Human Resources" <notices@workflow.hcm-mail.example.com>'
_SUBJECT = "We received your job application (Job Number: 774120)"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Sam, we're glad you're interested in a career at Brackenridge Mutual! Your application for the "
            "position listed below was submitted. Claims Data Analyst 774120 Thanks for applying! Sincerely, "
            "Brackenridge Mutual Talent Team",
            "Claims Data Analyst",
        ),
        (
            "Dear Sam,\n\nYour application for the job below was submitted.\n\nActuarial Associate II\n774120"
            "\n\nThank you,\nBrackenridge Mutual",
            "Actuarial Associate II",
        ),
    ],
)
def test_the_text_before_the_subjects_number_is_the_title(body, title):
    result = extract(sender=_SENDER, subject=_SUBJECT, body=body)
    assert result.job_title == title
    assert result.requisition_id == "774120"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nYour application for the job below was submitted.\n\nJob Number: 774120\n\nBM",
        "Dear Sam,\n\nWe received your application for requisition 774120 and will review it.\n\nBM",
    ],
)
def test_a_label_or_a_sentence_before_the_number_is_no_title(body):
    assert extract(sender=_SENDER, subject=_SUBJECT, body=body).job_title is None
