"""A questionnaire set as a step of the reader's application, told from a survey about a past step.

Both say "questionnaire" ("questionário", "questionario", "Fragebogen"). A survey asks how the reader found
the process: to rate it on a scale, give feedback, tell their experience or opinion. A step asks the reader
to do it to go on, measured as a task: so many questions, or by a day. Mail with a survey's
words that asks nothing of the reader's experience and measures a task is the step.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import PreparedEmail
from tracker.extraction.weekdays import EVERY_DAY

_ASKS_ABOUT_THE_PROCESS = re.compile(rf"\b(?:{word_list('survey_asks')})\b")
# A task's measure: "15 domande", "(12 perguntas)", or a day it is due by ("entro venerdì", "até sexta"). (Its
# minutes alone are no task's: "it takes 3 minutes" is what every survey promises.)
_A_TASK = re.compile(
    r"\b\d{1,3} ?(?:questions?|perguntas|domande|preguntas|fragen|vragen)\b|"
    r"\b(?:by|before|until|no later than|avant|jusqu'à|bis|bis zum|antes del?|hasta el|até|entro|voor|"
    r"uiterlijk)\s+"
    rf"(?:(?:le|el|o|a|la|il|next|this|ce|diesem|am)\s+)?(?:{EVERY_DAY})"
)


def sets_a_questionnaire_as_a_step(email: PreparedEmail) -> bool:
    """True when the mail's survey words name a task for the reader to do, not a question about their
    experience of a past step."""
    body = email.body_lower
    return bool(_A_TASK.search(body)) and not (
        _ASKS_ABOUT_THE_PROCESS.search(body) or _ASKS_ABOUT_THE_PROCESS.search(email.subject_lower)
    )


def questionnaire_is_a_step(email: PreparedEmail) -> bool:
    """True when the mail's survey words set a questionnaire as a step of the application it names ("to
    continue in the selection process, complete this short survey (6 questions) by Friday"): the reader
    must fill it in to go on, so it is no survey of a past step."""
    return (
        bool(email.body_hits.get("SURVEY") or email.subject_hits.get("SURVEY"))
        and bool(
            email.body_hits.get("APPLICATION_REFERENCE")
            or email.subject_hits.get("APPLICATION_REFERENCE")
            or phrases.SUBJECT_APPLICATION.search(email.subject_lower)
        )
        and sets_a_questionnaire_as_a_step(email)
    )
