"""The legal forms a company's name closes with ("Acme, Inc.", "Baumann Holzbau AG", "Exemple S.A.S."), as
patterns for the readings that look for one: a name closing on its forms, one or more ("Pty Ltd"), written
as mail writes them (LEGAL_FORM_AT_END, LEGAL_FORM_AFTER where text goes on) or in any case, as a signature's
line in capitals is (LEGAL_FORM_AT_END_ANY_CASE); a footer's legal line and a European signer's letterhead
read ANY_LEGAL_FORM in their own patterns. The forms are written once, in tracker/written_legal_forms.py
(the key's suffixes are derived from them too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.written_words import word_places
from tracker.written_legal_forms import (
    ALL_LEGAL_FORMS,
    ENGLISH_LEGAL_FORMS,
    EUROPEAN_LEGAL_FORMS,
    SHORT_EUROPEAN_LEGAL_FORMS,
    SPANISH_AND_LATIN_AMERICAN_LEGAL_FORMS,
    WORLD_LEGAL_FORMS,
)

# The forms are written in tracker/written_legal_forms.py; their readers import them from here too.
__all__ = [
    "ALL_LEGAL_FORMS",
    "ANY_LEGAL_FORM",
    "ENGLISH_LEGAL_FORMS",
    "EUROPEAN_LEGAL_FORMS",
    "LEGAL_FORM_AFTER",
    "LEGAL_FORM_AT_END",
    "LEGAL_FORM_AT_END_ANY_CASE",
    "SHORT_EUROPEAN_LEGAL_FORMS",
    "SPANISH_AND_LATIN_AMERICAN_LEGAL_FORMS",
    "WORLD_LEGAL_FORMS",
    "legal_forms_pattern",
]
# Each piece of a written form leads on to the pieces that follow it; "" marks where a form ends.
_Tree = dict[str, "_Tree"]


def legal_forms_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of `forms` in the spellings written_legal_forms.py allows, the longest it can
    ("S.L.U." whole where "S.L." would stop early). The forms share beginnings ("S.A.", "S.A.S.", "S.p.A."):
    written as a tree of them, a place holding none is left after one character, not after trying each
    form."""
    tree: _Tree = {}
    for form in forms:
        node = tree
        for piece in _written_pieces(form):
            node = node.setdefault(piece, {})
        node[""] = {}  # a form ends here
    return _alternation(tree)


def _alternation(tree: _Tree) -> str:
    # The branch holding the longest form first; where a form ends and a longer one goes on, the longer
    # is tried first (a greedy option).
    pieces = sorted((piece for piece in tree if piece), key=lambda piece: -_longest(tree[piece]))
    branches = [piece + _alternation(tree[piece]) for piece in pieces]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in tree else body


def _longest(tree: _Tree) -> int:
    return max((1 + _longest(rest) for piece, rest in tree.items() if piece), default=0)


def _written_pieces(form: str) -> list[str]:
    pieces = []
    for at, char in enumerate(form):
        following = form[at + 1 : at + 2]
        if char == "." and following in ("", " "):
            pieces.append(r"\.?")  # "S.p.A" for "S.p.A.", "GmbH & Co KG" for "GmbH & Co. KG"
        elif char == ".":
            pieces.append(r"\.\s?")  # "e. K."
        elif char == " ":
            pieces.append(r"\s*")
        else:
            pieces.append(re.escape(char))
    if not form.endswith("."):
        pieces.append(r"\.?")  # "Inc.", "Ltd."
    return pieces


# Any of the forms: built once for every reader that looks for one.
ANY_LEGAL_FORM = legal_forms_pattern(ALL_LEGAL_FORMS)
# The legal forms after a name, one or more: "Baumann Holzbau AG", "Metallbau Schröder GmbH & Co. KG",
# "Acme, Inc.", "Harbourline Freight Pty Ltd".
_FORMS_AFTER_A_NAME = rf"(?:,?\s+(?:{ANY_LEGAL_FORM}))+"
# Closing a name.
LEGAL_FORM_AT_END = re.compile(rf"{_FORMS_AFTER_A_NAME}$")
# Closing a name that a text goes on after: "Acme, Inc. has", "Brunner GmbH, Salzburg".
LEGAL_FORM_AFTER = re.compile(rf"{_FORMS_AFTER_A_NAME}(?!\w)")


def written_bare(name: str, text: str) -> bool:
    """True when `text` writes `name` (as whole words) once without a legal form after it."""
    end = len(name)
    return any(not LEGAL_FORM_AFTER.match(text, at + end) for at in word_places(name, text))


def written_with_legal_form(name: str, text: str) -> bool:
    """True when `text` writes `name` (as whole words) once with a legal form right after it."""
    end = len(name)
    return any(LEGAL_FORM_AFTER.match(text, at + end) for at in word_places(name, text))


# Closing a signature's line, which may be written in capitals: "BAUMANN HOLZBAU GMBH, Rosenheim".
LEGAL_FORM_AT_END_ANY_CASE = re.compile(LEGAL_FORM_AT_END.pattern, re.I)
