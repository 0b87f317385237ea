"""A Spanish post's languages, part of its name: "Recepcionista con inglés y alemán", "Ejecutivo/a comercial
con inglés y francés". A subject or an anchor may give the post without them ("Puesto de Recepcionista");
where the mail writes the same post followed by "con" and languages, they are the post's.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import accents_optional

_LANGUAGE = (
    r"(?:inglés|francés|alemán|italiano|portugués|chino|mandarín|japonés|árabe|ruso|neerlandés|holandés|"
    r"catalán|euskera|gallego|valenciano|coreano|sueco|polaco)"
)
# Right after the title: " con inglés", " con inglés y francés", " con inglés, francés e italiano".
_WITH_LANGUAGES = re.compile(accents_optional(rf" con {_LANGUAGE}(?:(?:, | y | e ){_LANGUAGE})*\b"))


def with_languages(title: str, body: str) -> str:
    """`title` with the languages the body writes right after it, if any."""
    at = body.find(f"{title} con ")
    if at < 0:
        return title
    found = _WITH_LANGUAGES.match(body, at + len(title))
    return title + found.group(0) if found else title
