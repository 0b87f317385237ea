"""An employer's acronym and its spelled-out name are one employer where one mail writes both.

"FAA" in a tentative offer signed "Federal Aviation Administration Human Resources" is the agency its
receipts name in full. Reading keeps the name as the mail writes it (the dataset's convention: "BCG" is
read "BCG"), its full name beside it (`Extraction.company_in_full`); recording files such mail under
the full name, so the agency's mail meets whichever way each names it. An acronym no mail spells out
joins only the one employer of the user's records it initials (tracker/employer_spellings.py).
The sender's own domain may spell it out run
together: "DB" from deutschebahn.com is "Deutsche Bahn", which its receipts name in full
(`spelled_by_domain`).
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"[A-Z]{2,5}")
# Small words a spelled-out name may hold between its capitalised ones ("Department of Veterans Affairs").
_CONNECTOR = r"(?:\s+(?:of|and|for|the|de|des|du|für))*"
# Each capitalised word followed by the next one (small words between), as the pair of their initials:
# "Federal Aviation Administration" holds "FA" and "AA". A text spells an acronym out only where it
# holds each pair of its letters so, which a search for this one pattern tells without compiling the
# acronym's own (a third of a millisecond for each new acronym, and most texts spell none out).
_INITIALS_PAIR = re.compile(rf"\b([A-Z])[a-z]+{_CONNECTOR}\s+(?=([A-Z])[a-z])")


def spelled_out(acronym: str | None, *texts: str) -> str | None:
    """The capitalised words of the first of `texts` that has them whose initials are `acronym` ("Federal
    Aviation Administration" for "FAA"), when `acronym` is one (two to five capitals) and a text spells it
    out, else None."""
    if not acronym or not _ACRONYM.fullmatch(acronym):
        return None
    pairs = {acronym[at : at + 2] for at in range(len(acronym) - 1)}
    words = rf"{_CONNECTOR}\s+".join(rf"{letter}[a-z]+" for letter in acronym)
    for text in texts:
        if not pairs <= _initials_pairs(text):
            continue  # the acronym's own pattern could not match
        if found := re.search(rf"\b{words}\b", text):
            return found.group(0)
    return None


# A word of a run-together domain label: at least three letters, so "dbschenker" spells no "DB".
_SHORTEST_WORD = 3


def spelled_by_domain(acronym: str | None, label: str | None) -> str | None:
    """The words of the sender's own domain label whose initials are `acronym` ("deutschebahn" for "DB":
    "Deutsche Bahn"), where the label splits into them one way only (each word of at least three
    letters, starting with the acronym's letter), else None. A label that splits two ways ("britishairways"
    for "BA": "British Airways" or "Britishairw Ays") spells out nothing."""
    if not acronym or not label or not _ACRONYM.fullmatch(acronym):
        return None
    splits = _splits(label.lower().replace("-", ""), acronym.lower())
    if len(splits) != 1:
        return None
    return " ".join(word.capitalize() for word in splits[0])


def _splits(label: str, initials: str) -> list[list[str]]:
    """Every way `label` is words starting with `initials` in order, each of `_SHORTEST_WORD` letters
    or more (the search stops once it holds more than one: one is all the caller accepts)."""
    if not label.startswith(initials[0]) or len(label) < _SHORTEST_WORD * len(initials):
        return []
    if len(initials) == 1:
        return [[label]] if label.isalpha() else []
    found: list[list[str]] = []
    for end in range(_SHORTEST_WORD, len(label) - _SHORTEST_WORD + 1):
        if label[end] == initials[1] and label[:end].isalpha():
            found += [[label[:end], *rest] for rest in _splits(label[end:], initials[1:])]
            if len(found) > 1:
                break
    return found


def _initials_pairs(text: str) -> set[str]:
    """The initials of each capitalised word of `text` and the one after it ("FA" in "Federal Aviation").
    A match of an acronym's pattern never starts inside one of this pattern's matches (they hold a
    capital only where they start), so these are all the pairs its words could make."""
    return {first + second for first, second in _INITIALS_PAIR.findall(text)}
