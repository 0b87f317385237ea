"""Raw RFC 822 / MIME bytes to an `EmailMessage` with a readable body."""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import Message

from tracker.email_reading.budget import DEFAULT_BUDGET, ReadingBudget, parse_within_budget
from tracker.email_reading.calendar_part import calendar_text, looks_like_icalendar
from tracker.email_reading.calendar_times import calendar_starts
from tracker.email_reading.charsets import decode_bytes
from tracker.email_reading.cleanup import readable_text
from tracker.email_reading.dates import parse_date
from tracker.email_reading.headers import HEADER_CHARS, SENDER_CHARS, SUBJECT_CHARS, header_text
from tracker.email_reading.html_text import html_to_text, looks_like_html
from tracker.models import EmailMessage

# Larger text parts are cut before decoding; the readable budget is far smaller anyway.
PART_BYTE_BUDGET = 2_000_000
# A part's encoded payload beyond this can't decode to more than PART_BYTE_BUDGET bytes we keep.
_PART_SOURCE_CHARS = 3 * PART_BYTE_BUDGET

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


@dataclass(frozen=True)
class EmailReading:
    """One raw email as read within its budget (budget.py).

    `skipped` says why the message could not be read meaningfully (over the time budget, or nothing
    readable within the size budget): it is then recorded as skipped with that reason, not retried.
    `over_budget` names a budget the message went over even when what was read within it is used.
    """

    email: EmailMessage
    skipped: str | None = None
    over_budget: str | None = None


def parse_raw_email(raw: bytes, message_id: str | None = None, thread_id: str | None = None) -> EmailMessage:
    """Parse one raw email; never raises, whatever the bytes.

    `message_id` defaults to the Message-ID header (without angle brackets), else ''. The body is
    text/plain unless that is empty or a stub, else the HTML part as text, else an attached calendar
    event's name and description; quoted replies trimmed. Subject and sender are cut to 1,000
    characters, other headers to 2,000 (headers.py). Read within `DEFAULT_BUDGET` (see `read_raw_email`).
    """
    return read_raw_email(raw, message_id=message_id, thread_id=thread_id).email


def read_raw_email(
    raw: bytes,
    message_id: str | None = None,
    thread_id: str | None = None,
    budget: ReadingBudget = DEFAULT_BUDGET,
) -> EmailReading:
    """`parse_raw_email` with what the budget cut: never raises, never reads beyond `budget`."""
    deadline = time.monotonic() + budget.seconds
    parsed = parse_within_budget(raw, budget, deadline)
    if parsed.message is None:
        email = EmailMessage(message_id=message_id or "", thread_id=thread_id)
        return EmailReading(email, f"unreadable: {parsed.over_budget}", parsed.over_budget)
    reading_deadline = _Deadline(deadline)
    email = message_to_email(parsed.message, message_id, thread_id, reading_deadline)
    if parsed.timed_out or reading_deadline.passed:
        over_time = f"{budget.seconds:g} s"
        return EmailReading(email, f"over the reading budget of {over_time}", over_time)
    if parsed.over_budget and not (email.subject or email.body):
        reason = f"over the reading budget of {parsed.over_budget}, nothing readable within it"
        return EmailReading(email, reason, parsed.over_budget)
    return EmailReading(email, over_budget=parsed.over_budget)


class _Deadline:
    """A time.monotonic() moment reading stops at; remembers whether it was reached."""

    def __init__(self, at: float) -> None:
        self.at = at
        self.passed = False

    def check(self) -> bool:
        self.passed = self.passed or time.monotonic() > self.at
        return self.passed


def message_to_email(
    message: Message,
    message_id: str | None = None,
    thread_id: str | None = None,
    deadline: _Deadline | None = None,
) -> EmailMessage:
    """An already parsed stdlib message as an `EmailMessage` (see `parse_raw_email`)."""
    header_id = _safe_header(message, "Message-ID").strip().strip("<>").strip()
    parts = _read_parts(message, deadline)
    body, quoted = readable_text(parts.text)
    return EmailMessage(
        message_id=message_id or header_id,
        sender=_safe_header(message, "From", SENDER_CHARS),
        subject=_safe_header(message, "Subject", SUBJECT_CHARS),
        body=body,
        received_at=parse_date(_safe_header(message, "Date")),
        thread_id=thread_id,
        calendar_starts=calendar_starts(parts.ics) if parts.ics else (),
        quoted=quoted,
    )


def message_body_text(message: Message, deadline: _Deadline | None = None) -> str:
    """The best readable text of a parsed message, before trimming ('' when it has none); parts after
    `deadline` are not read."""
    return _read_parts(message, deadline).text


@dataclass
class _Parts:
    """The first readable part of each kind, and the raw iCalendar text of the first calendar part."""

    plain: str = ""
    html: str = ""
    calendar: str = ""
    ics: str = ""

    @property
    def text(self) -> str:
        if self.html and _is_stub(self.plain, self.html):
            return html_to_text(self.html)
        return self.plain or html_to_text(self.html) or self.calendar


def _read_parts(message: Message, deadline: _Deadline | None) -> _Parts:
    found = _Parts()
    try:
        parts = list(message.walk())
    except Exception:  # noqa: BLE001 - deeply broken structure: read nothing rather than crash
        parts = [message]
    for part in parts:
        if deadline is not None and deadline.check():
            break
        try:
            kind = _text_kind(part)
            if kind is None or _already_have(kind, found.plain, found.html, found.calendar):
                continue
            text = _part_text(part)
        # One undecodable part must not cost the others: skipped, the next one read.
        except Exception:  # noqa: BLE001  # nosec B112
            continue
        if kind == "calendar" or (kind == "plain" and looks_like_icalendar(text)):
            # An invitation's .ics beside its text: read only when the message has no other text.
            found.calendar = found.calendar or calendar_text(text)
            found.ics = found.ics or text
        elif kind == "html" or (kind == "plain" and looks_like_html(text) and text.lstrip().startswith("<")):
            if not found.html.strip():
                found.html = text
        elif not found.plain.strip():
            found.plain = text
    return found


def _already_have(kind: str, plain: str, html: str, calendar: str) -> bool:
    """Only the first part of each kind is read: later ones need not be decoded at all."""
    if kind == "html":
        return bool(html.strip())
    if kind == "calendar":
        return bool(calendar)
    return bool(plain.strip()) and bool(html.strip())


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
    source = part.get_payload()
    if source is None or isinstance(source, list):
        return ""  # a part the budget stopped before its body, or a container
    if isinstance(source, str) and len(source) > _PART_SOURCE_CHARS:
        part.set_payload(source[:_PART_SOURCE_CHARS])
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = str(part.get_payload()).encode("utf-8", errors="surrogateescape")
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


def _safe_header(message: Message, name: str, limit: int = HEADER_CHARS) -> str:
    try:
        return header_text(message.get(name), limit)
    except Exception:  # noqa: BLE001 - a malformed header reads as empty, never as a crash
        return ""
