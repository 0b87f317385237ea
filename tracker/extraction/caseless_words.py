"""A case-insensitive pattern of lowercase words, asked only whether it occurs in (or opens) a text, fast.

Under re.IGNORECASE Python's engine compares every character case-insensitively and drops its quick
first-character tests, so a long alternation of words is several times slower. On ASCII text the
same pattern compiled case-sensitively occurs in the lowercased text exactly when the caseless one
occurs in the text (at the same places), provided the pattern has no capital letter and no character
the engine caselessly matches to an ASCII one ("ſ" is caselessly "s"; "ß" matches no ASCII letter).
Text beyond ASCII is lowercased too where the pattern's letters beyond ASCII are lowercase Latin ones
("é", "ß", "ñ"), as most of ours are; any other text (where Unicode case folding and `str.lower`
differ) is searched caselessly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extraction.match_words import plain_words

# The stdlib's own regex parser, imported once (pattern_shape.py); without it every search is caseless.
from tracker.extraction.phrases.pattern_shape import (
    first_characters,
    parsed,
    sre_constants,
    with_beginnings_test,
    with_first_characters_test,
)
from tracker.extraction.written_words import case_folded


class CaselessWords:
    """`re.compile(pattern, re.IGNORECASE)`, for `occurs_in` only."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._caseless = re.compile(pattern, re.IGNORECASE)
        # Searched lowercase, the pattern tests the beginnings its matches have first (one engine step a
        # character; the alternation alone tries every branch at each word start).
        lowercase_only = _lowercase_only(pattern)
        self._lowercase = re.compile(_with_beginnings_test(pattern)) if lowercase_only else None
        # A pattern of plain words ("this is|my name is|i am") is found by str's own search, which
        # skips ahead faster than the engine's scan for the words' first letters.
        self._words = plain_words(pattern) if lowercase_only else None
        # An ASCII pattern matches any text caselessly where it matches the text case_folded (its ASCII
        # letters' other cases, "ſ" and "K" among them, made those letters): non-ASCII text is folded so.
        self._folds_any_text = lowercase_only and pattern.isascii()
        # A pattern whose letters beyond ASCII are lowercase Latin ones matches caselessly where it matches
        # the text str.lower makes, in text without the characters lowering keeps apart (_KEPT_APART).
        self._lowers_latin_text = lowercase_only and _latin_lowercase_only(pattern)

    def occurs_in(self, text: str) -> bool:
        """True when the pattern matches somewhere in `text`, case aside."""
        # (The text's lowering is written out here and in opens, not shared by a helper: this is the most
        # asked question of the reading, once per line or name, and a call each time would cost.)
        if self._lowercase is None:
            return self._caseless.search(text) is not None
        if text.isascii() or (self._lowers_latin_text and not _keeps_apart(text)):
            lowered = text.lower()
        elif self._folds_any_text:
            lowered = case_folded(text)
        else:
            return self._caseless.search(text) is not None
        if self._words is not None:
            return any(word in lowered for word in self._words)
        return self._lowercase.search(lowered) is not None

    def opens(self, text: str) -> bool:
        """True when the pattern matches at the start of `text`, case aside (`match`, not `search`)."""
        # (As in occurs_in, the lowering written out: asked of each line of a signature, several times.)
        if self._lowercase is None:
            return self._caseless.match(text) is not None
        if text.isascii() or (self._lowers_latin_text and not _keeps_apart(text)):
            lowered = text.lower()
        elif self._folds_any_text:
            lowered = case_folded(text)
        else:
            return self._caseless.match(text) is not None
        if self._words is not None:
            return lowered.startswith(self._words)
        return self._lowercase.match(lowered) is not None


# What str.lower keeps apart from the letter re.IGNORECASE matches them to: "ı" and "ſ" (caselessly "i"
# and "s") stay as they are, "İ" becomes two characters. Every other character is lowered to the one
# character re.IGNORECASE reads it as (tests/unit/test_reading_shortcuts.py checks each one).
_KEPT_APART = ("\u0131", "\u017f", "\u0130")


def _keeps_apart(text: str) -> bool:
    # Three scans of str's own search: a set's isdisjoint hashes each character, several times slower.
    return _KEPT_APART[0] in text or _KEPT_APART[1] in text or _KEPT_APART[2] in text


def _latin_lowercase_only(pattern: str) -> bool:
    """True when every character beyond ASCII that `pattern` names is a lowercase Latin letter ("é", "ß",
    "ñ"; not "ı" or "ſ"): re.IGNORECASE matches each to exactly the characters str.lower makes it."""
    tree = parsed(pattern)
    return tree is not None and _items_ok(list(tree.data), _latin_lowercase)


def _latin_lowercase(code: int) -> bool:
    """An ASCII character (whose capitals _char_ok rules out) or a lowercase Latin letter that
    re.IGNORECASE matches to exactly the characters str.lower makes it."""
    char = chr(code)
    return char.isascii() or (
        LATIN_BEYOND_ASCII[0] <= char <= LATIN_BEYOND_ASCII[1]
        and char.lower() == char
        and char not in _ASCII_CASE_PARTNERS  # "ı" and "ſ": caselessly the ASCII "i" and "s" too
    )


# Latin-1's letters and Latin Extended-A and -B: the letters our patterns write beyond ASCII (each
# lowercase one checked against re by tests/unit/test_reading_shortcuts.py).
LATIN_BEYOND_ASCII = ("\u00c0", "\u024f")


# Beyond this many first letters, the engine's own scan for a word's first letter stops nearly everywhere.
_FEW_FIRST_LETTERS = 8


def _with_beginnings_test(pattern: str) -> str:
    """`pattern` opening with a test of its matches' beginnings (with_first_characters_test), also when
    each of its words opens with a letter, which the engine scans for itself: with many words, as in
    person_names.ORGANISATION_WORDS (150 of them, 25 first letters), the scan stops at nearly every
    letter to try every word there, where the test (a trie of their first six letters) rules most out
    in a step or two: ten times faster on a name."""
    tested = with_first_characters_test(pattern)
    if tested != pattern:
        return tested
    keys = first_characters(pattern, _TESTED_LETTERS, _TESTED_KEYS, ranges=True)
    if not keys or len({key[0] for key in keys}) <= _FEW_FIRST_LETTERS:
        return pattern
    return with_beginnings_test(pattern, keys)


_TESTED_LETTERS = 6
_TESTED_KEYS = 2000


def _lowercase_only(pattern: str) -> bool:
    """True when no character `pattern` can match has an ASCII capital as its other case, and no flag is
    set inside it: then lowercasing ASCII text first makes the case-sensitive search agree."""
    tree = parsed(pattern)
    return (
        tree is not None
        and not tree.state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE)
        and _items_ok(list(tree.data))
    )


def _char_ok(code: int) -> bool:
    char = chr(code)
    if char.isascii():
        return not ("A" <= char <= "Z")
    # Caselessly the engine matches a character to those of the same lowercase, and a few pairs more
    # ("ſ" and "s", "ı" and "i"): no ASCII one for "ß", "ü" or "é" (their capitals do not count).
    return not any(other.isascii() for other in char.lower()) and char not in _ASCII_CASE_PARTNERS


def _items_ok(items: list, char_ok: Callable[[int], bool] = _char_ok) -> bool:
    c = sre_constants
    for op, value in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            ok = char_ok(value)
        elif op is c.IN:
            ok = all(_set_item_ok(kind, item, char_ok) for kind, item in value)
        elif op is c.SUBPATTERN:
            ok = not value[1] and not value[2] and _items_ok(list(value[3].data), char_ok)
        elif op is c.BRANCH:
            ok = all(_items_ok(list(branch), char_ok) for branch in value[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            ok = _items_ok(list(value[2]), char_ok)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            ok = _items_ok(list(value[1]), char_ok)
        elif op is c.ATOMIC_GROUP:
            ok = _items_ok(list(value), char_ok)
        else:
            ok = op in (c.AT, c.ANY, c.GROUPREF)
        if not ok:
            return False
    return True


def _set_item_ok(kind, item, char_ok: Callable[[int], bool]) -> bool:
    c = sre_constants
    if kind is c.LITERAL:
        return char_ok(item)
    if kind is c.RANGE:
        low, high = item
        return high - low < 4096 and all(char_ok(code) for code in range(low, high + 1))
    return kind in (c.NEGATE, c.CATEGORY)


# Characters re.IGNORECASE matches to an ASCII letter although their lowercase holds none (re's own
# table of case fixes: long s, dotless i); tests/unit/test_reading_shortcuts.py checks every character.
_ASCII_CASE_PARTNERS = frozenset("\u017f\u0131")
