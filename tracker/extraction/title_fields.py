"""A field or discipline named after a post's dash in a subject: "Postdoctoral Fellow - Glacial Hydrology",
"Analyst - Credit Risk Modelling", "Engineer - Structural Dynamics". The posting names the post within its
field, and the labels keep it as the post's name (a team is kept likewise), where a subject's other
segments after a dash are news, a step, a place, a site or the employer.

A field is told by how its last word is built: a discipline's ending ("-ology", "-ography", "-ics", "-ing",
"-ance", "-ence", "-ment", "-ure": "Ecology", "Oceanography", "Dynamics", "Nursing", "Governance",
"Science", "Management", "Agriculture"), among capitalised words. Words built alike that name a step or a
building ("Assessment", "Screening", "Meeting", "Reference", "Building", "Wing") are none.
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places

_FIELD_WORDS = re.compile(
    r"(?:[A-Z][\w'&/-]*\s+(?:(?:and|of|&)\s+)?){0,3}[A-Z][a-z]+(?:ology|ologies|ography|ics|ing|ance|ence|ment|ure)"
)
_NOT_FIELDS = frozenset(
    ("assessment", "appointment", "agreement", "reference", "references", "conference", "acceptance",
     "attendance", "screening", "meeting", "onboarding", "scheduling", "booking", "briefing", "timing",
     "building", "wing", "crossing", "landing", "spring", "king", "ring", "closing", "opening", "posting",
     "listing", "morning", "evening", "offering", "pending", "hiring", "recruiting", "consulting", "staffing",
     "trading", "publishing", "printing", "catering", "clothing", "shipping", "logistics", "electronics",
     "insurance", "ventures", "furniture")
)  # fmt: skip


def is_field_segment(segment: str) -> bool:
    """Whether a subject's `segment` after a post's dash names only the post's field ("Glacial Hydrology")."""
    segment = segment.strip()
    if not _FIELD_WORDS.fullmatch(segment):
        return False
    if segment.rpartition(" ")[2].lower() in _NOT_FIELDS:
        return False
    return not only_places(segment)
