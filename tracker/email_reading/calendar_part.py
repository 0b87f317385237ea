"""A text/calendar (iCalendar) part as the few readable lines an invitation carries.

Invitations attach the event as an .ics part beside (or, from some clients, instead of) their text;
the event's name, organizer and description are what a reader would see, the rest is machinery.
"""

from __future__ import annotations

import re

_FOLDED_LINE = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"^(?P<name>[A-Z-]+)(?P<params>;[^:\n]*)?:(?P<value>[^\n]*)$", re.M)
_COMMON_NAME = re.compile(r';CN="?(?P<cn>[^";:]+)"?', re.I)
_ESCAPES = (("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\\\", "\\"))
_DESCRIPTION_CHARS = 2_000


def looks_like_icalendar(text: str) -> bool:
    """True when `text` is an iCalendar document rather than prose."""
    return text.lstrip()[:40].upper().startswith("BEGIN:VCALENDAR")


def calendar_text(ics: str) -> str:
    """The event's name, organizer and description as plain lines, in that order ('' for no event)."""
    unfolded = _FOLDED_LINE.sub("", ics)
    found: dict[str, str] = {}
    for match in _PROPERTY.finditer(unfolded):
        name, value = match.group("name").upper(), _unescape(match.group("value").strip())
        if name in found or not value:
            continue
        if name == "SUMMARY":
            found[name] = f"Event: {value}"
        elif name == "ORGANIZER":
            common_name = _COMMON_NAME.search(match.group("params") or "")
            address = re.sub(r"^mailto:", "", value, flags=re.I)
            found[name] = (
                f"Organizer: {common_name.group('cn')} <{address}>"
                if common_name
                else f"Organizer: {address}"
            )
        elif name == "DESCRIPTION":
            found[name] = value[:_DESCRIPTION_CHARS]
    return "\n".join(found[name] for name in ("SUMMARY", "ORGANIZER", "DESCRIPTION") if name in found)


def _unescape(value: str) -> str:
    for escaped, plain in _ESCAPES:
        value = value.replace(escaped, plain)
    return value
