"""The reader's start date spoken of where no offer was made (invented mail). An offer read from "before your
start date" holds where the mail is a step of the hire; a receipt or an interview invitation that tells what
comes later ("you will be asked for references before your start date") outlines the process, and a check
that says an offer would depend on it ("any offer of employment would be conditional on the result") makes
none.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Status


def test_a_receipt_telling_what_comes_before_a_start_stays_applied():
    result = extract(
        **_mail(
            "Careers <careers@pellmanfoods.com>",
            "Application received",
            "Hi Sam,",
            "We have received your application for Store Supervisor.",
            "You will be asked for two references before your start date.",
            "Pellman Foods",
        )
    )
    assert result.status is Status.APPLIED, result


def test_an_interview_invitation_telling_what_comes_before_a_start_stays_an_interview():
    result = extract(
        **_mail(
            "Careers <careers@pellmanfoods.com>",
            "Interview invitation",
            "Hi Sam,",
            "We would like to invite you to interview for Store Supervisor on Monday 4 May at 2pm.",
            "Induction training takes place in the week prior to your start date.",
            "Pellman Foods",
        )
    )
    assert result.status is Status.INTERVIEW, result


def test_a_check_saying_an_offer_would_depend_on_it_makes_no_offer():
    result = extract(
        **_mail(
            "HR <hr@quillbrookstudio.com>",
            "Your background check",
            "Dear Sam,",
            "Please complete your background check for the Junior Designer role using the link below.",
            "Should you be successful, any offer of employment would be conditional on the result.",
            "Quillbrook Studio HR",
        )
    )
    assert result.status is Status.APPLIED, result


def test_a_check_as_part_of_the_readers_offer_is_still_an_offer():
    result = extract(
        **_mail(
            "HR <hr@quillbrookstudio.com>",
            "Your background check",
            "Dear Sam,",
            "Please complete your background check as part of your conditional offer for the Junior Designer "
            "role.",
            "Quillbrook Studio HR",
        )
    )
    assert result.status is Status.OFFER, result
