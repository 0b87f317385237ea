"""A name, a domain's label or a tenant squashed to one run of its lowercase letters and digits, as names are
compared with labels ("De Kraan & Co." -> "dekraanco" beside dekraan.nl): the one spelling of it every reader
uses."""

from __future__ import annotations

import re

_NOT_LOWER_ALNUM = re.compile(r"[^a-z0-9]")


def run_together(name: str, *, any_script: bool = False, casefolded: bool = False) -> str:
    """`name` lowercased, only its letters and digits kept, run together.

    The letters kept: ASCII ones ("Köln" -> "kln", as an address's label would need it spelled), or with
    `any_script` every script's ("Köln" -> "köln"). With `casefolded` the name is casefolded rather than
    lowercased, so a German "ß" is kept as "ss" ("Straße" -> "strasse", not "strae").
    """
    folded = name.casefold() if casefolded else name.lower()
    if any_script:
        return "".join(char for char in folded if char.isalnum())
    return _NOT_LOWER_ALNUM.sub("", folded)


def capitals_initials(name: str) -> str:
    """The initials of `name`'s capitalised words, lowercased and run together: "Scierie Fontaine Leduc" ->
    "sfl" (an acronym written beside a name is compared with it so)."""
    return "".join(word[0].lower() for word in name.split() if word[:1].isupper())
