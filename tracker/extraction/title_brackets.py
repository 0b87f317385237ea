"""A title's own bracket: "(ISO 9001)", "(SEA/SEO)", "(M&A)", "(Ssr.)", "(Cat. D)".

A bracket naming a standard, a field's acronym, a seniority or a class belongs to the post's name, and the
labels keep it. Sentences stop at a full stop that an abbreviation inside the bracket writes, and a subject
often names the post without the bracket its body writes after it; here both are read to the bracket's end.
"""

from __future__ import annotations

import re

from tracker.extraction.title_cleaning import clean_title

# "Analista de Costos (Ssr.)", "Tecnico di Laboratorio (Cat. D)", "Chef (m/w/d.)": a bracket the title opens
# holds an abbreviation's full stop, where a sentence's reading stopped; the title is read to its close.
_BRACKET_REST = re.compile(r"[^()\n,]{0,30}\)")


def bracket_closed(body: str, start: int, end: int) -> int:
    """`end`, or past the bracket the title `body[start:end]` leaves open when the body closes it soon after
    on the same line."""
    opened = body.rfind("(", start, end)
    if opened < 0 or body.find(")", opened, end) >= 0:
        return end
    rest = _BRACKET_REST.match(body, end)
    return rest.end() if rest else end


_OPENING_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}


def quote_closed(body: str, start: int, end: int) -> int:
    """`end`, or just past the closing quote of a title `body[start:end]` that opens with a quote: "di
    \"Tecnico (Cat. D)\" il colloquio" ends at its quote, where the sentence's own end came later."""
    closing = _OPENING_QUOTES.get(body[start : start + 1])
    if closing is None:
        return end
    closed = body.find(closing, start + 1, end)
    return closed + 1 if closed > start + 2 else end


# "Information sur le poste de Responsable Qualité" over "au poste de Responsable Qualité (ISO 9001), nous":
# the body writes the post with a bracket of its own name (a standard, a field's acronym, a seniority:
# "(SEA/SEO)", "(M&A)", "(Sr.)"), which the labels keep. A bracket opening in lowercase is a sentence's
# ("(turnos rotativos)", "(contrat CDD 24 mois)"), and one that cleaning cuts is a code, a place or a tag.
_BRACKET_AFTER = re.compile(r" \((?=[A-ZÀ-Þ])[^()\n,]{1,40}\)")
# How long or when the post is worked, which labellers keep or leave as the mail's own title does: never
# added.
_WORKING_TIME_WORDS = (
    "time", "tempo", "temps", "zeit", "jornada", "turno", "shift", "uur", "hora", "heure", "stunde",
)  # fmt: skip


# What a sentence writes before the post it names, on the post's line: a lowercase word and a space ("au
# poste de X (ISO 9001)", "als X (SEA/SEO)"); a card's or a list's line opening with the title is another's.
_SENTENCE_BEFORE = re.compile(r"[a-zà-ÿ'’:] $")


def with_bracket_written_after(title: str, body: str, company: str | None = None) -> str:
    """`title` with the bracket of its own name a sentence of the body writes right after it, if any; never
    the employer's name (a calendar's "X (Acme Corp)")."""
    if "(" in title:
        return title
    at = body.find(title)
    while at >= 0:
        bracket = _BRACKET_AFTER.match(body, at + len(title))
        inside = bracket.group(0).lower() if bracket else ""
        if (
            bracket
            and _SENTENCE_BEFORE.search(body, max(0, at - 2), at)
            and not any(word in inside for word in _WORKING_TIME_WORDS)
            and not (company and (company.lower() in inside or inside[2:-1] in company.lower()))
        ):
            whole = title + bracket.group(0)
            if clean_title(whole) == (whole, None):
                return whole
        at = body.find(title, at + 1)
    return title
