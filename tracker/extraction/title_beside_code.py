"""A title written beside the posting's number the subject quotes: "We received your job application (Job
Number: 48213)" over a body listing "Fleet Analyst 48213" (or the number on one line, the title on the line
before). The body's title has no sentence around it; the subject's number points at it.
"""

from __future__ import annotations

from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate
from tracker.extraction.written_words import occurrences_as_words

# Below every anchored sentence and labelled line: read only where nothing says more.
BESIDE_CODE_WEIGHT = 1.5
# How far before the number the title may start, and the shortest number trusted to point at one.
_LONGEST_TITLE = 100
_SHORTEST_CODE = 4
# Where the text before the title ends: a sentence's end, a line's, a label's colon.
_BEFORE_TITLE = (". ", "! ", "? ", "\n", ": ")


def titles_beside_the_subjects_code(email: PreparedEmail) -> list[TitleCandidate]:
    """The text before each of the body's first two writings of the subject's requisition number, back to
    the sentence's or the line's end before it (or the line before, where the number opens its line)."""
    hits = email.subject_hits.get("REQUISITION", ())
    if not hits:
        return []
    code = email.subject[hits[0].start(1) : hits[0].end(1)]
    if len(code) < _SHORTEST_CODE:
        return []
    candidates: list[TitleCandidate] = []
    body = email.body
    for at in occurrences_as_words(body, code):
        end = len(body[:at].rstrip(" \t"))
        if end and body[end - 1] == "\n":
            end = len(body[: end - 1].rstrip(" \t"))  # the number opens its line: the title is above
        start = max(body.rfind(mark, max(end - _LONGEST_TITLE, 0), end) for mark in _BEFORE_TITLE)
        start = start + 1 if start >= 0 else max(end - _LONGEST_TITLE, 0)
        if raw := body[start:end].strip(" \t\n:"):
            candidates.append(TitleCandidate(raw, BESIDE_CODE_WEIGHT, True))
            if len(candidates) == 2:
                break
    return candidates
