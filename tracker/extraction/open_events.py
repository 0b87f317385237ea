"""Events open to every job seeker: careers fairs, open days, information evenings, webinars. Their
"come and meet us", "prenota il colloquio" are steps anyone may take, not a step in the reader's own
application (news_without_application.py reads such mail as "other" where it names no application of the
reader's).

An event is known by a word that names it ("job fair", "Tag der offenen Tür", "webinar") or, where the
mail names none, by its opening hours told to nobody by name: "Ciao, giovedì saremo al Politecnico
dalle 10 alle 16". An interview is set at a time ("at 3pm"); one offered over hours ("Hallo Herr Kaya
... am Mittwoch zwischen 9 und 15 Uhr") is offered to the one the mail greets.
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import HOUR, HOUR_WORDS, MINUTES
from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.match_words import MatchWords
from tracker.extraction.text import PreparedEmail

# Job seekers' events, whose interviews anyone may book: "Recruiting Day a Bergamo: prenota il colloquio".
_AN_EVENT = re.compile(
    # (And their fairs as British and Irish mail writes them: "careers fair", "jobs fair", "graduate fair".)
    r"\b(?:recruiting|career|job|hiring) (?:day|fair|event|expo)s?\b|\bjob ?dating\b|"
    r"\b(?:careers|jobs|graduate|recruitment) (?:fair|expo)s?\b|"
    r"\b(?:job|karriere)messe\b|"
    r"\bsalon (?:de l'emploi|du recrutement)\b|\bferia de empleo\b|\bbanen(?:markt|beurs)\b|"
    r"\bfeira de emprego\b|\b(?:fiera|salone) del lavoro\b|"
    # Open days and information sessions, and webinars (the seven languages).
    r"\bopen (?:days?|evenings?|house|afternoons?|mornings?)\b|"
    r"\b(?:recruitment|recruiting|hiring) (?:evening|event)s?\b|\binformation (?:session|evening)s?\b|"
    r"\blive (?:session|q&a)\b|\bwebina(?:r|ire|rio)s?\b|"
    r"\btag der offenen tür\b|\binfo(?:abend|avond|sessie|rmationsabend)\b|\bportes ouvertes\b|"
    r"\bséance d'information\b|\bpuertas abiertas\b|\bsesión informativa\b|\bopen (?:dag|avond)\b|"
    r"\bkijkdag\b|\bportas abertas\b|\bdia aberto\b|\bsessão (?:de )?(?:informação|esclarecimento)\b|"
    r"\bporte aperte\b|\bapriamo le (?:nostre )?porte\b|"
    # An employer's own evenings for those yet to apply: "insight evening", "careers evening", "networking
    # event", "info session", "taster day", "meet the team evening".
    r"\b(?:insight|careers?|networking|employer|taster|meet the (?:team|employers?)) "
    r"(?:days?|evenings?|nights?|events?|sessions?|afternoons?|mornings?)\b|\binfo sessions?\b"
)
# Applications still to open, so nobody's to be read: "our graduate programme applications open in March",
# "before you apply", "when applications open", "applications will open on 1 September", "les candidatures
# ouvriront", "die Bewerbungsphase startet im März", "las inscripciones se abrirán".
_APPLICATIONS_AHEAD = re.compile(
    r"\bapplications? (?:will |are set to |are due to |should )?(?:open|re-?open|go live|launch)s? "
    r"(?:in|from|next|later|soon|early|at the (?:end|start|beginning)|the (?:week|month|day) after|after)\b|"
    r"\bapplications? (?:are |is )?not (?:yet )?open\b|"
    r"\bapplications? (?:haven't|have not) (?:yet )?opened\b|"
    r"\b(?:when|once|before|as soon as) (?:the )?applications? (?:open|go live|launch)\b|"
    r"\bbefore you (?:apply|submit an application|make an application)\b|"
    r"\bcandidatures (?:ouvriront|seront ouvertes|s'ouvriront)\b|\bavant de postuler\b|"
    r"\bbewerbungsphase (?:startet|beginnt|öffnet)\b|\bbevor sie sich bewerben\b|\bbevor du dich bewirbst\b|"
    r"\b(?:candidaturas|inscripciones|postulaciones) (?:se abrirán|abrirán|abren en|se abren en)\b|"
    r"\bantes de (?:postular|candidatarte|inscribirte|se candidatar|te candidatares)\b|"
    r"\b(?:de )?sollicitatieperiode (?:start|opent|begint)\b|\bvoordat je solliciteert\b|"
    r"\b(?:le )?candidature (?:apriranno|si apriranno|saranno aperte)\b|\bprima di candidarti\b|"
    r"\b(?:as )?inscrições (?:abrem|abrirão|vão abrir)\b"
)
_AHEAD_PRECHECK = MatchWords(_APPLICATIONS_AHEAD)


# Two clock times joined as a span, in the seven languages: "from 10am to 4pm", "10:00–16:00", "von 10
# bis 14 Uhr", "de 10h à 16h", "de 10 a 14 h", "van 10 tot 16 uur", "das 10h às 16h", "dalle 10 alle 16".
def _clock(name: str) -> str:
    """A clock time whose hour, minutes and unit are groups `name`, `name`_minutes and `name`_unit."""
    unit = rf"(?:{HOUR_WORDS})\b|[ap]\.?m\b\.?"  # (the half of the day ends its word before its last dot)
    return rf"(?P<{name}>{HOUR})(?P<{name}_minutes>{MINUTES})?\s*(?P<{name}_unit>{unit})?"


_OPEN_HOURS = re.compile(
    r"(?<![\d.:/])(?P<lead>\b(?:dalle|das)\s+)?"
    + _clock("opens")
    + r"\s*(?:[-–]|\b(?:to|until|till|and|bis|und|à|et|a|y|tot|en|às|e|alle)\b)\s*"
    + _clock("closes")
    + r"(?![\d/.]\d)"
)
# Hours an event stands open: longer than any interview, within a day.
_SHORTEST_OPENING_HOURS = 3
_LONGEST_OPENING_HOURS = 12
_NOON = 12


def offers_an_event(email: PreparedEmail) -> bool:
    """True when `email` names an event open to job seekers, by its word, or by its opening hours where
    its greeting names nobody."""
    text = email.body_lower or email.subject_lower
    if _AN_EVENT.search(text):
        return True
    opening_hours = any(_hours_of_an_event(found) for found in _OPEN_HOURS.finditer(text))
    return opening_hours and not greeting_names(email.body)


def _hours_of_an_event(found: re.Match[str]) -> bool:
    """True when a span of clock times is an event's opening hours: written as clock times (minutes, a
    unit, or the Italian and Portuguese hours' "dalle", "das"), three to twelve hours long."""
    if not (
        found.group("lead")
        or any(found.group(part) for part in ("opens_minutes", "opens_unit", "closes_minutes", "closes_unit"))
    ):
        return False  # "10-14 December", "from 1 to 5 candidates": no clock
    opens, closes = int(found.group("opens")), int(found.group("closes"))
    opens_unit, closes_unit = (
        (found.group("opens_unit") or "").rstrip("."),
        (found.group("closes_unit") or ""),
    )
    if opens_unit.startswith("p") and opens < _NOON:
        opens += _NOON
    if closes_unit.startswith("p") and closes < _NOON:
        closes += _NOON
        if not opens_unit and opens + _NOON < closes:
            opens += _NOON  # "from 1 to 5pm"
    if closes < opens and not closes_unit:
        closes += _NOON  # "from 10 to 4"
    return _SHORTEST_OPENING_HOURS <= closes - opens <= _LONGEST_OPENING_HOURS


def applications_yet_to_open(email: PreparedEmail) -> bool:
    """True when `email` tells the reader that the applications it invites to are still to open, or that
    its event comes before they apply: nobody's application is in it yet."""
    text = email.body_lower
    return _AHEAD_PRECHECK.may_match(text) and bool(_APPLICATIONS_AHEAD.search(text))
