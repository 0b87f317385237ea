"""Wordings the session's new written inboxes showed unread (invented mail, counted wrong on main before
the fix): an academic receipt's "until the position is filled", a contractor's agency ("your CV has gone
over to", "resubmitted your CV", a contract put on hold or offered), people inviting by hand ("pop into
the shop for a chat", "they'd like a video call with you", "jump on a call Thursday"), an interviewer's
"enjoyed our call", a faculty search's campus visit and AcademicJobsOnline's "AJO:" subjects.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

AGENCY = "Maya Ross <maya.ross@kinsale-recruitment.co.uk>"

WORDINGS = [
    application_row(
        "a_receipt_reviewing_until_the_post_is_filled_is_no_rejection",
        Status.APPLIED,
        "Holloway University",
        sender="Holloway University <holloway@myworkday.com>",
        subject="Thank you for applying: Assistant Professor of History",
        body="Dear Sam,\n\nWe have received your application for Assistant Professor of History at Holloway "
        "University. Review of applications will continue until the position is filled.\n\nFaculty Affairs",
    ),
    application_row(
        "an_agency_saying_the_cv_has_gone_over_to_the_client_confirms",
        Status.APPLIED,
        "Penrose Utilities",
        sender=AGENCY,
        subject="Cloud Engineer contract - Penrose Utilities",
        body="Hi Sam,\n\nGood to speak today. Your CV has gone over to Penrose Utilities for the Cloud "
        "Engineer contract; they review on Thursdays.\n\nMaya",
    ),
    application_row(
        "an_agency_resubmitting_the_cv_confirms",
        Status.APPLIED,
        "Penrose Utilities",
        sender=AGENCY,
        subject="Cloud Engineer - Penrose Utilities",
        body="Hi Sam,\n\nAs agreed, I've resubmitted your CV to Penrose Utilities for the Cloud Engineer "
        "role now that it is open again.\n\nMaya",
    ),
    application_row(
        "a_contract_put_on_hold_is_withdrawn",
        Status.WITHDRAWN,
        "Penrose Utilities",
        sender=AGENCY,
        subject="Re: Cloud Engineer contract - Penrose Utilities",
        body="Hi Sam,\n\nPenrose Utilities have put the Cloud Engineer contract on hold until the new "
        "financial year.\n\nMaya",
    ),
    application_row(
        "a_client_that_offered_you_the_contract_is_an_offer",
        Status.OFFER,
        "Penrose Utilities",
        sender=AGENCY,
        subject="Penrose Utilities - good news",
        body="Hi Sam,\n\nPenrose Utilities have offered you the Cloud Engineer contract at 520 GBP a day, "
        "starting on the 1st.\n\nMaya",
    ),
    application_row(
        "a_shop_asking_you_to_pop_into_the_store_for_a_chat_invites",
        Status.INTERVIEW,
        "Marsh Lane Deli",
        sender="Marsh Lane Deli <marshlanedeli@gmail.com>",
        subject="Counter assistant job",
        body="Hi Sam,\n\nThanks for applying for the counter assistant job. Could you pop into the deli on "
        "Saturday morning for a quick chat with me?\n\nRosa",
    ),
    application_row(
        "an_agency_passing_on_that_the_client_would_like_a_call_with_you_invites",
        Status.INTERVIEW,
        "Penrose Utilities",
        sender=AGENCY,
        subject="Penrose Utilities - next step",
        body="Hi Sam,\n\nPenrose Utilities would like a short video call with you on Friday morning to talk "
        "through the Cloud Engineer contract.\n\nMaya",
    ),
    application_row(
        "a_founder_wanting_to_jump_on_a_call_on_a_weekday_invites",
        Status.INTERVIEW,
        "Fieldnote",
        sender="Ravi Mehta <ravi@fieldnote.app>",
        subject="Fieldnote - design role",
        body="Hi Sam,\n\nThanks for applying to be our first designer. I'd love to jump on a call Tuesday to "
        "hear about your work - here's my calendar.\n\nRavi\nCo-founder, Fieldnote",
    ),
    application_row(
        "an_interviewer_who_enjoyed_our_call_is_an_interview",
        Status.INTERVIEW,
        "Fieldnote",
        sender="Ravi Mehta <ravi@fieldnote.app>",
        subject="Re: Fieldnote - design role",
        body="Hi Sam,\n\nI really enjoyed our conversation this morning, thanks for walking me through your "
        "portfolio. I'll discuss with the team and get back to you next week.\n\nRavi\nCo-founder, Fieldnote",
    ),
    application_row(
        "a_faculty_searchs_campus_visit_is_an_interview",
        Status.INTERVIEW,
        "Holloway University",
        sender="History Department <history@holloway.edu>",
        subject="Your visit - Assistant Professor of History",
        body="Dear Sam,\n\nWe look forward to your campus visit on March 3-4. You will give a job talk on "
        "Monday and meet the Dean on Tuesday; our coordinator will book your hotel.\n\nDepartment of "
        "History, Holloway University",
    ),
    application_row(
        "an_agency_naming_the_client_after_the_role_names_the_employer",
        Status.INTERVIEW,
        "Penrose Utilities",
        "Cloud Engineer",
        sender=AGENCY,
        subject="Cloud Engineer contract",
        body="Hi Sam,\n\nI can now share that the client for the Cloud Engineer contract is Penrose "
        "Utilities. They would like a video call with you on Thursday at 11am.\n\nMaya",
    ),
    application_row(
        "the_head_of_a_department_met_at_interview_is_no_employer",
        Status.INTERVIEW,
        "Corbell Retail",
        sender=AGENCY,
        subject="Corbell Retail - next steps",
        body="Hi Sam,\n\nCorbell were impressed and would like you back for a final interview with the Head "
        "of Infrastructure on Monday at 11am.\n\nMaya",
    ),
    application_row(
        "academicjobsonline_is_never_the_employer",
        Status.APPLIED,
        "Westmarch Institute",
        sender="AcademicJobsOnline.org <ajo@academicjobsonline.org>",
        subject="AJO: Your application to Westmarch Institute has been received",
        body="Dear Dr. Sam Lee,\n\nYour application for the position Postdoctoral Associate in Ecology at "
        "the Westmarch Institute has been received.\n\nAcademicJobsOnline.org",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), WORDINGS)
def test_reads_the_wording(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
