"""Mail the eighth session's written inboxes showed read wrong (tests/written_inboxes.py: federal_applicant,
nurse_one_trust, scheduling_tools, offer_stage_vendors; invented mail, each row written from one of their
mails): a public-sector ATS or job board writing for a named employer, an employer's job reference in
brackets after the title, a calendar invitation for an interview that does not say "interview", and the
vendors of the offer stage (e-signature, background and reference checks) naming the employer they work
for, and an agency telling that its client "have got sign-off" again (contractor_agencies).
Rows still read wrong are strict xfails with the misreading.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract, with_misreads
from tracker.models import Status

PROBES = [
    row(
        "nhs_jobs_writes_for_the_trust_it_names",
        Status.APPLIED,
        "Eastbrook Health NHS Trust",
        "Staff Nurse - Respiratory Ward",
        sender="NHS Jobs <no-reply@jobs.nhs.uk>",
        subject="Application submitted: Staff Nurse - Respiratory Ward",
        body="Dear Sam Patel,\n\nYour application for Staff Nurse - Respiratory Ward (job reference "
        "118-EB-2207) at Eastbrook Health NHS Trust has been submitted.\n\nThe employer will review your "
        "application after the closing date.\n\nNHS Jobs",
    ),
    row(
        "usa_staffing_writes_for_the_agency_it_names",
        Status.APPLIED,
        "Bureau of Land Management",
        "Natural Resource Specialist",
        sender="USA Staffing <no-reply@usastaffing.gov>",
        subject="Application Received - Natural Resource Specialist",
        body="Dear Sam Patel,\n\nThank you for submitting your application for the position of Natural "
        "Resource Specialist, GS-0401-09, announcement number BLM-26-0193-KR, with the Bureau of Land "
        "Management.\n\nYour application has been received.\n\nBLM Human Resources",
    ),
    row(
        "a_job_reference_in_brackets_is_no_part_of_the_title",
        Status.REJECTED,
        "Eastbrook Health NHS Trust",
        "Community Staff Nurse",
        sender="NHS Jobs <no-reply@jobs.nhs.uk>",
        subject="Update on your application: Community Staff Nurse",
        body="Dear Sam Patel,\n\nThank you for applying for Community Staff Nurse (118-EB-2231) at Eastbrook "
        "Health NHS Trust.\n\nUnfortunately, on this occasion you have not been shortlisted for interview."
        "\n\nNHS Jobs",
    ),
    row(
        "a_calendar_invitation_to_a_panel_naming_the_employer_is_an_interview",
        Status.INTERVIEW,
        "Fenwick Systems",
        sender="Owen Tran (Google Calendar) <calendar-notification@google.com>",
        subject="Invitation: Portfolio review - Sam Patel / Fenwick Systems @ Thu May 7, 2026 3pm - 4pm "
        "(EDT) "
        "(sam.patel@example.com)",
        body="Owen Tran has invited you to this event.\n\nPortfolio review - Sam Patel / Fenwick Systems\n"
        "When: Thursday May 7, 2026 3pm - 4pm (EDT)\nOrganizer: owen.tran@fenwicksystems.com\n\nGoing "
        "(sam.patel@example.com)? Yes - Maybe - No\n\nInvitation from Google Calendar",
    ),
    row(
        "an_e_signature_completion_names_the_employer_after_its_verb",
        Status.OFFER,
        "Harlow Freight",
        "Dispatch Coordinator",
        sender="DocuSign <dse_na2@docusign.net>",
        subject="Completed: Harlow Freight - Offer Letter - Dispatch Coordinator",
        body="All parties have completed Harlow Freight - Offer Letter - Dispatch Coordinator.\n\nVIEW "
        "COMPLETED DOCUMENT\n\nDocuSign. The fast, easy way to get documents signed.",
    ),
    # A step of the hire, stating no status (tests/unit/test_rules_extractor_hire_steps.py): "applied"
    # by default, so it joins the open application and its offer stays.
    row(
        "a_background_check_report_names_the_employer_it_was_for",
        Status.APPLIED,
        "Harlow Freight",
        sender="Checkr <noreply@checkr.com>",
        subject="Your background check is complete",
        body="Hi Sam,\n\nYour background check for Harlow Freight is complete and the report has been shared "
        "with Harlow Freight.\n\nCheckr, Inc.",
    ),
    row(
        "an_agency_telling_its_client_has_sign_off_again_names_the_client",
        Status.APPLIED,
        "Quantis",
        sender="Nadia Brook <nadia.brook@fernleyrecruitment.co.uk>",
        subject="Data platform contract is live again",
        body="Hi Sam,\n\nQuantis have got sign-off and the Data Platform Engineer contract is back on. As "
        "agreed, I've resubmitted your CV to them this morning.\n\nNadia",
    ),
    row(
        "the_faas_pay_band_is_no_part_of_the_title",
        Status.APPLIED,
        "Federal Aviation Administration",
        "Air Traffic Control Specialist",
        sender="USA Staffing <no-reply@usastaffing.gov>",
        subject="Application Received - Air Traffic Control Specialist",
        body="Dear Sam Patel,\n\nThank you for submitting your application for the position of Air Traffic "
        "Control Specialist, FV-2152-H, announcement number FAA-AMC-26-0311-KT, with the Federal Aviation "
        "Administration.\n\nYour application has been received.\n\nFAA Human Resources",
    ),
]

MISREAD: dict[str, str] = {}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(PROBES, MISREAD))
def test_reads_the_inboxes_mail(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
