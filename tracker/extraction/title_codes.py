"""The requisition code stated with a title: in brackets right after it ("Financial Analyst (R-20418)"),
or on its own ("Job ID: 12345", "your interest in position R-1060").
"""

from __future__ import annotations

import re

from tracker.extraction.requisition import CODE_BESIDE_TITLE, REQUISITION_CODE
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import places

# "la posizione di Financial Analyst (R-20418)": the code in brackets right after the title, wherever the
# title was read from (the subject may state the title bare and the body with its code). Not Workday's
# "R-2114916 Data Analyst II (C-7278145)": a code before the title is the post's, the bracket the candidate's.
# Its label may open the bracket: "Fleet Analyst (ID: 48213)", "(Job ID 48213)", "(Req #48213)".
_CODE_LABEL = r"(?i:(?:job |req(?:uisition)? )?id|req(?:uisition)?)\.?\s*[:#]?\s*"
_BRACKETED_CODE = re.compile(rf"\s*[(\[]\s*(?:{_CODE_LABEL})?({CODE_BESIDE_TITLE})\s*[)\]]")
_CODE_BEFORE_TITLE = re.compile(rf"\b{REQUISITION_CODE}\s*$")


def code_after_title(title: str, body: str) -> str | None:
    """The requisition code written in brackets right after `title` in `body`, if any."""
    at = body.find(title)
    while at >= 0:
        code = _BRACKETED_CODE.match(body, at + len(title))
        if code and not _CODE_BEFORE_TITLE.search(body, max(at - 24, 0), at):
            return code.group(1)
        at = body.find(title, at + 1)
    return None


# A post named by its code alone: "your interest in position R-1060" (the code is no title, and it is
# what tells this answer's post from the employer's other posts). Its words are each capital or
# lowercase; the word's start is tested apart (_post_by_code).
_POST_BY_CODE = re.compile(
    r"(?:Position|position|Role|role|Requisition|requisition|Vacancy|vacancy|Opening|opening)"
    rf"\s+({REQUISITION_CODE})\b"
)
_POST_NOUNS = ("position", "role", "requisition", "vacancy", "opening")


def _post_by_code(text: str, lowered: str) -> re.Match[str] | None:
    """The first `_POST_BY_CODE` at a word's start (as a leading \\b would find it: no match skipped
    over can hold another, whose words are lowercase after their first letter and codes never are).
    Tried only where `lowered` (`text` lowercased, as long) writes a noun: str.find skips to the few
    places far faster than the engine's scan for the nouns' eight first letters."""
    for at in sorted(at for noun in _POST_NOUNS for at in places(noun, lowered)):
        before = text[at - 1 : at]
        if not (before.isalnum() or before == "_") and (match := _POST_BY_CODE.match(text, at)):
            return match
    return None


# "Réf. 2025/PLN/031", "Rif. AMM-B-03/2026": the parts after the code's first, each after a slash.
_SLASHED_PARTS = re.compile(r"(?:/[A-Za-z0-9][\w-]*)+")


def standalone_requisition(email: PreparedEmail) -> str | None:
    """A job or requisition id the email states on its own ("Job ID: 12345", "position R-1060"), if any;
    a code written in parts apart ("Réf. 2025/PLN/031") whole, never its first part alone."""
    for original, hits in ((email.subject, email.subject_hits), (email.body, email.body_hits)):
        for match in hits.get("REQUISITION", ()):
            parts = _SLASHED_PARTS.match(original, match.end(1))
            return original[match.start(1) : parts.end() if parts else match.end(1)]
    for original, lowered in ((email.subject, email.subject_lower), (email.body, email.body_lower)):
        if coded := _post_by_code(original, lowered):
            return coded.group(1)
    return None
