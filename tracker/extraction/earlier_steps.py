"""A person at the employer setting the reader's next step after an earlier one, in German mail that names
no job: "danke für das nette Gespräch letzte Woche! Als nächsten Schritt schicken wir dir eine Coding
Challenge", "Sie haben den Online-Test sehr gut abgeschlossen. Wir würden Sie daher gerne zu einem
persönlichen Gespräch einladen". The earlier step (an interview thanked for, a test passed, its result)
is the reader's process with the writer; the mail is its application's, as a reply in the thread is
(hand_sent_steps.py). A conversation of any kind thanked for counts before a test only: a kitchen
studio's "danke für das nette Gespräch" goes on to a quote or another meeting, never to a coding task.
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


def follows_an_earlier_step(email: PreparedEmail, status: StatusReading) -> bool:
    """True when the mail names an earlier hiring step of the reader's with the writer (an interview
    thanked for, a test done or its result), or thanks for a conversation before setting a test."""
    # Asked only of mail a person sets a step in that names no job: rare, so searched whole.
    text = f"{email.subject_lower}\n{email.body_lower}"
    if _EARLIER_HIRING_STEP.search(text):
        return True
    return status.status is Status.ASSESSMENT and bool(_EARLIER_CONVERSATION.search(text))
