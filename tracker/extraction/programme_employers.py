"""The employer a hiring programme's name holds: "Programa Trainee Ambev 2027", "Programa de Estágio
Vale 2027". Brazilian and Latin American trainee and internship programmes are run by recruiting firms
(their own senders and domains) for an employer the programme is named after; its intake year closes
the name, so a capitalised run between the programme's word and the year is the employer's."""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.employer_layout import HEADER_WEIGHT
from tracker.extraction.text import PreparedEmail

_PROGRAMME = re.compile(
    r"\b(?:Programa (?:de )?)?(?:Trainee|Est[áa]gio|Jovem Aprendiz|Becas?|Pr[áa]cticas)\s+"
    r"((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,2})\s+20\d\d\b"
)
# Words every match holds (lowercased): most mail has none, and a substring test is cheaper than the search.
_PROGRAMME_WORDS = ("trainee", "estágio", "estagio", "aprendiz", "beca", "práctica", "practica")


def add_programme_employers(found: list[Candidate], email: PreparedEmail) -> None:
    """Adds the employer a programme's name in the subject or body holds, as a header names it."""
    for text, lower in ((email.subject, email.subject_lower), (email.body, email.body_lower)):
        if any(word in lower for word in _PROGRAMME_WORDS):
            for match in _PROGRAMME.finditer(text):
                add_candidate(found, match.group(1), HEADER_WEIGHT)
