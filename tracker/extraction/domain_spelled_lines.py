"""Whether the sender's own domain spells an organisation's signed line: the one reading of it for a
recruiter's desk, at a signature's lines (signature_desks.py) and over the candidates (writer_desks.py).

A domain writes its organisation's name run together, whole ("quarrendonsearch" in "Quarrendon Search
Ltd") or by its opening words and then a shortening of the rest ("telvanormedstaff" for "Telvanor Medical
Staffing", "brugwachter-uitzend" for "Brugwachter Uitzendbureau").
"""

from __future__ import annotations

from tracker.extraction.squashed_names import run_together

# A domain's label, or the opening of a line it starts with, this short spells too many lines' letters by
# chance ("navo").
SHORTEST_LABEL = 4


def domain_spells_line(label: str | None, line: str) -> bool:
    """True when the domain `label` spells the organisation's `line`: the line's letters hold it whole, or it
    starts with the line's opening words (their first four letters or more)."""
    if not label or len(label) < SHORTEST_LABEL:
        return False
    if label in run_together(line):
        return True
    opening = ""
    for word in line.split():
        opening += run_together(word)
        if len(opening) >= SHORTEST_LABEL:
            break
    return len(opening) >= SHORTEST_LABEL and label.startswith(opening)
