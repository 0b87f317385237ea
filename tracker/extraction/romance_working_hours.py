"""When and how long a post is worked, as French, Spanish, Italian and Portuguese postings tag a title
after a dash or in a bracket at its end: "- Turno de tarde", "- Turni 6x6", "(plantão 12x36)", "(temps
partiel)", "(équipe du matin)", "- Jornada completa", "- Mission 6 mois". None of it is the post's name:
every labelled set of those languages writes the title without it, whatever the board or writer, where the
English labels keep "- Nights" and "(Part-Time)" (title_terms_and_pay.py). A shift the name itself holds
stays: "Réceptionniste de nuit", "Recepcionista Nocturno/a", "Capoturno", "X de turno tarde (H/M)".

Cut from the title chosen (title.find_title), not from each candidate: a subject's "X (turno tarde)" still
finds the body's whole writing of the post by its words (title_whole_writings.py).
"""

from __future__ import annotations

import re

from tracker.extraction.caseless_words import CaselessWords

# The tag's own words, opening the dash's or the bracket's text: a shift by its name, letter, number or
# rota ("turno de noche", "turno B", "2º turno", "turni 6x6", "turnos rotativos", "plantão noturno 12x36"),
# a French team's shift ("équipe du matin"), the week's time ("jornada completa", "tiempo parcial", "tempo
# pieno", "temps partiel", "meio período").
_WORKING_HOURS = (
    r"(?:turno|turnos|turni|plantão|plantões|plantao|plantoes)\b[^()\n]{0,30}|[1-4][ºo°ª] turno|"
    r"équipes? (?:du|de) (?:matin|soir|nuit|jour|week-end)|"
    r"jornada (?:completa|parcial|intensiva|reducida|continua|partida)|media jornada|medio tiempo|"
    r"tiempo (?:completo|parcial)|tempo (?:integral|parcial|pieno|parziale)|meio per[íi]odo|"
    r"temps (?:plein|partiel)"
)
# A temp agency's assignment by its length: "- Mission 6 mois", "- Mission intérim de 3 mois".
_ASSIGNMENT = r"mission(?: intérim(?:aire)?)?(?: de)? \d{1,2} mois"
_TAG_AT_END = re.compile(
    rf"(?:\s+[-–|]\s+|\s*\(\s*)(?:{_WORKING_HOURS}|{_ASSIGNMENT})(?:\s*\))?\s*$",
    re.I,
)
# Words every such tag holds: most titles hold none, and the pattern is never tried on them.
_TAG_WORDS = CaselessWords(
    r"turno|turnos|turni|plantão|plantões|plantao|plantoes|équipe|équipes|jornada|"
    r"tiempo|tempo|meio|temps|mission"
)


def without_working_hours_tag(title: str) -> str:
    """`title` without a Romance shift, working time or assignment tag at its end ("Técnico/a - Turno de
    tarde" -> "Técnico/a"); a title that would be left empty stays whole."""
    if not _TAG_WORDS.occurs_in(title):
        return title
    cut = _TAG_AT_END.sub("", title).rstrip()
    return cut or title
