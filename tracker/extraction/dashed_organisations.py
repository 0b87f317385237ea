"""An organisation's signature line of two parts a dash sets apart ("SFL – Scierie Fontaine Leduc S.A.",
"Flexwerk Uitzendbureau – kantoor Hasselt", "Maison Dulac – Chocolaterie Confiserie"): which part names it.
The name its acronym before the dash shortens, the name before a branch's part, the name before its trade."""

from __future__ import annotations

import re

from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.squashed_names import capitals_initials

_DASH = re.compile(r" [-–—] ")
# The words that open a branch's part after the dash: "kantoor Hasselt", "filiale di Bari", "agence de
# Nantes", "Niederlassung Graz".
_BRANCH_WORDS = frozenset(
    {"kantoor", "vestiging", "filiale", "sede", "agence", "sucursal", "oficina", "delegación",
     "niederlassung", "standort", "filial", "branch", "office", "escritório"}
)  # fmt: skip


def dash_parted(line: str) -> str:
    """The part of `line` naming the organisation where a dash sets two parts apart; else the line."""
    parts = [part.strip() for part in _DASH.split(line)]
    if len(parts) != 2 or not all(parts):
        return line
    first, second = parts
    if shortens(first, second):
        return second
    if second.split()[0].lower() in _BRANCH_WORDS or (
        names_an_organisation(first) and not looks_like_person_name(first)
    ):
        return first
    return line


def shortens(acronym: str, name: str) -> bool:
    """True when `acronym`, in capitals, is the initials of `name`'s capitalised words (or their first
    ones): "SFL" of "Scierie Fontaine Leduc"."""
    return acronym.isalpha() and acronym.isupper() and capitals_initials(name).startswith(acronym.lower())
