"""A field named after a post's dash in a person's reply subject is the post's own ("Re: Postdoctoral
Researcher - Glacial Hydrology: moving our call"), where a site, a step, a place or a firm after the dash is
none. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_fields import is_field_segment

_SENDER = '"Dr Maren Olafsen" <m.olafsen@brightwater.ac.uk>'
_BODY = (
    "Hi Lena,\n\nSorry to do this, but I need to move our call on Friday. Could you do Monday at 10:30 "
    "instead? Same video link as before.\n\nMaren\n\n--\nMaren Olafsen, Associate Professor\nSchool of Earth "
    "Sciences, University of Brightwater"
)


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Re: Postdoctoral Researcher - Glacial Hydrology: moving our call",
            "Postdoctoral Researcher - Glacial Hydrology",
        ),
        ("Re: Research Assistant - Soil Microbiology", "Research Assistant - Soil Microbiology"),
        ("Re: Graduate Engineer - Structural Dynamics", "Graduate Engineer - Structural Dynamics"),
    ],
)
def test_a_field_after_the_posts_dash_is_the_posts_own(subject: str, title: str) -> None:
    assert extract(sender=_SENDER, subject=subject, body=_BODY).job_title == title


@pytest.mark.parametrize(
    "segment",
    ["Harbour Building", "Screening", "Assessment", "Northfield Consulting", "Reading", "Copper Pine Lodge"],
)
def test_a_building_a_step_a_firm_or_a_place_is_no_field(segment: str) -> None:
    assert not is_field_segment(segment)
