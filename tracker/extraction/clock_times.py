"""How mail writes a clock time, in the seven languages the reading knows: written once for every reader
that looks for one (a meeting's hour, a proposed time, a name that opens with a time). Each reader keeps its
own anchoring: where the time may stand, what must come after it, whether a bare number after "at" will do.

Fragments are regex text to be matched on lowercased text (or under re.IGNORECASE); none has a group.
"""

from __future__ import annotations

# The hour's one or two digits; and its minutes after a colon, a dot or "h": "9", "14:30", "9.15", "10h30".
HOUR = r"\d{1,2}"
MINUTES = r"[:.h]\d{2}"
# An hour of the day and its minutes, bounded, where a bare "31:72" must not pass for one.
DAY_HOUR = r"(?:[01]?\d|2[0-3])"
DAY_MINUTES = r"[0-5]\d"
# A half of the day ("am", "p.m.", "a.m"): its dots are optional, as mail writes them.
MERIDIEM = r"[ap]\.?m\.?"
# The hour's own word after its number: "10 Uhr", "om 10 uur", "10h".
HOUR_WORDS = r"uhr|uur|h"
# A number its writing marks as a clock time: "2pm", "9.30 a.m.", "10 Uhr", "14h", "14:30", "10h30". (A
# number alone is a time only after a reader's preposition: "alle 16", "om 10".)
CLOCK_TIME = rf"{HOUR}(?:{MINUTES})? ?(?:{MERIDIEM}|{HOUR_WORDS})|{HOUR}[:h]\d{{2}}"
