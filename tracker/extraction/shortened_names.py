"""A name written short: its first words abbreviated ("FH Donautal" for "Fachhochschule Donautal", "TU Wien"
for "Technische Universität Wien"), or an address label without its vowels ("kstrl" for "Kestrel"). Read by
brand_names.py (the abbreviation a mail uses as the name), employer_matching.py and employer_labels.py.
"""

from __future__ import annotations

import re

# The shortest first word an abbreviation stands for ("Fachhochschule", "Technische Universität").
_ABBREVIATED_WORD = 6


def abbreviates(short: str, long: str) -> bool:
    """True when `short` writes `long` with its first words abbreviated: "FH Donautal" for "Fachhochschule
    Donautal" (a compound's letters in order), "TU Wien" for "Technische Universität Wien" (initials)."""
    short_words, long_words = short.split(), long.split()
    if not short_words or not short_words[0].isupper() or not 2 <= len(short_words[0]) <= 5:
        return False
    rest = len(short_words) - 1
    if rest < 1 or [w.lower() for w in short_words[1:]] != [w.lower() for w in long_words[-rest:]]:
        return False
    head = long_words[: len(long_words) - rest]
    letters = short_words[0].lower()
    if len(head) == 1:  # a compound, longer than its letters
        return len(head[0]) > 2 * len(letters) and _letters_in_order(letters, head[0].lower())
    initials = "".join(word[:1].lower() for word in head)
    return initials == letters


def abbreviation_written(name: str, text: str) -> str | None:
    """ "FH Donaustadt Wien" where the mail writes it for the sender's "Fachhochschule Donaustadt Wien": the
    abbreviation the mail itself uses as the name."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < _ABBREVIATED_WORD:
        return None  # the usual case: no long first word an abbreviation could stand for
    for count in range(1, min(len(words), 3)):
        rest = " " + " ".join(words[count:])
        at = text.find(rest)
        while at > 0:
            before = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
            if before and abbreviates(before + rest, name):
                return before + rest
            at = text.find(rest, at + 1)
    return None


def _letters_in_order(letters: str, word: str) -> bool:
    if not word.startswith(letters[0]):
        return False
    at = 1
    for ch in letters[1:]:
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


_VOWELS = set("aeiouy")
# Words of one ASCII capital and lowercase letters: those beginning with a given capital are what
# rf"\b{capital}[a-z]+\b" finds (no such word can begin inside another).
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def skeleton_spelling(label: str, text: str) -> str | None:
    """The word a vowel-less address label writes ("kstrl" -> "Kestrel", "vrtx" -> "Vertex"): a capitalised
    word of the text with the label's consonants, in order, and no others. None when the label has vowels."""
    if len(label) < 4 or not label.isalpha() or _VOWELS.intersection(label):
        return None
    initial = label[0].upper()
    words = (
        (match.group(0) for match in _CAPITALISED_WORD.finditer(text) if match.group(0)[0] == initial)
        if initial.isascii()
        else (match.group(0) for match in re.finditer(rf"\b{initial}[a-z]+\b", text))
    )
    for word in words:
        if "".join(ch for ch in word.lower() if ch not in _VOWELS) == label:
            return word
    return None
