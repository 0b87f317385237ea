"""English "of course" is an adverb every writer uses, not a course sold: an offer, an interview's
invitation or an agency's news read from a sentence's shape stays the application's mail with it.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

SHAPED_NEWS_WITH_OF_COURSE = [
    pytest.param(
        "Hi Osgood,\n\nGood to see you again on Friday. I am really pleased to say we would love you to join "
        "the team. Please find attached your contract for the Senior Glazier position.\n\nAnd of course, if "
        "you have any questions before then, I am happy to talk.\n\nBest,\nPernilla Haverstock\n"
        "Haverstock Glass Ltd",
        "Contract - Haverstock Glass",
        Status.OFFER,
        id="offer_in_prose",
    ),
    pytest.param(
        "Hi Tamsin,\n\nCould you come in on Thursday 12 March at 10:30 to meet me and our finance lead at "
        "the "
        "Leeds office? It would be about an hour.\n\nOf course, tell me if another day suits better.\n\n"
        "Regards,\nGwilym Ashcroft\nBrackenfield Mills",
        "Payroll Officer",
        Status.INTERVIEW,
        id="meeting_proposed",
    ),
    pytest.param(
        "Hi Dervla,\n\nThe practice owners would love you to start as their Dental Nurse on Monday 6 July. "
        "Your contract is attached for signature.\n\nOf course, ring me if anything is unclear.\n\n"
        "Cheers,\nNoor Halloran\nSallowfield Dental",
        "Dental Nurse - Sallowfield Dental",
        Status.OFFER,
        id="offer_relayed_for_the_owners",
    ),
    pytest.param(
        "Dear Philippa,\n\nWould Wednesday 4 February at 14:00 suit you for a call with our head of "
        "operations about the analyst post? I will send a Teams link.\n\nOf course, we can find another "
        "slot.\n\nBest regards,\nTobiah Fenchurch\nQuillmere Logistics",
        "Re: Analyst post",
        Status.INTERVIEW,
        id="call_proposed_in_a_reply",
    ),
]


@pytest.mark.parametrize(("body", "subject", "status"), SHAPED_NEWS_WITH_OF_COURSE)
def test_of_course_in_an_applications_mail_sells_no_course(body, subject, status):
    read = extract(body=body, subject=subject)
    assert (read.kind, read.status) == (Kind.APPLICATION, status)


def test_a_course_sold_is_still_marketing():
    body = (
        "Land your next role faster! Our six-week course on interview skills starts Monday. Enrol now and "
        "save $100.\n\nThe Careerlift team"
    )
    assert extract(body=body, subject="New course: interview skills").kind != Kind.APPLICATION
