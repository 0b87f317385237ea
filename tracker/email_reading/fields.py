"""Loose fields (as JSONL exports carry them) to an `EmailMessage`."""

from __future__ import annotations

from tracker.email_reading.budget import DEFAULT_BUDGET
from tracker.email_reading.cleanup import readable_text
from tracker.email_reading.dates import parse_date
from tracker.email_reading.headers import SENDER_CHARS, SUBJECT_CHARS, header_text
from tracker.email_reading.loose_body import decode_loose_body
from tracker.models import EmailMessage


def email_from_fields(
    message_id: object,
    sender: object,
    date: object,
    subject: object,
    body: object,
) -> EmailMessage:
    """Build an `EmailMessage` from loose fields; any may be None, empty or of the wrong type.

    The body may be plain text, HTML, quoted-printable, base64 or a whole raw MIME message: it is
    decoded to readable text. Headers may hold encoded words or a bytes repr ("b'...'"). Never raises.
    """
    text, quoted = readable_text(decode_loose_body(_capped(body)))
    return EmailMessage(
        message_id="" if message_id is None else str(message_id),
        sender=_field_text(sender, SENDER_CHARS),
        subject=_field_text(subject, SUBJECT_CHARS),
        body=text,
        received_at=parse_date(date if isinstance(date, str) else _as_text(date)),
        quoted=quoted,
    )


def _capped(body: object) -> str | bytes:
    """The body as text or bytes no longer than a raw message may be (JSON Lines have no limit)."""
    text = body if isinstance(body, str | bytes) else _as_text(body)
    return text[: DEFAULT_BUDGET.raw_bytes]


def _field_text(value: object, limit: int) -> str:
    try:
        return header_text(value if isinstance(value, str | bytes) or value is None else str(value), limit)
    except Exception:  # noqa: BLE001 - a field we can't read is an empty field
        return ""


def _as_text(value: object) -> str:
    return "" if value is None else str(value)
