"""An abbreviation's dot inside a post's name is no sentence's end: "Analista Contable Sr. de Tesorería",
"QA Engineer Jr. – Pagos", "Analista Pl. de Custos", "Dipl. Pflegefachmann HF". The readers end a title at
its sentence's full stop; the dot of a grade's or a degree's abbreviation ends it only where the sentence
goes on as a new one. It is the title's own where the name goes on after it: a capitalised word, a dash
and its field, or a Romance "de"/"di"/"da" and a capitalised word ("Sr. de Compras"). A lowercase word
after it ("Sr. ainda este mês", "Jr. y por la charla") opens the sentence's own words: the title ends there.
"""

import re

# The grades' and degrees' abbreviations written before or after a post's name, as written (capitalised):
# senior, junior, Brazil's "pleno", German "Senior" and a diploma's "Dipl.".
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Sr|Jr|Pl|Sen|Dipl)\.(?= [A-ZÀ-ÖØ-Ý]| (?:de|del|di|da|do|du|des) [A-ZÀ-ÖØ-Ý])"
)
# What the kept dot becomes in a text read for its phrases: a dot leader, of the same length.
DOT_KEPT = "\u2024"


def abbreviation_dots(text: str) -> list[int]:
    """Where `text` writes an abbreviation's dot inside a post's name."""
    return [m.end() - 1 for m in _ABBREVIATION_DOT.finditer(text)] if "." in text else []


def with_abbreviation_dots_kept(shown: str, text: str) -> str:
    """`shown` (`text` or its lowercase, of the same length) with each abbreviation's dot inside a post's
    name made a dot leader, so no reader takes it for a sentence's end."""
    at = abbreviation_dots(text)
    if not at or len(shown) != len(text):
        return shown
    chars = list(shown)
    for dot in at:
        chars[dot] = DOT_KEPT
    return "".join(chars)
