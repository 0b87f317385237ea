"""A display name of two parts, an organisation and what inside it writes: "Ospedale San Rocco - Concorsi",
"Colloquio - Studio Ferri", "Universität Lindau - Institut für Geschichte". The unit, the mailbox or the
step is no part of the name; the organisation is the other part.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# A unit of a university or an institute opening its own part: the organisation is the part beside it.
_UNIT_OPENING = re.compile(
    r"^(?:Institut für|Institut de|Institute (?:of|for)|Lehrstuhl|Fakultät|Fachbereich|Abteilung|Seminar für|"
    r"Department of|School of|Faculty of|Dipartimento di|Facoltà di|Departamento de|Facultad de|"
    r"Faculdade de|Département d)\b"
)
_SEPARATORS = (" - ", " – ", " | ")


def organisation_part(text: str, unit_names: Collection[str]) -> str:
    """`text` without the part a unit, mailbox or step writes beside the organisation's name: one of
    `unit_names` (lowercase) or a university's unit; `text` itself where it has no two such parts."""
    for separator in _SEPARATORS:
        if separator not in text:
            continue
        parts = [part.strip() for part in text.split(separator)]
        if len(parts) != 2 or not all(parts):
            return text
        first, second = parts
        if second.lower() in unit_names or _UNIT_OPENING.match(second):
            return first
        if first.lower() in unit_names:
            return second
        return text
    return text
