"""A friend asking after the reader's interview: personal mail, not the interview's.

"How did the interview at the insurer go?", "ton entretien chez X, ça a donné quoi ?", "domani è il giorno
del colloquio, giusto? In bocca al lupo!": someone outside the process asks how the reader's step went, or
asks about it and wishes them luck. No one in a hiring process asks the reader how their own interview went
(a survey about the process is read as one, kind_evidence's SURVEY): the writer is a friend, and the mail
is personal (kind "other"), whatever step and employer it names. Read only from a mailbox that names no
employer (a free or home mailbox, as family_mail.py reads a family's), and only where the interview's own
sentence is the question: an agency's "Your interview is on Tuesday at 10. Good luck!" states it. Or where
luck is wished for the interview in its own sentence ("und ich drück dir die Daumen für dein
Vorstellungsgespräch!", "boa sorte na entrevista de segunda!") at no hour, in mail whose only job word is the
interview and which names no application: a friend's aside in personal mail, where anyone in the process
names the post, the application or the client.

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.phrases.interview_shape import CLOCK
from tracker.extraction.status_sentences import sentence_bounds
from tracker.extraction.text import PreparedEmail

# How the step went, asked: "how did it go", "wie lief", "ça a donné quoi", "¿qué tal fue?", "com'è andata".
_HOW_IT_WENT = re.compile(
    r"\bhow (?:did|was|'d)\b|\bhow has (?:it|the|your) (?:\w+ )?gone\b|\bany news\b|"
    r"\bwie (?:lief|war)\b|\bwie (?:\w+ ){0,8}gelaufen\b|\bschon was gehört\b|"
    r"\bça a donné quoi\b|\bcomment (?:ça s'est passé|s'est passé|c'était|ça a été)\b|"
    r"\bça s'est bien passé\b|"
    r"\bqué tal (?:te )?(?:fue|ha ido|salió|tu)\b|\bcómo (?:te )?(?:fue|ha ido|salió)\b|"
    r"\bcom(?:e|') ?(?:è|e|sei|ti è|ti e) (?:\w+ )?andat[oa]\b|\bcom'è andat[oa]\b|\bcom'era\b|"
    r"\bnovità\b|"
    r"\bcomo (?:correu|foi|te correu|lhe correu)\b|\bhoe (?:ging|was|is (?:het|\w+ )?gegaan)\b|"
    r"\bhoe is (?:\w+ ){0,6}(?:gegaan|verlopen)\b"
)
# Luck wished: "fingers crossed", "ich drück dir die Daumen", "bonne chance", "in bocca al lupo".
_LUCK = re.compile(
    r"\b(?:good luck|best of luck|fingers crossed|break a leg|"
    r"viel glück|daumen|toi,? toi,? toi|"
    r"bonne chance|je croise les doigts|croise les doigts|"
    r"(?:mucha )?suerte|crucemos los dedos|"
    r"in bocca al lupo|buona fortuna|incrocio le dita|"
    r"boa sorte|dedos cruzados|"
    r"veel succes|succes|ik duim)\b"
)


def a_friend_asks_after_the_step(email: PreparedEmail) -> bool:
    """Whether the mail, from a mailbox naming no employer, asks the reader how their interview went, or
    asks about it and wishes them luck in the sentence after, or wishes them luck for it as an aside."""
    if platforms.domain_employer(email.sender) is not None:
        return False
    if _luck_wished_for_the_interview_aside(email):
        return True
    interviews = email.body_hits.get("INTERVIEW", ())
    if not interviews:
        return False
    text = email.body_lower
    for interview in interviews:
        left, right = sentence_bounds(text, interview.start(), interview.end())
        if not text[left:right].rstrip().endswith("?"):
            continue
        if _HOW_IT_WENT.search(text, left, right):
            return True
        after_left, after_right = sentence_bounds(text, right, right)
        # (A time asked in the question is a meeting proposed: "can you come in tomorrow at 10?")
        if _LUCK.search(text, after_left, after_right) and not CLOCK.search(text[left:right]):
            return True
    return False


def _luck_wished_for_the_interview_aside(email: PreparedEmail) -> bool:
    """Whether luck is wished for the interview in the interview's own sentence, at no hour, in mail whose
    only job words are the interview's and which names no application of the reader's."""
    interviews = [*email.body_hits.get("INTERVIEW", ()), *email.body_hits.get("INTERVIEW_SHAPE", ())]
    if (
        not interviews
        or email.body_hits.get("APPLICATION_REFERENCE")
        or email.subject_hits.get("JOB_CONTEXT")
    ):
        return False
    spans = [(interview.start(), interview.end()) for interview in interviews]
    for word in email.body_hits.get("JOB_CONTEXT", ()):
        if not any(start <= word.start() and word.end() <= end for start, end in spans):
            return False
    text = email.body_lower
    for start, end in spans:
        left, right = sentence_bounds(text, start, end)
        if _LUCK.search(text, left, right) and not CLOCK.search(text[left:right]):
            return True
    return False
