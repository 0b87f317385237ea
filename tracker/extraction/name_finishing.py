"""A name read out of text, finished: dangling connectors, words no name begins with, noise at its ends
and a department's or company's noun before it taken off, a legal form's last dot kept
(tracker/extraction/name_reading.py reads the words; every reader of a name finishes it here).
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.hr_department_words import HUMAN_RESOURCES_IN_FULL, words_alternation
from tracker.extraction.institution_names import INSTITUTION_NOUNS
from tracker.extraction.name_words import ABBREVIATIONS, CONNECTORS, STOP_WORDS

# Words a name never begins with (unless a particle or an opener): built once, not at every call.
_NOT_FIRST_WORDS = frozenset(CONNECTORS | STOP_WORDS)
_TRAILING_NOISE = re.compile(r"(?:'s|’s|[\s.,;:!?\"'()\[\]|/-])+$")
_LEADING_NOISE = re.compile(r"^[\s\"'(\[|:-]+")
# The characters those two take off (besides spaces and "'s"): a name with none at its ends is kept as
# it is without the substitutions trying every place.
_TRAILING_NOISE_CHARS = frozenset(".,;:!?\"'()[]|/-")
_LEADING_NOISE_CHARS = frozenset("\"'([|:-")
# "L'entreprise Transports Girard a examiné votre candidature": the word for a company, then its name;
# "Personalabteilung Hanse Logistik AG": a department signing with its organisation's name.
_LEADING_COMPANY_NOUN = re.compile(
    r"^(?:l['’]entreprise|la société|le cabinet|das unternehmen|die firma|la empresa|l['’]azienda|"
    r"het bedrijf|a empresa|personalabteilung|personalmanagement|personalwesen|personalservice|"
    r"service (?:rh|recrutement|du personnel)|direction des ressources humaines|"
    rf"{words_alternation(HUMAN_RESOURCES_IN_FULL)})\s+(?=(?-i:[A-ZÀ-Þ0-9]))",
    re.I,
)
# A sentence's article before an organisation's kind and its name ("Die Brauerei Lindner hat Ihre Bewerbung
# erhalten", "La Clinique Saint-Roch accuse réception", "Het Waterschap Rijnland heeft"): the sentence's, not
# the name's ("La Poste", "De Lijn", two words, keep theirs).
_SENTENCE_ARTICLES = frozenset({"Die", "Der", "Das", "La", "Le", "Les", "Het", "De"})
_ORGANISATION_KINDS = INSTITUTION_NOUNS | {
    # German.
    "Brauerei", "Stadtwerke", "Hochschule", "Universität", "Klinik", "Klinikum", "Stadt", "Gemeinde",
    "Stiftung", "Bäckerei", "Sparkasse", "Volksbank", "Kanzlei", "Praxis", "Spedition", "Stadtverwaltung",
    "Landeshauptstadt", "Kreisverwaltung", "Tischlerei", "Schreinerei", "Zimmerei", "Apotheke", "Druckerei",
    # Dutch.
    "Gemeente", "Provincie", "Waterschap", "Stichting", "Universiteit", "Hogeschool", "Bakkerij",
    "Vereniging", "Ziekenhuis", "Woningcorporatie",
}  # fmt: skip
# Stop words that open names when a name word follows: "New Ashford Courts", "Global Payments".
NAME_OPENERS = {"new", "global"}
# "Van Dijk Installaties", "De Nederlandsche Bank", "La Poste": a capitalised particle begins a name.
_NAME_PARTICLE = re.compile(r"^(?:Van|Von|De|Del|Della|Di|Du|Da|Dos|La|Le|El|Het)$")


def without_trailing_noise(text: str) -> str:
    """`_TRAILING_NOISE.sub("", text)`, taken off from the end: searched, the end-anchored pattern would
    be tried at every place of the text. One way only takes the end apart (a mark's "'s" ends with "s",
    which no single noise character is), so stripping from the end finds the pattern's match."""
    end = len(text)
    while end:
        last = text[end - 1]
        if last in _TRAILING_NOISE_CHARS or last.isspace():
            end -= 1
        elif last == "s" and end >= 2 and text[end - 2] in "'’":
            end -= 2
        else:
            break
    return text[:end]


def _opens_name(words: list[str]) -> bool:
    return (
        len(words) > 1
        and words[0].lower() in NAME_OPENERS
        and words[1][:1].isupper()
        and words[1].lower() not in STOP_WORDS
    )


def finish_name(words: list[str]) -> str | None:
    """Join read words into a name, dropping dangling connectors and punctuation; None if nothing is left."""
    return _finished(tuple(words))


# A mail names its employer at several places, and mail after mail writes the same words: each list of
# words is finished once.
@functools.lru_cache(maxsize=4096)
def _finished(read: tuple[str, ...]) -> str | None:
    words = list(read)
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    while (
        words
        and words[0].lower() in _NOT_FIRST_WORDS
        and not _NAME_PARTICLE.match(words[0])
        and not _opens_name(words)
    ):
        words.pop(0)
    if len(words) > 2 and words[0] in _SENTENCE_ARTICLES and words[1] in _ORGANISATION_KINDS:
        words.pop(0)
    if not words:
        return None
    name = _without_edge_noise(" ".join(words))
    name = _LEADING_COMPANY_NOUN.sub("", name)
    name = name.rstrip(",")
    if len(name) < 2 or len(name) > 70 or not any(ch.isalpha() for ch in name):
        return None
    if name.lower() in STOP_WORDS:
        return None
    return _keep_legal_dot(name, words)


def _without_edge_noise(name: str) -> str:
    last = name[-1:]
    if last.isspace() or last in _TRAILING_NOISE_CHARS or name.endswith(("'s", "’s")):
        name = without_trailing_noise(name)
    first = name[:1]
    if first.isspace() or first in _LEADING_NOISE_CHARS:
        name = _LEADING_NOISE.sub("", name)
    return name


def _keep_legal_dot(name: str, words: list[str]) -> str:
    # "Oahu Publications, Inc." reads better with its dot; the key ignores it either way.
    if name.endswith("."):
        return name
    if words[-1].lower() in ABBREVIATIONS or _DOTTED_INITIALS.match(words[-1]):
        return name + "."  # "De Groene Vork B.V.", "Ferretti & Bianchi S.p.A.": the form's own last dot
    return name


# A legal form of dotted initials ("B.V.", "S.p.A.", "e.V."): its last dot is the form's, not a sentence's
# (nor the comma's after it: "il nostro cliente, Pastificio Dal Bosco S.p.A., vorrebbe").
_DOTTED_INITIALS = re.compile(r"^(?:[A-Za-z]{1,2}\.)+(?:[A-Za-z]{1,2}\.|[A-Za-z])$")
