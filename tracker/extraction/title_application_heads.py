"""The sentence about the application before a post's name, which a subject's segment keeps.

"Acme - Sollicitatie Productiemedewerker", "Bedankt voor je sollicitatie op Productiemedewerker", "Você se
candidatou para Analista Fiscal", "Ihre Bewerbung auf unsere Stellenanzeige: Werkstudent Controlling":
read as a segment, the subject holds the application's word (and the thanks or the verb around it) before
the post. The post is what follows the application's word, its preposition and the posting's noun.
"""

from __future__ import annotations

import re

# The application's word or verb in Dutch, German and Portuguese.
_WORD = re.compile(
    r"\b(?:sollicitatie|gesolliciteerd|bewerbung|beworben|candidatura|candidatou(?:-se)?|candidatar|"
    r"kandidatuur|inscrição|"
    # The selection process named before its post: "Acme | Processo Seletivo Analista Fiscal".
    r"processo seletivo|processo de seleção|selectieprocedure|sollicitatieprocedure|auswahlverfahren)\b",
    re.I,
)
# After it: its preposition, an article or possessive, the posting's noun with its colon, and the post.
_AFTER_WORD = re.compile(
    r"(?:\s+(?:als|voor|op|naar|für|auf|um|para|à|ao|a|na|no|em))?"
    r"(?:\s+(?:de|het|die|der|den|unsere[nrm]?|onze|a|o|sua|seu|nossa|nosso))?"
    r"(?:\s+(?:vaga|functie|vacature|positie|stelle|stellenanzeige|stellenausschreibung|position|posição|cargo)"
    r"(?:\s+(?:de|van|als))?)?"
    r"\s*:?\s+(?=[^\W\d_])",
    re.I,
)
# What may stand before the word: the thanks and a pronoun ("Bedankt voor je", "Você se").
_MOST_WORDS_BEFORE = 5
# A word every head holds: most candidates hold none, and need no pattern tried.
_HEAD_WORDS = (
    "sollicit",
    "bewerb",
    "beworben",
    "candidat",
    "kandidatuur",
    "inscrição",
    "processo",
    "selectie",
    "auswahl",
)


def after_application_words(raw: str) -> str:
    """`raw` without the sentence about the application before the post's name ("Bedankt voor je
    sollicitatie op X" -> "X"), where a post's name follows it."""
    lowered = raw.lower()
    if not any(word in lowered for word in _HEAD_WORDS):
        return raw
    word = _WORD.search(raw)
    if word is None or len(raw[: word.start()].split()) > _MOST_WORDS_BEFORE:
        return raw
    after = _AFTER_WORD.match(raw, word.end())
    return raw[after.end() :] if after else raw
