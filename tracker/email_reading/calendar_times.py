"""When an attached calendar's events start: DTSTART in UTC, with its time zone (TZID) applied.

Invitations from Google Calendar write UTC ("20260407T170000Z"); Outlook writes a local time with a
TZID, an IANA name or a Windows one ("Pacific Standard Time"). An unknown zone, an all-day date or
a cancelled event gives no start: nothing is better than a wrong hour.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FOLDED_LINE = re.compile(r"\r?\n[ \t]")
_DTSTART = re.compile(r"^DTSTART(?P<params>;[^:\n]{0,200})?:(?P<value>\d{8}T\d{6}Z?)\s*$", re.M | re.I)
_TZID = re.compile(r';TZID="?(?P<tz>[^";:]{1,80})"?', re.I)
_CANCELLED = re.compile(r"^(?:METHOD:CANCEL|STATUS:CANCELLED)\s*$", re.M | re.I)
MAX_STARTS = 3
_FIELDS = ((0, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 14))  # YYYY MM DD hh mm ss
_ICS_CHARS = 200_000

# The Windows names Outlook and Exchange write, as IANA zones (the common ones).
WINDOWS_ZONES = {
    "eastern standard time": "America/New_York",
    "central standard time": "America/Chicago",
    "mountain standard time": "America/Denver",
    "us mountain standard time": "America/Phoenix",
    "pacific standard time": "America/Los_Angeles",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "UTC",
    "utc": "UTC",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "romance standard time": "Europe/Paris",
    "india standard time": "Asia/Kolkata",
    "tokyo standard time": "Asia/Tokyo",
    "singapore standard time": "Asia/Singapore",
    "aus eastern standard time": "Australia/Sydney",
}


def calendar_starts(ics: str) -> tuple[datetime, ...]:
    """The events' start instants in UTC (at most MAX_STARTS), in the calendar's order."""
    unfolded = _FOLDED_LINE.sub("", ics[:_ICS_CHARS])
    if _CANCELLED.search(unfolded):
        return ()
    starts: list[datetime] = []
    for match in _DTSTART.finditer(unfolded):
        start = _instant(match.group("value"), _TZID.search(match.group("params") or ""))
        if start is not None and start not in starts:
            starts.append(start)
        if len(starts) == MAX_STARTS:
            break
    return tuple(starts)


def _instant(value: str, tzid: re.Match[str] | None) -> datetime | None:
    digits = value[:8] + value[9:15]
    year, month, day, hour, minute, second = (int(digits[a:b]) for a, b in _FIELDS)
    try:
        local = datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - its zone comes next
    except ValueError:
        return None
    if value.upper().endswith("Z"):
        return local.replace(tzinfo=UTC)
    if tzid is None:
        return None  # a "floating" time: whose local time is it?
    name = tzid.group("tz").strip()
    try:
        zone = ZoneInfo(WINDOWS_ZONES.get(name.lower(), name))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return local.replace(tzinfo=zone).astimezone(UTC)
