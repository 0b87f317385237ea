"""Dates that matter, read from an invitation or an assessment email: when the interview is, by
when the assessment is due.

Three sources, most exact first: the event's start in an attached calendar (carried on the email
as `calendar_starts`), a stated date and time ("Tuesday, June 16, 2026 at 2:00 PM EDT",
"Mon Jun 1, 2026 2pm (PDT)", "16 June 2026, 14:00 CET", "2026-06-16 14:00 UTC"), and a stated
allowance ("complete it within 5 days", "in the next 72 hours", counted from the email's date).
A stated time without a zone is in the zone of the email's Date header. Every pattern is linear
and reads at most the first `_TEXT_CHARS` characters.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from tracker.extraction.clock_times import HOUR, MERIDIEM
from tracker.extraction.weekdays import ENGLISH_MONTHS
from tracker.models import EmailMessage, ScheduledDate, Status

_TEXT_CHARS = 6_000
MAX_DATES = 3
# A month's first three letters: "Jun", "June", "Sept." alike (_MONTH reads the rest).
_MONTHS = tuple(month[:3] for month in ENGLISH_MONTHS)
_ZONES: dict[str, str] = {
    **dict.fromkeys(("et", "est", "edt", "eastern"), "America/New_York"),
    **dict.fromkeys(("ct", "cst", "cdt", "central"), "America/Chicago"),
    **dict.fromkeys(("mt", "mst", "mdt", "mountain"), "America/Denver"),
    **dict.fromkeys(("pt", "pst", "pdt", "pacific"), "America/Los_Angeles"),
    **dict.fromkeys(("gmt", "utc", "z"), "UTC"),
    **dict.fromkeys(("bst", "uk"), "Europe/London"),
    **dict.fromkeys(("cet", "cest"), "Europe/Berlin"),
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "sgt": "Asia/Singapore",
    **dict.fromkeys(("aest", "aedt"), "Australia/Sydney"),
}
_ZONE_NAMES = "|".join(sorted(_ZONES, key=len, reverse=True))
_ZONE = r"(?P<zone>(?:utc|gmt)\s?[+-]\s?\d{1,2}(?::?\d\d)?|" + _ZONE_NAMES + r")\b"
_TIME = rf"(?P<hour>{HOUR})(?:[:.](?P<minute>\d\d))?\s?(?P<half>{MERIDIEM})?"
_DAY_NAME = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?"
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r")[a-z]{0,6}\.?"
# "June 16, 2026 at 2:00 PM (EDT)" and "16 June 2026, 14:00 CET": a date, a short link, a time, a zone.
_STATED = re.compile(
    _DAY_NAME
    + r"(?:"
    + _MONTH
    + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?"
    + _MONTH.replace("month", "month2")
    + r")(?:,?\s(?P<year>20\d\d))?,?\s(?:at\s|@\s?|from\s|-\s)?"
    + _TIME
    + rf"(?:\s?(?:-|to|–)\s?{HOUR}(?:[:.]\d\d)?\s?(?:{MERIDIEM})?)?\s?\(?(?:"
    + _ZONE
    + r")?",
    re.I,
)
# Calendly's "10:00am - Wednesday, June 17, 2026 (UTC)": the time first.
_TIME_FIRST = re.compile(
    r"\b"
    + _TIME
    + r"\s?-\s?"
    + _DAY_NAME
    + _MONTH
    + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s(?P<year>20\d\d))?\s?\(?(?:"
    + _ZONE
    + r")?",
    re.I,
)
_ISO = re.compile(
    r"\b(?P<y>20\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)[t ](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?"
    r"\s?(?P<z>z|utc|[+-]\d\d:?\d\d)?",
    re.I,
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "fourteen": 14,
}  # fmt: skip
_ALLOWANCE = re.compile(
    r"\b(?:within|in the next|in the coming|no later than)\s(?P<n>\d{1,3}|"
    + "|".join(_NUMBERS)
    + r")(?:\s\(\d{1,3}\))?\s(?P<business>business\s|working\s|calendar\s)?(?P<unit>days?|hours?)\b",
    re.I,
)
_DEADLINE_WORDS = re.compile(
    r"\b(?:by|before|until|due|deadline|expires?|closes?|no later than)\W{1,3}$", re.I
)


def dates_ahead(email: EmailMessage, status: Status | None) -> tuple[ScheduledDate, ...]:
    """The interview or assessment dates an email states (at most MAX_DATES), in UTC; nothing for
    other emails or without a date to count from."""
    if status not in (Status.INTERVIEW, Status.ASSESSMENT) or email.received_at is None:
        return ()
    kind = status.value
    found = [ScheduledDate(kind, start.astimezone(UTC), "calendar") for start in email.calendar_starts]
    text = f"{email.subject}\n{email.body[:_TEXT_CHARS]}"
    received = email.received_at
    for match in _ISO.finditer(text):
        instant = _iso_instant(match, received.tzinfo)
        if instant is not None:
            found.append(ScheduledDate(kind, instant, "stated"))
    stated = [*_STATED.finditer(text), *_TIME_FIRST.finditer(text)]
    for match in stated:
        moment = _stated_instant(match, received)
        if moment is not None:
            before = text[max(0, match.start() - 20) : match.start()]
            deadline = status is Status.ASSESSMENT and _DEADLINE_WORDS.search(before) is not None
            found.append(ScheduledDate("deadline" if deadline else kind, moment, "stated"))
    if status is Status.ASSESSMENT:
        for match in _ALLOWANCE.finditer(text):
            found.append(ScheduledDate("deadline", _allowance_end(match, received), "allowance"))
    return _plausible(found, received)


def _plausible(found: list[ScheduledDate], received: datetime) -> tuple[ScheduledDate, ...]:
    """Dates from a day before the email to a year after it, each instant once, earliest first."""
    earliest, latest = received - timedelta(days=1), received + timedelta(days=366)
    kept: dict[tuple[str, datetime], ScheduledDate] = {}
    for date in found:
        if earliest <= date.starts_at <= latest:
            kept.setdefault((date.kind, date.starts_at), date)
    return tuple(sorted(kept.values(), key=lambda d: (d.starts_at, d.kind))[:MAX_DATES])


def _iso_instant(match: re.Match[str], default_zone: tzinfo | None) -> datetime | None:
    zone_text = (match.group("z") or "").lower()
    zone = default_zone or UTC
    if zone_text in ("z", "utc"):
        zone = UTC
    elif zone_text:
        zone = _offset(zone_text)
    year, month, day, hour, minute = (int(match.group(g)) for g in ("y", "mo", "d", "h", "mi"))
    try:
        return datetime(year, month, day, hour, minute, tzinfo=zone).astimezone(UTC)
    except ValueError:
        return None


def _stated_instant(match: re.Match[str], received: datetime) -> datetime | None:
    groups = match.groupdict()
    month_name = (groups["month"] or groups.get("month2") or "").lower()[:3]
    day = int(groups["day"] or groups.get("day2") or 0)
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    half = (match.group("half") or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if not half and match.group("minute") is None:
        return None  # "June 16, 2026 10" is no time of day
    zone = _zone(match.group("zone"), received)
    year = int(match.group("year")) if match.group("year") else received.year
    try:
        moment = datetime(year, _MONTHS.index(month_name) + 1, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None  # "February 30", "25:00"
    if not match.group("year") and moment < received - timedelta(days=31):
        moment = moment.replace(year=year + 1)  # "January 5" in a December email
    return moment.astimezone(UTC)


def _zone(text: str | None, received: datetime) -> tzinfo:
    if not text:
        return received.tzinfo or UTC
    folded = re.sub(r"\s", "", text.lower())
    if folded[:3] in ("utc", "gmt") and len(folded) > 3:
        return _offset(folded[3:])
    return ZoneInfo(_ZONES[folded])


def _offset(text: str) -> tzinfo:
    """'+05:30', '-0800', '+2' as a fixed offset (UTC when it is none)."""
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d\d)?", text)
    if match is None:
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = min(int(match.group(2)), 14), int(match.group(3) or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _allowance_end(match: re.Match[str], received: datetime) -> datetime:
    raw = match.group("n").lower()
    amount = _NUMBERS.get(raw) or int(raw)
    unit = match.group("unit").lower()
    if unit.startswith("hour"):
        return (received + timedelta(hours=amount)).astimezone(UTC)
    if match.group("business") and match.group("business").lower().startswith(("business", "working")):
        end, left = received, amount
        while left:
            end += timedelta(days=1)
            left -= end.weekday() < 5
        return end.astimezone(UTC)
    return (received + timedelta(days=amount)).astimezone(UTC)
