"""The days of the week in the seven languages the reading knows, Monday first, lowercase: written once for
every pattern that names a day (a meeting's day, a start date, a calendar invitation's, a date that is no
employer's name). Each reader takes the days it needs, so a list shared does not widen what it reads.
"""

from __future__ import annotations

from tracker.cohort_words import ENGLISH_MONTHS
from tracker.extraction.clock_times import CLOCK_TIME

ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FRENCH = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SPANISH = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
GERMAN = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
DUTCH = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# As mail shortens them ("na próxima terça"); the weekdays' full names add "-feira" (PORTUGUESE_FULL).
PORTUGUESE = ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo")
PORTUGUESE_FULL = tuple(f"{day}-feira" for day in PORTUGUESE[:5])
ITALIAN = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")

# The day after today (Dutch writes it as German does).
TOMORROW = ("tomorrow", "demain", "morgen", "mañana", "amanhã", "domani")


def one_of(*lists: tuple[str, ...]) -> str:
    """`lists` of days or months as the body of one regex alternation ("monday|tuesday|..."), in their order,
    each word once."""
    return "|".join(dict.fromkeys(word for words in lists for word in words))


# Every language's days, as one alternation's body: the full Portuguese names first, so that a match takes
# "segunda-feira" whole.
EVERY_DAY = one_of(PORTUGUESE_FULL, ENGLISH, FRENCH, GERMAN, SPANISH, DUTCH, PORTUGUESE, ITALIAN)
DAY_OR_HOUR = rf"{EVERY_DAY}|{one_of(TOMORROW)}|{CLOCK_TIME}"
"""A day or an hour fixed ("jeudi", "tomorrow", "10:30"), as a pattern's alternation (no anchors, no flags:
meeting_or_test and receipt_outlines each bound it with their own words)."""

# The months, January first, lowercase, as the days: each reader takes those it needs. English's, and the
# seasons a cohort or intake is named by, are the bookkeeping's too (tracker/cohort_words.py).
FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
GERMAN_MONTHS = (
    "januar", "februar", "märz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember",
)  # fmt: skip
DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
PORTUGUESE_MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho",
    "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
)  # fmt: skip
ITALIAN_MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip


# Every language's months, as one alternation's body.
EVERY_MONTH = one_of(
    ENGLISH_MONTHS, FRENCH_MONTHS, SPANISH_MONTHS, GERMAN_MONTHS,
    DUTCH_MONTHS, PORTUGUESE_MONTHS, ITALIAN_MONTHS,
)  # fmt: skip
