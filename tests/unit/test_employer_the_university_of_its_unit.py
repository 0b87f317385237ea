"""A lecturer or a department's administrator writes for a unit of their university ("the Department of
Civil Engineering at Harrowfield University", "School of Chemistry\\nUniversity of Wexmoor"): the university
employs the unit's staff, and a tracker lists it, as an NHS trust for its hospital's posts. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


def test_a_unit_named_at_its_university_in_the_text_is_read_as_the_university():
    result = extract(
        subject="Research Assistant",
        body="Dear Sam,\n\nThank you for your application to the Department of Civil Engineering at "
        "Harrowfield University. We would like to invite you to an interview on 12 March at 14:00.\n\n"
        "Best wishes,\nGreg",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.status is Status.INTERVIEW
    assert result.company == "Harrowfield University"


@pytest.mark.parametrize(
    "signature",
    [
        "Greg Fox\nDepartment of Chemistry\nUniversity of Wexmoor",
        "Dr Greg Fox\nSenior Lecturer\nSchool of Chemistry\nUniversity of Wexmoor",
    ],
)
def test_a_unit_signed_above_its_university_leaves_the_university_the_employer(signature):
    result = extract(
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the Lab Technician post. I'm sorry to say you have not "
        f"been shortlisted.\n\n{signature}",
        sender="Greg Fox <greg.fox@gmail.com>",
    )

    assert result.status is Status.REJECTED
    assert result.company == "University of Wexmoor"
