"""The agenda as an iCalendar feed (RFC 5545) any calendar can subscribe to.

Written by hand rather than with a library: a few properties, all in UTC, and the text of each is
escaped and folded here (company and title come from emails, so no line break or control character
may reach the feed unescaped).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from tracker.agenda import AgendaItem
from tracker.sheet_layout import gmail_link

PRODID = "-//Job Tracker//Dates that matter//EN"
DURATIONS = {
    "interview": timedelta(hours=1),
    "assessment": timedelta(hours=1),
    "deadline": timedelta(minutes=15),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_OCTETS = 75
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32,128}$")


def new_token() -> str:
    """A fresh random feed token: 256 bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What is stored and looked up: the token's SHA-256, so a leaked database names no feed URL."""
    return hashlib.sha256(token.encode()).hexdigest()


def ics_feed(items: list[AgendaItem], generated_at: datetime, name: str = "Job search") -> str:
    """The whole feed: one VEVENT per item, CRLF line ends, lines folded at 75 octets."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    stamp = _utc(generated_at)
    for item in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid}@job-tracker",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(item.starts_at)}",
            f"DTEND:{_utc(item.starts_at + DURATIONS.get(item.kind, timedelta(hours=1)))}",
            f"SUMMARY:{escape_text(item.title)}",
            f"DESCRIPTION:{escape_text(_description(item))}",
            "TRANSP:OPAQUE" if item.kind != "deadline" else "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape_text(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n, no control characters."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROL.sub("", text)


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never inside a character."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _LINE_OCTETS:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _description(item: AgendaItem) -> str:
    how = {"calendar": "the invitation's calendar", "allowance": "the time allowed"}.get(
        item.source, "the email"
    )
    return f"{item.title}, as read from {how}. {gmail_link(item.message_id)}"
