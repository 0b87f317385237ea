"""Mail written by a person: a founder on a personal address, a professor signing with a degree, a
recruiter passing on someone else's step (invented mail). The person is never the employer."""

import pytest

from tests.extraction_support import application_row as written
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

PEOPLE = [
    written(
        "a_founder_on_a_personal_address_names_the_company_they_found",
        Status.INTERVIEW,
        "Lumen Loop",
        "Backend Engineer",
        sender="Jordan Blake <jordan.blake@gmail.com>",
        subject="Following up on your application",
        body="Hi Sam,\nThis is Jordan, founder of Lumen Loop. Thanks for applying to our Backend Engineer "
        "opening. Would you have time for a quick call this week?\nJordan",
    ),
    written(
        "a_professor_with_a_title_and_a_degree_is_a_person_and_the_signature_names_the_university",
        Status.INTERVIEW,
        "Harrow State University",
        "Postdoctoral Researcher",
        sender="Dr. Elena Vasquez <evasquez@harrowstate.edu>",
        subject="Postdoctoral Researcher position",
        body="Dear Sam,\nThank you for your application to the Postdoctoral Researcher position in my lab. "
        "I would like to invite you to a Zoom interview next Thursday.\nElena Vasquez, PhD\nAssociate "
        "Professor, Department of Biology\nHarrow State University",
    ),
    written(
        "a_recruiter_passing_on_another_organisations_wish_to_interview_names_that_organisation",
        Status.INTERVIEW,
        "Northwind Health",
        "Analyst",
        sender="Joan Brannick <joan.brannick@brightforce.example>",
        subject="Brightforce - next steps",
        body="Hi Sam,\nGood news, Jane Smith from Northwind Health wants to interview you for the Analyst "
        "role on Monday.\nKelly",
    ),
    written(
        "an_ats_naming_the_recruiter_who_invited_names_the_employer_it_signs_for",
        Status.ASSESSMENT,
        "Orbit Freight",
        "Backend Engineer",
        sender="Lever <no-reply@hire.lever.co>",
        subject="Orbit Freight - next steps",
        body="Hi Sam,\nDavid Okafor invited you to complete the take-home exercise for the Backend Engineer "
        "position.\nOrbit Freight",
    ),
    written(
        "a_hiring_manager_signing_only_their_name_leaves_the_domain_spelled_at_its_noun",
        Status.INTERVIEW,
        "Kestrel Bank",
        "Data Engineer",
        sender="Blake, Jordan <jblake@kestrelbank.example>",
        subject="Interview availability",
        body="Hello Sam,\nI'm the hiring manager for the Data Engineer position. Please let me know your "
        "availability for a 45-minute interview next week.\nJordan Blake",
    ),
    written(
        "a_recruiter_closing_the_application_of_a_candidate_who_declined_the_interview",
        Status.WITHDRAWN,
        "Kestrel Bank",
        "Data Engineer",
        sender="Hannah Cho <hannah.cho@kestrelbank.example>",
        subject="Your application",
        body="Hi Sam,\nWe noticed you declined our interview invitation, so we have closed your application "
        "for the Data Engineer role.\nHannah Cho\nSenior Recruiter",
    ),
    written(
        "a_recruiter_closing_the_application_of_a_candidate_who_went_silent",
        Status.WITHDRAWN,
        "Kestrel Bank",
        "Data Engineer",
        sender="Hannah Cho <hannah.cho@kestrelbank.example>",
        subject="Your application",
        body="Hi Sam,\nSince we did not hear back from you, we have closed your application for the Data "
        "Engineer role.\nHannah Cho",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), PEOPLE)
def test_a_person_writing_names_the_employer_not_themselves(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
