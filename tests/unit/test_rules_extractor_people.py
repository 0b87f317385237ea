"""Mail written by a person: a founder on a personal address, a professor signing with a degree, a
recruiter passing on someone else's step (invented mail). The person is never the employer."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def written(name: str, status: Status, company: str, title: str, **mail: str):
    """One row: the mail as sent, then its status, employer and title."""
    return pytest.param(mail, status, company, title, id=name)


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
        sender="Kelly Hotopp <kelly.hotopp@brightforce.example>",
        subject="Brightforce - next steps",
        body="Hi Sam,\nGood news, Jane Smith from Northwind Health wants to interview you for the Analyst "
        "role on Monday.\nKelly",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), PEOPLE)
def test_a_person_writing_names_the_employer_not_themselves(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    assert same_company(result.company, company) and len(result.company) == len(company), result.company
    assert same_title(result.job_title, title), result.job_title
