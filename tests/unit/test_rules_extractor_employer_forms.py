"""Employers whose names break the usual shape of a name: lowercase brands, initials, ampersands,
digits, apostrophes, a campus joined by "at", a city or a state (invented mail).

Each is read whole, as the mail writes it: never cut at its punctuation or at a word that usually
ends a name.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status


def employer(name: str, company: str, title: str, status: Status = Status.APPLIED, **mail: str):
    """One row: the mail as sent, then the employer, the title and the status it states."""
    return application_row(name, status, company, title, **mail)


FORMS = [
    employer(
        "a_lowercase_brand_with_its_domain",
        sender="tabletop.io Careers <careers@tabletop.io>",
        subject="Thanks for applying to tabletop.io",
        body="Hi Sam,\nThank you for applying for the Product Designer position at tabletop.io. Our team "
        "will review your application.\ntabletop.io Talent Team",
        company="tabletop.io",
        title="Product Designer",
    ),
    employer(
        "a_university_campus_joined_by_at",
        sender="Coastal Jobs <jobs@harborview.edu>",
        subject="Application received: Research Analyst (Req 88123)",
        body="Dear Sam,\nThank you for your interest in employment with the University of the Coast at "
        "Harborview. We have received your application for Research Analyst.\nHuman Resources",
        company="University of the Coast at Harborview",
        title="Research Analyst",
    ),
    employer(
        "initials_run_on_into_the_name",
        sender="R.T. Halvorsen <rthalvorsen@oracle.com>",
        subject="Thank you for applying",
        body="Dear Sam,\nThank you for applying to R.T. Halvorsen for the Software Engineer III position. "
        "Your application has been received.",
        company="R.T. Halvorsen",
        title="Software Engineer III",
    ),
    employer(
        "an_ampersand_between_two_names",
        sender="Marlow & Finch <marlowfinch@myworkday.com>",
        subject="Your application to Marlow & Finch",
        body="Dear Sam,\nThank you for applying to the Clinical Data Manager position at Marlow & Finch. We "
        "have received your application.",
        company="Marlow & Finch",
        title="Clinical Data Manager",
    ),
    employer(
        "an_ampersand_in_a_short_capitalised_name",
        sender="K&R Group <noreply@kr-group.example>",
        subject="Your application at K&R",
        body="Dear Sam,\nThank you for your application for the position Store Manager at K&R. "
        "Unfortunately, we have decided to proceed with other candidates.\nKind regards,\nK&R Recruitment",
        company="K&R",
        title="Store Manager",
        status=Status.REJECTED,
    ),
    employer(
        "a_name_that_is_a_number_and_a_letter",
        sender="7G Talent Acquisition <no-reply@7g.example>",
        subject="7G - Application Received - Process Engineer",
        body="Thank you for your interest in 7G. We have received your application for Process Engineer.",
        company="7G",
        title="Process Engineer",
    ),
    employer(
        "a_name_that_opens_with_digits",
        sender="42andUp Recruiting <no-reply@greenhouse.io>",
        subject="Thank you for applying to 42andUp",
        body="Hi Sam,\nThanks for applying to 42andUp! Your application for Bioinformatics Scientist has "
        "been received.",
        company="42andUp",
        title="Bioinformatics Scientist",
    ),
    employer(
        "an_apostrophe_inside_the_name",
        sender="L'Atelier Careers <careers@latelier.example>",
        subject="Application confirmation - Brand Manager",
        body="Dear Sam,\nThank you for applying for the Brand Manager position at L'Atelier. We have "
        "received your application.",
        company="L'Atelier",
        title="Brand Manager",
    ),
    employer(
        "a_camel_cased_brand",
        sender="eVolt Talent <talent@evolt.example>",
        subject="Interview with eVolt - Data Scientist",
        body="Hi Sam,\nWe'd like to invite you to interview for the Data Scientist role at eVolt. Please "
        "share your availability for next week.",
        company="eVolt",
        title="Data Scientist",
        status=Status.INTERVIEW,
    ),
    employer(
        "a_dotted_abbreviation_opening_the_name",
        sender="U.S. Harbor Bank <ushb@myworkday.com>",
        subject="Thank you for applying to U.S. Harbor Bank",
        body="Dear Sam,\nThank you for applying for the Teller position at U.S. Harbor Bank. We have "
        "received your application.",
        company="U.S. Harbor Bank",
        title="Teller",
    ),
    employer(
        "a_city_government",
        sender="City of Larkspur <noreply@governmentjobs.com>",
        subject="Application Received: Planner II",
        body="Dear Sam,\nThank you for applying for the Planner II position with the City of Larkspur. Your "
        "application was received.",
        company="City of Larkspur",
        title="Planner II",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), FORMS)
def test_an_employer_of_unusual_shape_is_read_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
