"""Reading email: raw MIME and loose JSONL fields to readable text (hand-written examples)."""

import base64
import quopri
from datetime import UTC, datetime, timedelta, timezone

from tracker.email_reading import email_from_fields, parse_date, parse_raw_email
from tracker.email_reading.cleanup import BODY_CHAR_BUDGET, labelled_rows, trim_replies_and_signature
from tracker.email_reading.html_text import html_to_text


def raw_message(body: bytes | str, headers: dict[str, str] | None = None) -> bytes:
    """A raw RFC 822 message from headers and an already encoded body."""
    lines = {
        "From": "Acme Careers <jobs@acme.com>",
        "Subject": "Hello",
        "Date": "Tue, 4 Mar 2025 10:00:00 +0100",
    }
    lines.update(headers or {})
    head = "".join(f"{name}: {value}\r\n" for name, value in lines.items()).encode("ascii")
    return head + b"\r\n" + (body.encode("utf-8") if isinstance(body, str) else body)


def multipart(*parts: tuple[str, bytes], subtype: str = "alternative", extra: str = "") -> bytes:
    """A multipart body from (part headers, part body) pairs, with its Content-Type header line."""
    boundary = "XyZ-boundary-123"
    chunks = [
        f"--{boundary}\r\n".encode() + headers.encode() + b"\r\n\r\n" + body + b"\r\n"
        for headers, body in parts
    ]
    body = b"".join(chunks) + f"--{boundary}--\r\n".encode()
    header = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'
    return raw_message(body, {"MIME-Version": "1.0", "Content-Type": header.split(": ", 1)[1]})


def test_plain_message_reads_headers_body_and_an_aware_date():
    email = parse_raw_email(raw_message("Thank you for applying.", {"Message-ID": "<abc@acme.com>"}))
    assert email.message_id == "abc@acme.com"
    assert email.sender == "Acme Careers <jobs@acme.com>"
    assert email.body == "Thank you for applying."
    assert email.received_at == datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


def test_message_id_and_thread_id_arguments_win_over_headers():
    email = parse_raw_email(
        raw_message("x", {"Message-ID": "<abc@acme.com>"}), message_id="gmail-1", thread_id="t-9"
    )
    assert (email.message_id, email.thread_id) == ("gmail-1", "t-9")


def test_encoded_word_headers_are_decoded():
    subject = "=?UTF-8?B?" + base64.b64encode("Ihre Bewerbung bei Müller".encode()).decode() + "?="
    sender = "=?iso-8859-1?Q?Ren=E9e_Recruiting?= <jobs@example.fr>"
    email = parse_raw_email(raw_message("x", {"Subject": subject, "From": sender}))
    assert email.subject == "Ihre Bewerbung bei Müller"
    assert email.sender.startswith("Renée Recruiting")


def test_raw_utf8_in_headers_is_read_as_utf8():
    raw = "Subject: Candidature reçue\r\nFrom: a@b.fr\r\n\r\nbody".encode()
    assert parse_raw_email(raw).subject == "Candidature reçue"


def test_multipart_alternative_prefers_the_plain_part():
    raw = multipart(
        ("Content-Type: text/plain; charset=utf-8", b"Plain text version of the confirmation."),
        ("Content-Type: text/html; charset=utf-8", b"<p>HTML version</p>"),
    )
    assert parse_raw_email(raw).body == "Plain text version of the confirmation."


def test_stub_plain_part_falls_back_to_html():
    html = b"<html><body><p>Thank you for applying to Acme.</p><p>We will be in touch.</p></body></html>" * 3
    raw = multipart(
        ("Content-Type: text/plain", b"View this email in your browser."),
        ("Content-Type: text/html", html),
    )
    assert parse_raw_email(raw).body.startswith("Thank you for applying to Acme.")


def test_empty_plain_part_falls_back_to_html():
    raw = multipart(
        ("Content-Type: text/plain", b""), ("Content-Type: text/html", b"<div>Interview invitation</div>")
    )
    assert parse_raw_email(raw).body == "Interview invitation"


def test_html_to_text_drops_invisible_parts_keeps_link_text_and_breaks_blocks():
    html = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        '<div style="display:none">hidden preheader</div><script>var x=1;</script>'
        "<p>Dear Jane,</p><p>Please <a href='https://x'>schedule your interview</a>.</p>"
        "<table><tr><td>Role</td><td>Analyst</td></tr></table>Caf&eacute;<br>End</body></html>"
    )
    assert html_to_text(html) == "Dear Jane,\nPlease schedule your interview.\nRole: Analyst\nCafé\nEnd"


def test_html_to_text_puts_each_table_row_on_its_own_line():
    html = (
        "<table><tr><td>Event Type</td><td>Screening Call (Grid Analyst)</td></tr>"
        "<tr><td>Host</td><td>Dev Mehta</td></tr></table><p>Reschedule</p>"
    )
    assert html_to_text(html) == "Event Type Screening Call (Grid Analyst)\nHost: Dev Mehta\nReschedule"


def test_html_to_text_writes_a_label_cell_before_its_value_with_a_colon():
    html = (
        "<table><tr><td>Company</td><td>Halvorsen Marine AS</td></tr>"
        "<tr><th>Job title</th><td>Deck Officer</td></tr>"
        "<tr><td>Stadtwerke Grünau GmbH</td><td>Grünau</td></tr>"
        "<tr><td>Ref</td><td>12</td><td>x</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Company: Halvorsen Marine AS\nJob title: Deck Officer\nStadtwerke Grünau GmbH Grünau\nRef 12 x"
    )


def test_quoted_printable_part_is_decoded():
    body = quopri.encodestring("Bonjour Renée, nous avons bien reçu votre candidature. ".encode() * 3)
    raw = multipart(
        ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable", body),
        subtype="mixed",
    )
    assert "Renée, nous avons bien reçu" in parse_raw_email(raw).body


def test_base64_part_is_decoded():
    body = base64.encodebytes("Vielen Dank für Ihre Bewerbung.".encode())
    raw = multipart(("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64", body))
    assert parse_raw_email(raw).body == "Vielen Dank für Ihre Bewerbung."


def test_wrong_and_unknown_charsets_degrade_without_crashing():
    utf8_declared_ascii = multipart(("Content-Type: text/plain; charset=us-ascii", "Müller".encode()))
    cp1252_declared_utf8 = multipart(("Content-Type: text/plain; charset=utf-8", b"Let\x92s talk"))
    unknown = multipart(("Content-Type: text/plain; charset=x-made-up", b"Hello"))
    assert parse_raw_email(utf8_declared_ascii).body == "Müller"
    assert parse_raw_email(cp1252_declared_utf8).body == "Let\u2019s talk"
    assert parse_raw_email(unknown).body == "Hello"


def test_attachments_are_not_read_as_the_body():
    raw = multipart(
        ("Content-Type: text/plain", b"See my resume attached."),
        ("Content-Type: text/plain\r\nContent-Disposition: attachment; filename=cv.txt", b"SECRET CV TEXT"),
        subtype="mixed",
    )
    assert "SECRET" not in parse_raw_email(raw).body


def test_quoted_reply_is_trimmed():
    body = (
        "Are you free on Thursday for a call?\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jane Doe "
        "<jane@example.com> wrote:\n> Hi Sam,\n> I am still interested.\n"
    )
    assert parse_raw_email(raw_message(body)).body == "Are you free on Thursday for a call?"


def test_outlook_original_message_is_trimmed():
    body = (
        "Could we move it to Friday instead?\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\n"
        "Subject: Re: Interview\n"
    )
    assert parse_raw_email(raw_message(body)).body == "Could we move it to Friday instead?"


def test_a_reply_that_only_thanks_keeps_the_message_it_quotes():
    body = (
        "Thanks, Tuesday works.\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jane Doe <jane@acme.com> wrote:\n"
        "> Hi Sam,\n> could we interview you on Tuesday?\n"
    )
    assert "> could we interview you on Tuesday?" in parse_raw_email(raw_message(body)).body


def test_a_thanks_that_changes_the_course_is_trimmed_like_any_reply():
    body = (
        "Thank you, but I have accepted another offer.\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jane Doe "
        "<jane@acme.com> wrote:\n> Hi Sam,\n> could we interview you on Tuesday?\n"
    )
    assert parse_raw_email(raw_message(body)).body == "Thank you, but I have accepted another offer."


def test_forwarded_message_is_kept():
    body = (
        "---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\nDate: Mon\n\nWe received your "
        "application."
    )
    assert "We received your application." in parse_raw_email(raw_message(body)).body


def test_signature_after_dash_dash_is_trimmed():
    body = (
        "We would like to invite you to an interview.\n-- \nThis message is confidential and meant only for "
        "the person it is addressed to; if that is not you, please delete it.\n"
    )
    assert parse_raw_email(raw_message(body)).body == "We would like to invite you to an interview."


def test_a_persons_card_after_dash_dash_is_kept_under_the_text():
    body = "We would like to invite you to an interview.\n-- \nSam Lee\nRecruiter | +1 555 0100\n"
    assert parse_raw_email(raw_message(body)).body == (
        "We would like to invite you to an interview.\n\nSam Lee\nRecruiter | +1 555 0100"
    )


def test_very_long_bodies_are_capped():
    email = parse_raw_email(raw_message("word " * 50_000))
    assert 0 < len(email.body) <= BODY_CHAR_BUDGET


def test_empty_input_gives_an_empty_message():
    for raw in (b"", b"Subject: only headers\r\n"):
        email = parse_raw_email(raw, message_id="m")
        assert email.message_id == "m"
        assert email.body == ""


def test_garbage_bytes_give_text_without_control_characters():
    email = parse_raw_email(b"\x00\xff\xfe garbage \x81\x07", message_id="m")
    assert "garbage" in email.body
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in email.body)


def test_fields_body_holding_a_raw_mime_message_is_decoded():
    raw = multipart(("Content-Type: text/plain; charset=utf-8", b"Your application was received.")).decode()
    assert email_from_fields("1", "", "", "", raw).body == "Your application was received."


def test_fields_body_in_quoted_printable_without_headers_is_decoded():
    body = "Hi Jane,\nWe=E2=80=99ve received your applica=\ntion for the Data Analyst=20role."
    assert (
        email_from_fields("1", "", "", "", body).body
        == "Hi Jane,\nWe\u2019ve received your application for the Data Analyst role."
    )


def test_fields_body_in_base64_without_headers_is_decoded():
    body = base64.encodebytes(b"Thank you for your application to Globex.\n" * 4).decode()
    assert email_from_fields("1", "", "", "", body).body.startswith(
        "Thank you for your application to Globex."
    )


def test_fields_body_in_html_is_converted():
    body = "<html><body><p>Hi Jane,</p><p>Thank you for applying &amp; good luck.</p></body></html>"
    assert email_from_fields("1", "", "", "", body).body == "Hi Jane,\nThank you for applying & good luck."


def test_fields_multipart_body_without_top_headers_is_decoded():
    body = (
        "--b1\nContent-Type: text/plain\n\nPlain part here.\n--b1\nContent-Type: "
        "text/html\n\n<p>HTML</p>\n--b1--\n"
    )
    assert email_from_fields("1", "", "", "", body).body == "Plain part here."


def test_fields_subject_written_as_a_bytes_repr_is_unwrapped():
    email = email_from_fields("1", "", "", "b'Globex Application Status \\xe2\\x80\\x93 Update'", "")
    assert email.subject == "Globex Application Status \u2013 Update"


def test_fields_body_that_is_a_python_object_repr_is_empty():
    assert (
        email_from_fields("1", "", "", "s", "[<email.message.Message object at 0x7f3a2c1b90d0>]").body == ""
    )


def test_fields_accept_missing_and_odd_values():
    email = email_from_fields(7, None, None, None, None)
    assert (email.message_id, email.sender, email.subject, email.body, email.received_at) == (
        "7",
        "",
        "",
        "",
        None,
    )


def test_parse_date_reads_rfc2822_iso_and_plain_formats_as_aware_datetimes():
    assert parse_date("Tue, 4 Mar 2025 10:00:00 +0100") == datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    assert parse_date("Tue, 4 Mar 2025 10:00:00 -0000").tzinfo is not None
    assert parse_date("2025-03-04T10:00:00Z") == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert parse_date("2025-03-04T10:00:00+05:30") == datetime(
        2025, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    assert parse_date("2025-03-04 10:00:00") == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert parse_date("2018-07-12 12:31:08 12:31:08") == datetime(2018, 7, 12, 12, 31, 8, tzinfo=UTC)
    assert parse_date("1741082400000") == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)


def test_parse_date_returns_none_for_what_is_not_a_date():
    for text in (None, "", "   ", "yesterday", "2025-13-45 99:99:99", "Mon, 99 Foo 2025"):
        assert parse_date(text) is None


def test_a_signature_is_cut_off_unless_it_is_a_companys_letterhead():
    reply = "Dear Sam,\nThank you for your application. We will be in touch.\nHR Team\n"
    personal = reply + "-- \nSent with love from the seaside\n+44 20 7946 0000"
    letterhead = reply + "-- \nRowan & Pike Ltd is a company registered in England under number 01234567."
    assert trim_replies_and_signature(personal) == reply.rstrip()
    assert trim_replies_and_signature(letterhead) == (
        reply.rstrip() + "\n\nRowan & Pike Ltd is a company registered in England under number 01234567."
    )


def test_a_text_tables_row_of_a_label_and_its_value_reads_as_a_labelled_line():
    table = "| Position | Avionics Technician |\n| Stadtwerke Grünau GmbH | Grünau |\n| a | b | c |"
    assert labelled_rows(table) == (
        "Position: Avionics Technician\n| Stadtwerke Grünau GmbH | Grünau |\n| a | b | c |"
    )
