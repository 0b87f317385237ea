"""A Spanish post's languages, part of its name: "Recepcionista con inglés y alemán", "Ejecutivo/a comercial
con inglés y francés". A subject or an anchor may give the post without them ("Puesto de Recepcionista");
where the mail writes the same post followed by "con" and languages, they are the post's.

A subject's word for the posting before the post is none of its name, nor the news about it: "Proceso
Asistente de Exportaciones - Pereira", "Vacante: Mesero/a", "Avances proceso Gerente de Compras", "Cargo
Asistente de RR.HH." (English "Cargo Agent" is a post: "Cargo" goes only before "de" or a post written the
Spanish way, with "de" or a gender's "/a" in it).
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


_POSTING_NOUN = re.compile(
    "(?i:"
    + accents_optional(
        # The news about it may come first: "Avances proceso Gerente de Compras".
        r"(?:(?:avances?|actualización|novedades|seguimiento|resultados?|cierre)"
        r"(?: (?:del|de tu|de su|de|en el))? )?"
        r"(?:proceso|vacante|puesto|posición|búsqueda)(?: de selección)?(?: (?:de|para))?|"
        r"cargo(?: de(?=\s)|(?=\s*:|\s+\S+ de |\s+\S+/as?\b))"
    )
    + r")\s*:?\s+(?=[A-ZÀ-ÝÑ])"
)


def without_posting_noun(title: str) -> str:
    """`title` without a Spanish posting noun opening it ("Proceso Analista" is "Analista")."""
    if title[:1] not in "PVCBANSRpvcbansr":
        return title
    found = _POSTING_NOUN.match(title)
    return title[found.end() :] if found else title
