"""Raw RFC 822 / MIME bytes to an `EmailMessage` with a readable body."""

from __future__ import annotations

from email import message_from_bytes
from email.message import Message
from email.policy import compat32

from tracker.email_reading.calendar_part import calendar_text, looks_like_icalendar
from tracker.email_reading.charsets import decode_bytes
from tracker.email_reading.cleanup import readable_body
from tracker.email_reading.dates import parse_date
from tracker.email_reading.headers import header_text
from tracker.email_reading.html_text import html_to_text, looks_like_html
from tracker.models import EmailMessage

# Larger text parts are cut before decoding; the readable budget is far smaller anyway.
PART_BYTE_BUDGET = 2_000_000
RAW_BYTE_BUDGET = 30_000_000
_MAX_PARTS = 200

# A plain part this short, beside a richer HTML part, is a "view this in your browser" stub.
_STUB_CHARS = 80
_STUB_PHRASES = (
    "view this email in your browser",
    "view it in your browser",
    "html version",
    "does not support html",
    "html-formatted",
    "enable html",
    "html email",
    "view this message online",
    "view online",
)


def parse_raw_email(raw: bytes, message_id: str | None = None, thread_id: str | None = None) -> EmailMessage:
    """Parse one raw email; never raises, whatever the bytes.

    `message_id` defaults to the Message-ID header (without angle brackets), else ''. The body is
    text/plain unless that is empty or a stub, else the HTML part as text, else an attached calendar
    event's name and description; quoted replies trimmed.
    """
    try:
        message = message_from_bytes(bytes(raw or b"")[:RAW_BYTE_BUDGET], policy=compat32)
    except Exception:  # noqa: BLE001 - the stdlib parser is lenient, but bad input must never escape
        return EmailMessage(message_id=message_id or "", thread_id=thread_id)
    return message_to_email(message, message_id=message_id, thread_id=thread_id)


def message_to_email(
    message: Message, message_id: str | None = None, thread_id: str | None = None
) -> EmailMessage:
    """An already parsed stdlib message as an `EmailMessage` (see `parse_raw_email`)."""
    header_id = _safe_header(message, "Message-ID").strip().strip("<>").strip()
    return EmailMessage(
        message_id=message_id or header_id,
        sender=_safe_header(message, "From"),
        subject=_safe_header(message, "Subject"),
        body=readable_body(message_body_text(message)),
        received_at=parse_date(_safe_header(message, "Date")),
        thread_id=thread_id,
    )


def message_body_text(message: Message) -> str:
    """The best readable text of a parsed message, before trimming ('' when it has none)."""
    plain, html, calendar = "", "", ""
    try:
        parts = list(message.walk())[:_MAX_PARTS]
    except Exception:  # noqa: BLE001 - deeply broken structure: read nothing rather than crash
        parts = [message]
    for part in parts:
        try:
            kind = _text_kind(part)
            if kind is None:
                continue
            text = _part_text(part)
        except Exception:  # noqa: BLE001 - one undecodable part must not cost the others
            continue
        if kind == "calendar" or (kind == "plain" and looks_like_icalendar(text)):
            # An invitation's .ics beside its text: read only when the message has no other text.
            calendar = calendar or calendar_text(text)
        elif kind == "html" or (kind == "plain" and looks_like_html(text) and text.lstrip().startswith("<")):
            if not html.strip():
                html = text
        elif not plain.strip():
            plain = text
    if html and _is_stub(plain, html):
        return html_to_text(html)
    return plain or html_to_text(html) or calendar


def _text_kind(part: Message) -> str | None:
    """'plain', 'html' or 'calendar' for a part worth reading; None for containers and attachments."""
    if part.is_multipart():
        return None
    content_type = (part.get_content_type() or "text/plain").lower()
    disposition = _safe_header(part, "Content-Disposition").lower()
    if disposition.startswith("attachment"):
        return None
    if content_type == "text/html":
        return "html"
    if content_type == "text/calendar":
        return "calendar"
    if content_type in ("text/plain", "text/enriched", "text/rfc822-headers") or content_type.startswith(
        "text/"
    ):
        return "plain"
    return None


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = part.get_payload()
        if isinstance(payload, list):
            return ""
        payload = str(payload).encode("utf-8", errors="surrogateescape")
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload[:PART_BYTE_BUDGET], _charset(part))


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001 - odd parameter encodings (RFC 2231) can trip the stdlib
        return None
    return charset if isinstance(charset, str) else None


def _is_stub(plain: str, html: str) -> bool:
    stripped = plain.strip()
    if not stripped:
        return True
    if len(stripped) < _STUB_CHARS and len(html) > 4 * len(stripped):
        return True
    lowered = stripped[:600].lower()
    return len(stripped) < 600 and any(phrase in lowered for phrase in _STUB_PHRASES)


def _safe_header(message: Message, name: str) -> str:
    try:
        return header_text(message.get(name))
    except Exception:  # noqa: BLE001 - a malformed header reads as empty, never as a crash
        return ""
