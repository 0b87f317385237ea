"""The organisation's line a sender's domain abbreviates, where the only reading left is the domain's own
letters spelled as words ("Kfo Pegnitzbach" from kfo-pegnitzbach.de, "Bc Ing" from bc-ing.ch): a name
no line of the mail writes. A domain writes its organisation's name run together, folded and shortened
(an umlaut as "ue", no accents, a word by its initials, its opening letters or a compound's letters in
order, small or inner words left out); the mail itself writes the name whole on one of its own lines
("Kieferorthopädie am Pegnitzbach", "Brughetti Scalvini Ingegneri SA", "Ville de Saint-Orbelin"), and a
person writes it as the mail does.

Read only for an answer the mail never writes and whose letters are the label's: the answer is then
surely the label's spelling out, and a line of the mail that the label abbreviates is the same name
written as the organisation writes it.
"""

from __future__ import annotations

import re

from tracker.extraction.brand_names import person_case
from tracker.extraction.employer_candidates import own_domain_label
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.street_lines import is_street_line
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_expansions import label_letters

# How an address writes an umlaut and "ß": "Mühle" is "muehle" in its own domain.
_ADDRESS_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# An organisation's line: a few words (a disclaimer's or a sentence's are more).
_MAX_WORDS = 8
_MAX_LINE = 80
# The parts a display name sets side by side: "Dana Pike | Acme Works", "Acme – Recruiting".
_DISPLAY_BREAKS = (" | ", " – ", " - ", " — ")
_BRACKET_AT_END = re.compile(r"\s*\([^()\n]{1,40}\)$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
# The small words a name joins its words with, which a label leaves out and which count for no word.
_JOINING = frozenset(
    {"de", "des", "du", "la", "le", "les", "l", "d", "del", "della", "di", "da", "do", "dos", "das", "van",
     "von", "der", "den", "am", "an", "im", "zum", "zur", "und", "et", "e", "y", "en", "of", "the", "and",
     "für", "per", "para", "pour", "het", "los", "las", "el", "il"}
)  # fmt: skip


def as_its_line_writes_it(name: str | None, email: PreparedEmail) -> str | None:
    """`name`, or the line of the mail (its body's own lines, then its display name; a part of either that a
    mark sets apart before the whole) that the sender's own domain label abbreviates, where `name` is that
    label spelled out and written nowhere in the mail."""
    if not name:
        return name
    label = own_domain_label(email)
    if not label or label_letters(name) != label or _written(name, email):
        return name
    # A person's own name line ("Dana Pike"), not an organisation's display name's first word.
    display = email.sender.name.strip()
    writer = display.split(" ", 1)[0].lower() if looks_like_person_name(display) else ""
    for line in (*email.lines, display):
        # "Brasserie X - Annecy", "Dana Pike | Acme Works": a part a mark sets apart, then the whole line.
        parts = _split_display(line)
        for part in (*parts, line) if len(parts) > 1 else (line,):
            part = part.strip()
            if _organisation_line(part, writer) and (
                _abbreviates(label, part) or _abbreviates(label, _without_legal_form(part))
            ):
                return person_case(_without_legal_form(part))
    return name


def _written(name: str, email: PreparedEmail) -> bool:
    lowered = name.lower()
    return any(lowered in text.lower() for text in (email.subject, email.body, email.sender.name))


def _split_display(display: str) -> list[str]:
    parts = [display]
    for mark in _DISPLAY_BREAKS:
        parts = [piece for part in parts for piece in part.split(mark)]
    return parts


def _organisation_line(line: str, writer: str) -> bool:
    """Whether `line` may be an organisation's own line: short, capitalised, no address, web or mail."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and len(line) <= _MAX_LINE
        and line[:1].isupper()
        and not line.startswith(">")
        and "@" not in line
        and "://" not in line
        and not line.lower().startswith("www.")
        and (not writer or words[0].lower() != writer)
        and not any(char.isdigit() for char in line)
        and not is_street_line(line)
    )


def _abbreviates(label: str, line: str) -> bool:
    """True when `label` is the line's words, in order, each left out or written by letters of its own
    taken in order from its first (whole, its opening, its initial, a compound's letters: "kfo" of
    "Kieferorthopädie"), using at least half of the line's words that are no joining words, its first or
    its last such word among them (a label keeps one end of the name: "Ville de X" is "x")."""
    words = [_folded(word) for word in line.replace("'", " ").replace("’", " ").replace("-", " ").split()]
    words = [word for word in words if word]
    named = [at for at, word in enumerate(words) if word not in _JOINING]
    if not named:
        return False
    # (where in the label the words so far end, how many named words were used, whether the name's first
    # word was, whether its last word so far was).
    reached: set[tuple[int, int, bool, bool]] = {(0, 0, False, False)}
    for at, word in enumerate(words):
        counted = word not in _JOINING
        following = {(end, used, first, last and not counted) for end, used, first, last in reached}
        for end, used, first, last in reached:
            for taken in _letters_taken(word, label, end):
                following.add((taken, used + counted, first or at == named[0], last or counted))
        reached = following
    least = (len(named) + 1) // 2
    return any(end == len(label) and used >= least and (first or last) for end, used, first, last in reached)


def _letters_taken(word: str, label: str, start: int) -> list[int]:
    """Where in `label` a run of `word`'s letters from `start` can end: the word's first letter first, then
    any of its letters in order."""
    if start >= len(label) or label[start] != word[0]:
        return []
    ends = [start + 1]
    at, inside = start + 1, 1
    while at < len(label):
        inside = word.find(label[at], inside) + 1
        if inside == 0:
            break
        at += 1
        ends.append(at)
    return ends


def _folded(word: str) -> str:
    return label_letters(word.lower().translate(_ADDRESS_SPELLINGS))


def _without_legal_form(line: str) -> str:
    """The line without the legal form it closes on (employer_display.py adds the one the mail never leaves
    off)."""
    line = _BRACKET_AT_END.sub("", line).strip(" ,")  # "X (IPSS)", "X (Luxembourg)": a status, a branch
    legal = LEGAL_FORM_AT_END.search(line)
    if legal is not None and legal.start() > 0:
        return line[: legal.start()].rstrip(" ,")
    head, _, last = line.rpartition(" ")
    # "S.E.", "S.A.S.": a form written by its initials, each with its dot, which no table need hold.
    return head.rstrip(" ,") if head and _DOTTED_INITIALS.fullmatch(last) else line
