"""Where an application stands, read from the body; the subject only when the body says nothing.

ATS rejections reuse the confirmation's subject, so the body decides. What a text states as news is
status_news.py's reading (an interview that is a test: meeting_or_test.py); here one status is resolved
from it. Final statuses outrank progress: a rejection that thanks you for interviewing is a rejection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extraction import phrases
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import offer_shape
from tracker.extraction.status_news import StatusSignals, status_signals
from tracker.extraction.still_in_review import still_in_review
from tracker.extraction.text import PreparedEmail
from tracker.models import Status

# StatusSignals and status_signals are read through this module too (the status's reading as a whole).
__all__ = ["StatusReading", "StatusSignals", "read_status", "resolve", "status_signals", "subject_status_of"]


@dataclass(frozen=True)
class StatusReading:
    """The status an email states (None when it states none) and how it was read."""

    status: Status | None
    strength: float
    from_subject: bool = False
    signals: StatusSignals = field(default_factory=StatusSignals)
    # False when the status is a guess from an update subject that states none (see SUBJECT_UPDATE).
    stated: bool = True
    # The subject's own signals, read once for every step that weighs them (the kind's reading too).
    subject_signals: StatusSignals = field(default_factory=StatusSignals)


_SUBJECT_CATEGORIES = (
    (Status.WITHDRAWN, phrases.SUBJECT_WITHDRAWN),
    (Status.REJECTED, phrases.SUBJECT_REJECTION),
    (Status.OFFER, phrases.SUBJECT_OFFER),
    (Status.INTERVIEW, phrases.SUBJECT_INTERVIEW),
    (Status.ASSESSMENT, phrases.SUBJECT_ASSESSMENT),
)
_STRONG = 0.9
_CLEAR = 0.8
_FROM_SUBJECT = 0.6
_GUESSED = 0.3


def read_status(email: PreparedEmail) -> StatusReading:
    """The status the body states; the subject's only when the body states none."""
    welcomed = offer_shape.WELCOME.search(email.subject_lower) is not None
    signals = status_signals(email.body_lower, email.body_hits, welcomed=welcomed)
    in_subject = status_signals(email.subject_lower, email.subject_hits, subject=True)
    status = resolve(signals)
    subject_status = _subject_news(email, in_subject) if status in (None, Status.APPLIED) else None
    if status is Status.APPLIED and subject_status not in (None, Status.APPLIED):
        # "Your application for X - Not Selected" over a portal's "you applied on our careers site": a
        # body that only acknowledges the application says less than a subject stating its news.
        return StatusReading(subject_status, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    if status is not None:
        strength = _CLEAR if status in (Status.INTERVIEW, Status.ASSESSMENT) else _STRONG
        return StatusReading(status, strength, False, signals, subject_signals=in_subject)
    if subject_status is not None:
        return StatusReading(subject_status, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    if _a_recruiters_own_note(email):
        return StatusReading(Status.INTERVIEW, _GUESSED, True, signals, False, in_subject)
    if in_subject.has("confirmation"):
        # "We received your application", "Thank you for your application to Oracle": a receipt stated.
        return StatusReading(Status.APPLIED, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    if not signals.first and still_in_review(email.body_lower):
        # "Your application is still with us", "tu solicitud sigue activa": no decision yet, the application
        # stands (still_in_review.py), no rejection guessed from an update subject. No receipt either (a
        # submission already made, as a "viewed" notice is): unstated, so it joins the application open at
        # its employer rather than begin another (matching.py).
        return StatusReading(Status.APPLIED, _STRONG, False, signals, False, in_subject)
    # "Thanks for your interest in Acme - jobs you may like": an update subject over a listing is no guess.
    listing = bool(email.subject_hits.get("JOB_ALERT") or email.body_hits.get("JOB_ALERT"))
    if not signals.first and not listing and phrases.SUBJECT_UPDATE.search(email.subject_lower):
        return StatusReading(Status.REJECTED, _GUESSED, True, signals, False, in_subject)
    return StatusReading(None, 0.0, False, signals, subject_signals=in_subject)


# "Your Application for GNC Engineer at Halvorsen": the subject an ATS's receipt also carries.
_ABOUT_YOUR_APPLICATION = re.compile(r"^(?:re: )?your application (?:for|to|at|with)\b")
# A mailbox named like a person has no surname among these: "Brackwater Career Opportunities", "noreply@".
_MAILBOX_WORDS = re.compile(r"career|job|recruit|talent|hiring|opportunit|staffing|people|\bhr\b|reply")


def _a_recruiters_own_note(email: PreparedEmail) -> bool:
    """A person (not a careers mailbox or an ATS) writing under "Your application for X at Y", with no body
    kept: a recruiter taking the application on to a conversation, the usual reason to write in person
    after the receipt. A guess (stated=False): a body, when there is one, says what it is."""
    return (
        email.body_was_empty
        and _ABOUT_YOUR_APPLICATION.search(email.subject_lower) is not None
        and looks_like_person_name(email.sender.name)
        and not _MAILBOX_WORDS.search(f"{email.sender.name.lower()} {email.sender.local}")
    )


def resolve(signals: StatusSignals) -> Status | None:
    """One status from all categories found: withdrawal and rejection first, then the furthest step."""
    if signals.has("withdrawn"):
        return Status.WITHDRAWN
    if signals.has("rejected"):
        return Status.REJECTED
    if signals.has("search_stopped"):
        return Status.WITHDRAWN
    if signals.has("offer"):
        return Status.OFFER
    if signals.has("interview"):
        return Status.INTERVIEW
    if signals.has("assessment") or signals.has("assessment_tool"):
        return Status.ASSESSMENT
    if signals.has("confirmation"):
        return Status.APPLIED
    return None


def _subject_news(email: PreparedEmail, in_subject: StatusSignals) -> Status | None:
    """The news a subject states, by its own phrases or the body's ("Acme - we won't be moving forward",
    "Rückmeldung - leider keine Zusage", "your Pymetrics link"): the furthest, final statuses first.
    A receipt is no news here (read_status reads it last)."""
    by_subject_phrases = subject_status_of(email.subject_lower)
    by_body_phrases = resolve(in_subject)
    found = {by_subject_phrases, by_body_phrases} - {None, Status.APPLIED}
    return next((status for status in _NEWS_ORDER if status in found), None)


_NEWS_ORDER = (Status.WITHDRAWN, Status.REJECTED, Status.OFFER, Status.INTERVIEW, Status.ASSESSMENT)


def subject_status_of(subject: str) -> Status | None:
    """The status a (lowercased) subject line alone states, if it states one."""
    for status, pattern in _SUBJECT_CATEGORIES:
        if pattern.search(subject):
            return status
    return None
