"""Something other than a post offered beside one (invented mail): an agency "offering you the chance to
register for a temporary placement" or "a free forklift course before any placement" makes no offer of
the post; "offering you the Night Shift Loader assignment" does."""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Status


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
