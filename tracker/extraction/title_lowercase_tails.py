"""A capitalised post's last dash segment written wholly in lowercase: the step, the news or the terms a
subject (or a sentence) adds after the post, no part of its name.

"Netwerkbeheerder - afspraak", "Chef de rang - saison d'été", "Data Engineer – conversa técnica",
"Team Leader - retail banking", "Analista Contable – próxima etapa": a post's name is written capitalised,
and the words a writer adds after its dash are written as the sentence's, in lowercase, in every language
read. What stays: the hours or shift it is worked ("Orderpicker - nachtploeg"), a field its own noun opens
("Técnico Superior – área de Fisioterapia"), a segment holding a gender mark or a bracket ("Attaché(e) RH
– gestion des traitements (h/f/x)": the mark closes the post's name), German's lowercase adjective before
its capitalised noun ("Product Owner (d/m/w) - künstliche Intelligenz"), and a post written in lowercase
from its first word (nothing tells its name from its tail).
"""

from __future__ import annotations

import re

from tracker.extraction.title_terms_and_pay import SHIFT
from tracker.extraction.title_working_terms import WORKING_HOURS

# The last dash or bar segment: lowercase words (digits, an apostrophe, a sentence's punctuation among them),
# at most six, no capital, no bracket or slash.
_LOWERCASE_SEGMENT = re.compile(
    r"\s+[-–—|]\s+(?P<tail>[a-zà-ÿß][a-zà-ÿß0-9'’.,!?&]*(?:\s+[a-zà-ÿß0-9'’.,!?&]+){0,5})\s*$"
)
# The hours or shift a post is worked: the tests keep them where the post's name writes them ("Orderpicker -
# nachtploeg"), whatever their case (title_working_terms.py, title_terms_and_pay.py read them).
_HOURS_OR_SHIFT = re.compile(rf"(?:{WORKING_HOURS}|{SHIFT})", re.I)
# A field's own noun opening the segment: the post's speciality, which its name keeps.
_FIELD_NOUNS = frozenset(
    ("área", "area", "ramo", "domaine", "domínio", "dominio", "campo", "filière", "filiera", "bereich",
     "vakgebied", "richting", "specialty", "speciality", "especialidad", "especialidade", "specialità",
     "spécialité", "specialisatie", "fachrichtung", "schwerpunkt")
)  # fmt: skip


def without_lowercase_tail(title: str) -> str:
    """`title` without a last dash segment written wholly in lowercase after a capitalised post:
    "Netwerkbeheerder - afspraak" -> "Netwerkbeheerder"; the same where no such segment ends it."""
    if not title[:1].isupper():
        return title
    tail = _LOWERCASE_SEGMENT.search(title)
    if tail is None or tail.start() == 0:
        return title
    first = tail["tail"].split()[0].strip("'’.,!?")
    if first in _FIELD_NOUNS or _HOURS_OR_SHIFT.fullmatch(tail["tail"]):
        return title
    return title[: tail.start()]
