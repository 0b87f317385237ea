"""One role's title with its little words written or left out, its genders joined by "or", or its words in
another order, compared as one (for tracker/compatible_spellings.py `compatible_titles`).

An employer's receipt, its recruiter and its rejection write one role in their own way: "Conseillère ou
conseiller en paie" and "Conseiller(ère) paie"; "Specialist, Payroll - Benelux" (the ATS's head noun first)
and "Payroll Specialist, Benelux & Nordics"; "Referent für Einkauf" and "Referent Einkauf"; "Analista de
Compras" and "Analista Compras". For comparison only (the stored key is left as it is): the words that join
a title's content words (prepositions, articles, "and", "or" in the seven languages read) go, a word then
written twice in a row (a role in both genders: "conseiller ou conseiller") once; and one title's words in
another order are the other's where, three words or more, they are the same words or a run of the longer
title's ("Specialist Payroll Benelux" in "Payroll Specialist Benelux and Nordics"; "Manager, Sales
Engineering" and "Sales Engineering Manager"). Two words are never read in another order: "Data Engineer" is
no "Engineer Data", and "Sales Manager" no "Manager, Sales Engineering".
"""

from __future__ import annotations

from collections import Counter

# The words joining a title's content words, as title keys write them (folded: "für" is "fur", "d'" is
# "d"): prepositions, articles, "and" and "or" in EN, FR, DE, ES, IT, PT, NL. Not "to" ("Assistant to the
# Director" is no "Assistant Director") nor "at" (an employer follows it).
_LINKING_WORDS = frozenset(
    (
        # English
        "of", "for", "in", "on", "and", "or", "the", "with",
        # French
        "de", "du", "des", "d", "en", "et", "ou", "sur", "pour", "la", "le", "les", "l", "au", "aux",
        # German
        "fur", "und", "oder", "im", "der", "die", "das", "dem", "den", "zur", "zum", "von", "vom",
        # Spanish
        "del", "y", "o", "para", "el", "los", "las", "con",
        # Italian
        "di", "della", "dello", "dei", "degli", "delle", "dell", "per", "e", "il", "lo", "nel", "nella",
        # Portuguese
        "do", "da", "dos", "das", "em", "no", "na", "com",
        # Dutch
        "van", "voor", "het", "met",
    )
)  # fmt: skip
# Fewest words a title must have to be read in another order: two words swapped name another role as
# often as the same ("Data Engineer", "Engineer Data"; "Sales Manager" in "Manager, Sales Engineering").
_SHORTEST_REORDERED = 3


def content_words(key: str) -> list[str]:
    """A title key's words without its linking words, a word written twice in a row once."""
    words: list[str] = []
    for word in key.split():
        if word in _LINKING_WORDS:
            continue
        if not words or words[-1] != word:
            words.append(word)
    return words


def reordered_run(shorter: list[str], longer: list[str]) -> bool:
    """Whether `shorter`'s words (three or more) are, in any order, `longer`'s or a run of them."""
    size = len(shorter)
    if size < _SHORTEST_REORDERED or size > len(longer):
        return False
    wanted = Counter(shorter)
    return any(Counter(longer[start : start + size]) == wanted for start in range(len(longer) - size + 1))
