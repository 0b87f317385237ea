"""Turn a draft into the bytes of an RFC 822 message with the MIME shape, charsets, transfer encodings and
headers its sender would use, deterministically (boundaries come from the caller's random source)."""

from __future__ import annotations

import base64
import random
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO

from devstack.demo_mailbox.layout import client_html
from devstack.demo_mailbox.model import DEMO_USER_ADDRESS, DEMO_USER_NAME, Draft

# Headers are folded by hand (Received, encoded words); the generator must not refold them.
_CRLF_POLICY = compat32.clone(linesep="\r\n", max_line_length=0)
_BODY_ENCODINGS = {"quoted-printable": email_charset.QP, "base64": email_charset.BASE64}


def build_raw(
    rng: random.Random, draft: Draft, when: datetime, message_id: str, in_reply_to: str | None = None
) -> bytes:
    """The complete message (headers and body, CRLF line ends) as Gmail would hold it."""
    message = _body(rng, draft)
    local_time = when.astimezone(timezone(timedelta(hours=draft.utc_offset_hours)))
    content_headers = [(name, message[name]) for name in ("Content-Type", "Content-Transfer-Encoding")]
    for name in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del message[name]
    headers = [
        ("Delivered-To", DEMO_USER_ADDRESS),
        ("Received", _received(rng, draft, local_time)),
        ("Return-Path", f"<{_bounce_address(draft)}>"),
        ("Date", format_datetime(local_time)),
        ("From", _address_header(draft.sender_name, draft.sender_address, draft.charset)),
        ("To", formataddr((DEMO_USER_NAME, DEMO_USER_ADDRESS))),
        ("Subject", _subject_header(draft)),
        ("Message-ID", message_id),
    ]
    if draft.reply_to:
        headers.append(("Reply-To", draft.reply_to))
    if draft.references:
        headers += [
            ("In-Reply-To", in_reply_to or draft.references[-1]),
            ("References", " ".join(draft.references)),
        ]
    if draft.bulk:
        domain = draft.sender_address.split("@")[1]
        headers += [
            (
                "List-Unsubscribe",
                f"<https://{domain}/unsubscribe?u={rng.getrandbits(40):x}>, <mailto:unsub@{domain}>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]
    if draft.language != "en":
        headers.append(("Content-Language", draft.language))
    headers.append(("MIME-Version", "1.0"))
    headers += [(name, value) for name, value in content_headers if value is not None]
    for name, value in reversed(headers):
        message._headers.insert(0, (name, value))  # compat32 keeps headers as a list; this puts ours first
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=_CRLF_POLICY).flatten(message)
    return out.getvalue()


def _body(rng: random.Random, draft: Draft) -> Message:
    alternatives: list[Message] = []
    if draft.text is not None:
        alternatives.append(_text_part(rng, draft, draft.text, "plain"))
    html = draft.html or (client_html(draft.text) if draft.html_from_text and draft.text else None)
    if html:
        alternatives.append(_text_part(rng, draft, html, "html"))
    if draft.calendar:
        calendar = MIMEText(draft.calendar, "calendar", _charset("utf-8", "7bit"))
        calendar.set_param("method", "REQUEST")
        alternatives.append(calendar)
    body = alternatives[0] if len(alternatives) == 1 else _multipart(rng, "alternative", alternatives)
    if not draft.attachments:
        return body
    files: list[Message] = []
    for attachment in draft.attachments:
        maintype, subtype = attachment.content_type.split("/")
        part = MIMEApplication(attachment.data, subtype, name=attachment.filename)
        part.add_header("Content-Disposition", "attachment", filename=attachment.filename)
        del part["MIME-Version"]
        files.append(part)
    return _multipart(rng, "mixed", [body, *files])


def _text_part(rng: random.Random, draft: Draft, text: str, subtype: str) -> MIMEText:
    charset_name = draft.charset if _encodes(text, draft.charset) else "utf-8"
    encoding = draft.encoding
    if encoding is None:
        ascii_only = text.isascii() and max(map(len, text.splitlines() or [""])) < 990
        encoding = "7bit" if ascii_only else rng.choice(["quoted-printable", "base64", "8bit"])
    if encoding in ("7bit", "8bit") and max(map(len, text.splitlines() or [""])) >= 990:
        encoding = "quoted-printable"  # RFC 5322 caps unencoded lines at 998 octets
    part = MIMEText(text, subtype, _charset(charset_name, encoding))
    del part["MIME-Version"]  # real mailers write it once, at the top
    return part


def _charset(name: str, encoding: str) -> email_charset.Charset:
    charset = email_charset.Charset(name)
    charset.body_encoding = _BODY_ENCODINGS.get(encoding)
    return charset


def _multipart(rng: random.Random, subtype: str, parts: list[Message]) -> MIMEMultipart:
    container = MIMEMultipart(subtype, _subparts=parts)
    del container["MIME-Version"]
    boundary = rng.choice(["000000000000{}", "----=_Part_{}", "b1_{}", "--==_mimepart_{}"])
    container.set_boundary(boundary.format(f"{rng.getrandbits(64):016x}"))
    return container


def _subject_header(draft: Draft) -> str:
    subject = draft.subject
    if draft.subject_encoding == "B":
        words = []
        chunk = ""
        for char in subject:  # encoded words stay under 76 characters and never split a character
            if len((chunk + char).encode("utf-8")) > 45:
                words.append(chunk)
                chunk = ""
            chunk += char
        words.append(chunk)
        encoded = [f"=?UTF-8?B?{base64.b64encode(w.encode('utf-8')).decode('ascii')}?=" for w in words]
        return "\r\n ".join(encoded)
    if subject.isascii():
        return subject
    charset = draft.charset if _encodes(subject, draft.charset) else "utf-8"
    return Header(subject, charset, header_name="Subject").encode(linesep="\r\n")


def _address_header(name: str, address: str, charset: str) -> str:
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset="utf-8" if not _encodes(name, charset) else charset)


def _received(rng: random.Random, draft: Draft, local_time: datetime) -> str:
    domain = draft.sender_address.split("@")[1]
    host = f"mail-{rng.choice(['out', 'o', 'sor-f'])}{rng.randint(1, 99)}.{domain}"
    address = f"198.51.100.{rng.randint(1, 254)}"
    smtp_id = f"{rng.getrandbits(48):012x}"
    stamp = format_datetime(local_time.astimezone(UTC) + timedelta(seconds=rng.randint(1, 9)))
    return (
        f"from {host} ({host}. [{address}])\r\n        by mx.google.com with ESMTPS id {smtp_id}\r\n"
        f"        for <{DEMO_USER_ADDRESS}>;\r\n        {stamp}"
    )


def _bounce_address(draft: Draft) -> str:
    if draft.bulk:
        tag = zlib.crc32(draft.sender_address.encode()) % 10**6
        return f"bounces+{tag}@{draft.sender_address.split('@')[1]}"
    return draft.sender_address


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True
