"""A brand written alone only at the head of its hiring team's name ("X Talent Acquisition", "X Careers",
"X's People Team") is the team's shorthand, not the name a person types: where the organisation signs with
its fuller name, that is the employer (invented mail: US, Indian, Australian and Canadian writers)."""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

TEAM_SIGNED = [
    named(
        "a_us_ats_receipt_signed_by_the_recruiting_team",
        Status.APPLIED,
        "Thistlewick Analytics Services",
        "Data Quality Engineer",
        sender="Thistlewick Analytics Services <noreply@hire.example-ats.com>",
        subject="Thanks for applying to Thistlewick Analytics Services",
        body="Hi Jordan,\n\nThank you for your application for the Data Quality Engineer role at "
        "Thistlewick Analytics Services. Our team will review it and be in touch if your background is a "
        "match.\n\nBest,\nThistlewick Recruiting Team",
    ),
    named(
        "an_indian_interview_mail_signed_by_talent_acquisition",
        Status.INTERVIEW,
        "Ovalkiri Infotech Solutions",
        "Senior QA Analyst",
        sender="Ovalkiri Infotech Solutions <talent@ovalkiri.example.in>",
        subject="Interview schedule - Senior QA Analyst",
        body="Dear Rohan,\n\nGreetings from Ovalkiri Infotech Solutions! We are pleased to invite you for a "
        "technical interview for the Senior QA Analyst position on 14 March at 11:00 AM IST.\n\n"
        "Regards,\nOvalkiri Talent Acquisition",
    ),
    named(
        "an_australian_offer_from_the_peoples_team_of_a_hospitality_group",
        Status.OFFER,
        "Pellacombe Hospitality Group",
        "Restaurant Manager",
        sender="Pellacombe Hospitality Group <people@pellacombe.example.com.au>",
        subject="Your offer - Restaurant Manager",
        body="Hi Tess,\n\nWe are delighted to offer you the position of Restaurant Manager with "
        "Pellacombe Hospitality Group. Your contract is attached.\n\nCheers,\nPellacombe's People Team",
    ),
    named(
        "a_canadian_careers_team_after_a_services_name_in_the_body",
        Status.APPLIED,
        "Tundrel Engineering Services",
        "Field Technician",
        sender="Tundrel Careers <careers@tundrel.example.ca>",
        subject="Application received: Field Technician",
        body="Hello Marc,\n\nWe have received your application for Field Technician with Tundrel "
        "Engineering Services. A recruiter will contact you if you are shortlisted.\n\n"
        "Tundrel Careers\nTundrel Engineering Services",
    ),
    # The brand written alone in a sentence is the brand a person types: the tail goes, as before.
    named(
        "the_brand_alone_in_a_sentence_stays_the_brand",
        Status.APPLIED,
        "Thistlewick",
        "Data Quality Engineer",
        sender="Thistlewick Analytics Services <noreply@hire.example-ats.com>",
        subject="Thanks for applying",
        body="Hi Jordan,\n\nThanks for your interest in Thistlewick! We received your application for the "
        "Data Quality Engineer role.\n\nBest,\nThistlewick Recruiting Team",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TEAM_SIGNED)
def test_a_team_signing_with_the_brand_leaves_the_fuller_name(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
