"""The post written whole in the body where the subject names it short.

A subject has little room: "Re: Analyst", "Votre candidature – Chef d'équipe (nuit)", "OH Nurse role -
feedback", "Candidatura – Addetta vendite"; the letter under it names the same post whole: "the Senior
Credit Risk Analyst, Retail Lending position", "le poste de Chef d'équipe Entrepôt de nuit (H/F/X)", "the
Occupational Health Nurse position", "la posizione di Addetta Vendite (M/F)". The
fuller writing holds every word of the subject's in the same order (an acronym of the subject's as the
initials of words in a row), more words beside them, and is written outside the subject: it is the title
the labels read. What the fuller writing adds around the subject's words is the post's own: capitalised words
before them where the body writes them within a sentence ("the Senior ..."), any word between them ("Entrepôt
de nuit"), and after them only capitalised words, a gender mark ("(H/F/X)", "(m/w/d)") or a field after a
comma or a dash (title_fields.py). A lowercase word, a digit, a place's or a unit's segment or another
bracket outside them is the sentence, the site or the terms running on past the post ("Analyst published on
our site", "X - campus Nord", "X (12-month contract)"), and a sentence's opening word is no post's
("Regarding X").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.title_fields import is_field_segment

_WORD = re.compile(r"[^\W_]+")
# "OH", "ICU", "QA": capitals the fuller writing spells as its words' initials.
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# Before the subject's words: capitalised words only. After them: capitalised words, a hyphenated word's
# further parts and gender marks only (a bracket the last word closes is passed first).
_CAPITALISED_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)?\s+){0,4}")
_POST_OWN_AFTER = re.compile(
    r"\)?(?:-[^\W\d_]+|\s*\([A-Za-z]{1,2}(?:/[A-Za-z]{1,2}){1,3}\)|\s+[A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)?){0,4}"
)
# Or the post's field after a comma or a dash, in capitalised words: "Credit Risk Analyst, Retail Lending"
# (title_fields.py tells a field from a place, a unit or a code).
_FIELD_AFTER = re.compile(
    r"(?:,| [-–]) ([A-ZÀ-Þ][^\W\d_]*(?: (?:[A-ZÀ-Þ&][^\W\d_]*|and|of|de|di|du|des|der|und)){0,4})"
)
_DIGIT = re.compile(r"\d")
# A word between the subject's words that says where the post sits, not what it is.
_SITE_PREPOSITIONS = frozenset(
    ("at", "in", "im", "am", "bei", "beim", "à", "au", "chez", "presso", "nel", "nella", "bij", "na", "em")
)


def whole_writing(title: str, readings: Iterable[str], subject: str, body: str) -> str:
    """`title`, or the first of `readings` written outside `subject` that writes the same post whole."""
    if title not in subject:
        return title  # the title was read from the body: it is written whole already
    short = _WORD.findall(title)
    for reading in readings:
        if not reading or reading == title or reading in subject:
            continue
        span = _span_of_words_in_order(short, reading)
        if span is None or not _adds_only_the_posts_own(reading, *span):
            continue
        if span[0] == 0 or _written_within_a_sentence(reading, body):
            return reading
    return title


def _written_within_a_sentence(reading: str, body: str) -> bool:
    """Whether `body` writes `reading` after a lowercase word, an elided article or a label's colon ("the
    Senior Analyst", "d'Aide", "Poste : Senior Analyst"): its first capitalised words are then the post's,
    not a sentence's opening word ("Regarding Data Science")."""
    at = body.find(reading)
    before = body[max(0, at - 3) : at].rstrip(" ") if at > 0 else ""
    return before[-1:] in ("'", "’", ":") or before[-1:].islower()


def _adds_only_the_posts_own(reading: str, start: int, end: int) -> bool:
    """Whether what `reading` writes before `start` and after `end` (where the subject's words stand) is
    the post's own: capitalised words before, capitalised words or a gender mark after, no digit between."""
    after = _POST_OWN_AFTER.match(reading, end)
    field = _FIELD_AFTER.fullmatch(reading, after.end()) if after else None
    return (
        _CAPITALISED_BEFORE.fullmatch(reading, 0, start) is not None
        and after is not None
        and (after.end() == len(reading) or (field is not None and is_field_segment(field.group(1))))
        and not _DIGIT.search(reading, start, end)
    )


def _span_of_words_in_order(short: list[str], reading: str) -> tuple[int, int] | None:
    """Where in `reading` the first of `short`'s words starts and the last ends, when it holds them all in
    their order (each alike but for its case, or an acronym as the initials of words in a row) and more
    words beside."""
    words = list(_WORD.finditer(reading))
    if not short or len(words) <= len(short):
        return None
    places: list[tuple[int, int]] = []
    at = 0
    for word in short:
        found = _next_place(word, words, at)
        if found is None:
            return None
        if places and any(inner.group(0) in _SITE_PREPOSITIONS for inner in words[at : found[0]]):
            return None  # "Sachbearbeiter im Bauamt" of "Sachbearbeiter Bauamt": where the post sits
        places.append(found)
        at = found[1]
    return words[places[0][0]].start(), words[places[-1][1] - 1].end()


def _next_place(word: str, words: list[re.Match[str]], start: int) -> tuple[int, int] | None:
    """The first and the after-last index of `word`'s first place in `words` from `start`: the word itself,
    or an acronym's words in a row whose initials spell it ("Occupational Health" for "OH")."""
    folded = word.casefold()
    spelled = len(word) if _ACRONYM.fullmatch(word) else 0
    for index in range(start, len(words)):
        if words[index].group(0).casefold() == folded:
            return index, index + 1
        run = words[index : index + spelled]
        if (
            spelled
            and len(run) == spelled
            and all(_initial(part, letter) for part, letter in zip(_texts(run), word, strict=True))
        ):
            return index, index + spelled
    return None


def _initial(part: str, letter: str) -> bool:
    """Whether `part` is a capitalised word opening with `letter` ("Occupational" for "O")."""
    return part[0] == letter and part[1:].islower()


def _texts(words: list[re.Match[str]]) -> list[str]:
    """The words as written."""
    return [word.group(0) for word in words]
