"""The readings of the next few title candidates after one found, one at a time.

A title already found may be a shortening of one the mail writes later: a subject's post with its field
after a dash ("Claims Analyst - Motor"), an acronym a later candidate spells out ("MFA" as "Medizinische
Fachangestellte"). Their readers (title.py) read the next few candidates as judgement accepts them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from tracker.extraction.title_judgement import accept
from tracker.extraction.title_slots import TitleCandidate


def later_readings(
    candidates: Iterator[TitleCandidate], company: str | None, excluded_names: set[str], count: int
) -> Iterator[str]:
    """The title each of the next `count` `candidates` reads as ("" where judgement refuses one), read one
    at a time: the readers of a fuller or spelled-out form of a title already found (title.py)."""
    for candidate in itertools.islice(candidates, count):
        accepted = accept(candidate, company, excluded_names)
        yield accepted[0] if accepted else ""
