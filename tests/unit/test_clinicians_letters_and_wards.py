"""A clinician's mail by hand: their display name carries the letters they sign with ("Joan Pike, RN",
"Ana Ruiz, MSN, RN", "Gil Ford, PA-C"), still a person's name, so their sign-off's organisation is read; a
subject naming the post with its ward ("RN - Surgery 3A", "Nurse - 6 West Telemetry") keeps the ward in
the title, and the ward is never the employer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.care_units import is_care_unit
from tracker.extraction.person_names import looks_like_person_name, without_honorifics
from tracker.models import Status


@pytest.mark.parametrize(
    ("display", "bare"),
    [
        ("Joan Pike, RN", "Joan Pike"),
        ("Ana Ruiz, MSN, RN", "Ana Ruiz"),
        ("Gil Ford, PA-C", "Gil Ford"),
        ("Dr. Lena Holt, PhD", "Lena Holt"),
        ("Tom Reyes, RN, BScN", "Tom Reyes"),
    ],
)
def test_a_display_name_with_the_letters_a_professional_signs_with_is_a_persons(display, bare):
    assert without_honorifics(display) == bare
    assert looks_like_person_name(display)


@pytest.mark.parametrize(
    "display",
    [
        "Hale Marsh, LLP",
        "Corran Webb, Ltd",
        "Orchard Dental, Inc",
        "Marlow Hale, PLLC",
        "Ortega Bell, P.C.",
        "Dunn Whitley, P.A.",
    ],
)
def test_a_legal_form_after_the_comma_is_no_professionals_letters(display):
    assert not looks_like_person_name(display)


@pytest.mark.parametrize(
    "unit", ["Surgery 3A", "Medicine 4B", "6 West PCU", "4 North Telemetry", "Med/Surg", "Stepdown Unit"]
)
def test_a_ward_named_with_its_floor_or_wing_is_a_care_unit(unit):
    assert is_care_unit(unit)


@pytest.mark.parametrize(
    "name", ["Westfield 4B Holdings", "Harbour Medical Group", "Surgery Partners of Kent"]
)
def test_an_organisation_is_no_care_unit(name):
    assert not is_care_unit(name)


@pytest.mark.parametrize(
    ("sender", "organisation"),
    [
        ('"Joan Pike, RN" <jpike@hollowayhealth.ca>', "Holloway Health Centre"),
        ('"Ana Ruiz, MSN, RN" <aruiz@stmarthahealth.org>', "St. Martha's Health Centre"),
    ],
)
def test_a_nurse_managers_news_names_her_hospital_and_the_post_with_its_ward(sender, organisation):
    result = extract(
        subject="RN - Surgery 3A",
        body="Hello Mia,\n\nThank you for meeting with me on Monday and for the tour of the unit.\n\n"
        "I wanted to let you know that we have filled the two permanent lines on 3A.\n\nTake care,\nJoan\n\n"
        f"Joan Pike, RN, BScN\nPatient Care Manager, Surgery 3A\n{organisation}\nOttawa, ON",
        sender=sender,
    )

    assert result.status is Status.REJECTED
    assert result.company == organisation
    assert result.job_title == "RN - Surgery 3A"
