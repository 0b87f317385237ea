"""A meeting's hour settled in a reply: the thread arranged a meeting, the answer fixes or moves its time.

A person at the employer answers the reader's "the 7th at 11 would suit me" with "Great, the 7th at 11
then", "Akkoord, dinsdag 9 juni om 15:30 uur dus", "Passt, dann bis Donnerstag um 9" or "Can we push it to
2:15?": the answer names no meeting (the subject or the quoted mail does) and only an hour. Such a
reply is the interview the thread arranges, not a receipt. Where nobody names the meeting ("Thursday at 10
would suit me" quoted under "Super, then Thursday 10 o'clock! Ring at the side door"), the answer fixing
on its weekday the very hour the quoted mail proposed is the arrangement itself.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.clock_times import CLOCK_TIME, HOUR, MINUTES
from tracker.extraction.quote_writers import unquoted
from tracker.extraction.text import PreparedEmail, lowercase
from tracker.extraction.weekdays import EVERY_DAY
from tracker.models import Status

# An hour: one its writing marks ("14:00 uur", "10am", "9.30"), or a number after a time's preposition
# ("at 10", "om 2", "um 9", "à 15", "a las 11", "às 10", "alle 16").
_AN_HOUR = re.compile(
    rf"\b(?:{CLOCK_TIME})(?!\d)|\b(?:at|om|um|à|a las|às|alle|ore)\s+{HOUR}(?:{MINUTES})?(?![\d.,:]\d)"
)
# Where the answer is read: its opening lines, not a signature's office hours further down.
_ANSWER_READ = 400
# How far into the quote the meeting is looked for: the mail answered and the one it answered.
_QUOTE_READ = 1500
_MEETING_CATEGORIES = ("INTERVIEW", "INTERVIEW_SHAPE")
# A weekday named: the day an answer fixes its hour on.
_A_WEEKDAY = re.compile(rf"\b(?:{EVERY_DAY})\b")
_HOUR_NUMBER = re.compile(r"\d{1,2}")


def settled_meeting_step(email: PreparedEmail) -> Status | None:
    """The interview, where a reply's answer names an hour and its subject or quote names a meeting."""
    if not email.answers_a_mail or _AN_HOUR.search(email.body_lower[:_ANSWER_READ]) is None:
        return None
    if any(email.subject_hits.get(category) for category in _MEETING_CATEGORIES):
        return Status.INTERVIEW
    quote = lowercase(" ".join(unquoted(line).strip() for line in email.quoted[:_QUOTE_READ].split("\n")))
    hits = phrases.scan(quote)
    if any(hits.get(category) for category in _MEETING_CATEGORIES):
        return Status.INTERVIEW
    return Status.INTERVIEW if fixes_the_hour_the_quote_proposed(email) else None


def fixes_the_hour_the_quote_proposed(email: PreparedEmail) -> bool:
    """True when a reply's answer fixes, on its weekday, the hour its quoted mail proposed (the meeting the
    two arrange, though neither names it)."""
    if not email.answers_a_mail:
        return False
    # The quote's own lines, not the header above them ("On 4 May 2026, at 18:20, ... wrote:"): its time
    # stamp is no hour proposed.
    written = lowercase(
        " ".join(unquoted(line) for line in email.quoted[:_QUOTE_READ].split("\n") if line.startswith(">"))
    )
    return _fixes_the_quoted_hour(email.body_lower[:_ANSWER_READ], written)


def _fixes_the_quoted_hour(answer: str, quote: str) -> bool:
    """True when the answer's first hour stands on a line naming a weekday and the quoted mail names the
    same hour: "Perfect, Wednesday at 3pm then" under "Wednesday 3pm works for me" (a meeting the
    two are arranging, though neither names it)."""
    hour = _AN_HOUR.search(answer)
    if hour is None:
        return False
    line_end = answer.find("\n", hour.end())
    line = answer[answer.rfind("\n", 0, hour.start()) + 1 : line_end if line_end >= 0 else len(answer)]
    if _A_WEEKDAY.search(line) is None:
        return False
    number = _HOUR_NUMBER.search(hour.group(0))
    return number is not None and any(
        (found := _HOUR_NUMBER.search(proposed.group(0))) is not None and found.group(0) == number.group(0)
        for proposed in _AN_HOUR.finditer(quote)
    )
