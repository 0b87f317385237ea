"""The step of mail no pattern reads whose structure says it is the reader's application's: a person at
the employer writing to the reader about a post (addressed_hires.py) sets a decision or a visit in everyday
words (answered_steps.py), a start asked or told (an offer) or a meeting's day and hour (an interview); a
questionnaire set as a task of the hiring process named is an assessment (questionnaire_steps.py).
"""

from __future__ import annotations

import re

from tracker.extraction.addressed_hires import writes_to_the_reader_about_a_post
from tracker.extraction.answered_steps import UNREAD_READINGS, stated_by_hand
from tracker.extraction.clock_times import HOUR, HOUR_WORDS, MERIDIEM, MINUTES
from tracker.extraction.job_context import names_no_job
from tracker.extraction.kind_reading import KindReading
from tracker.extraction.open_events import offers_an_event
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.questionnaire_steps import questionnaire_is_a_step
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.extraction.weekdays import EVERY_DAY, TOMORROW, one_of
from tracker.models import Kind, Status

# A start asked or told, with its day or date close after: "could you start on the 3rd", "können Sie ab dem
# 1. anfangen", "tu peux commencer lundi", "ti va di iniziare lunedì 10".
_START_WORDS = word_list("addressed_start")
# A date's number, not a clock time's ("start at 9 tomorrow" starts a day's work, not the job on the 9th).
_A_DATE = (
    rf"(?:{EVERY_DAY}|{one_of(TOMORROW)}|"
    rf"{HOUR}(?:st|nd|rd|th|er)?\b\.?(?!\s*(?:(?:{MERIDIEM}|{HOUR_WORDS})\b|[:.]\d)))"
)
# Starting a trial or a test is a step, not the job: "could you start the test on 12 May?".
_NOT_THE_JOB = r"(?![^.?!\n]{0,40}?\b(?:trial|test|probe\w*|essai|prova|prueba|proef\w*|teste)\b)"
JOB_START = re.compile(
    rf"\b(?:{_START_WORDS})\b{_NOT_THE_JOB}[^.?!\n]{{0,25}}?\b{_A_DATE}|"
    rf"\b(?:ab|dès|from|a partir d[eo]|vanaf|dal|desde)\b[^.?!\n]{{0,20}}?{_A_DATE}[^.?!\n]{{0,25}}?"
    rf"\b(?:{_START_WORDS})\b"
)
# A number after a time's preposition is its hour ("at 2", "om 14.00 uur"): here no mark is needed.
_HOUR = rf"{HOUR}(?:{MINUTES}|h)?"
# A meeting's day and hour: "Thursday at 2", "quarta às 11h", "donderdag om 14.00 uur", "giovedì alle 16",
# "mardi à 15h", "el miércoles a las 11", "Montag um 15 Uhr".
_MEETING = re.compile(
    rf"\b(?:{EVERY_DAY})s?\b[^.?!\n]{{0,20}}?\b(?:at|à|um|a las|om|às|as|alle|ore|vers|gegen|around|dalle)\s+"
    rf"{_HOUR}(?!\d)"
)
# As sure as a step stated by hand (answered_steps.py's readings are weighed the same).
_STRENGTH = 0.6
_REASON = "a person at the employer writes the reader a step"


def proposed_step(email: PreparedEmail) -> Status | None:
    """The step such mail sets: a decision or a visit in everyday words, a start (an offer), or a meeting's
    day and hour (an interview)."""
    body = email.body_lower
    stated = stated_by_hand(email)
    if stated is not None:
        return stated
    if JOB_START.search(body):
        return Status.OFFER
    if _MEETING.search(body):
        return Status.INTERVIEW
    return None


def with_addressed_step(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """The kind and status of mail no pattern read that a person of the employer writes the reader about a
    post: an application's, at the step it sets (a status the rules read stands)."""
    if kind.kind is Kind.APPLICATION or kind.reason not in UNREAD_READINGS or any(names_no_job(email)):
        # (An admission, a volunteer's place or a flat applied for names what it is: no job.)
        return kind, status
    if questionnaire_is_a_step(email):
        step: Status | None = Status.ASSESSMENT
    elif offers_an_event(email):
        # "Drop by our stand at the graduate fair to chat with our engineers": a visit open to every job
        # seeker (open_events.py), no step of the reader's.
        return kind, status
    elif writes_to_the_reader_about_a_post(email):
        step = status.status if status.status not in (None, Status.APPLIED) else proposed_step(email)
    else:
        return kind, status
    if step is None:
        return kind, status
    kind = KindReading(Kind.APPLICATION, _STRENGTH, _REASON)
    if step is status.status:
        return kind, status
    return kind, StatusReading(step, _STRENGTH, False, status.signals, subject_signals=status.subject_signals)
