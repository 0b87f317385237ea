"""A trial at work set for the reader: their work tried, a test rather than a meeting.

A shop, kitchen, clinic or trade tries a candidate at work ("a paid trial shift on Saturday", "the next
step for us is a working interview", "come in for a work trial"): the labels read it as an assessment,
as they read a take-home, unless the mail also sets a conversation beside it ("come in for a chat and a
trial shift", "a trial shift, then a quick coffee with the owner"), which makes it the interview.
Every language alike: a "Probearbeitstag", a "journée d'essai", a "giornata di prova", a "proefdag", a
"día de prueba", a "dia de experiência" is the reader's work tried (the interview tables find them, and
this reads their hits). A day shadowing the team ("shadow day", "Hospitation", "meeloopdag") is no trial of
the reader's work and stays the meeting. status_news.py asks.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases import interview_shape
from tracker.extraction.status_sentences import hedges, sentence_bounds

# A trial at work, as the interview tables and the shape's steps find it (their hits are read here).
_TRIAL = re.compile(
    r"\b(?:trial (?:shift|day|evening|session|morning|afternoon)|work(?:ing)? trial|working interview|"
    r"trade test|do a trial)s?\b|"
    r"\bprobe(?:arbeit|schicht|tag)|"
    r"\b(?:journée|soirée|matinée|service) d'essai\b|\bpour un essai\b|"
    r"\bgiornata di prova\b|"
    r"\b(?:proefdag|proefdraaien|proefavond|proefdienst|proefwerkdag)|"
    r"\b(?:día|jornada|turno) de prueba\b|\buna prueba\b|"
    r"\bdia (?:à|de) experiência\b|\bdia (?:experimental|de teste)\b|\bteste prático\b|\bprova prática\b"
)
# A conversation set beside the trial. A call only as a meeting ("a quick call", "a video call"), not
# the reader's way to answer ("give me a call if Saturday doesn't work").
_CONVERSATION = re.compile(
    r"\b(?:interview|phone screen|chat|conversation|meeting|coffee|catch-up|sit-down)s?\b|"
    r"\b(?:phone|video|zoom|teams|quick|short|intro\w*|first) call\b|"
    r"gespräch|gesprek|\b(?:kennenlernen|kennismaking|telefonat|entretien|rencontre|colloquio|"
    r"chiacchierata|entrevista|charla|conversación|conversa)\b"
)
_STEP_CATEGORIES = ("INTERVIEW", "INTERVIEW_SHAPE")


def trial_set_at(text: str, hits: dict[str, list[re.Match[str]]]) -> int | None:
    """Where the first trial at work set for the reader stands in `text` (lowercased; `hits` its phrase
    matches) when no conversation is set beside it: the trial's sentence neither hedged ("if it goes
    well, a trial shift") nor behind the reader ("thanks for doing the trial shift")."""
    trials = [
        match
        for category in _STEP_CATEGORIES
        for match in hits.get(category, ())
        if _TRIAL.search(match.group(0)) and _set_ahead(text, match)
    ]
    if not trials:
        return None
    spans = [(trial.start(), trial.end()) for trial in trials]
    for category in _STEP_CATEGORIES:
        for match in hits.get(category, ()):
            inside_a_trial = any(start <= match.start() < end for start, end in spans)
            if not inside_a_trial and _CONVERSATION.search(match.group(0)) and _set_ahead(text, match):
                return None
    return min(start for start, _end in spans)


def _set_ahead(text: str, match: re.Match[str]) -> bool:
    """True when the sentence of `match` states a step ahead: no hedge before it (a question may ask it:
    "could you do a trial shift on Saturday?") and no step thanked for or followed."""
    left, right = sentence_bounds(text, match.start(), match.end())
    return not (
        hedges(text[left : match.start()], text[left:right])
        or interview_shape.names_a_held_meeting(text[left:right])
    )
