"""Titles that name a hiring step, not a role.

The reading sometimes takes a title from a step's name: "Centre and Partner" from "assessment centre and
partner interview", "Final Round", "Video Interview". Such a title is no evidence of which role a mail is
about, so matching treats it as none: the mail joins the one application open at its employer (the rule
for a mail naming no title) instead of starting a record of its own, and an application shows no such
title. A title counts as a step's name only when all its words are a step's (word_lists.toml
`step_title_nouns`, `step_title_companions`) and one of them is a step's noun, which never names a role
alone ("Partner" alone is a role; "Centre and Partner" is not).
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.phrases.tables import word_list
from tracker.names import title_key

_NOUNS = frozenset(word_list("step_title_nouns").split("|"))
_WORDS = _NOUNS | frozenset(word_list("step_title_companions").split("|"))


@functools.lru_cache(maxsize=4096)
def names_a_step(title: str | None) -> bool:
    """Whether `title` is a hiring step's name rather than a role's ("Centre and Partner")."""
    words = title_key(title).split()
    return bool(words) and _NOUNS.intersection(words) != set() and _WORDS.issuperset(words)


# News about the role written after its name, as an agency's subject writes it ("Treasury Analyst update",
# "Payroll Officer - feedback"): no part of the role's name.
_NEWS_TAIL = re.compile(r"(?:\s+[-–:|]\s*|\s+)(?:update|updates|feedback|next steps?|news)$", re.I)


def role_title(title: str | None) -> str | None:
    """`title`, or None when it names a hiring step rather than a role (`names_a_step`); news written after
    the role's name is cut ("Treasury Analyst update" is "Treasury Analyst")."""
    if names_a_step(title):
        return None
    if title and (tail := _NEWS_TAIL.search(title)) and tail.start() > 0:
        return title[: tail.start()]
    return title
