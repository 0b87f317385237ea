"""A portal's notification whose news is only in its subject (invented): the body is the ATS's page chrome
("View message in portal", "You are receiving this email because you applied on our careers site"),
so a footer's "you applied" must not outrank "Not Selected", "Interview Request" or "Offer Letter" in
the subject; the subject's news is not part of the title.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

SUBJECT_NEWS = [
    application_row(
        "not_selected_in_the_subject_over_a_footers_you_applied",
        Status.REJECTED,
        "Orion Foods",
        "Supply Planner",
        sender="Orion Foods <no-reply@orionfoods.icims.com>",
        subject="Your application for Supply Planner - Not Selected",
        body="Dear Sam,\n\n[Company logo]\n\nView message in portal\n\nYou are receiving this email "
        "because you applied on our careers site. Manage notifications | Privacy policy",
    ),
    application_row(
        "position_closed_subject_rejects",
        Status.REJECTED,
        "Bluewater Bank",
        "Branch Manager",
        sender="Bluewater Bank <bluewater@myworkday.com>",
        subject="Position Closed: Branch Manager",
        body="Hi Sam,\n\nTo view the status of your application, log in to the candidate "
        "portal.\n\nView application\n\nThis is an automated message. Please do not reply.\n© 2026 "
        "Workday, Inc.",
    ),
    application_row(
        "interview_request_subject_over_a_footers_you_applied",
        Status.INTERVIEW,
        "Caldera Energy",
        "Field Engineer",
        sender="Caldera Energy <careers@calderaenergy.com>",
        subject="Interview Request - Field Engineer",
        body="Hi Sam,\n\n[Company logo]\n\nView message in portal\n\nYou are receiving this email "
        "because you applied on our careers site. Manage notifications | Privacy policy",
    ),
    application_row(
        "assessment_subject_over_a_portal_page",
        Status.ASSESSMENT,
        "Lumen Bank",
        "Data Analyst",
        sender="Lumen Bank <lumenbank@myworkday.com>",
        subject="Action Required: Complete your assessment for Data Analyst",
        body="Hi Sam,\n\nTo view the status of your application, log in to the candidate "
        "portal.\n\nView application\n\nThis is an automated message. Please do not reply.\n© 2026 "
        "Workday, Inc.",
    ),
    application_row(
        "offer_letter_subject_over_a_footers_you_applied",
        Status.OFFER,
        "Arbor Schools",
        "Math Teacher",
        sender="Arbor Schools <noreply@arborschools.applytojob.com>",
        subject="Offer Letter - Math Teacher",
        body="Hi Sam,\n\n[Company logo]\n\nView message in portal\n\nYou are receiving this email "
        "because you applied on our careers site. Manage notifications | Privacy policy",
    ),
    application_row(
        "received_subject_over_a_portal_page",
        Status.APPLIED,
        "Ridgeway Insurance",
        "Underwriter",
        sender="Ridgeway Insurance <ridgeway@myworkday.com>",
        subject="We've received your application for Underwriter",
        body="Hello Sam,\n\nTo view the status of your application, log in to the candidate "
        "portal.\n\nView application\n\nThis is an automated message. Please do not reply.\n© 2026 "
        "Workday, Inc.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SUBJECT_NEWS)
def test_the_subjects_news_outranks_a_body_that_only_acknowledges_the_application(
    mail, status, company, title
):
    assert_reads_application(extract(**mail), status, company, title)
