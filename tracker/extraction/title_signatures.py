"""A writer's own role and name on one signature line ("Head of People, Jan Smit", "Leiterin Personal, Petra
Wolf", "Le Bourgmestre, M. Lambotte"): who signs the mail, never the post it is about.

A post's team after its comma has the same shape as a person's name ("Data Analyst, Pricing"), so the
line is the writer's only where a signature stands: under the closing words ("Viele Grüße", "Best,"), or
with a name written from its initial ("M. Lambotte"), which no team is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction.person_names import looks_like_person_name

# "M. Lambotte", "J.-M. Lambert", "A. de Wit": a given name's initial, then the family name.
_INITIAL_THEN_NAME = re.compile(
    r"^(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?\s+)(?:(?:de|van|von|der|den|du|da|di|le|la)\s+)*[A-ZÀ-Þ][a-zà-ÿ'’-]+$"
)
# Closing words on a line of their own: short, no sentence's full stop ("Best regards,", "Viele Grüße",
# "Met vriendelijke groet", "Par le Collège,").
_MOST_CLOSING_WORDS = 4


def signs_as_writer(line: str, above: str) -> bool:
    """Whether `line` is a signature's role and name (the name after its last comma), `above` the line
    over it."""
    role, comma, name = line.rpartition(",")
    name = name.strip()
    if not comma or not role.strip() or not name:
        return False
    if _INITIAL_THEN_NAME.match(name):
        return True
    return looks_like_person_name(name) and _closes(above)


def _closes(line: str) -> bool:
    """Whether `line` reads as a mail's closing words."""
    words = line.split()
    return 0 < len(words) <= _MOST_CLOSING_WORDS and not line.rstrip().endswith((".", "?", "!", ":"))


# A one-line signature's cells: "Ilse Brandhorst · Teamlead Backend · Velddraad".
_CELL_MARKS = ("·", "•")


def follows_a_signers_name(title: str, lines: Sequence[str]) -> bool:
    """Whether a line of `lines` writes `title` as the cell right after a person's name ("Ilse Brandhorst ·
    Teamlead Backend · Velddraad"): a one-line signature, the writer's own post (a job board's card opens
    with the post, never with a person)."""
    for line in lines:
        if title not in line or not any(mark in line for mark in _CELL_MARKS):
            continue
        before = line[: line.find(title)].rstrip()
        if before[-1:] in _CELL_MARKS and looks_like_person_name(before[:-1].strip()):
            return True
    return False
