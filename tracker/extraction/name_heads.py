"""The words an organisation's name opens with that a reading left off: "Zorggroep Brekelmoor" read from a
"Werken bij Brekelmoor" display name, "Hotel X" cut from "Gran Hotel X", "Envolée des Cimes" from "à L'Envolée
des Cimes". Where the mail never writes the name without the same words before it, and writes them so in
running text (after a lowercase word) or on a line of its own, those words are the name's: its kind
("Zorggroep", "Stiftung", "Gran Hotel", "Vrij Instituut") or its elided article ("L'", "l'"). Used by
employer_display.display_name.
"""

from __future__ import annotations

import re

from tracker.extraction.display_names import GENERIC_NAMES
from tracker.extraction.name_words import DEPARTMENT_WORDS, HIRING_TEAM_WORDS, STOP_WORDS
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.places import only_places
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role
from tracker.extraction.written_words import word_places

# The most words a name's head adds: "Gran Hotel", "Vrij Instituut", "Stichting Openbaar".
_MAX_HEAD_WORDS = 2
# A capitalised word of a name's head: "Zorggroep", "Gran", "Saint-Aubin" (no digit, no dot).
_HEAD_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ]+)?")
# A French or Italian article elided onto the name, capitalised as the name's own: "L'Envolée", "L’Aquilone"
# (a lowercase "l'" is the sentence's: "à l'Institut X", "presso l'Ospedale X").
_ELIDED_ARTICLE = ("L'", "L’")
# What may follow a name on a line of its own: nothing, or a separator, a comma, stars ("Gran Hotel X ****").
_LINE_END_AFTER_NAME = re.compile(r"[ \t]*(?:$|[^\w\s&'’.-])")
# A capitalised word going on after a writing: the name read is inside a longer run of capitalised words.
_CAPITALISED_WORD_AFTER = re.compile(r" [A-ZÀ-Þ]")
# Words no name opens with: the clause's, a hiring team's, a department's ("Recruitmentteam" is split off by
# taking only the words every writing of the name shares).
_NOT_HEAD_WORDS = STOP_WORDS | DEPARTMENT_WORDS | HIRING_TEAM_WORDS | GENERIC_NAMES


def with_written_head(name: str, email: PreparedEmail) -> str:
    """`name` with the words the mail always writes before it ("Zorggroep Brekelmoor", "Gran Hotel X",
    "L'Envolée des Cimes"), where those words open an organisation's name; else `name`."""
    text = f"{email.subject}\n{email.body}"
    heads = [_head_before(text, at) for at in word_places(name, text)]
    if not heads or any(not head for head in heads):
        return name  # the usual case: the mail writes the name alone somewhere
    shared = _shared_head(heads)
    if not shared or not _opens_a_name(shared, name):
        return name
    if is_team(shared) or shared.lower() == email.sender.mailbox:
        return name  # "Pessoas X" from pessoas@: the team the mailbox is, signing before the name
    fuller = f"{shared}{name}" if shared.endswith(_ELIDED_ARTICLE) else f"{shared} {name}"
    subject_end = len(email.subject)
    if not any(_anchored(text, at, len(fuller), subject_end) for at in word_places(fuller, text)):
        return name
    return fuller


def _head_before(text: str, at: int) -> str:
    """The capitalised words (at most two) or the elided article right before `at` on its line: "Gran
    Hotel" in "del Gran Hotel X", "L'" in "à L'Envolée", "" where a lowercase word or punctuation is."""
    if text[max(0, at - 2) : at] in _ELIDED_ARTICLE:
        return text[at - 2 : at]
    line_start = text.rfind("\n", 0, at) + 1
    words = text[line_start:at].split(" ")
    if not words or words[-1] != "":
        return ""  # no space right before the name: "werkenbijBrekelmoor", "(Brekelmoor"
    words.pop()
    head: list[str] = []
    while words and len(head) < _MAX_HEAD_WORDS + 1 and _HEAD_WORD.fullmatch(words[-1]):
        head.insert(0, words.pop())
    return " ".join(head)


def _shared_head(heads: list[str]) -> str:
    """The last words every head shares: "Zorggroep" of "Zorggroep" and "Recruitmentteam Zorggroep"."""
    if all(head == heads[0] for head in heads) and heads[0].endswith(_ELIDED_ARTICLE):
        return heads[0]
    split = [head.split() for head in heads if not head.endswith(_ELIDED_ARTICLE)]
    if len(split) != len(heads):
        return ""  # "L'" in one place, a word in another: two readings
    shared: list[str] = []
    for words in zip(*(reversed(words) for words in split), strict=False):
        if len(set(words)) != 1:
            break
        shared.insert(0, words[0])
    return " ".join(shared[-_MAX_HEAD_WORDS:])


def _opens_a_name(head: str, name: str) -> bool:
    """True when `head` is words an organisation's name opens with: an elided article, or capitalised words
    that are no clause's, team's, place's or job's, the name they open marked as an organisation's
    ("Zorggroep", "Gran Hotel", "Instituut")."""
    if head.endswith(_ELIDED_ARTICLE):
        return True
    words = head.split()
    if any(word.lower() in _NOT_HEAD_WORDS for word in words):
        return False
    if only_places(head) or names_a_person_role(head) or names_a_person_role(f"{head} {name}"):
        return False
    return names_an_organisation(f"{head} {name.split()[0]}")


def _anchored(text: str, at: int, length: int, subject_end: int) -> bool:
    """True when the name written at `at` opens there as a name: after a lowercase word in running text
    ("bij Zorggroep X", "à L'Envolée"), or opening a body line of its own ("Gran Hotel X ****")."""
    line_start = text.rfind("\n", 0, at) + 1
    words = text[line_start:at].split()
    if not words:
        return at > subject_end and bool(_LINE_END_AFTER_NAME.match(text, at + length))
    if _CAPITALISED_WORD_AFTER.match(text, at + length):
        return False  # "the Client Care Team Lead post": a post's words run on, no name ends there
    return words[-1].isalpha() and words[-1].islower()
