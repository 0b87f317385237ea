"""Whether two spellings name one employer: the same key, one run-together name beginning the other, a
leading organisation noun, a founder's surname or an acronym ("pryorwendt.com" ~ "Pryor & Wendt", "Hotel
Alpenrose" ~ "alpenrose", "Charles Schwab" ~ "Schwab", "Hollins Ridge APL" ~ "APL").
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.employer_sender import holds_hiring_words
from tracker.extraction.name_words import LEFT_OUT_OF_DOMAIN_INITIALS
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.shortened_names import abbreviates
from tracker.extraction.squashed_names import run_together
from tracker.names import company_key, without_accents


# Asked of the same pairs again: each candidate against each hint, cluster and the sender's own name.
@functools.lru_cache(maxsize=8192)
def same_employer(a: str, b: str) -> bool:
    """True when two spellings plausibly name one employer (key, prefix or acronym agreement)."""
    key_a, key_b = company_key(a), company_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    compact_a, compact_b = key_a.replace(" ", ""), key_b.replace(" ", "")
    if _begins(compact_a, compact_b):
        return True
    # "pryorwendt.com" for "Pryor & Wendt": a run-together label drops the "&".
    if " and " in key_a + key_b and _begins(
        *(key.replace(" and ", " ").replace(" ", "") for key in (key_a, key_b))
    ):
        return True
    if " and " in key_a + key_b and _begins(
        run_together(without_accents(a)), run_together(without_accents(b))
    ):
        return True  # "durandetfils.fr" for "Durand et Fils" (keyed "durand and fils")
    if _leading_noun_of(key_a, key_b) or _leading_noun_of(key_b, key_a):
        return True  # "Hotel Alpenrose" ~ "alpenrose" (the domain), "Groupe Orlane" ~ "orlane" (the tenant)
    if _by_surname(a, b) or _by_surname(b, a):
        return True  # "Charles Schwab" ~ "Schwab" (its signature, its domain)
    if _ends_with_acronym(a, b) or _ends_with_acronym(b, a):
        return True  # "Hollins Ridge APL" ~ "APL"
    if abbreviates(a, b) or abbreviates(b, a):
        return True  # "FH Donautal" ~ "Fachhochschule Donautal"
    if _initials_then_rest(key_a, key_b) or _initials_then_rest(key_b, key_a):
        return True  # "Centre hospitalier de Montfaucon" ~ "chmontfaucon" (ch-montfaucon.fr)
    return _acronym(key_a) == compact_b or _acronym(key_b) == compact_a


# The noun an organisation's name opens with while its brand is the rest, which its domain or ATS tenant
# spells alone: "Groupe Orlane" (orlane@taleo.net), "Hotel Alpenrose" (alpenrose.at); a town's council
# by its town's name: "Stadt Rosenau" (rosenau.de), "City of Fairhaven" (fairhaven.gov).
_LEADING_ORGANISATION_NOUN = re.compile(
    r"^(?:groupe|gruppe|grupo|gruppo|hotel|hôtel|maison|cabinet|clinique|laboratoires?|atelier|studio|"
    r"éditions|editions|weingut|kellerei|spedition|autohaus|brauerei|bäckerei|fromagerie|boulangeries?|"
    r"pharmacie|apotheke|restaurant|ristorante|agence|agentur|university of|universität|université de|"
    rf"universidad de|{word_list('municipal_heads')}) "
)


def _leading_noun_of(longer: str, shorter: str) -> bool:
    """True when key `longer` is `shorter` (spaces aside) after a leading organisation noun."""
    noun = _LEADING_ORGANISATION_NOUN.match(longer)
    if not noun or len(shorter) < 4:
        return False
    return longer[noun.end() :].replace(" ", "") == shorter.replace(" ", "")


def _begins(compact_a: str, compact_b: str) -> bool:
    """True when one run-together name begins the other, four letters or more."""
    shorter, longer = sorted((compact_a, compact_b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def _by_surname(full: str, short: str) -> bool:
    """True when `full` is a person's name ending with the one word `short`: a firm named for its founder."""
    if " " in short or len(short) < 4 or not full.lower().endswith(" " + short.lower()):
        return False
    # "Recrutamento Vértice", "Personale Barilla": a department's line, not a founder's name (a given name
    # is short: "Charles", "Johnson", "Marks").
    first = full.split(" ", 1)[0]
    return (
        full.count(" ") == 1
        and len(first) <= _GIVEN_NAME_CHARS
        and looks_like_person_name(full)
        and not holds_hiring_words(full)
    )


_GIVEN_NAME_CHARS = 8


def _ends_with_acronym(name: str, acronym: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(acronym) >= 3 and acronym.isupper() and words[-1] == acronym


# The particles a domain's initials leave out: "Centre hospitalier de X" is "ch-x" (name_words.py).
_PARTICLES = LEFT_OUT_OF_DOMAIN_INITIALS
_RUN_TOGETHER_REST = 4


def _initials_then_rest(key: str, label: str) -> bool:
    """True when `label` (a domain's, one or two words) is the initials of `key`'s first words and its
    other words run together: "chumontfaucon" for "centre hospitalier universitaire de montfaucon"."""
    if label.count(" ") > 1 or key.count(" ") < 2:
        return False
    label = label.replace(" ", "")  # "ch montfaucon", the key of "ch-montfaucon"
    words = [word for word in key.split() if word not in _PARTICLES]
    for count in range(2, len(words)):
        initials = "".join(word[0] for word in words[:count])
        if label.startswith(initials):
            rest = label[len(initials) :]
            if len(rest) >= _RUN_TOGETHER_REST and rest == "".join(words[count:]):
                return True
    return False


def _acronym(key: str) -> str:
    words = key.split()
    return "".join(word[0] for word in words) if len(words) >= 2 else ""
