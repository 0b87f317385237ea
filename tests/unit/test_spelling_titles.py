"""A title written two ways in one application: initials for the words ("RN", "Registered Nurse"), a unit
or a place added ("Registered Nurse ED", "Teamleider DC Zwolle") are one role; two roles stay two
(compatible_spellings.compatible_titles, tracker/short_forms.py)."""

from __future__ import annotations

import pytest

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.compatible_spellings import compatible_titles
from tracker.names import title_key


def _compatible(a: str, b: str) -> bool:
    return compatible_titles(title_key(a), title_key(b))


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("RN", "Registered Nurse"),
        ("Registered Nurse ED", "Registered Nurse - Emergency Department"),
        ("Teamleider DC Zwolle", "Teamleider Distributiecentrum"),
        ("HR Advisor", "Human Resources Advisor"),
        # A word written short, as a person writes the role in a subject or a note.
        ("Campaigns & Comms Lead", "Campaigns & Communications Lead"),
        ("Ops Coordinator", "Operations Coordinator"),
        ("Admin Assistant", "Senior Administrative Assistant"),
        ("Mktg Exec", "Marketing Executive"),
    ],
)
def test_initials_and_a_unit_or_place_added_are_the_same_role(short, full):
    assert _compatible(short, full) and _compatible(full, short)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Nurse Unit Manager", "Registered Nurse"),
        ("RN", "Nurse Unit Manager"),
        ("Data Engineer", "Database Engineer"),
        ("Data Engineer II", "Data Engineer III"),
        ("Comms Officer", "Communications Manager"),
        ("Ops Analyst", "Data Analyst"),
    ],
)
def test_two_roles_stay_two(one, other):
    assert not _compatible(one, other)


def test_an_interview_for_the_rn_position_joins_the_registered_nurse_application():
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Kingscliff Rehabilitation Centre", "Registered Nurse")
    )
    tracker.receive(an_email(on=5), application_email("interview", "Kingscliff Rehab", "RN"))
    (application,) = tracker.applications
    assert (application.job_title, application.status.value) == ("Registered Nurse", "interview")


def test_one_employers_two_roles_stay_two_applications():
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Wattle Creek Hospital", "Nurse Unit Manager")
    )
    tracker.receive(an_email(on=1), application_email("applied", "Wattle Creek Hospital", "Registered Nurse"))
    tracker.receive(an_email(on=5), application_email("interview", "Wattle Creek Hospital", "RN"))
    assert sorted((a.job_title, a.status.value) for a in tracker.applications) == [
        ("Nurse Unit Manager", "applied"),
        ("Registered Nurse", "interview"),
    ]


def test_an_interview_naming_the_role_with_a_word_written_short_joins_the_application():
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Fernhall Trust", "Campaigns & Communications Lead")
    )
    tracker.receive(an_email(on=2), application_email("applied", "Fernhall Trust", "Fundraising Officer"))
    tracker.receive(
        an_email(on=6), application_email("interview", "Fernhall Trust", "Campaigns & Comms Lead")
    )
    assert sorted((a.job_title, a.status.value) for a in tracker.applications) == [
        ("Campaigns & Communications Lead", "interview"),
        ("Fundraising Officer", "applied"),
    ]
