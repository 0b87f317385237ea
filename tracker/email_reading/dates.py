"""Dates as email sources write them, to timezone-aware datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

# "2024-03-01", "2024-03-01 10:20", "2024-03-01T10:20:30.5+02:00", "2024-03-01 10:20:30 UTC",
# with anything after it ignored (some exports repeat the time: "2018-07-12 12:31:08 12:31:08").
_ISO_LIKE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?)?\s*(Z|UTC|"
    r"GMT|[+-]\d{2}(?::?\d{2})?)?",
    re.I,
)
_EPOCH = re.compile(r"^\d{9,13}$")


def parse_date(text: str | None) -> datetime | None:
    """Parse an RFC 2822, ISO 8601 or "YYYY-MM-DD HH:MM:SS" date; None when it can't be read.

    The result is always timezone-aware: a date without an offset is taken as UTC. All-digit
    strings are read as Unix epoch seconds (10 digits) or milliseconds (13 digits, Gmail's internalDate).
    """
    if not text or not isinstance(text, str):
        return None
    text = text.strip()
    if not text:
        return None
    try:
        return _parse(text)
    except (ValueError, OverflowError, OSError, TypeError, IndexError):
        return None


def _parse(text: str) -> datetime | None:
    if _EPOCH.match(text):
        seconds = int(text) / 1000 if len(text) == 13 else int(text)
        return datetime.fromtimestamp(seconds, tz=UTC)
    match = _ISO_LIKE.match(text)
    if match:
        return _from_iso_match(match)
    parsed = _parse_rfc2822(text)
    if parsed is not None:
        return parsed
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        return None
    return _aware(parsed) if parsed is not None else None


def _from_iso_match(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0").ljust(6, "0")[:6])
    tz = _zone(zone)
    return datetime(
        int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro, tzinfo=tz
    )


def _zone(zone: str | None) -> timezone:
    if not zone or zone.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
