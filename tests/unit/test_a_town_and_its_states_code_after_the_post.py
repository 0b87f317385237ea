"""A town and its state's or province's code written with no comma between after the post (invented mail
from three countries' employers and ATSs): "- Hobart TAS", "- Round Rock TX", "- Red Deer AB",
"- Townsville QLD" name where the post is worked, never the post; a field or a unit before the town stays.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.places import only_places
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _title(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).job_title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Quorrobank Ferries <noreply@smartrecruiters.com>",
            "Thank you for applying to Quorrobank Ferries",
            "Dear Tejal,\n\nThank you for applying for the Marine Electrician - Vessel Maintenance - "
            "Hobart TAS position at Quorrobank Ferries Pty Ltd. Our team is now reviewing it.\n\n"
            "Kind regards,\n"
            "Quorrobank Ferries Recruitment Team",
            "Marine Electrician - Vessel Maintenance",
        ),
        (
            "Bexley Tillman Labs <careers@bexleytillman.com>",
            "Application received: Lab Scheduler - Round Rock TX",
            "Hi Marcus,\n\nWe have received your application and will be in touch within two weeks.\n\n"
            "Bexley Tillman Labs Talent Team",
            "Lab Scheduler",
        ),
        (
            "Prairiewick Grain Co-op <jobs@prairiewick.ca>",
            "Thanks for applying",
            "Hello Pranitha,\n\nThank you for applying for the Elevator Operator - Grain Handling - "
            "Red Deer AB role at Prairiewick Grain Co-op. Our hiring team will review your "
            "application shortly.\n\n"
            "Prairiewick Grain Co-op, Human Resources",
            "Elevator Operator - Grain Handling",
        ),
        (
            "Jarrahmoor Health Service <recruitment@jarrahmoorhealth.org.au>",
            "Application acknowledgement",
            "Dear Ngaire,\n\nThis is to acknowledge receipt of your application for Nurse Unit Manager - "
            "Emergency Department - Townsville QLD. Shortlisting will take place after the closing date.\n\n"
            "Regards,\nPeople and Culture\nJarrahmoor Health Service",
            "Nurse Unit Manager - Emergency Department",
        ),
    ],
)
def test_a_town_and_its_states_code_after_the_post_is_cut(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert _title(sender, subject, body) == title


@pytest.mark.parametrize("words", ["Director IT", "Sales SA", "Health NSW"])
def test_a_word_that_is_no_town_before_a_code_is_no_place(words: str) -> None:
    assert not only_places(words)
