"""Where a text writes a given name as a word: what a regex built for that name finds, without building it.

Compiling a pattern for each name the reading meets costs more than searching with it (0.1-0.4 ms a
pattern against a few microseconds a search), and real mail brings names never seen. Each function
says which pattern it stands for; tests/unit/test_reading_shortcuts.py compares them on random texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def is_word_char(char: str) -> bool:
    """re's \\w for one character of a str (Unicode) pattern."""
    return char.isalnum() or char == "_"


def word_boundary(text: str, at: int) -> bool:
    """re's \\b at `at` of `text` (searched from its start)."""
    before = at > 0 and is_word_char(text[at - 1])
    after = at < len(text) and is_word_char(text[at])
    return before != after


def places(literal: str, text: str) -> Iterator[int]:
    """Every place `text` has `literal` (overlapping ones too), in order."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def word_places(word: str, text: str) -> Iterator[int]:
    """Where re.search(rf"\\b{re.escape(word)}\\b", text) could match: `word` with a word boundary on
    each side."""
    end = len(word)
    return (at for at in places(word, text) if word_boundary(text, at) and word_boundary(text, at + end))


def occurrences_as_words(text: str, needle: str) -> Iterator[int]:
    """Every place (overlapping ones too, in order) where `text` writes `needle` as whole words: no letter
    or digit right before or after it ("Ed" is not written in "Medical", "48213" not in "148213"; an
    underscore or a bracket beside it ends a word). Unlike `word_places`, a needle's own edge ("Acme
    Inc.") needs no word boundary."""
    return _places_alone(needle, text, str.isalnum)


def written_alone(literal: str, text: str) -> bool:
    """re.search(rf"(?<!\\w){re.escape(literal)}(?!\\w)", text): `literal` with no word character right
    before or after it (an edge of its own may be one)."""
    return next(_places_alone(literal, text, is_word_char), None) is not None


def _places_alone(literal: str, text: str, in_a_word: Callable[[str], bool]) -> Iterator[int]:
    """Every place of `literal` in `text` with no character `in_a_word` right before or after it."""
    end = len(literal)
    for at in places(literal, text):
        if (at == 0 or not in_a_word(text[at - 1])) and (
            at + end == len(text) or not in_a_word(text[at + end])
        ):
            yield at


def written_apart(word: str, text: str) -> bool:
    """re.search(rf"(?<![\\w@/.-]){re.escape(word)}(?![\\w@-]|\\.\\w)", text): `word` neither inside a
    longer word nor part of an address or a link ("zbt.com", "@zbt")."""
    end = len(word)
    for at in places(word, text):
        if at and (is_word_char(text[at - 1]) or text[at - 1] in "@/.-"):
            continue
        after = text[at + end : at + end + 2]
        if after[:1] and (is_word_char(after[0]) or after[0] in "@-"):
            continue
        if after[:1] == "." and len(after) == 2 and is_word_char(after[1]):
            continue
        return True
    return False


def case_folded(text: str) -> str:
    """`text` with every character re.IGNORECASE matches to an ASCII letter made that lowercase letter
    ("K", "ſ", "İ", "ı" too) and the rest left alone: as long as `text`, so places in it are places in
    `text`, and an ASCII pattern matches `text` ignoring case where its lowercase matches this."""
    if text.isascii():
        return text.lower()
    # Most text beyond ASCII is lowercase letters ("é", "ü"), which str.lower leaves alone as well, and
    # str.lower is six times faster than a translation table, which looks up each character of such text.
    beyond_ascii = _ASCII_RUNS.sub("", text)
    if beyond_ascii.lower() == beyond_ascii and _FOLDED_APART.isdisjoint(beyond_ascii):
        return text.lower()
    return text.translate(_CASE_FOLDS)


_CASE_FOLDS = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u212a\u017f", "abcdefghijklmnopqrstuvwxyziiks"
)
_ASCII_RUNS = re.compile("[\x00-\x7f]+")
# The characters beyond ASCII folded to an ASCII letter, which str.lower does otherwise or not at all.
_FOLDED_APART = frozenset("\u0130\u0131\u212a\u017f")


def line_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that matches only at a line's start ("^" under re.M):
    tried at each line's start only. The engine cannot skip ahead to a line's start, so it tries the
    pattern at every place of the text (a caseless alternation of forty greetings: four times slower)."""
    resume = at = 0
    while True:
        if at >= resume and (match := pattern.match(text, at)):
            yield match
            resume = match.end()  # as finditer: no match overlaps the one before
        at = text.find("\n", at) + 1
        if not at:
            return
