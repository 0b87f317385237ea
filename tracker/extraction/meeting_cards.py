"""A meeting set for the reader as a card of labelled lines, in words no sentence holds.

An employer, an agency or a scheduling tool confirming a meeting often lays it out instead of writing it:
"Date : mardi 11 mars / Heure : 10 h 00 / Lieu : ...", "Datum: donderdag 24 oktober / Tijd: 13:00 /
Locatie: ...", "Fecha: jueves 5 / Hora: 9:30 / Dirección: ...". Such a card is a meeting set: its day's line
holds a day, its hour's line a clock time, and a line says where, how or with whom it happens. A card whose
day and hour are written in a sentence above it ("Second stage is on Thursday 29 May, 1:30pm") is one
when its lines name the post and the place ("Role: ... / Address: ..."). What the meeting is for, and whose
application it is, the kind rules decide: a card in mail naming no job, a newsletter's or an event open to
all is read as such mail whatever its card.
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import CLOCK_TIME
from tracker.extraction.phrases import interview_shape

# A card's line: an optional bullet, one to four words of label, a colon, its value.
_LABELLED_LINE = re.compile(
    r"^[ \t]{0,4}(?:[-•*·][ \t]{0,2})?(?P<label>[^\W\d][\w'’ ]{0,30}?)[ \t]{0,3}:"
    r"[ \t]*(?P<value>[^\n]{0,200})$",
    re.M,
)
_DAY_LABELS = frozenset(
    {"date", "datum", "data", "fecha", "día", "dia", "jour", "day", "tag", "dag", "giorno", "date et heure",
     "datum en tijd", "datum und uhrzeit", "fecha y hora", "data e hora", "data e ora", "when", "quand",
     "wann", "wanneer", "cuándo", "quando", "termin"}
)  # fmt: skip
_HOUR_LABELS = frozenset(
    {"time", "heure", "horaire", "uhrzeit", "zeit", "tijd", "tijdstip", "hora", "horário", "horario", "ora",
     "orario", "date et heure", "datum en tijd", "datum und uhrzeit", "fecha y hora", "data e hora",
     "data e ora", "when", "quand", "wann", "wanneer", "cuándo", "quando", "termin"}
)  # fmt: skip
# Where or how it happens, and with whom.
_PLACE_LABELS = frozenset(
    {"lieu", "location", "locatie", "ort", "lugar", "luogo", "local", "locale", "adresse", "address", "adres",
     "dirección", "direccion", "indirizzo", "endereço", "endereco", "where", "où", "wo", "waar", "dove",
     "dónde", "onde", "venue", "plaats", "sede", "link", "lien", "enlace", "format", "modalité", "modalidad",
     "modalità", "modalidade", "vorm", "form"}
)  # fmt: skip
_PEOPLE_LABELS = frozenset(
    {"with", "avec", "mit", "met", "con", "com", "interviewer", "interviewers", "gesprekspartner",
     "gesprekspartners", "personnes présentes", "en présence de", "ansprechpartner", "gesprächspartner",
     "entrevistador", "entrevistadores", "intervistatori", "panel", "ask for", "demander", "host", "hôte"}
)  # fmt: skip
# The post the meeting is for.
_POST_LABELS = frozenset(
    {"role", "position", "poste", "post", "job", "functie", "vacature", "stelle", "puesto",
     "vaga", "cargo", "ruolo", "posizione", "mandat"}
)  # fmt: skip
_CLOCK = re.compile(rf"\b(?:{CLOCK_TIME})(?!\w)")
# How far above a card its day and hour may be written in a sentence.
_SENTENCE_REACH = 600


def meeting_card_at(text: str) -> int | None:
    """Where a card setting the reader a meeting starts in the (lowercased) `text`, or None."""
    if text.count(":") < 3:
        return None
    lines = [
        (found.start(), found["label"].strip(), found["value"]) for found in _LABELLED_LINE.finditer(text)
    ]
    if len(lines) < 2:
        return None
    dated = [at for at, label, value in lines if label in _DAY_LABELS and interview_shape.names_a_day(value)]
    timed = [at for at, label, value in lines if label in _HOUR_LABELS and _CLOCK.search(value)]
    placed = [at for at, label, _ in lines if label in _PLACE_LABELS or label in _PEOPLE_LABELS]
    if dated and timed and placed:
        return min(dated + timed)
    posts = [at for at, label, _ in lines if label in _POST_LABELS]
    if not (posts and placed):
        return None
    start = min(posts + placed)
    above = text[max(0, start - _SENTENCE_REACH) : start]
    if interview_shape.names_a_day(above) and _CLOCK.search(above):
        return start
    return None
