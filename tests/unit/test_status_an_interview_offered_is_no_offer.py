"""An interview, a call or the chance to meet offered to the reader ("we'd like to offer you an
interview") is a step of the process, not the post: it never reads as an offer, which would lock the
record at its furthest status. The post offered still is one."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Status


def _status(sentence: str) -> Status | None:
    body = f"Hi Sam,\n\nThank you for your interest. {sentence}\n\nBest,\nAnna\nOakridge Analytics"
    return extract(body, "Data Analyst", "Anna Smith <anna@oakridgeanalytics.com>").status


@pytest.mark.parametrize(
    "sentence",
    [
        "We'd like to offer you the opportunity to interview for the Data Analyst position.",
        "We would like to offer you an interview for the Data Analyst position on Tuesday at 10am.",
        "We are pleased to offer you a telephone interview for the Data Analyst position.",
        "I'd like to offer you the chance to meet the team for the Data Analyst role next week.",
    ],
)
def test_a_step_offered_to_the_reader_is_no_offer(sentence):
    assert _status(sentence) != Status.OFFER


def test_an_interview_offered_to_the_reader_is_an_interview():
    assert _status("We are pleased to offer you a telephone interview for the Data Analyst position.") == (
        Status.INTERVIEW
    )


def test_an_interview_the_employer_cannot_offer_is_a_rejection():
    assert (
        _status("Unfortunately we are unable to offer you an interview on this occasion.") == Status.REJECTED
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "We are pleased to offer you the Data Analyst position. Your start date is 1 March.",
        "We'd like to offer you the position of Data Analyst, starting on 1 March.",
        "We'd like to offer you the opportunity to join us as our Data Analyst from 1 March.",
    ],
)
def test_the_post_offered_to_the_reader_is_an_offer(sentence):
    assert _status(sentence) == Status.OFFER
