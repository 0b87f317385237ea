"""A list of postings laid out line by line, whatever the words around it: an alert's or a board's digest.

Boards and employers' alerts list jobs a line each, the post's parts set apart by a dash, a bar or a
middle dot: "Warehouse Lead – Brightmoor – Leeds", "• Teamleider (m/v/x) - Gent", "Spedizioniere - Rovato",
or a title's line, then its employer's with the place ("Harwick Foods – Preston, Lancs"). A line is a
posting's when a part after its first is a place, or when it has three parts or more and its first reads
as a title ("Agente immobiliare – Casa Ferri – Tempo pieno"). Three such lines make a list of postings:
one alone is an application's own card, two are a mail's two offices or a signature's lines. A sender's
postal line ("Hafenweg 5 · 28197 Bremen") and a line that is a sentence or a label ("Datum: 3. März -
10 Uhr") list nothing.
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places
from tracker.extraction.title_shape import looks_like_title

# A posting's parts: a dash, a bar or a middle dot between spaces (never a hyphen inside a word).
_PARTS = re.compile(r"[ \t](?:[-–—|·])[ \t]")
# What opens a list's line before the posting: a bullet, a dash, a number.
_LINE_OPENING = re.compile(r"^(?:[•*·▪►→‣◦-]|\d{1,2}[.)])?[ \t]{0,4}")
# A bracket closing a place: how or where the work is done ("Leeds (Hybrid)", "Rennes (35)").
_CLOSING_BRACKET = re.compile(r"[ \t]{0,3}\([^()\n]{1,30}\)$")
# A street with its number, or a postcode before a town: a sender's address, no posting.
_POSTAL = re.compile(r"\d{1,4}[ ,][^\n]{0,40}\b\d{4,5}\b|\b\d{4,5} [A-ZÀ-Ý]")
_SENTENCE_END = re.compile(r"[.!?:;]$")
_LONGEST_LINE = 140
# Three lines make a list; the first may be the application's own card above a board's others.
LISTED_POSTINGS = 3


def listing_start(body: str) -> int:
    """Where `body`'s list of postings starts (its second posting's line: the first may be the mail's own
    card), or -1 when fewer than three lines list a posting."""
    if len(_PARTS.findall(body)) < LISTED_POSTINGS:
        return -1  # (most mail: no three marks to read lines for)
    starts: list[int] = []
    at = 0
    for line in body.split("\n"):
        if _is_posting_line(line):
            starts.append(at)
        at += len(line) + 1
    return starts[1] if len(starts) >= LISTED_POSTINGS else -1


def _is_posting_line(line: str) -> bool:
    text = _LINE_OPENING.sub("", line.strip(), count=1)
    if not text or len(text) > _LONGEST_LINE or not _PARTS.search(text):
        return False
    if _SENTENCE_END.search(text) or _POSTAL.search(text):
        return False
    parts = [part.strip() for part in _PARTS.split(text)]
    first = parts[0]
    if not all(parts) or ":" in first or not first[0].isalpha():
        return False
    if any(_is_place(part) for part in parts[1:]):
        return True
    return len(parts) >= 3 and looks_like_title(first)


def _is_place(part: str) -> bool:
    return only_places(part) or only_places(_CLOSING_BRACKET.sub("", part))
