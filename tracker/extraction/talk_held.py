"""A decision told after the talk held with the reader: Dutch's and German's interview is a talk.

French's "entretien", Spanish's and Portuguese's "entrevista", Italian's "colloquio" say job on their own
(the job-word tables hold them); Dutch and German hold an interview as "een gesprek" / "ein Gespräch", the
word for any talk, so a person's "na de gesprekken hebben we gekozen voor iemand die ..." or "nach unserem
Gespräch haben wir uns für jemanden entschieden" named no job word and was read as some other application's.
The talk the writer held with the reader ("het gesprek", "ons gesprek", "nach den Gesprächen"; not the
reader's own talks, "deine Gespräche") says job where the mail turns the reader down: a kitchen shop's
offer after "das nette Gespräch" and a friend's date for "deine Gespräche" decide nobody's application.
"""

from __future__ import annotations

import re

from tracker.extraction.text import PreparedEmail
from tracker.models import Status

# The talk held, with its article or the writers' possessive and up to two words between ("een fijn
# gesprek", "de twee gesprekken", "das offene Gespräch", "unserem kurzen Gespräch").
_TALK_HELD = re.compile(
    r"\b(?:het|de|een|ons|onze) (?:[\w-]+ ){0,2}?gesprek(?:ken)?\b|"
    r"\b(?:das|dem|den|ein|einem|unser|unserem|unseren) (?:[\w-]+ ){0,2}?gespräch(?:e|en)?\b"
)


def turned_down_after_the_talk(email: PreparedEmail, status: Status | None) -> bool:
    """True when `email` turns the reader down and names the talk its writer held with them."""
    return status is Status.REJECTED and bool(
        _TALK_HELD.search(email.subject_lower) or _TALK_HELD.search(email.body_lower)
    )
