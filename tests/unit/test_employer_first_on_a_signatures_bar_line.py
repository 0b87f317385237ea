"""A signature's organisation line of two names set side by side by a bar is the writer's own
organisation first, the system or group it belongs to second, never the unit the writer's post names on the
line above. Invented mail."""

from tests.extraction_support import extract
from tracker.models import Kind, Status


def test_the_first_organisation_of_a_bar_line_is_the_employer_not_its_system():
    result = extract(
        subject="Sonographer position",
        body="Hi Robin,\n\nThanks for applying for the Sonographer position. Could we set up an interview on "
        "Friday at 10am?\n\nBest,\nKim Ode\nLead, Imaging & Diagnostics\nElmwood Clinics | Elmwood Regional "
        "Hospital",
        sender="Kim Ode <kode@elmwoodmail.org>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company == "Elmwood Clinics"


def test_the_unit_a_writers_post_names_is_no_employer_beside_the_organisation_line():
    result = extract(
        subject="Respiratory Therapist",
        body="Dear Alex,\n\nThank you for applying for the Respiratory Therapist role. We would like to "
        "invite you for an interview on Wednesday.\n\nJo Lind\nDirector, Respiratory Services\n"
        "Mapleton Medical Center | Mapleton Health System",
        sender="Jo Lind <jlind@mapletonmed.org>",
    )
    assert result.company == "Mapleton Medical Center"


def test_a_bar_between_a_team_and_the_organisation_still_names_the_organisation():
    result = extract(
        subject="Your application: Data Analyst",
        body="Hi Sam,\n\nThanks for applying for the Data Analyst role. We'd like to invite you to an "
        "interview next week.\n\nBest,\nTalent | Corrowin Systems",
        sender="Corrowin Careers <careers@corrowin.com>",
    )
    assert result.company == "Corrowin Systems"


def test_an_address_a_bar_sets_beside_the_firms_name_is_no_second_organisation() -> None:
    result = extract(
        sender="Kestrel Recruiting <no-reply@modernloop.io>",
        subject="Your onsite with Kestrel - May 2",
        body=(
            "Hi Sam,\n\nHere's your confirmed schedule for the final round for Senior Designer.\n\n"
            "10:00 - 10:45  Portfolio review\n\nKestrel Analytics Inc. | 20 King St, Toronto ON\n"
            "Scheduling powered by ModernLoop"
        ),
    )
    assert result.company == "Kestrel"
