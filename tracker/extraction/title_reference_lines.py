"""A public posting's title written beside its reference, with no sentence around it.

German, Austrian, Dutch and Flemish public employers lay a posting out as a block: its reference on a line
of its own ("Kennziffer 2026/118 | Entgeltgruppe 11", "Vacaturenummer 24-0917", "Reference: HR/26/31") with
the post's name on the line just above or just below it, and no "als"/"voor de functie" to anchor it; or
they write the reference in a sentence with the post's name in brackets after it ("im Verfahren zur Kennzahl
31/2026 (Referent*in Vergabe)"). The block is read only where the reference line has the title beside it
in the same block (no blank line between); a labelled line ("Standort: Graz") there is read elsewhere.
"""

from __future__ import annotations

import re

from tracker.extraction.reference_lines import reference_lines
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate

# Below every anchored sentence and labelled line, as the subject's number beside a title is.
REFERENCE_LINE_WEIGHT = 1.5
# The reference's label in each language, then its code (a word holding a digit).
_REFERENCE_LABEL = (
    r"(?:kennziffer|kennzahl|kennnummer|referenz(?:nummer|nr\.?)?|ausschreibungs-?(?:nummer|nr\.?)|"
    r"stellen-?(?:nummer|nr\.?|id)|job[- ]?id|req[- ]?id|vacature-?(?:nummer|id|nr\.?)|referentie(?:nummer)?|"
    r"reference(?: number| no\.?)?|référence|referencia|riferimento)"
)
_CODE = r"[\w./-]{0,24}\d[\w./-]{0,24}"
_REFERENCE_LINE = re.compile(rf"^{_REFERENCE_LABEL}\s?:?\s?{_CODE}(?:\s*[|,–-]\s*[^\n]{{0,120}})?$", re.I)
_REFERENCE_ALONE = re.compile(rf"^{_REFERENCE_LABEL}\s?:?\s?{_CODE}$", re.I)
_REFERENCE_THEN_BRACKET = re.compile(rf"\b{_REFERENCE_LABEL}\s?:?\s?{_CODE}\s\(([^()\n]{{3,100}})\)", re.I)
# A line the title is not: a labelled field ("Standort: Graz"), an introduction ending on its colon, a
# sentence (its full stop), a bracket of terms ("(40 Wochenstunden, unbefristet)").
_NOT_A_TITLE_LINE = re.compile(r"^[^:\n]{1,40}:|:$|[.!?]$|^\(")
_LONGEST_TITLE = 120


def titles_beside_a_reference(email: PreparedEmail) -> list[TitleCandidate]:
    """The line beside the first reference line of a posting's block (the one above, else the one below),
    and the bracket after a reference written in a sentence."""
    candidates: list[TitleCandidate] = []
    lines = [line.strip() for line in email.body.split("\n")]
    for index, line in enumerate(lines):
        if not _REFERENCE_LINE.match(line):
            continue
        for beside in (index - 1, index + 1):
            if 0 <= beside < len(lines) and _may_be_title_line(lines[beside]):
                candidates.append(TitleCandidate(lines[beside], REFERENCE_LINE_WEIGHT, False))
                break
        if candidates:
            break
    found = _REFERENCE_THEN_BRACKET.search(email.body)
    if found is not None:
        candidates.append(TitleCandidate(found.group(1), REFERENCE_LINE_WEIGHT, False))
    return candidates


def titles_in_a_reference_line(email: PreparedEmail, company: str | None) -> list[TitleCandidate]:
    """The post an agency's reference line names beside its client (reference_lines): where a label says
    which part is the client, or where the client is the employer the mail was read to name."""
    chosen = run_together(company or "")
    return [
        TitleCandidate(line.title, REFERENCE_LINE_WEIGHT, False)
        for line in reference_lines(email)
        if line.title and (line.labelled or (len(chosen) > 2 and chosen in run_together(line.client)))
    ]


def is_reference_line(text: str) -> bool:
    """Whether `text` is a posting's reference alone (its label and code), which names no post."""
    return _REFERENCE_ALONE.match(text.strip()) is not None


def _may_be_title_line(line: str) -> bool:
    return 0 < len(line) <= _LONGEST_TITLE and not _NOT_A_TITLE_LINE.search(line)
