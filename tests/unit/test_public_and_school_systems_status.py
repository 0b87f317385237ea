"""What the systems of counties, school districts and boards write about an application (invented mail).

Screening passed with no decision yet is a receipt ("you meet the minimum qualifications", "referred to
the hiring department"), though the subject says "Application Status Update"; a posting "closed and will
not be filled" is withdrawn, not a receipt because the application "will remain on file"; a board
relaying "<employer> has closed your interview process" is a rejection. The receipt's "the following
position(s) with <employer>:" stands over the title's line (a bullet before it is no part of it)."""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

_COUNTY = '"Fenwick County" <noreply@countyjobs.example.gov>'
_DISTRICT = '"Ashgrove School District HR" <no-reply@schooljobs.example.com>'

ROWS = [
    application_row(
        "minimum_qualifications_met_and_referred",
        Status.APPLIED,
        "Fenwick County",
        "Building Inspector I",
        sender=_COUNTY,
        subject="Application Status Update - Job #26-1187",
        body="Dear Sam Ortiz,\n\nYour application for Building Inspector I has been reviewed. You meet the "
        "minimum qualifications and your application has been referred to the hiring department for further "
        "review.\n\nHuman Resources\nFenwick County",
    ),
    application_row(
        "forwarded_to_the_hiring_supervisor",
        Status.APPLIED,
        "Fenwick County",
        "Building Inspector I",
        sender=_COUNTY,
        subject="Application Status Update",
        body="Dear Sam Ortiz,\n\nYour application for Building Inspector I has been forwarded to the hiring "
        "supervisor for consideration.\n\nHuman Resources\nFenwick County",
    ),
    application_row(
        "qualified_but_not_selected_is_still_a_rejection",
        Status.REJECTED,
        "Fenwick County",
        sender=_COUNTY,
        subject="Application Status Update",
        body="Dear Sam Ortiz,\n\nAlthough you meet the minimum qualifications for Building Inspector I, you "
        "were not selected for an interview.\n\nHuman Resources\nFenwick County",
    ),
    application_row(
        "posting_closed_and_not_filled",
        Status.WITHDRAWN,
        "Ashgrove School District",
        sender=_DISTRICT,
        subject="Posting closed: JobID 5120",
        body="Dear Applicant,\n\nPlease be advised that JobID 5120, Library Aide at Birchfield Middle "
        "School, has been closed and will not be filled at this time due to budget changes.\n\nYour "
        "application will remain on file and may be considered for other openings.\n\nAshgrove School "
        "District HR",
    ),
    application_row(
        "the_following_positions_with_the_employer",
        Status.APPLIED,
        "Ashgrove School District",
        "Library Aide",
        sender=_DISTRICT,
        subject="Application Received",
        body="Dear Sam Ortiz,\n\nThank you for applying for the following position(s) with Ashgrove School "
        "District:\n\nJobID 5120 - Library Aide - Birchfield Middle School\n\nYour application has been "
        "received.\n\nAshgrove School District HR",
    ),
    application_row(
        "the_following_positions_as_a_bulleted_list",
        Status.APPLIED,
        "Ashgrove School District",
        "Library Aide",
        sender=_DISTRICT,
        subject="Application Received",
        body="Dear Sam Ortiz,\n\nThank you for your recent application to the following positions:\n\n"
        "  • 5120 Library Aide\n\nYour application has been received.\n\nAshgrove School District HR",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_a_public_or_school_systems_mail(
    mail: dict[str, str], status: Status, company: str, title: str | None
):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_board_relaying_a_closed_interview_process_is_a_rejection() -> None:
    result = extract(
        sender="Carelink Jobs <notifications@carelinkjobs.example.com>",
        subject="An update from Harlow Dialysis",
        body="Hi Sam,\n\nHarlow Dialysis has closed your interview process for Patient Care Technician. "
        "Employers close processes for many reasons.\n\nSee matching jobs\n\nThe Carelink Jobs Team",
    )
    assert result.status is Status.REJECTED, result


@pytest.mark.parametrize(
    "closed",
    [
        "As you requested, we have closed your application for Library Aide.",
        "At your request, your application for Library Aide has been withdrawn and we have closed your file.",
        "Per your request, we have closed your candidacy for Library Aide.",
    ],
)
def test_a_process_closed_at_the_readers_request_is_withdrawn_not_rejected(closed: str) -> None:
    result = extract(
        sender=_COUNTY,
        subject="Application Status Update - Job #26-2210",
        body=f"Dear Sam Ortiz,\n\n{closed} Thank you for your interest in Fenwick County.\n\nFenwick HR",
    )
    assert result.status is Status.WITHDRAWN, result
