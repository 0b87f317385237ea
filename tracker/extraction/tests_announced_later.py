"""A test whose date, time or place is to be announced later: no test set yet, in the seven languages.

A public body's admitted list, a receipt, a notice of the next phase says when the test will be made
known, not when it is: "La fecha, hora y lugar del primer ejercicio se publicarán junto con la lista
definitiva", "A data, hora e local da prova de conhecimentos serão comunicados oportunamente", "Il
calendario della prova scritta sarà pubblicato sul sito", "La date et le lieu de l'épreuve écrite seront
communiqués ultérieurement", "Termin und Ort des schriftlichen Tests werden rechtzeitig bekannt gegeben",
"De datum van de schriftelijke proef wordt later meegedeeld", "The date and venue of the written test will
be announced on our website". The sentence opens on the test's time or place and its verb announces it for
later; the test it names is no step set for the reader (status_news.py skips it as an assessment).
"""

from __future__ import annotations

import re

# The sentence opens on the time, date, place or calendar of what it names (an article or two first).
_WHEN_OR_WHERE = (
    r"(?:(?:la|el|los|las|a|o|os|as|il|lo|le|i|gli|the|der|die|das|de|het|les|l')\s?)?"
    r"(?:fecha|fechas|hora|horario|lugar|calendario|data|datas|local|locais|calendário|luogo|orario|diario|"
    r"date|dates|heure|lieu|calendrier|time|times|venue|location|schedule|timetable|termin|termine|datum|"
    r"ort|uhrzeit|zeitpunkt|tijdstip|plaats|locatie|planning)\b"
)
# Its verb makes it known later: published, communicated, announced, set (future or passive to come).
_MADE_KNOWN_LATER = (
    r"(?:se (?:publicar|comunicar|anunciar|notificar|fijar|determinar|indicar)[áa]n?|"
    r"ser[áa]n? (?:publicad|comunicad|anunciad|notificad|fijad|determinad|indicad)[oa]s?|"
    r"ser[áã]o? (?:oportunamente |posteriormente )?(?:publicad|comunicad|divulgad|anunciad|informad|"
    r"fixad|indicad)[oa]s?|"
    r"(?:sar[àa]|saranno|verr[àa]|verranno) (?:successivamente |tempestivamente )?(?:pubblicat|comunicat|"
    r"res[oi] not|fissat|indicat)[oaie]|"
    r"(?:sera|seront) (?:ultérieurement |prochainement )?"
    r"(?:communiqu|publi|précis|fix|annonc|indiqu)[ée]e?s?|"
    r"will be (?:published|announced|communicated|notified|advised|confirmed|posted|set)|"
    r"(?:wird|werden) (?:\w+ ){0,2}(?:bekannt ?gegeben|mitgeteilt|veröffentlicht|festgelegt)|"
    r"(?:wordt|worden) (?:\w+ ){0,2}(?:meegedeeld|bekendgemaakt|gepubliceerd|gecommuniceerd|vastgelegd))"
)
_ANNOUNCED_LATER = re.compile(rf"\W{{0,4}}{_WHEN_OR_WHERE}[^.!?\n]{{0,160}}?\b{_MADE_KNOWN_LATER}")


def announced_later(sentence: str) -> bool:
    """Whether `sentence` (lowercased) opens on a step's time or place and announces it for later."""
    return _ANNOUNCED_LATER.match(sentence) is not None
