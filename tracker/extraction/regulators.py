"""A regulator, professional body or accreditor a mail mentions is not its employer.

Employers name who regulates them or whom the applicant must be registered with ("as a firm regulated by
the Prudential Regulation Authority", "general registration with the Nursing and Midwifery Board",
"qualify with the Solicitors Regulation Authority"): a name the text writes only in that slot is no
employer, however its shape reads as an organisation's.
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.text import PreparedEmail

# The slot before a regulator's name, up to where the name begins.
_REGULATOR_SLOT = re.compile(
    r"(?:(?:regulated|authori[sz]ed|registered|accredited|licen[sc]ed|overseen|supervised|qualify|qualified)"
    r" (?:by|with)|registration (?:with|by)|regulatory requirements of|requirements of|member of) (?:the )?$",
    re.I,
)
# The words such a slot opens with, then its preposition: a mail without any is passed over. The
# prepositions are found first and the word before each is compared (str.endswith), as the words'
# alternation, tried at every letter it could open with, cost about three times as much.
_SLOT_WORDS = (
    "regulated", "authorised", "authorized", "registered", "accredited", "licensed", "licenced", "overseen",
    "supervised", "qualify", "qualified", "registration", "requirements", "member",
)  # fmt: skip
_SLOT_PREPOSITION = re.compile(r" (?:by|with|of) ")
_SLOT_REACH = 40


def without_regulators(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """The candidates without names the text writes only as a regulator or a register ("regulated by X",
    "registration with X")."""
    if not any(c.from_text for c in candidates) or not _names_a_slot(email.body_lower):
        return candidates
    text = email.body
    mentioned = {c.name for c in candidates if c.from_text and _only_as_regulator(c.name, text)}
    return [c for c in candidates if c.name not in mentioned] if mentioned else candidates


def _names_a_slot(lowered: str) -> bool:
    """Whether the lowered text writes a slot's word before its preposition ("regulated by ")."""
    return any(lowered.endswith(_SLOT_WORDS, 0, at.start()) for at in _SLOT_PREPOSITION.finditer(lowered))


def _only_as_regulator(name: str, text: str) -> bool:
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        if not _REGULATOR_SLOT.search(text[max(0, at - _SLOT_REACH) : at]):
            return False
        at = text.find(name, at + 1)
    return True
