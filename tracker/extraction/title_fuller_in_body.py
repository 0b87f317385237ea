"""A subject that shortens the post the body names in full.

"Je sollicitatie Datacoördinator" over "de functie van Datacoördinator Inkoop", "Candidature - assistant
comptable" over "le poste d'Assistant comptable fournisseurs": the subject names the post by its first
words, the sentence of the body by all of them. The subject's words are trusted first (title.py); where a
later candidate, read from the body, writes them and goes on, the body's is the post's whole name.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_judgement import accept
from tracker.extraction.title_slots import TitleCandidate

# How many of the next candidates are read for the fuller form (the body's, after the subject's).
_LATER_CANDIDATES = 6
# The words a fuller form adds, at most, each capitalised (or a bracket): more, or a lowercase word, is the
# sentence going on, not the post's name.
_MOST_WORDS_ADDED = 3


def fuller_in_body(
    title: str,
    candidates: Iterator[TitleCandidate],
    email: PreparedEmail,
    company: str | None,
    excluded_names: set[str],
) -> str:
    """`title`, or the first of the next few `candidates` that writes `title`'s words (in any case) and
    goes on with a few more, where `title` is the subject's and the body writes it followed by a word."""
    lowered = title.lower()
    if title not in email.subject or f"{lowered} " not in email.body_lower:
        return title  # most mail: no subject's title the body writes on
    for fuller in later_readings(candidates, company, excluded_names, _LATER_CANDIDATES):
        added = fuller[len(title) :].split()
        if (
            fuller.lower().startswith(f"{lowered} ")
            and 0 < len(added) <= _MOST_WORDS_ADDED
            # ("Desenvolvedor Python aqui", "Fliesenleger schon besetzt": the sentence goes on, in lowercase.)
            and all(word[:1].isupper() or word[:1] == "(" for word in added)
            and fuller not in email.subject
            and fuller.lower() in email.body_lower
        ):
            return fuller
    return title


def later_readings(
    candidates: Iterator[TitleCandidate], company: str | None, excluded_names: set[str], count: int
) -> Iterator[str]:
    """The title each of the next `count` `candidates` reads as ("" where judgement refuses one), read one
    at a time: the readers of a fuller or spelled-out form of a title already found (here and title.py)."""
    for candidate in itertools.islice(candidates, count):
        accepted = accept(candidate, company, excluded_names)
        yield accepted[0] if accepted else ""
