"""The employer a hiring programme's name holds: "Programa Trainee Ambev 2027", "Programa de Estágio
Vale 2027". Brazilian and Latin American trainee and internship programmes are run by recruiting firms
(their own senders and domains) for an employer the programme is named after; its intake year closes
the name, so a capitalised run between the programme's word and the year is the employer's. A season or
a kind of programme before the year ("Programa de Estágio Férias 2027 da Vale", "Trainee Verão 2027") is
no employer: the name after the year is ("2027 da Vale")."""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.employer_layout import HEADER_WEIGHT
from tracker.extraction.text import PreparedEmail

_PROGRAMME = re.compile(
    r"\b(?:Programa (?:de )?)?(?:Trainee|Est[áa]gio|Jovem Aprendiz|Becas?|Pr[áa]cticas)\s+"
    r"((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,2})\s+20\d\d\b"
)
# "Programa de Estágio Férias 2027 da Vale": the employer after the year, where a season stood before it.
_AFTER_YEAR = re.compile(r"\s+20\d\d,? (?:da|do|de|del) ((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,2})")
# The seasons and kinds of programme written where the employer's name stands, lowercased.
_NO_EMPLOYER = frozenset(
    (
        "férias",
        "ferias",
        "verão",
        "verao",
        "inverno",
        "verano",
        "invierno",
        "summer",
        "winter",
        "corporativo",
        "técnico",
        "tecnico",
        "de verano",
        "de invierno",
        "de férias",
        "de verão",
    )
)
# Words every match holds (lowercased): most mail has none, and a substring test is cheaper than the search.
_PROGRAMME_WORDS = ("trainee", "estágio", "estagio", "aprendiz", "beca", "práctica", "practica")


def add_programme_employers(found: list[Candidate], email: PreparedEmail) -> None:
    """Adds the employer a programme's name in the subject or body holds, as a header names it."""
    for text, lower in ((email.subject, email.subject_lower), (email.body, email.body_lower)):
        if any(word in lower for word in _PROGRAMME_WORDS):
            for match in _PROGRAMME.finditer(text):
                if match.group(1).lower() not in _NO_EMPLOYER:
                    add_candidate(found, match.group(1), HEADER_WEIGHT)
                elif after := _AFTER_YEAR.match(text, match.end(1)):
                    add_candidate(found, after.group(1), HEADER_WEIGHT)
