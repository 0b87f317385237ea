"""A kind decided (kind_rules.py), with how often such a reading was right on the labelled dev sources."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.models import Kind

# How often each reading's "application or not" was right on the eight labelled dev sources (826
# emails; `python bench/extraction.py --evidence`), as (right + 1) / (read + 2): a small class is never
# certain. Telling an alert from outreach or "other" changes no record, so only application-or-not counts.
APPLICATION_NEWS = 0.99  # 536/538
APPLICATION_SUBJECT = 0.98  # 80/81: a subject that states news or names an application, no body
APPLICATION_STEP = 0.93  # 13/13: an interview or assessment step without other news
APPLICATION_MENTION = 0.93  # 12/12: mentions an application, states no news
NO_JOB_LANGUAGE = 0.96  # 74/76
JOB_WORDS_ONLY = 0.97  # 36/36: job words in mail no pattern reads (chats, newsletters, the recruiter's reply)
PORTAL_MAIL = 0.87  # 19/21: careers-portal accounts, unsubmitted applications
NOT_AN_APPLICATION = 0.96  # 48/49: alerts, outreach, marketing, courses, surveys
# Never seen on the dev sources: below any threshold the table could recommend, so the model decides.
UNMEASURED = 0.6


@dataclass(frozen=True)
class KindReading:
    """The kind decided, how often such a reading is right (0..1, measured), and a short reason."""

    kind: Kind
    confidence: float
    reason: str
