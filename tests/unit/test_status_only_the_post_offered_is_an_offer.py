"""An interview, a call or the chance to meet offered to the reader ("we'd like to offer you an
interview") is a step of the process, not the post: it never reads as an offer, which would lock the
record at its furthest status. The post offered still is one.

Something other than a post offered beside one (invented mail): an agency "offering you the chance to
register for a temporary placement" or "a free forklift course before any placement" makes no offer of
the post; "offering you the Night Shift Loader assignment" does."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
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


def _agency_mail(sentence: str) -> dict[str, str]:
    return _mail(
        '"Anna Bell" <anna@brightstaff.example.co.uk>',
        "Your application - Warehouse Operative",
        "Hi Sam,",
        f"Thanks for applying for the Warehouse Operative role. {sentence}",
        "Anna Bell",
        "BrightStaff",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "We are offering you the chance to register for a temporary placement with our client.",
        "We are offering you a free forklift course before any placement.",
    ],
)
def test_a_chance_or_a_course_offered_before_a_placement_is_no_offer(sentence):
    assert extract(**_agency_mail(sentence)).status is Status.APPLIED


def test_the_post_itself_offered_is_an_offer():
    sentence = "Our client Hollow Pine is offering you the Night Shift Loader assignment from Monday."
    assert extract(**_agency_mail(sentence)).status is Status.OFFER
