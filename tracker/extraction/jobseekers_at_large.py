"""Mail greeting job seekers at large: "Dear Jobseeker", "Estimado demandante de empleo", "Liebe
Arbeitsuchende". A board's or an employment service's mailer of walk-in drives, selection days and
vacancies is written to everyone on its list, not about the reader's own application: its "come with your
CV on Thursday" is an offer to all, a job alert (news_without_application.py reads it so where no
application's news is stated).
"""

from __future__ import annotations

import re

from tracker.extraction.match_words import MatchWords
from tracker.extraction.text import PreparedEmail

# The greeting, in the seven languages, to a job seeker by that name alone.
_TO_JOBSEEKERS = re.compile(
    r"^\W*(?:dear|hello|hi) (?:job ?seekers?|candidates? and job ?seekers?)\b|"
    r"^\W*(?:estimad[oa]s?|querid[oa]s?|hola) (?:(?:el|la) )?"
    r"(?:demandantes? de empleo|buscador(?:a|es)? de empleo)\b|"
    r"^\W*(?:ch[eè]re?s?|bonjour) "
    r"(?:(?:les )?demandeu(?:r|se|rs|ses) d'emploi|chercheu(?:r|se|rs)s? d'emploi)\b|"
    r"^\W*(?:liebe|sehr geehrte|hallo) (?:arbeits?suchende|stellensuchende|jobsuchende)\b|"
    r"^\W*(?:beste|geachte|hallo) (?:werkzoekenden?|werkzoekende)\b|"
    r"^\W*(?:car[oa]|caris?sim[oa]|gentile) (?:persona in cerca di (?:lavoro|occupazione)|"
    r"(?:utente|iscritt[oa]) in cerca di lavoro|disoccupat[oa])\b|"
    r"^\W*(?:car[oa]|prezad[oa]|olá) (?:candidat[oa] a emprego|desempregad[oa]|trabalhador(?:a)? à procura)\b"
)
# Words every greeting holds, from its pattern: most mail has none.
_PRECHECK = MatchWords(_TO_JOBSEEKERS)
# How far into the body the greeting is looked for.
_GREETING_SPAN = 120


def greets_jobseekers_at_large(email: PreparedEmail) -> bool:
    """True when the body opens by greeting job seekers at large, no one by name."""
    opening = email.body_lower[:_GREETING_SPAN]
    return _PRECHECK.may_match(opening) and bool(_TO_JOBSEEKERS.search(opening.lstrip()))
