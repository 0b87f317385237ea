"""Whether a text reads as a job title ("Data Analyst", "Arborist", "Lagerlogistiker:in") rather than a
name or a sentence, and whether it names a person's role (which an employer's name never does).
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.phrases import roles
from tracker.extraction.phrases.tables import word_list

# Asked only whether they occur: CaselessWords answers that several times faster than re.I.
_PERSON_ROLES = CaselessWords(f"{roles.PERSON_ROLES}|{roles.COMPOUND_ROLES}")
# Roles no list can hold, known by how they are built: English "-ist" ("Arborist", "Perfusionist"; not
# "checklist", "assist", nor the churches in "Houston Methodist") and "-ologist", "-ographer", "-ician"
# ("Cardiologist", "Cinematographer", "Optician"), German "-iker" ("Lagerlogistiker", "Grafiker:in"), a
# "Praktikum", and a title ending in its role's noun ("Learning & Development Partner", "Tech Lead",
# "Product Owner").
_BUILT_ROLES = CaselessWords(
    r"\b[a-z]{3,}(?:ologists?|ographers?|icians?)\b|"
    r"\b[a-z]{3,}(?<![ls])(?<!bapt)(?<!method)(?<!advent)(?<!evangel)(?<!tour)(?<!qv)(?<!kv)ists?\b|"
    r"\b[a-zäöü]{2,}iker(?:[:*/]?in(?:nen)?)?\b|\bpraktikum\b|\S \b(?:partner|lead|owner)$|"
    # Spanish, Portuguese and Italian "-ista" ("Contabilista", "Fisioterapista"; not the surnames Batista,
    # Bautista, Evangelista, nor "entrevista", "revista", a place's "Boavista", "Paulista", "conquista") and
    # "-éutico" ("Farmacêutico").
    r"\b[a-zà-ÿ]{3,}(?<!bat)(?<!baut)(?<!evangel)(?<!v)(?<!paul)(?<!conqu)istas?\b|\b[a-zà-ÿ]{3,}[éê]utic[oa]s?\b"
)
# Inclusive forms, only ever a person's, so a post's whatever its root: Spanish and Portuguese "Enólogo/a",
# "Conductor/a", "Enfermera/o", "Peón/a", in brackets "Técnico(a)", "Reclutador(a)"; German adjectival nouns
# "Beauftragte/r", "Angestellte(r)", a suffix after its hyphen "Flechter/-in" and the Swiss "Fachfrau/-mann";
# Italian "Rilegatore/trice"; French with the middle dot, "Tisserand·e", "Relieur·euse". Asked only of a
# text holding a slash, a bracket or a middle dot.
_INCLUSIVE_FORM = re.compile(
    r"[a-zà-ÿ]{2}(?:o/a|a/o|or/a|ón/a|os/as|es/as|o\(a\)|or\(a\)|ón\(a\)|"
    r"e/r|e\(r\)|e\*r|/-in|/-innen|frau/-?mann|mann/-?frau|ore/(?:trice|rice)|"
    r"·(?:e|es|ère|ière|rice|euse|ne|le))(?!\w)",
    re.I,
)
_INCLUSIVE_MARKS = ("/", "(", "·")
_FIELD_WORDS = CaselessWords(roles.FIELD_WORDS)
# Words that make a phrase a sentence rather than a title.
_SENTENCE_WORDS = CaselessWords(
    r"\b(?:you|your|we|our|us|thank|thanks|please|will|have|has|been|were|was|would|could|should|this|that|"
    r"applying|these|which|who|whom|received|submitted|unfortunately|regret|interest|ihre|votre|nous|vous|"
    r"receive|become|browse|talent community|talent network|talent pool|"
    r"nuestro|hemos|abbiamo|avons|"
    # A post pointed at, not named: "mentioned above", "citée en objet", "in oggetto".
    rf"{word_list('title_pointer_words')})\b"
)


@functools.lru_cache(maxsize=4096)
def looks_like_title(text: str) -> bool:
    """True when `text` reads as a job title rather than a name or a sentence."""
    # The sentence words first: the cheapest test, and it settles a third of the texts asked.
    return not holds_sentence_words(text) and (
        _holds_person_role(text) or _FIELD_WORDS.occurs_in(text) or _holds_built_role(text)
    )


@functools.lru_cache(maxsize=4096)
def names_a_person_role(text: str) -> bool:
    """True when `text` names a person's job ("Data Analyst"), which an employer's name never does."""
    return not holds_sentence_words(text) and (_holds_person_role(text) or _holds_built_role(text))


# A text is often asked both whether it looks like a title and whether it names a role: each word list
# is searched once a text.
@functools.lru_cache(maxsize=4096)
def holds_sentence_words(text: str) -> bool:
    if "US" in text and not text.isupper():
        text = _COUNTRY_US.sub(" ", text)  # "Payroll Specialist (Growth-US)": the country, not "us"
    return _SENTENCE_WORDS.occurs_in(text)


# The United States written in capitals in a title that is not all capitals ("Account Executive, US
# East", "Data Scientist (Ads-US)"): no pronoun. A sentence in capitals ("JOIN US") keeps its "US".
_COUNTRY_US = re.compile(r"(?<![A-Za-z])US(?![A-Za-z])")


@functools.lru_cache(maxsize=4096)
def _holds_person_role(text: str) -> bool:
    return _PERSON_ROLES.occurs_in(text)


# What every built role holds: "-ist" (so "-ologist"), "-ographer", "-ician", "-iker", "praktikum", and
# a closing "partner", "lead" or "owner". Its pattern backtracks through every word from each of its
# ends; few texts hold any of these (an ASCII one is lowercased exactly, so a plain search tells; "-éutico"
# is not ASCII).
_BUILT_ROLE_PARTS = ("ist", "ograph", "ician", "iker", "praktikum", "partner", "lead", "owner")


@functools.lru_cache(maxsize=4096)
def _holds_built_role(text: str) -> bool:
    if any(mark in text for mark in _INCLUSIVE_MARKS) and _INCLUSIVE_FORM.search(text):
        return True
    if text.isascii():
        lowered = text.lower()
        if not any(part in lowered for part in _BUILT_ROLE_PARTS):
            return False
    return _BUILT_ROLES.occurs_in(text)
