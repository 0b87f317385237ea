"""Staffing agencies relaying a client's process (invented mail).

The labelling rule: the company is the client when the mail names it, else the agency, spelled as
the agency spells itself. An agency is known by its domain or name ("brightpath-recruitment",
"Northstar Talent Partners") or by writing of "our client".
"""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

_TOM = "Tom Price <tom.price@brightpath-recruitment.co.uk>"
_JAKE = "Jake Holt <jake@northstar-talent.example>"


RELAYS = [
    relayed(
        "the_agency_confirming_an_application_to_itself_keeps_its_trade_in_its_name",
        Status.APPLIED,
        "Brightpath Recruitment",
        "Data Engineer",
        sender=_TOM,
        subject="Your application - Data Engineer",
        body="Hi Sam,\nThank you for applying for the Data Engineer role via Brightpath Recruitment. I have "
        "reviewed your CV and will be in touch.\nTom",
    ),
    relayed(
        "an_unnamed_clients_rejection_is_the_agencys",
        Status.REJECTED,
        "Brightpath Recruitment",
        None,
        sender=_TOM,
        subject="RE: Data Engineer",
        body="Hi Sam,\nI've had feedback from the client. Unfortunately they have decided to progress with "
        "other candidates who have more Azure experience.\nTom\nBrightpath Recruitment",
    ),
    relayed(
        "an_interview_with_our_client_names_the_client_and_the_role",
        Status.INTERVIEW,
        "Kestrel Bank",
        "Payroll Officer",
        sender="Hallam <noreply@hallam.example>",
        subject="Interview confirmation - Kestrel Bank",
        body="Dear Sam,\nYour interview with our client Kestrel Bank for the role of Payroll Officer has "
        "been confirmed for 12 March at 10:00.\nHallam Recruitment",
    ),
    relayed(
        "the_client_extending_an_offer_is_an_offer_from_the_client",
        Status.OFFER,
        "Kestrel Bank",
        "Data Engineer",
        sender="Maria Lopez <maria.lopez@tekforce.example>",
        subject="Offer details",
        body="Hi Sam,\nGreat news - the client, Kestrel Bank, has extended an offer for the Data Engineer "
        "contract role at $85/hr. Let me know if you'd like to accept.\nMaria Lopez | Tekforce",
    ),
    relayed(
        "a_talent_partners_agency_preparing_an_interview_names_the_client",
        Status.INTERVIEW,
        "Kestrel Bank",
        "Data Engineer",
        sender=_JAKE,
        subject="Kestrel Bank interview prep",
        body="Hi Sam,\nAhead of your interview with Kestrel Bank tomorrow for the Data Engineer role, here "
        "are some prep notes about the panel.\nJake\nNorthstar Talent Partners",
    ),
    relayed(
        "the_client_coming_back_with_a_rejection_is_the_employer",
        Status.REJECTED,
        "Kestrel Bank",
        "Data Engineer",
        sender=_JAKE,
        subject="Update",
        body="Hi Sam,\nKestrel Bank came back to me: they have gone with another candidate for the Data "
        "Engineer role. Sorry it wasn't better news.\nJake\nNorthstar Talent Partners",
    ),
]


RELAYS += [
    relayed(
        "an_agency_putting_the_reader_forward_for_another_role_is_an_application_to_the_client",
        Status.APPLIED,
        "Kestrel Bank",
        "Data Engineer",
        sender=_TOM,
        subject="Two more roles",
        body="Hi Sam,\nGood news: I have also submitted your CV to Kestrel Bank for the Data Engineer role. "
        "I will let you know when I hear back.\nTom",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), RELAYS)
def test_an_agency_relay_names_the_client_else_the_agency(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
