"""A person at the employer setting the reader's next step after an earlier one, in mail that names no job
(German first, the other languages' thanks for a meeting after it): "danke für das nette Gespräch letzte
Woche! Als nächsten Schritt schicken wir dir eine Coding Challenge", "Sie haben den Online-Test sehr gut
abgeschlossen. Wir würden Sie daher gerne zu einem persönlichen Gespräch einladen", "dank nog voor het
gesprek van dinsdag: we willen je graag als planner". The earlier step (an interview thanked for, a test
passed, its result) is the reader's process with the writer; the mail is its application's, as a reply in
the thread is (hand_sent_steps.py). A conversation of any kind thanked for counts before a test or an
offer only: a kitchen studio's "danke für das nette Gespräch" goes on to a quote or another meeting, never
to a coding task or a hire.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.interview_words import GERMAN_THANKS_FOR
from tracker.extraction.phrases.test_shape import GERMAN_TEST_DONE
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Status

_THANKS_FOR = rf"{GERMAN_THANKS_FOR} (?:das|unser|ihr|dein|den) (?:\w+ )?"
# A hiring step thanked for, or a test done or its result: "danke für das Vorstellungsgespräch", "Sie
# haben den Online-Test sehr gut abgeschlossen", "Ihr Testergebnis".
_EARLIER_HIRING_STEP = re.compile(
    rf"{_THANKS_FOR}(?:vorstellungsgespräch|bewerbungsgespräch|interview|videointerview)\b|"
    rf"\b(?:den|ihren|deinen|unseren) (?:online-?|eignungs)?test (?:\w+ ){{0,3}}{GERMAN_TEST_DONE}\b|"
    r"\b(?:ihr|dein) (?:test|assessment)ergebnis\b|"
    # A round after the first, which a first one went before: "zweites Gespräch", "die zweite Runde",
    # "Zweitgespräch" (a kitchen studio's "zweites Beratungsgespräch" is no hiring round).
    r"\b(?:zweite[nrs]?|dritte[nrs]?|finale[nrs]?|letzte[nrs]?) (?:gespräch|gesprächsrunde|runde|interview|"
    r"kennenlernen)\b|\bzweitgespräch\b"
)
# Any conversation thanked for: "danke für das nette Gespräch", "vielen Dank für unser Telefonat".
_EARLIER_CONVERSATION = re.compile(rf"{_THANKS_FOR}(?:gespräch|telefonat|videocall|austausch)\b")


# The same in the other six languages: a meeting thanked for ("thanks again for the interview on Tuesday",
# "dank nog voor het fijne gesprek", "merci pour notre échange", "gracias por la entrevista", "obrigada pela
# conversa", "grazie per il colloquio"). Its noun names a hiring interview, or (_ANY_MEETING) any talk.
_THANKED_FOR_A_MEETING = re.compile(
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:the|our|your|a) (?:[\w-]+ ){0,2}?(?P<en>interview|chat|call|"
    r"conversation|meeting)\b|"
    r"\b(?:bedankt|dank)(?: \w+){0,2} voor (?:het|ons|je|jouw|uw) (?:[\w-]+ )?(?P<nl>sollicitatiegesprek|"
    r"kennismakingsgesprek|gesprek)\b|"
    r"\bmerci(?: \w+){0,2} (?:pour|de) (?:l'|notre|votre|cet|ce) ?(?:[\w-]+ )?(?P<fr>entretien|échange)\b|"
    r"\bgracias(?: \w+){0,2} por (?:la|tu|su|nuestra|el) (?:[\w-]+ )?(?P<es>entrevista|charla|conversación|"
    r"llamada)\b|"
    r"\bobrigad[oa](?: \w+){0,2} pel[ao] (?:[\w-]+ )?(?P<pt>entrevista|conversa|chamada)\b|"
    r"\bgrazie(?: \w+){0,2} per (?:il|la|l'|la nostra|il nostro) ?(?:[\w-]+ )?(?P<it>colloquio|chiacchierata|"
    r"telefonata)\b"
)
_A_HIRING_INTERVIEW = frozenset(
    {"interview", "sollicitatiegesprek", "kennismakingsgesprek", "entretien", "entrevista", "colloquio"}
)


def follows_an_earlier_step(email: PreparedEmail, status: StatusReading) -> bool:
    """True when the mail names an earlier hiring step of the reader's with the writer (an interview
    thanked for, a test done or its result), or thanks for a conversation before setting a test or making
    an offer (an offer's phrases are a hire's own: a quote is no offer)."""
    # Asked only of mail a person sets a step in that names no job: rare, so searched whole.
    text = f"{email.subject_lower}\n{email.body_lower}"
    if _EARLIER_HIRING_STEP.search(text):
        return True
    if status.status is Status.ASSESSMENT and _EARLIER_CONVERSATION.search(text):
        return True
    thanked = _THANKED_FOR_A_MEETING.search(text)
    if thanked is None:
        return False
    meeting = next(noun for noun in thanked.groupdict().values() if noun)
    return meeting in _A_HIRING_INTERVIEW or status.status in (Status.ASSESSMENT, Status.OFFER)
