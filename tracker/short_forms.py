"""Words written short in one mail and in full in another: an employer's "Rehab" for its "Rehabilitation",
a title's "RN" for "Registered Nurse", "ED" for "Emergency Department", "DC" for "Distributiecentrum",
"Comms" for "Communications".

Plain functions over folded keys (names.company_key, names.title_key), asked only of two spellings
already at one employer: whether they are one is decided by compatible_spellings.compatible_employers and
compatible_spellings.compatible_titles.
"""

from __future__ import annotations

# A word cut short keeps at least this many letters ("Rehab", "Intl" is no cut) and drops at least
# `_DROPPED` ("Bank" is no cut of "Banks").
_SHORTEST_CUT = 4
_DROPPED = 3
# Initials stand for two to four words ("RN", "ED", "ICU", "NICU"); a level ("II") is none.
_INITIALS = range(2, 5)
_NOT_INITIALS = frozenset(("ii", "iii", "iv"))
_VOWELS = frozenset("aeiouy")


def begins_as_compound(short: str, full: str) -> bool:
    """Whether `full` begins with `short`, whose last letter may give way to the letter joining a
    compound ("antriebe" of "antriebstechnik", "logistik" of "logistics"), the stem kept six letters or
    more: a domain's or a tenant's label and the legal name writing one firm's word two ways."""
    if full.startswith(short):
        return True
    return len(short) > _SHORTEST_STEM and len(full) > len(short) and full.startswith(short[:-1])


# The letters a word keeps where its last one gives way to a compound's joining letter.
_SHORTEST_STEM = 6


def cut_short(short: str, full: str) -> bool:
    """Whether the word `short` is `full` cut short ("rehab" of "rehabilitation")."""
    return len(short) >= _SHORTEST_CUT and len(full) - len(short) >= _DROPPED and full.startswith(short)


def with_initials_spelled(words: list[str], other: list[str]) -> list[str]:
    """`words` with each word that is the initials of a run of `other`'s words in order ("rn" for
    "registered nurse") written as those words, or that abbreviates one of `other`'s compound words by its
    consonants in order ("dc" for "distributiecentrum"), where only one run or word fits."""
    if not any(len(word) in _INITIALS for word in words):
        return words
    spelled: list[str] = []
    for word in words:
        spelled += _spelled(word, other) or [word]
    return spelled


def _spelled(word: str, other: list[str]) -> list[str] | None:
    if len(word) not in _INITIALS or not word.isalpha() or word in _NOT_INITIALS or word in other:
        return None
    size = len(word)
    runs = [
        other[at : at + size]
        for at in range(len(other) - size + 1)
        if "".join(w[0] for w in other[at : at + size]) == word
    ]
    if len(runs) == 1:
        return runs[0]
    if runs or not _VOWELS.isdisjoint(word):
        return None  # a word with a vowel is as likely a word ("data" in "database")
    compounds = [w for w in other if len(w) >= 3 * size and w[0] == word[0] and _in_order(word[1:], w[1:])]
    return compounds if len(compounds) == 1 else None


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


# A title's words a person writes short in a subject or a note ("Policy & Comms Lead" for the posting's
# "Policy & Communications Lead", "Ops Analyst", "Admin Assistant"), with the words each stands for.
# Asked only between two titles at one employer (compatible_spellings.compatible_titles), never keyed:
# "Sr." and "Mgr", which every ATS writes, are names.title_key's.
_TITLE_WORDS_WRITTEN_SHORT = {
    "comms": ("communications", "communication"),
    "ops": ("operations", "operational"),
    "admin": ("administrative", "administrator", "administration"),
    "exec": ("executive",),
    "coord": ("coordinator",),
    "mktg": ("marketing",),
    "acct": ("accountant", "accounting", "account"),
    "acctg": ("accounting",),
    "mgmt": ("management",),
    "dev": ("developer", "development"),
    "eng": ("engineer", "engineering"),
    "tech": ("technician", "technical", "technology"),
    "rep": ("representative",),
    "spec": ("specialist",),
    "dir": ("director",),
    "fin": ("finance", "financial"),
}


def with_short_words_spelled(words: list[str], other: list[str]) -> list[str]:
    """`words` with each word a title writes short ("comms") that stands for a word `other` writes in full
    ("communications") written as that word; `other`'s words as they are otherwise."""
    spelled: list[str] = []
    for word in words:
        full = _TITLE_WORDS_WRITTEN_SHORT.get(word, ())
        written = [form for form in full if form in other]
        spelled.append(written[0] if len(written) == 1 and word not in other else word)
    return spelled
