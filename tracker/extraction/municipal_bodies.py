"""A town's own government, named by its word with the town: before it ("Gemeinde Wallenstetten", "Comune
di Valdagno", "Municipio de Valle Escondido", "la commune de Plaisir") or after it ("Marlin County", "Wexford
Township", "Hallbacka kommun"). The word is part of the employer's name: wherever a mail writes one it is a
candidate employer with its word, never the town alone; but not where the mail only says where something is
("in der Stadt Kassel", "in Orange County, CA").
"""

from __future__ import annotations

import re

from tracker.extraction.employer_bounds import MUNICIPAL_TAILS
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import PreparedEmail

MUNICIPAL_HEADS = word_list("municipal_heads")
# A town's words: capitalised, hyphenated or joined by a particle ("Saint-Aubin-sur-Loire", "Valle
# Escondido").
_TOWN = r"[A-ZÀ-Þ][\w'’-]*(?:(?: (?:de|del|di|do|da|sur|en|am|an|der|la|le) | )[A-ZÀ-Þ][\w'’-]*){0,3}"
_MUNICIPAL_BODY = re.compile(
    # "London Borough of Camden", "Royal Borough of Kingston": an English head's own words before it.
    rf"\b(?P<name>(?:(?!The\b)[A-Z][\w'’-]* ){{1,2}}(?:Borough|City|County|Town|Township|Village) of {_TOWN}"
    rf"|(?i:{MUNICIPAL_HEADS}) {_TOWN}"
    rf"|(?!The )(?:[A-ZÀ-Þ][\w'’-]* ){{1,3}}(?i:{MUNICIPAL_TAILS}))\b"
    # "Marlin County Council", "London Borough of Camden": another body or shape, read by its own.
    r"(?! (?:Council|Court|Schools?|Public|Hospital|Sheriff|of)\b)"
)
# The words that open or close such a name, asked first: most mail names no town's government.
_MUNICIPAL_WORDS = re.compile(rf"(?i:{MUNICIPAL_HEADS}|{MUNICIPAL_TAILS})")
# "in der Stadt Kassel", "à la commune de X", "in Orange County": where, not who.
_WHERE_BEFORE = re.compile(r"(?:\b(?:in|im|in der|in de|à|à la|en|en la|nel|nella|na|no)\s)$", re.I)
_WHERE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
_MUNICIPAL_WEIGHT = 2.0


def add_municipal_bodies(found: list[Candidate], email: PreparedEmail) -> None:
    """The town governments a mail names by their names' shape, each a candidate employer."""
    for field, text in (("subject", email.subject), ("body", email.body)):
        if not _MUNICIPAL_WORDS.search(text):
            continue
        for match in _MUNICIPAL_BODY.finditer(text):
            start = match.start()
            if _WHERE_BEFORE.search(text, max(0, start - 12), start) or _WHERE_AFTER.match(text, match.end()):
                continue
            name = match["name"]
            add_candidate(
                found, name[:1].upper() + name[1:], _MUNICIPAL_WEIGHT, (field, start, "public body")
            )
