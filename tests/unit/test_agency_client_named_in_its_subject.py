"""An agency naming its client only in its subject, beside the role (invented mail): "Submitted: Role -
Client (Site)", "RE: New submission - Client / Role". The labelling rule: the company is the client when
the mail names it, else the agency. The subject's news, a place or the agency itself is no client."""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

CLIENTS_IN_THE_SUBJECT = [
    relayed(
        "a_submission_names_role_then_client_with_its_site",
        Status.APPLIED,
        "Penrose Freight",
        None,
        sender="Tahlia Moss <tahlia.moss@gumtreerecruit.example>",
        subject="Submitted: Warehouse Supervisor - Penrose Freight (Dandenong)",
        body="Hi Sam,\n\nAs promised I've sent your resume through to the client this afternoon, along with "
        "my notes on your forklift tickets. They're shortlisting on Thursday, so I'll ring you Friday "
        "either way.\n\nCheers,\nTahlia\n\nTahlia Moss | Consultant - Supply Chain\n"
        "Gumtree Recruitment Pty Ltd",
    ),
    relayed(
        "a_reply_to_a_new_submission_names_client_then_role",
        Status.INTERVIEW,
        "Marrowby Children's Health",
        None,
        sender="Devon Price <dprice@brightwellclinical.example>",
        subject="RE: New submission - Marrowby Children's Health / Clinical Data Analyst",
        body="Great news, they want to interview you! Tuesday 3/10 at 2:00pm CT with the analytics "
        "manager, 45 minutes on Zoom: https://zoom.us/j/5550100123\n\nDevon",
    ),
    relayed(
        "an_agencys_feedback_names_its_client_after_the_role",
        Status.REJECTED,
        "Caddon Valley Foods",
        None,
        sender="Pieter Naidoo <pieter@kestrelstaffing.example>",
        subject="Feedback: Production Planner - Caddon Valley Foods",
        body="Hi Thandi,\n\nI heard this morning that they have decided to go ahead with another candidate "
        "who has more SAP experience. Thank you for your patience through the process.\n\n"
        "Kind regards,\nPieter Naidoo\nKestrel Staffing Solutions",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CLIENTS_IN_THE_SUBJECT)
def test_an_agency_naming_its_client_in_its_subject_has_the_client_read(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_place_beside_the_role_in_an_agencys_subject_is_no_client():
    result = extract(
        "Hi Sam,\n\nThanks for applying through our website. I'd like to have a quick chat about your "
        "experience before I put you forward - are you free tomorrow at 10am?\n\nCheers,\nTahlia\n\n"
        "Tahlia Moss\nGumtree Recruitment Pty Ltd",
        "Your application: Warehouse Supervisor - Dandenong",
        "Tahlia Moss <tahlia.moss@gumtreerecruit.example>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company is not None and "Gumtree" in result.company, result.company
