"""Reading faults the whole written inboxes (tests/written_inboxes.py) showed, handed from the bookkeeping
to the reading as one invented mail per class (a paraphrase of the class, never a copy of the inbox's
mail): each a strict xfail naming the module that owns the reading, until that reading is mended."""

from __future__ import annotations

import re

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.models import Status

# Why each row is read wrong on main, and whose reading it is.
MISREAD = {
    "a_polish_employers_receipt_names_the_post_and_the_firm": "no Polish phrase table: read as no job mail "
    "(polish_tester reads nothing; owner tracker/extraction/phrases/, kinds and statuses)",
    "a_polish_employer_goes_on_with_other_candidates": "no Polish phrase table: read as no job mail "
    "(polish_tester; owner tracker/extraction/phrases/)",
    "a_principal_invites_for_the_district_signing_with_the_school": "'position at <school>' is read over the "
    "sign-off's district (school_district_teacher; owner tracker/extraction/employer_signoffs.py)",
    "an_icims_offer_signed_only_by_human_resources_names_its_tenant": "an iCIMS tenant's mail naming no "
    "employer in its text reads none, though the display name and the address's tenant name it "
    "(seasonal_rehires; owner tracker/extraction/employer_sender.py)",
    "a_returning_staff_receipt_names_the_role_not_the_kind_of_application": "the subject's 'returning "
    "counselor application' is read as the title over the body's role (seasonal_rehires; owner "
    "tracker/extraction/title_subject.py)",
    "an_agency_passes_on_that_the_clients_offer_is_coming": "an agency's 'the offer is on its way' is read "
    "as no job mail (one_employer_two_ats; owner tracker/extraction/phrases/offer_shape.py)",
}

HANDOVER_ROWS = [
    application_row(
        "a_polish_employers_receipt_names_the_post_and_the_firm",
        Status.APPLIED,
        "Hutnik Systems",
        "Tester automatyzujący",
        sender="Hutnik Systems <kariera@hutniksystems.pl>",
        subject="Potwierdzenie aplikacji - Tester automatyzujący",
        body="Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Tester automatyzujący w "
        "firmie Hutnik Systems. Odezwiemy się wyłącznie do wybranych osób.\n\nPozdrawiamy,\nZespół HR "
        "Hutnik Systems",
    ),
    application_row(
        "a_polish_employer_goes_on_with_other_candidates",
        Status.REJECTED,
        "Hutnik Systems",
        None,
        sender="Hutnik Systems <kariera@hutniksystems.pl>",
        subject="Informacja zwrotna - Tester automatyzujący",
        body="Dzień dobry,\n\ndziękujemy za udział w procesie rekrutacji. Niestety, zdecydowaliśmy się "
        "kontynuować proces z innymi kandydatami.\n\nPozdrawiamy,\nZespół HR Hutnik Systems",
    ),
    application_row(
        "a_trusts_reference_request_names_the_ward_in_the_post",
        Status.OFFER,
        "Eastbrook Hospitals NHS Trust",
        None,
        sender="NHS Jobs <no-reply@jobs.nhs.uk>",
        subject="Your references: Staff Nurse - Coronary Care Unit",
        body="Dear Alex Morgan,\n\nEastbrook Hospitals NHS Trust is now contacting your referees for your "
        "conditional offer for Staff Nurse - Coronary Care Unit (350-EBH-2210). You do not need to do "
        "anything else.\n\nNHS Jobs",
    ),
    application_row(
        "a_principal_invites_for_the_district_signing_with_the_school",
        Status.INTERVIEW,
        "Pine Valley Unified School District",
        None,
        sender="Renee Alvarez <ralvarez@pinevalleyusd.org>",
        subject="Interview - 3rd grade position",
        body="Hello Ms. Chen,\n\nThanks for your interest in our 3rd grade teaching position at Brookside "
        "Elementary. I'd like to invite you to meet our hiring team on Tuesday at 3:30 pm in the school "
        "office.\n\nRenee Alvarez\nPrincipal, Brookside Elementary\nPine Valley Unified School District",
    ),
    application_row(
        "a_managers_interview_with_the_club_in_the_subject_names_the_club",
        Status.INTERVIEW,
        "Summit Ridge Golf Club",
        None,
        sender="Marco Reyes <mreyes@summitridgegolf.com>",
        subject="Summit Ridge Golf Club - Cart Attendant interview",
        body="Hi Casey,\n\nThanks for applying to the outside crew! Could you come up for a quick interview "
        "for the Cart Attendant job on Friday at 11 AM? We'll meet at the bag drop.\n\nMarco Reyes\n"
        "Outside Operations Manager",
    ),
    application_row(
        "an_icims_offer_signed_only_by_human_resources_names_its_tenant",
        Status.OFFER,
        "Cedar Lake Lodge",
        "Housekeeping Attendant (Seasonal)",
        sender="Cedar Lake Lodge <careers-cedarlakelodge@icims.com>",
        subject="Offer of Employment - Housekeeping Attendant (Seasonal)",
        body="Dear Casey,\n\nWe are pleased to offer you seasonal employment as a Housekeeping Attendant "
        "(Seasonal) starting May 20. Your uniform will be ready at orientation.\n\nHuman Resources",
    ),
    application_row(
        "a_returning_staff_receipt_names_the_role_not_the_kind_of_application",
        Status.APPLIED,
        "Sunny Pines Camp",
        "Cabin Counselor",
        sender="Sunny Pines Camp <notifications@hireology.com>",
        subject="Welcome back! We got your returning counselor application",
        body="Hi Casey,\n\nThanks for applying to return as a Cabin Counselor for Summer 2026! We'll be in "
        "touch soon.\n\nSunny Pines Camp",
    ),
    application_row(
        "an_agency_passes_on_that_the_clients_offer_is_coming",
        Status.OFFER,
        "Orchard Bank",
        None,
        sender="Ravi Patel <ravi.patel@northlighttalent.com>",
        subject="Great news",
        body="Hi Sam,\n\nJust heard from Orchard Bank - the offer is on its way to you. Congratulations! "
        "Let's talk through the package once you have it.\n\nRavi\nNorthlight Talent",
    ),
    application_row(
        "an_agency_names_its_client_as_the_subject_of_the_news",
        Status.INTERVIEW,
        "Orchard Bank",
        "Data Platform Lead",
        sender="Ravi Patel <ravi.patel@northlighttalent.com>",
        subject="Orchard Bank update",
        body="Hi Sam,\n\nOrchard Bank want to see you for the final round for the Data Platform Lead role "
        "next Tuesday. I'll confirm timings tomorrow.\n\nRavi\nNorthlight Talent",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(HANDOVER_ROWS, MISREAD))
def test_a_whole_inboxs_reading_fault_read_right_in_its_own_class(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_time_of_day_after_at_is_never_the_employer():
    read = extract(
        sender="Jon Ferris <jferris@trailheadcycles.com>",
        subject="Bike shop interview",
        body="Hi Casey,\n\nThanks for applying to the bike shop! Could you drop by for a short interview for "
        "the Bike Mechanic position on Sunday, May 3 at 2 PM? We will meet at the repair bench.\n\nJon "
        "Ferris\nBike Shop Lead",
    )
    assert read.status is Status.INTERVIEW
    assert not re.fullmatch(r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?", read.company or "", re.I), read.company
