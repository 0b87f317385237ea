"""A civil service's grade or career group written after a public post's name, in the Romance languages:
Spain's "(Subgrupo A1)", its staff's "(Grupo III)" and Latin America's "(Categoría 18, Agrupamiento
Administrativo)", Italy's "– Area dei Funzionari" and "– categoria D, posizione economica D1", France's "–
Cadre d'emplois des attachés territoriaux" and "(catégorie B)", Brazil's "– Nível Superior", Portugal's
"(carreira geral)".

A public body's notice names the post, then the grade it is paid in: the grade is the pay scale, not the
post's name (as Germany's "E13 TV-L" and Flanders' "(B1-B3)" are, germanic_title_tags.py). It is cut only
at the title's end, in its own bracket or after a dash or a comma, and only where words of the post stand
before it.
"""

from __future__ import annotations

import re

# The grade's opening words: Spanish, Italian, French, Portuguese.
_GRADE = (
    r"(?:(?:sub)?grupo (?:[a-e]\d?|i{1,3}|iv|v)\b|categor[ií]a (?:\d{1,2}|[a-e]\d?)\b|agrupamiento\b|"
    r"escala de\b|"
    r"area (?:dei|degli|delle|del) |posizione economica\b|"
    r"cadre d'emplois\b|cat[ée]gorie [abc]\b|grade d'|"
    r"n[ií]vel (?:superior|m[eé]dio|fundamental|t[eé]cnico)\b|carreira (?:geral|especial|de)\b)"
)
# In a bracket of its own at the end: "X (Subgrupo A2)", "X (Area dei Professionisti della Salute)".
_GRADE_IN_BRACKETS = re.compile(rf"\s*\(\s*{_GRADE}[^()\n]{{0,100}}\)\s*$", re.I)
# After a dash or a comma, to the end: "X – Area degli Istruttori (ex cat. C)", "X, categoria D".
_GRADE_AFTER_DASH = re.compile(rf"\s*[-–—,]\s*{_GRADE}[^\n]{{0,120}}$", re.I)
# Every grade's opening holds one of these words (a cheap test before the patterns).
_GRADE_WORDS = ("grupo", "categor", "agrupamiento", "escala", "area ", "posizione", "cadre", "gorie",
                "grade", "vel ", "carreira")  # fmt: skip
# Words of the post before the grade: a letter.
_POST_WORD = re.compile(r"[^\W\d_]{2}")


def without_public_grade(title: str) -> str:
    """`title` without the civil-service grade or career group written at its end, if any."""
    lowered = title.lower()
    if not any(word in lowered for word in _GRADE_WORDS):
        return title  # most titles
    for pattern in (_GRADE_IN_BRACKETS, _GRADE_AFTER_DASH):
        match = pattern.search(title)
        if match is not None and _POST_WORD.search(title, 0, match.start()):
            return title[: match.start()].rstrip()
    return title
