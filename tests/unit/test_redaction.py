"""What the model is not shown: quoted history, the signature's contacts, contact details, link paths;
and what it still is: the reply's news, who signs and for which employer, ids and dates."""

import time

import pytest

from tracker.redaction import redact_for_model

SENDER = "Jane Doe <jane.doe@acme.com>"
REPLY = """Hi Sam,

Thanks for your reply. Could we do the interview for the Data Analyst role on Tuesday?

On Mon, Jan 6, 2025 at 10:00 AM Sam Lee <sam.lee@gmail.com> wrote:
> Hello Jane, I am available all week.
> My number is +1 415 555 0199.
"""
SIGNED = """Hi Sam,

We would like to invite you to an interview.

Best regards,
Jane Doe
Senior Recruiter

Acme Corp
M: +1 (415) 555-0100 | jane.doe@acme.com
123 Market Street, Suite 400, San Francisco, CA 94105
This message and any attachments are confidential and intended solely for the addressee named above.
"""


def test_a_reply_keeps_its_news_and_loses_the_quoted_history_with_its_contacts():
    redacted = redact_for_model(REPLY, SENDER)

    assert "interview for the Data Analyst role on Tuesday" in redacted.text
    assert "wrote" not in redacted.text and "available all week" not in redacted.text
    assert "sam.lee@gmail.com" not in redacted.text and "555 0199" not in redacted.text
    assert redacted.removed == ("quoted_history",)


@pytest.mark.parametrize(
    "header",
    [
        "-----Original Message-----\nFrom: Sam Lee\nSent: Monday",
        "From: Sam Lee <sam.lee@gmail.com>\nSent: Monday, January 6, 2025 10:00\nTo: Jane",
        "Am 06.01.2025 um 10:00 schrieb Sam Lee <sam.lee@gmail.com>:",
        "Le lun. 6 janv. 2025 à 10:00, Sam Lee <sam.lee@gmail.com> a écrit :",
    ],
)
def test_the_common_reply_headers_start_the_quoted_history(header):
    redacted = redact_for_model(f"We are pleased to offer you the role.\n\n{header}\n\nOld text here", SENDER)

    assert redacted.text == "We are pleased to offer you the role."


def test_a_forwarded_message_is_the_content_and_stays():
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Globex Careers <careers@globex.com>\n"
        "Date: Mon, Jan 6, 2025\nSubject: Your application\n\nThank you for applying to Globex."
    )

    assert "Thank you for applying to Globex." in redact_for_model(body, SENDER).text


def test_a_bare_quote_is_all_there_is_to_read_and_stays():
    body = "> Thank you for applying to Globex."

    assert redact_for_model(body, SENDER).text == body


def test_the_signature_keeps_who_signs_and_the_employer_and_loses_its_contacts_and_notices():
    redacted = redact_for_model(SIGNED, SENDER)

    assert redacted.text.endswith("Best regards,\nJane Doe\nSenior Recruiter\n\nAcme Corp")
    assert redacted.removed == ("signature_contacts",)


def test_contact_details_in_the_text_are_masked_but_the_senders_own_domain_stays():
    body = (
        "Questions? Write to talent@acme.com or to our agency partner bob@staffing-partner.example, "
        "call (415) 555-0100 or Tel: 0043 1 234 5678, "
        "or visit us at 1 Infinite Loop Way, Cupertino, CA 95014."
    )

    redacted = redact_for_model(body, SENDER)

    assert "talent@acme.com" in redacted.text
    assert redacted.text.count("[email]") == 1 and redacted.text.count("[phone]") == 2
    assert "Infinite Loop" not in redacted.text and "95014" not in redacted.text
    assert "Cupertino" in redacted.text
    assert redacted.removed == ("phone", "email_address", "postal_address")


def test_links_keep_their_host_and_first_segment_where_an_ats_names_the_employer():
    body = "Apply: https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc&utm_source=mail and https://acme.com/"

    redacted = redact_for_model(body, SENDER)

    assert redacted.text == "Apply: https://boards.greenhouse.io/acme/… and https://acme.com/"
    assert redacted.removed == ("link_path",)


@pytest.mark.parametrize(
    "text",
    [
        "Job ID 12345, requisition R-2024-0042, reference 4012345678.",
        "Your interview is on 2025-01-15 at 10:00 - 11:30 (CET).",
        "The 2025 Summer Internship Programme, Data Analyst (m/w/d), 40 Stunden, Wien 1010.",
        "Vielen Dank für Ihre Bewerbung als Softwareentwickler:in bei der Firma Beispiel GmbH.",
    ],
)
def test_ids_dates_titles_and_plain_text_are_left_as_they_are(text):
    assert redact_for_model(text, SENDER).text == text
    assert redact_for_model(text, SENDER).removed == ()


RUN = 200_000
LIMIT_SECONDS = 1.0


@pytest.mark.parametrize(
    "body",
    [
        "1 " * (RUN // 2),
        "a" * RUN,
        "@" * RUN,
        "a@" * (RUN // 2),
        "+1 " * (RUN // 3),
        "https://" * (RUN // 8),
        "On " * (RUN // 3),
        "Best regards,\n" * (RUN // 14),
        "> quote\n" * (RUN // 8),
        "123 Main " * (RUN // 9),
    ],
    ids=[
        "digits",
        "letters",
        "ats",
        "addresses",
        "pluses",
        "schemes",
        "ons",
        "closings",
        "quotes",
        "streets",
    ],
)
def test_long_repetitive_text_is_redacted_in_linear_time(body):
    # A quadratic pattern takes tens of seconds at 200,000 characters; one second of CPU tells them apart.
    start = time.process_time()
    redact_for_model(body, SENDER)
    assert time.process_time() - start < LIMIT_SECONDS
