"""An organisation's name glued to a title where the employer read is another spelling or none: "Sr. Java
Developer (Acme Bank)", "Acme Holding SE / Data Engineer", "BHK – Beleidsadviseur".

title_employer_segments cuts the employer's name beside a title when the employer read is that name. An
agency's or a board's mail often reads its employer elsewhere (the agency, a shorter spelling), and the
name stays glued to the post. A segment before the post (its own, before a slash or a dash) or a bracket
after it is an organisation's name, not the post's, where the mail itself says so: the segment closes on a
legal form ("SE", "GmbH", "S.A."), the body writes it after the employer's preposition ("at Acme Bank",
"bei der Acme Bank", "chez Acme", "presso Acme", "bij Acme"), or, in capitals, it is the initials of an
organisation's name the body writes out ("Bureau Havens en Kusten" for "BHK").
"""

from __future__ import annotations

import re

from tracker.extraction.legal_forms import LEGAL_FORM_AT_END

# A name in brackets after the post, capitalised: "(Acme Bank)", not "(m/w/d)" nor "(remote)".
_BRACKET_AT_END = re.compile(r"\s+\(([A-ZÀ-Þ][\w&'.-]*(?: [\w&'.-]+){0,5})\)$")
# A name as the title's own first segment, before a slash or a dash: "Acme Holding SE / X", "BHK – X".
_SEGMENT_AT_START = re.compile(r"([A-ZÀ-Þ][\w&'.-]*(?: [\w&'.-]+){0,5}) (?:/|-|–|\|) (?=\w)")
# The employer's prepositions, with an article some languages write before a firm's name.
_EMPLOYER_PREPOSITION = (
    r"(?i:at|bei|beim|chez|presso|bij|junto a|junto à)\s+(?:(?i:the|der|die|dem|het|de|la|le|l'|il)\s+)?"
)
# A name's own length: a short word after "at" may be anything ("at Go", "at SQL").
_SHORTEST_NAME = 4
# What joins an organisation's capitalised words, in every language read: "Bureau Havens en Kusten".
_NAME_JOINERS = frozenset(
    {"and", "of", "for", "the", "und", "für", "der", "des", "en", "van", "voor", "et", "de", "du",
     "la", "y", "del", "e", "di", "da", "do", "dos"}
)  # fmt: skip
_LONGEST_INITIALS = 6


def without_glued_employer(title: str, body: str, quoted: str = "") -> str:
    """`title` without an organisation's name glued before it (as a segment of its own) or after it (in
    brackets), where the name closes on a legal form, the body (or the mail it `quoted`) writes it after the
    employer's preposition, or it is the initials of a name the body writes out; the post that is left keeps
    two letters or more."""
    if quoted:
        body = f"{body}\n{quoted}"
    bracket = _BRACKET_AT_END.search(title) if title.endswith(")") else None
    if bracket and _named_as_organisation(bracket.group(1), body):
        head = title[: bracket.start()].rstrip()
        if sum(ch.isalpha() for ch in head) >= 2:
            return head
    segment = _SEGMENT_AT_START.match(title)
    if segment and _named_as_organisation(segment.group(1), body):
        rest = title[segment.end() :]
        if sum(ch.isalpha() for ch in rest) >= 2:
            return rest
    return title


def _named_as_organisation(name: str, body: str) -> bool:
    """Whether `name` closes on a legal form, follows the employer's preposition in `body`, or is the
    initials of a name `body` writes out."""
    if LEGAL_FORM_AT_END.search(name):
        return True
    if len(name) >= _SHORTEST_NAME and re.search(rf"\b{_EMPLOYER_PREPOSITION}{re.escape(name)}(?!\w)", body):
        return True
    return (
        name.isalpha() and name.isupper() and 2 <= len(name) <= _LONGEST_INITIALS and _spelled_out(name, body)
    )


def _spelled_out(initials: str, body: str) -> bool:
    """Whether `body` writes capitalised words, joined only by a name's small words, whose initials are
    `initials`: "Bureau Havens en Kusten" for "BHK"."""
    first = initials[0]
    for start in re.finditer(rf"\b{first}[a-zà-ÿ]+", body):
        words = body[start.start() : start.start() + 120].split()
        letters = ""
        for word in words:
            if letters and word.lower() in _NAME_JOINERS:
                continue
            if not word[:1].isupper() or not word.rstrip(",.;:)").isalpha():
                break
            letters += word[0]
            if letters == initials:
                return True
            if not initials.startswith(letters):
                break
    return False
