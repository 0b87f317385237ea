"""A meeting's hour settled in a reply: the thread arranged a meeting, the answer fixes or moves its time.

A person at the employer answers the reader's "the 7th at 11 would suit me" with "Great, the 7th at 11
then", "Akkoord, dinsdag 9 juni om 15:30 uur dus", "Passt, dann bis Donnerstag um 9" or "Can we push it to
2:15?": the answer names no meeting (the subject or the quoted mail does) and only an hour. Such a
reply is the interview the thread arranges, not a receipt.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.clock_times import CLOCK_TIME, HOUR, MINUTES
from tracker.extraction.quote_writers import unquoted
from tracker.extraction.text import PreparedEmail, lowercase
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


def settled_meeting_step(email: PreparedEmail) -> Status | None:
    """The interview, where a reply's answer names an hour and its subject or quote names a meeting."""
    if not email.answers_a_mail or _AN_HOUR.search(email.body_lower[:_ANSWER_READ]) is None:
        return None
    if any(email.subject_hits.get(category) for category in _MEETING_CATEGORIES):
        return Status.INTERVIEW
    quote = " ".join(unquoted(line).strip() for line in email.quoted[:_QUOTE_READ].split("\n"))
    hits = phrases.scan(lowercase(quote))
    return Status.INTERVIEW if any(hits.get(category) for category in _MEETING_CATEGORIES) else None
