"""The platform/layout swap bench's transforms (bench/platform_variants.py): each changes what it says
it changes and nothing else."""

import email
from datetime import UTC, datetime

import pytest

from bench.platform_variants import (
    INVENTED_BOARDS,
    INVENTED_SYSTEMS,
    Platform,
    forwarded,
    html_layout,
    html_only,
    invented_for,
    reply_on_top,
    still_names_platform,
    unknown_platform,
    wrapped,
)
from tracker.email_reading import parse_raw_email
from tracker.extraction.platforms import platform_of
from tracker.extraction.text import Sender
from tracker.models import EmailMessage

TALENTLOOP = Platform("Talentloop", "hire.talentloop.io", "notifications")

GREENHOUSE_MAIL = EmailMessage(
    message_id="g1",
    sender="Corvid Analytics via Greenhouse <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Corvid Analytics",
    body="Hi Robin,\n\nThanks for applying for the Data Analyst role at Corvid Analytics.\n\n"
    "View the job: https://boards.greenhouse.io/corvid/jobs/123\nPowered by Greenhouse",
    received_at=datetime(2026, 3, 2, 14, 5, tzinfo=UTC),
)


def test_an_unknown_platform_sends_from_its_own_address_under_its_own_name():
    variant = unknown_platform(GREENHOUSE_MAIL, TALENTLOOP)

    assert variant.sender == "Corvid Analytics via Talentloop <notifications@hire.talentloop.io>"
    assert variant.body.endswith("https://boards.talentloop.io/corvid/jobs/123\nPowered by Talentloop")


def test_an_unknown_platform_changes_nothing_but_the_platform():
    variant = unknown_platform(GREENHOUSE_MAIL, TALENTLOOP)

    assert variant.subject == GREENHOUSE_MAIL.subject
    assert variant.body.replace("Talentloop", "Greenhouse").replace("talentloop", "greenhouse") == (
        GREENHOUSE_MAIL.body
    )
    assert (variant.message_id, variant.received_at) == (
        GREENHOUSE_MAIL.message_id,
        GREENHOUSE_MAIL.received_at,
    )


def test_an_ats_tenant_keeps_its_mailbox_on_the_unknown_platform():
    mail = EmailMessage(
        "w1", sender="Corvid Analytics <corvid@myworkday.com>", subject="Application received"
    )

    assert unknown_platform(mail, TALENTLOOP).sender == "Corvid Analytics <corvid@hire.talentloop.io>"


def test_an_employers_own_mail_has_no_platform_to_swap():
    mail = EmailMessage("e1", sender="Corvid Careers <careers@corvid.com>", subject="Application received")

    assert unknown_platform(mail, TALENTLOOP) is None


def test_the_invented_platforms_are_unknown_to_the_platform_lists():
    for platform in (*INVENTED_SYSTEMS, *INVENTED_BOARDS):
        assert platform_of(Sender.parse(f"x@{platform.domain}")) is None, platform


def test_a_job_boards_mail_becomes_an_invented_boards():
    linkedin = EmailMessage("l1", sender="LinkedIn <jobs-noreply@linkedin.com>")

    assert invented_for(linkedin) == INVENTED_BOARDS
    assert invented_for(GREENHOUSE_MAIL) == INVENTED_SYSTEMS


@pytest.mark.parametrize(
    ("text", "still"),
    [("Powered by Talentloop", False), ("poweredbygreenhouse.png", True), ("Greenhouse Software", True)],
)
def test_a_platform_written_where_the_swap_cannot_reach_is_still_named(text, still):
    variant = EmailMessage("g2", sender="Talentloop <notifications@hire.talentloop.io>", body=text)

    assert still_names_platform(variant, "Greenhouse") is still


def test_a_forward_comes_from_the_user_and_carries_the_original_whole():
    variant = forwarded(GREENHOUSE_MAIL, user="Robin Calder <robin@gmail.com>")

    assert variant.sender == "Robin Calder <robin@gmail.com>"
    assert variant.subject == "Fwd: Thank you for applying to Corvid Analytics"
    assert variant.body.splitlines()[:5] == [
        "---------- Forwarded message ---------",
        "From: Corvid Analytics via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Date: Mon, Mar 2, 2026 at 2:05 PM",
        "Subject: Thank you for applying to Corvid Analytics",
        "To: Robin Calder <robin@gmail.com>",
    ]
    assert variant.body.endswith("\n\n" + GREENHOUSE_MAIL.body)


def test_a_reply_on_top_quotes_every_line_of_the_original_below_the_users_words():
    variant = reply_on_top(GREENHOUSE_MAIL, "Thank you for letting me know.", user="Robin <robin@gmail.com>")

    reply, blank, header, *quoted = variant.body.split("\n")
    assert (variant.sender, variant.subject) == ("Robin <robin@gmail.com>", "Re: " + GREENHOUSE_MAIL.subject)
    assert (reply, blank) == ("Thank you for letting me know.", "")
    assert header == (
        "On Mon, Mar 2, 2026 at 2:05 PM Corvid Analytics via Greenhouse "
        "<no-reply@us.greenhouse-mail.io> wrote:"
    )
    assert [line.removeprefix(">").removeprefix(" ") for line in quoted] == GREENHOUSE_MAIL.body.splitlines()


def test_html_only_has_no_plain_part_and_reads_back_to_the_same_lines():
    raw = html_only(GREENHOUSE_MAIL)
    parts = [part.get_content_type() for part in email.message_from_bytes(raw).walk()]
    read = parse_raw_email(raw)

    assert parts == ["text/html"]
    assert (read.sender, read.subject, read.received_at) == (
        GREENHOUSE_MAIL.sender,
        GREENHOUSE_MAIL.subject,
        GREENHOUSE_MAIL.received_at,
    )
    lines = [line for line in GREENHOUSE_MAIL.body.splitlines() if line]
    read_lines = read.body.splitlines()
    assert all(line in read_lines for line in lines), read.body
    assert read.body.count("Thanks for applying") == 1  # the hidden preheader is not read


def test_html_only_wraps_the_body_in_a_layout_with_a_web_view_link_and_a_footer():
    layout = html_layout(GREENHOUSE_MAIL.body)
    read = parse_raw_email(html_only(GREENHOUSE_MAIL)).body

    assert ">View in browser</a>" in layout
    assert read.endswith("Unsubscribe | Privacy Policy\n548 Market St, Suite 300, San Francisco, CA 94104")


def test_an_outlook_forward_carries_the_original_under_its_header_lines():
    variant = forwarded(GREENHOUSE_MAIL, user="Robin <robin@gmail.com>", client="outlook")

    assert (variant.sender, variant.subject) == ("Robin <robin@gmail.com>", "FW: " + GREENHOUSE_MAIL.subject)
    assert variant.body.splitlines()[:5] == [
        "_" * 32,
        "From: Corvid Analytics via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Sent: Monday, March 2, 2026 2:05 PM",
        "To: Robin <robin@gmail.com>",
        "Subject: Thank you for applying to Corvid Analytics",
    ]
    assert variant.body.endswith("\n\n" + GREENHOUSE_MAIL.body)


def test_an_outlook_reply_puts_the_users_words_above_the_unquoted_original():
    variant = reply_on_top(GREENHOUSE_MAIL, "Thank you!", user="Robin <robin@gmail.com>", client="outlook")

    assert variant.subject == "RE: " + GREENHOUSE_MAIL.subject
    assert variant.body.startswith("Thank you!\n\n" + "_" * 32 + "\nFrom: Corvid Analytics via Greenhouse")
    assert variant.body.endswith("\n\n" + GREENHOUSE_MAIL.body)


def test_a_wrapped_body_breaks_only_lines_past_the_column_at_their_last_space():
    long_line = "Thank you for applying for the Quality Inspector position at Harbison Tools in Dayton."
    mail = EmailMessage(message_id="w1", sender="a@b.com", subject="s", body=f"Hi Robin,\n{long_line}\nBest")

    variant = wrapped(mail, 72)

    lines = variant.body.split("\n")
    assert lines[0] == "Hi Robin," and lines[-1] == "Best"
    assert all(len(line) <= 72 for line in lines)
    assert " ".join(lines[1:-1]) == long_line
    assert (variant.sender, variant.subject) == (mail.sender, mail.subject)
