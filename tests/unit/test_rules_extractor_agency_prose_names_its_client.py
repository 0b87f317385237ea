"""An English-speaking agency naming its client only in its prose, or only in the mail it forwards
(invented mail): the client, not the agency, is the employer of the process it relays.

A recruiter writes who the client is the way a person tells news: the firm it sent the reader's CV and
cover letter to, the person it spoke with there ("off the phone with Ilse at Varrowby Mills"), the client's
own mail forwarded under a long note of its own. A firm named for its partners, one of whom shares a
town's name ("Kendal & Mossop"), is no place.
"""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.places import only_places
from tracker.models import Status

CLIENTS_IN_THE_PROSE = [
    relayed(
        "a_partners_firm_one_partner_named_like_a_town",
        Status.APPLIED,
        "Kendal & Mossop",
        "Paralegal",
        sender="Odile Farrant <odile.farrant@brackenridge-recruitment.co.uk>",
        subject="Paralegal - Kendal & Mossop",
        body="Hi Sam,\n\nGreat to talk earlier. I've now sent your CV over to Kendal & Mossop for the "
        "Paralegal role and flagged your conveyancing work.\n\nThey usually reply within a week.\n\n"
        "Thanks,\nOdile\n\nOdile Farrant\nSenior Consultant\nBrackenridge Recruitment\n"
        "T: 0161 496 0000\nwww.brackenridge-recruitment.co.uk",
    ),
    relayed(
        "the_cv_went_to_the_client_with_a_cover_letter",
        Status.APPLIED,
        "Quenby Orchards",
        None,
        sender="Teodor Vance <teodor@lowmarsh.example>",
        subject="Your profile - Farm Supervisor",
        body="Hi Sam,\n\nQuick one to confirm I've submitted your CV and cover letter to Quenby Orchards "
        "for the Farm Supervisor position. Their owner reads everything herself, so give it a week.\n\n"
        "Talk soon,\nTeodor\n\nTeodor Vance\nPrincipal, Lowmarsh Rural Search\nlowmarsh.example",
    ),
    relayed(
        "the_recruiter_came_off_the_phone_with_a_person_at_the_client",
        Status.REJECTED,
        "Varrowby Mills",
        None,
        sender="Joss Ainsley <joss.ainsley@tamberline-recruitment.example>",
        subject="RE: Interview - Production Planner",
        body="Hi Sam,\n\nI've just come off the phone with Ilse at Varrowby Mills. I'm sorry - they've "
        "decided to offer the role to the other finalist, who has run a planning team before.\n\n"
        "Let's catch up next week about what else is out there.\n\nJoss",
    ),
    relayed(
        "the_recruiter_spoke_to_a_person_from_the_client",
        Status.REJECTED,
        "Marrick Dairies",
        None,
        sender="Cass Orrell <cass@hollinwood-staffing.example>",
        subject="Quality Technician - feedback",
        body="Morning Sam,\n\nI spoke to Tobias Wren from Marrick Dairies this morning. Unfortunately "
        "they've decided to go with another candidate with more lab experience.\n\nI'll keep looking "
        "for you.\n\nCass",
    ),
    relayed(
        "the_agency_forwards_the_clients_own_mail_under_a_long_note",
        Status.INTERVIEW,
        "Pellerin Vaux",
        None,
        sender="Joss Ainsley <joss.ainsley@tamberline-recruitment.example>",
        subject="FW: Interview - Production Planner",
        body="Hi Sam,\n\nGreat news - they'd like to meet you! See below from their office manager. "
        "Tuesday at 11 works for you, doesn't it? I've said yes provisionally but shout if not and I'll "
        "move it. I'll ring you on Monday evening to prepare you for it.\n\nJoss\n\n"
        "---------- Forwarded message ---------\nFrom: Anouk Brell <a.brell@pellerinvaux.example>\n"
        "Date: Thu, 5 Mar 2026 at 09:12\nSubject: Interview - Production Planner\n"
        "To: Joss Ainsley <joss.ainsley@tamberline-recruitment.example>\n\nHi Joss,\n\nWe would like to "
        "invite Sam to a first interview for the Production Planner position on Tuesday 10 March at "
        "11:00.\n\nKind regards,\nAnouk\n\nAnouk Brell | Office Manager\nPellerin Vaux",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CLIENTS_IN_THE_PROSE)
def test_an_agency_naming_its_client_in_its_prose_has_the_client_read(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_firm_named_for_a_town_and_a_partner_is_no_list_of_places():
    assert not only_places("Kendal & Mossop")
    assert only_places("Pune, Maharashtra")
    assert only_places("Kendal & Halifax")
