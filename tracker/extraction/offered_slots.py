"""Times offered to the reader as a list of bare slots, read as the meeting they are offered for.

A person proposing a first conversation often lists the times it could be, under a line that introduces
them, and names the meeting (or how it would happen) a paragraph away, or not at all:

    Would any of these work?            Bei mir würde gehen:            Te propongo:
    - Tue 3 June, 10:00                 - Di, 3.6. zwischen 10 und 12   - jueves 5, a las 10:00
    - Wed 4 June, 14:30                 - Mi, 4.6. ab 15 Uhr            - viernes 6, a las 9:30

Each item is a slot and nothing else: a day or a date, a clock time or a part of the day, and the small
words between them. Two or more such items under a line ending in a colon or a question mark are times
offered to choose from, a meeting's; a sentence's own reading of a time (interview_shape.is_time_proposed)
needs the meeting's means beside it because one day and hour alone may be a deadline, but a deadline is
never offered as a choice of dated slots. Opening hours list weekdays without dates, so each item must
date its day; a test's sessions offered so are the test's (a test's noun in the paragraph introducing the
list or just after it).

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.cohort_words import ENGLISH_MONTHS
from tracker.extraction.clock_times import CLOCK_TIME
from tracker.extraction.phrases import test_shape
from tracker.extraction.weekdays import EVERY_DAY, EVERY_MONTH

# A list's item: its mark ("- ", "• ", "* ") or its number ("2. ", "3) ") opening the line, then its text.
_ITEM = re.compile(r"^[ \t]{0,4}(?:[-•*·–]|\d{1,2}[.)])[ \t]{1,3}(?P<slot>[^\n]{1,80})$", re.M)
# The weekdays as mail shortens them: "Tue", "Di.", "jeu.", "mié", "wo", "qua", "gio".
_SHORT_DAYS = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|mie|"
    r"jue|vie|sáb|sab|dom|ma|wo|vr|za|zo|seg|ter|qua|qui|sex|gio"
)
# The months as mail shortens them: "Feb", "févr.", "ene", "okt".
_SHORT_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|avr|juil|déc|ene|abr|ago|dic|"
    r"mär|mrt|okt|dez|mei|gen|giu|lug|ott|set|fev|out"
)
_DAY = rf"(?:{EVERY_DAY})|(?:{_SHORT_DAYS})\.?"
# A date's day: "25", "25th", "25.", "25/04", "25.4.", "2025-04-25", or a month's name beside a number.
_DATE = r"\d{1,2}(?:st|nd|rd|th|\.|º|°)?|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{4}-\d{2}-\d{2}"
_MONTH = rf"(?:{EVERY_MONTH}|{'|'.join(ENGLISH_MONTHS)})|(?:{_SHORT_MONTHS})\.?"
_CLOCK = rf"(?:{CLOCK_TIME})|\d{{1,2}}(?:[:.h]\d{{2}})?(?:am|pm|h|u)?|am|pm|uhr|uur|h|hrs|horas|ore"
# The part of the day a slot may give instead of, or beside, its hour.
_PART_OF_DAY = (
    r"morning|afternoon|evening|midday|noon|lunchtime|vormittags?|nachmittags?|morgens|mittags?|abends?|"
    r"früh|matin|matinée|après-midi|midi|soir|mañana|tarde|mediodía|ochtend|middag|'s ochtends|"
    r"'s middags|voormiddag|namiddag|manhã|mattina|pomeriggio|mattinata|onwards|anytime|all day|ganztags"
)
# The small words a slot's parts are joined by: "between 10 and 12", "ab 15 Uhr", "a las 10", "om 10u".
_JOINING = (
    r"at|from|to|between|and|or|on|the|of|until|till|after|before|"
    r"zwischen|und|ab|bis|um|oder|den|am|vom|gegen|"
    r"à|a|de|des|du|le|la|entre|et|ou|vers|partir|dès|"
    r"las|del|y|o|desde|hasta|"
    r"om|tussen|en|of|van|tot|vanaf|"
    r"às|as|e|até|das|"
    r"alle|dalle|tra|dal|il|ore"
)
_TOKEN = re.compile(rf"(?:{_DAY}|{_MONTH}|{_DATE}|{_CLOCK}|{_PART_OF_DAY}|{_JOINING})")
# A slot's words: what stands between its spaces and marks ("Tue 25 Feb, 10:00 - 10:30").
_SEPARATORS = re.compile(r"[\s,;/|+–—-]+")
# A time zone or a remark in brackets: "(Sydney time)", "(CET)", "(en visio)".
_BRACKET = re.compile(r"\([^()\n]{0,30}\)")
_NAMES_A_DAY = re.compile(
    rf"(?:^|\s)(?:{_DAY})(?:$|[\s,])|\d{{1,2}}[./-]\d{{1,2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.|º|°)?(?: de| di)? (?:{_MONTH})(?:$|[\s,])|(?:{_MONTH}) \d{{1,2}}"
)
# A day's date: "25.4", "22/7", "25 Feb", "5 de junio", "July 7", "jueves 18," (a number after a weekday
# that is no hour: "Monday 9:00" is opening hours).
_DATED = re.compile(
    rf"\d{{1,2}}[./-]\d{{1,2}}|\d(?:st|nd|rd|th|\.|º|°)?(?: de| di)? (?:{_MONTH})|(?:{_MONTH}) \d|"
    rf"(?:{_DAY}),? \d{{1,2}}(?:st|nd|rd|th)?(?![\d:.h]| ?(?:am|pm|uhr|uur|hrs?)\b)"
)
_HAS_CLOCK = re.compile(rf"\b(?:{CLOCK_TIME})(?!\w)|\b\d{{1,2}}[:.]\d{{2}}\b")
# How far the paragraphs around the list are read for a test's noun.
_AROUND = 300


def _is_slot(line: str) -> bool:
    """True when a (lowercased) list item's text is a slot and nothing else: a day, dated, and times."""
    bare = _BRACKET.sub(" ", line).strip(" .!:")
    words = [word for word in _SEPARATORS.split(bare) if word]
    return (
        bool(words)
        and all(_TOKEN.fullmatch(word.strip(".")) or _TOKEN.fullmatch(word) for word in words)
        and _DATED.search(bare) is not None
        and _NAMES_A_DAY.search(bare) is not None
    )


def slots_offered_at(text: str) -> int | None:
    """Where a list of two or more dated slots, offered under a line ending in a colon or a question mark
    and with no test named around it, starts in the (lowercased) `text`; None when there is none."""
    if text.count("\n") < 3:
        return None
    items = [item for item in _ITEM.finditer(text) if _is_slot(item.group("slot"))]
    index = 0
    while index < len(items) - 1:
        first = items[index]
        run = [first]
        while index + len(run) < len(items) and _next_line(text, run[-1]) == items[index + len(run)].start():
            run.append(items[index + len(run)])
        index += len(run)
        if len(run) < 2 or not any(_HAS_CLOCK.search(item.group("slot")) for item in run):
            continue
        if _introduced(text, first.start()) and not _a_test_around(text, first.start(), run[-1].end()):
            return first.start()
    return None


def _next_line(text: str, item: re.Match[str]) -> int:
    """Where the line after `item` starts, blank lines skipped."""
    at = item.end()
    while at < len(text) and text[at] in "\n \t":
        at += 1
    return text.rfind("\n", 0, at) + 1 if at < len(text) else at


def _introduced(text: str, start: int) -> bool:
    """True when the line above the list (blank lines skipped) ends in a colon or a question mark."""
    above = text[:start].rstrip()
    return above.endswith((":", "?"))


def _a_test_around(text: str, start: int, end: int) -> bool:
    """True when the paragraph introducing the list, or the text just after it, names a test."""
    before = text[max(0, start - _AROUND) : start].rstrip()
    paragraph = before[before.rfind("\n\n") + 1 :]
    return bool(test_shape.TEST.search(paragraph) or test_shape.TEST.search(text, end, end + _AROUND))
