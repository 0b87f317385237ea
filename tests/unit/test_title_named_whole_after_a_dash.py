"""A person's sentence naming the post whole, its field or desk after a dash before the post's noun ("the X –
Y position", "the X – Y posting", "the X – Y & Z position"), where the subject writes the post short as a
segment of its own (invented mail): the body's whole name is the title.
"""

import pytest

from tests.extraction_support import extract

_AGENCY = '"Oriel Vantakar" <oriel@vantakar-talent.in>'


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "I shared your portfolio with the client for the Service Designer – Claims Journeys position,",
            "Service Designer - Claims Journeys",
        ),
        (
            "the hiring lead for the Service Designer – Claims Journeys posting has shortlisted you,",
            "Service Designer - Claims Journeys",
        ),
        (
            "I shared your portfolio for the Service Designer – Rail & Freight position,",
            "Service Designer - Rail & Freight",
        ),
    ],
)
def test_the_body_naming_the_post_whole_after_a_dash_outweighs_the_subjects_short_segment(
    sentence: str, title: str
) -> None:
    mail = {
        "sender": _AGENCY,
        "subject": "Take-home brief – Service Designer | Mirovane Cloudlabs",
        "body": f"Hi Kabir,\n\n{sentence} and the next step is a take-home brief.\n\nThanks,\nOriel",
    }
    assert extract(**mail).job_title == title
