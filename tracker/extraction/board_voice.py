"""A job board's voice: it speaks of the employer in the third person ("the employer will contact you if
you are shortlisted", "the advertiser may be in touch"). An employer's own mail can too ("the recruiter
will be in touch"), so the voice alone tells no board: company.py takes a sender no list knows for a
board only where its mail in this voice also names another organisation where an employer's name
stands; its own name (display name, footer, "Team Kazihub") is then no employer's."""

from __future__ import annotations

import re

# "the employer will contact you", "the advertiser may be in touch", "the hiring company will review".
_THIRD_PERSON_EMPLOYER = re.compile(
    r"\bthe (?:employer|advertiser|hiring company|recruiter)s? (?:will|may|might|can|could|would|should)"
    r"(?: now| soon| then| only)? (?:contact|review|reach out|get in touch|be in touch|respond|reply|"
    r"consider|view|call|let you know|decide)\b"
)
# Words every match holds: most mail has neither, and a substring test is far cheaper than the search.
_WORDS = ("the employer", "the advertiser", "the hiring company", "the recruiter")


def speaks_of_the_employer(body_lower: str) -> bool:
    """True when the text speaks of the employer in the third person, as a board does."""
    return any(word in body_lower for word in _WORDS) and bool(_THIRD_PERSON_EMPLOYER.search(body_lower))
