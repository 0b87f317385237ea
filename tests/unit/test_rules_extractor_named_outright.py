"""What a mail says outright about the employer and the post outranks what its prose mentions: an
"Employer:" line over "working for the NHS", "<Organisation> has shortlisted you", and a reference
code written with a year's two digits ("K2231-24-0412") cut from the title. Invented mail."""

from tests.extraction_support import extract
from tracker.models import Kind, Status

BOARD = "NHS Jobs <noreply@jobs.nhs.uk>"


def test_an_employer_label_outranks_the_service_the_prose_mentions():
    result = extract(
        "Dear Sam Patel,\n\nThank you for attending interview for the following job:\n\nJob title: Ward "
        "Clerk\nEmployer: Eastvale Community NHS Trust\n\nOn this occasion you have not been successful.\n\n"
        "Thank you for your interest in working for the NHS.\n\nNHS Jobs",
        "Update on your application - Ward Clerk",
        BOARD,
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)
    assert result.company == "Eastvale Community NHS Trust"


def test_an_organisation_that_has_shortlisted_you_is_the_employer():
    result = extract(
        "Dear Sam Patel,\n\nEastvale Community NHS Trust has shortlisted you for interview for the following "
        "job:\n\nJob title: Ward Clerk\nJob reference: K2231-24-0412\n\nPlease sign in to your account to "
        "book an interview time.\n\nNHS Jobs",
        "Invitation to interview - Ward Clerk (K2231-24-0412)",
        BOARD,
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)
    assert result.company == "Eastvale Community NHS Trust"
    assert result.job_title == "Ward Clerk"
