"""The noise around a title that is no part of it: a status or a platform's label before it, a sentence's
verb after it, the employer's possessive ("Acme's X"). Split from title_judgement.py, which takes it off a
candidate twice (before the employer's segment is cut and after the application's prefix is).
"""

from __future__ import annotations

import functools
import re

# What sits before a title without being part of it: a status ("Application Status Update"), a
# platform's label ("Dice Job", "(HackerRank)"), an adjective ("our open X"); and after it, the
# sentence's verb ("X is in safe hands", "X successfully").
_NOISE_BEFORE_TITLE = re.compile(
    r"^(?:application (?:status )?update|status update|application received|thank you for your "
    r"application|(?:follow[- ]?up|update|news|feedback) (?:on|about|regarding)(?: your| the)?|open|"
    r"(?:dice|indeed|linkedin|monster|ziprecruiter|glassdoor) job|\((?:hackerrank|"
    r"codility|codesignal|hirevue|testgorilla)\)|"
    # "join us as our new Practice Manager": the hire is new, not the post ("New Business Manager" is one).
    r"(?-i:new)(?=\s+(?-i:[A-Z])))\s+",
    re.I,
)
_NOISE_AFTER_TITLE = re.compile(
    r"\s+(?:(?:has|have) been|is being|is|are|was|has|have|successfully|here|now|today|soon|shortly|"
    r"(?:any )?further|any longer|"
    r"at this (?:time|"
    r"stage|point)|on this occasion|for now)$",
    re.I,
)
# The last words of that noise.
_NOISE_LAST_WORDS = frozenset({
    "been", "being", "is", "are", "was", "has", "have", "successfully", "here", "now", "today", "soon",
    "shortly", "further", "longer", "time", "stage", "point", "occasion",
})  # fmt: skip


# The same raw title is cleaned for each place it was read at and each judgement asking.
@functools.lru_cache(maxsize=4096)
def without_title_noise(raw: str, company: str | None) -> str:
    raw = _NOISE_BEFORE_TITLE.sub("", raw.strip())
    # The noise after a title ends on its last word: a title ending on another needs no place tried
    # (the end-anchored pattern tries every one). Non-ASCII text is tried: caselessly "ſ" is "s".
    words = raw.rsplit(None, 1)
    if not raw.isascii() or (words and words[-1].lower() in _NOISE_LAST_WORDS):
        raw = _NOISE_AFTER_TITLE.sub("", raw)
    if company:  # "Salesforce's Software Engineer II"
        for apostrophe in ("'s ", "’s "):
            if raw.lower().startswith(company.lower() + apostrophe):
                return raw[len(company) + len(apostrophe) :]
    return raw
