"""A hiring step written in brackets after a title is no part of it: "BI Developer (Hiring Manager Call)",
"Marketing Analyst (Final Round)", "Analytics Engineer (Technical Screen)" name the role "BI Developer",
"Marketing Analyst", "Analytics Engineer". Schedulers and recruiters write the step so in a subject.

A bracket is a step's name when all its words are a step's (word_lists.toml `step_title_nouns`,
`step_title_companions`, `bracket_step_words`) and its last word is a step's noun: a step's name ends in
its noun ("Technical Screen", "Onsite Interview"), a role's does not ("(Case Manager)", "(Team Lead)").
One noun alone is a step only where it names nothing else ("(Interview)", not "(Test)" or "(Day)").
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list
from tracker.names import without_accents

_NOUNS = frozenset(word_list("step_title_nouns").split("|"))
_WORDS = (
    _NOUNS
    | frozenset(word_list("step_title_companions").split("|"))
    | frozenset(word_list("bracket_step_words").split("|"))
)
# Every language's interview names itself alone: "Chef de rang (Entretien)", "Lagerist
# (Vorstellungsgespräch)".
_NOUNS_ALONE = frozenset({
    "interview", "interviews", "screen", "screening", "call", "entretien", "entrevista", "colloquio",
    "videocolloquio", "gesprek", "sollicitatiegesprek", "kennismakingsgesprek", "vorstellungsgesprach",
})  # fmt: skip
_LAST_BRACKET = re.compile(r"\s*\(([^()]{2,50})\)\s*$")
_WORD = re.compile(r"[\w'-]+")


def without_bracketed_step(title: str) -> str:
    """`title` without a hiring step's name in brackets at its end: "BI Developer (Hiring Manager Call)"
    -> "BI Developer"."""
    if not title.endswith(")") or not (bracket := _LAST_BRACKET.search(title)):
        return title
    words = _WORD.findall(without_accents(bracket.group(1).lower()))
    if not words or words[-1] not in _NOUNS or not _WORDS.issuperset(words):
        return title
    if len(words) == 1 and words[0] not in _NOUNS_ALONE:
        return title
    rest = title[: bracket.start()]
    return rest if any(ch.isalpha() for ch in rest) else title
