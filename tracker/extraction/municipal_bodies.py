"""A town's own government, named by its word with the town: before it ("Gemeinde Wallenstetten", "Comune
di Valdagno", "Municipio de Valle Escondido", "la commune de Plaisir") or after it ("Marlin County", "Wexford
Township", "Björkvik kommun"). The word is part of the employer's name: wherever a mail writes one it is a
candidate employer with its word, never the town alone; but not where the mail only says where something is
("in der Stadt Kassel", "in Orange County, CA").
"""

from __future__ import annotations

import re

from tracker.extraction.employer_bounds import MUNICIPAL_TAILS
from tracker.extraction.employer_candidates import PUBLIC_BODY, Candidate, add_candidate
from tracker.extraction.phrases.pattern_shape import compile_first_tested, first_characters
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import PreparedEmail

MUNICIPAL_HEADS = word_list("municipal_heads")
# The government's word, found in the lowercased text (the same offsets): most mail names none, so a mail
# is first asked for the words' beginnings by str's own search (faster than the engine's scan), and the
# word is then searched with its beginnings tested first (a leading r"\b" would turn that test off).
_WORD_PATTERN = rf"(?:(?P<head>{MUNICIPAL_HEADS})|(?P<tail>{MUNICIPAL_TAILS}))\b"
_WORD = compile_first_tested(_WORD_PATTERN)
_KEYS = first_characters(_WORD_PATTERN) or set()
_BEGINNINGS = tuple(sorted(key for key in _KEYS if not any(key != k and key.startswith(k) for k in _KEYS)))
# A town's words: capitalised, hyphenated or joined by a particle ("Saint-Aubin-sur-Loire", "Valle
# Escondido").
_TOWN = re.compile(
    r" ?[A-ZÀ-Þ][\w'’-]*(?:(?: (?:de|del|di|do|da|sur|en|am|an|der|la|le) | )[A-ZÀ-Þ][\w'’-]*){0,3}"
)
# The town's words before a tail's word ("Marlin County"), or an English head's own words before it
# ("London Borough of Camden", "Royal Borough of Kingston"); never a sentence's "The".
_WORDS_BEFORE = re.compile(r"(?:(?!The\b)[A-ZÀ-Þ][\w'’-]* ){1,3}$")
_ENGLISH_HEAD = re.compile(r"(?:borough|city|county|town|township|village) of")
# "Marlin County Council", "London Borough of Camden": another body or shape, read by its own.
_ANOTHER_BODY = re.compile(r" (?:Council|Court|Schools?|Public|Hospital|Sheriff|of)\b")
# "in der Stadt Kassel", "à la commune de X", "in Orange County", "Orange County, CA": where, not who.
_WHERE_BEFORE = re.compile(r"\b(?:in|im|in der|in de|à|à la|en|en la|nel|nella|na|no)\s$", re.I)
_WHERE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
_POSSESSIVE_END = re.compile(r"['’]s $")
_MUNICIPAL_WEIGHT = 2.0
_BEFORE_CHARS = 60


def add_municipal_bodies(found: list[Candidate], email: PreparedEmail) -> None:
    """The town governments a mail names by their names' shape, each a candidate employer."""
    for field, text, lowered in (
        ("subject", email.subject, email.subject_lower),
        ("body", email.body, email.body_lower),
    ):
        if _BEGINNINGS and not any(beginning in lowered for beginning in _BEGINNINGS):
            continue
        for word in _WORD.finditer(lowered):
            if word.start() and lowered[word.start() - 1].isalnum():
                continue  # "hauptstadt", "viscounty": inside another word
            span = _municipal_name(text, word)
            if span is None:
                continue
            start, end = span
            if _WHERE_BEFORE.search(text, max(0, start - 12), start) or _WHERE_AFTER.match(text, end):
                continue
            if any(c.place is not None and c.place[:2] == (field, start) for c in found):
                continue  # read already, as German-speaking bodies are (german_public_bodies.py): one mention
            name = text[start:end]
            add_candidate(found, name[:1].upper() + name[1:], _MUNICIPAL_WEIGHT, (field, start, PUBLIC_BODY))


def _municipal_name(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    """Where the government's name around its `word` starts and ends in `text`, None where it names none."""
    start, end = word.span()
    before = _WORDS_BEFORE.search(text, max(0, start - _BEFORE_CHARS), start)
    if word["tail"]:
        if before is None or not text[start].isupper() and text[start:end] not in ("kommun", "kommune"):
            return None
        if text[start:end] == "Parish" and _POSSESSIVE_END.search(before.group(0)):
            return None  # "St. Anne's Parish": a church's parish (Louisiana's write none: "St. Mary Parish")
        start = before.start()
    else:
        town = _TOWN.match(text, end)
        if town is None or (text[end : end + 1] != " " and text[end - 1] not in "'’"):
            return None
        if before is not None and _ENGLISH_HEAD.fullmatch(word["head"]) and text[start].isupper():
            start = before.start()
        end = town.end()
    return None if _ANOTHER_BODY.match(text, end) else (start, end)
