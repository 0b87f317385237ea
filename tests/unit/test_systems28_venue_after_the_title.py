"""A hospitality venue named after a post's dash ("Line Cook - Copper Ridge Lodge") is where the post is
worked, cut like any site; a shift or a unit after the dash stays the title's."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_SENDER = '"Marlowe Leisure Group" <jobs@marlowe.jobvite-mail.com>'


@pytest.mark.parametrize(
    ("post", "title"),
    [
        ("Line Cook - Copper Ridge Lodge", "Line Cook"),
        ("Sous Chef - The Old Quay Inn", "Sous Chef"),
        ("Room Attendant - Saltmarsh Bay Resort", "Room Attendant"),
        ("Line Cook - Night Shift", "Line Cook - Night Shift"),
        ("Staff Nurse - Cardiology Unit", "Staff Nurse - Cardiology Unit"),
    ],
)
def test_a_venue_after_the_dash_is_where_the_post_is(post, title):
    result = extract(sender=_SENDER, subject=f"An update on your application for {post}")
    assert result.job_title == title
