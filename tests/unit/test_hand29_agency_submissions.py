"""An agency recruiter telling the reader they were submitted to a client, in a chat's words ("I went ahead
and submitted you to ...", "Just submitted you to ...", "your profile has been shared with the client"), is
the reader's application at the client, applied; a recruiter still asking leave to submit them is not.
Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

SUBMITTED = [
    pytest.param(
        "Halden Mills - Buyer",
        "Morning Priya,\n\nFollowing up on our call: I went ahead and submitted you to Halden Mills for "
        "their Senior Buyer opening. They usually come back within the week.\n\nGreg Watts\n"
        "Senior Consultant, Ashcombe Talent",
        "Greg Watts <greg.watts@ashcombetalent.com>",
        id="went_ahead_and_submitted_you",
    ),
    pytest.param(
        "submitted!!",
        "Hi Rosa!! Just submitted you to Corran Valley Hospital for the Travel RN - PICU contract. I'll text "
        "you the minute I hear back.\n\nKenzie\nTravel Recruiter | Brightline Nurse Staffing",
        "Kenzie Ward <kward@brightlinenurses.com>",
        id="just_submitted_you_the_i_left_out",
    ),
    pytest.param(
        "Update",
        "Dear Vikram,\n\nAs discussed, your profile has been shared with the client for the Lead Data "
        "Engineer position. Will update you once I have feedback.\n\nRegards,\nMeera Joshi\nTalentway "
        "Consulting",
        "Meera Joshi <meera.joshi@talentwayconsulting.in>",
        id="profile_shared_with_the_client",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), SUBMITTED)
def test_an_agency_telling_the_reader_they_were_submitted_is_application_mail(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_recruiter_asking_leave_to_submit_the_reader_is_no_application() -> None:
    result = extract(
        subject="Analyst role",
        body="Hi Jo,\n\nCan I submit you to Harlow Group for the analyst role? Let me know and I'll send "
        "your details over today.\n\nSam",
        sender="Sam Ode <sam@odehire.com>",
    )
    assert result.kind is not Kind.APPLICATION, result
