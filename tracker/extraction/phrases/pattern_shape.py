"""What every match of a regular expression begins with, or holds, read from its parsed form.

The phrase index (index.py) keys each phrase pattern by the literal characters its matches begin
with; patterns searched whole test their matches' beginnings first (a pattern ending in a lookahead
tests the one character the lookahead opens with: lookahead_tests.py). All of it is read from the
stdlib's own parse of the pattern: anything unexpected gives "unknown", and the pattern is then used
as written.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the stdlib's own regex parser; private, so anything unexpected falls back to plain scanning
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None  # type: ignore[assignment]

# Longer keys pick fewer candidate patterns per word; each branch of a pattern gets the longest
# literal beginning it has, up to MAX_KEY characters.
_MIN_KEY = 2
MAX_KEY = 8
_MAX_KEYS = 400
_MAX_DEPTH = 60
# A pattern searched whole is tested for its beginnings (with_first_characters_test) up to this long.
_TESTED_KEY = 6
_TESTED_KEYS = 2000
_WORD_START = re.compile(r"\w")
# The key of a pattern opening with a number ("\d+% off", "5 mistakes that"): any decimal digit opens
# it. Not a text mail holds: the start finder looks for r"\d" after the keys' trie, and a start opening
# with a digit also tries this key's patterns (see index.py).
DIGIT = r"\d"


def parsed(pattern: str) -> Any | None:
    """The stdlib's parse of `pattern` (its `.data` the items, its `.state.flags` the flags); None where
    there is no parser or it can't read the pattern: every reader then uses the pattern as written."""
    if sre_parser is None:
        return None
    try:
        return sre_parser.parse(pattern)
    except (re.error, AttributeError, TypeError, ValueError):
        return None


def needed_texts(fragments: list[str]) -> list[str] | None:
    """For each fragment, the longest run of plain characters every match of it contains; None when
    one of them has no such run (or can't be parsed)."""
    needs = []
    for fragment in fragments:
        needed = _needed_text(fragment)
        if not needed:
            return None
        needs.append(needed)
    return needs


def _needed_text(fragment: str) -> str:
    tree = parsed(fragment)
    if tree is None or tree.state.flags & re.IGNORECASE:
        return ""
    longest, run = "", ""
    items = list(tree.data)
    for op, value in items:  # the top level: a sequence every match goes through in order
        run = run + chr(value) if op is sre_constants.LITERAL else ""
        longest = max(longest, run, key=len)
    return longest


def opens_a_word(fragment: str, keys: set[str]) -> bool:
    """True when every match of `fragment` begins where a word does (a word boundary, then the first
    character of a key opening with a word character), so trying it at word starts misses none."""
    if not all(key == DIGIT or _WORD_START.match(key) for key in keys):
        return False
    tree = parsed(fragment)
    return tree is not None and _at_boundary(list(tree.data))


def _at_boundary(items: list) -> bool:
    c = sre_constants
    if not items:
        return False
    op, value = items[0]
    if op is c.AT:
        return value is c.AT_BOUNDARY
    if op is c.BRANCH:
        return all(_at_boundary(list(branch)) for branch in value[1])
    if op is c.SUBPATTERN and not value[1] and not value[2]:
        return _at_boundary(list(value[3].data))
    return False


def trie_pattern(keys: set[str]) -> str:
    """A regex matching any of `keys`, shaped as a trie so each step compares one character."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:
        # A key ends here and longer ones go on: the longer first, else none. "(?:...)?" would say the
        # same through the engine's general repeat, several times the steps of one more alternative.
        return "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def first_characters(
    fragment: str, longest: int = MAX_KEY, most: int = _MAX_KEYS, digits: bool = False, ranges: bool = False
) -> set[str] | None:
    """The beginnings (2 to `longest` characters, as long as known) any match of `fragment` has, at most
    `most` of them; None if unknown. With `digits`, a match opening with a digit has the key DIGIT; with
    `ranges`, a class holding a short range ("[1-4]", "[a-d]") holds each of its characters, so a
    pattern with one ("[1-4]º turno") has beginnings too."""
    tree = parsed(fragment)
    if tree is None:
        return None
    keys: set[str] = set()
    return keys if _expand(list(tree.data), "", keys, 0, (longest, most, digits, ranges)) and keys else None


# What first_characters was asked: the longest key, the most keys, DIGIT keys, short ranges read.
_Limits = tuple[int, int, bool, bool]


def _expand(items: list, prefix: str, keys: set[str], depth: int, limits: _Limits) -> bool:
    """Add to `keys` every way `items` can begin after `prefix`; False when a way can't be known."""
    if len(prefix) == limits[0] or not items or depth > _MAX_DEPTH:
        return _settle(prefix, keys, limits)
    (op, value), rest = items[0], items[1:]
    c = sre_constants
    if op is c.AT:
        return _expand(rest, prefix, keys, depth + 1, limits)
    if op in (c.ASSERT, c.ASSERT_NOT) and value[0] < 0:
        # A lookbehind ("(?<!like )you") reads before the word start and consumes nothing.
        return _expand(rest, prefix, keys, depth + 1, limits)
    if op is c.LITERAL:
        return _expand(rest, prefix + chr(value), keys, depth + 1, limits)
    if op is c.IN and limits[2] and not prefix and value == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
        keys.add(DIGIT)
        return len(keys) <= limits[1]
    if op is c.IN:
        literals = _class_characters(value, limits[3])
        if literals is None:
            return _settle(prefix, keys, limits)
        return all(_expand(rest, prefix + char, keys, depth + 1, limits) for char in literals)
    if op is c.BRANCH:
        return all(_expand(list(branch) + rest, prefix, keys, depth + 1, limits) for branch in value[1])
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        if add_flags or del_flags:
            return _settle(prefix, keys, limits)
        return _expand(list(pattern.data) + rest, prefix, keys, depth + 1, limits)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, pattern = value
        if high == 0:
            return _expand(rest, prefix, keys, depth + 1, limits)
        if low == 0 and not _expand(rest, prefix, keys, depth + 1, limits):
            return False
        again = (op, (max(low - 1, 0), high if high == c.MAXREPEAT else high - 1, pattern))
        return _expand(list(pattern.data) + [again] + rest, prefix, keys, depth + 1, limits)
    return _settle(prefix, keys, limits)


def _class_characters(items: list, ranges: bool) -> list[str] | None:
    """The characters a character class holds, when it is made of them (and, with `ranges`, of short
    ranges); else None."""
    c = sre_constants
    characters = []
    for kind, value in items:
        if kind is c.LITERAL:
            characters.append(chr(value))
        elif ranges and kind is c.RANGE and value[1] - value[0] < _SHORT_RANGE:
            characters.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return characters


# A range of at most this many characters is read as its characters (first_characters' `ranges`).
_SHORT_RANGE = 10


def _settle(prefix: str, keys: set[str], limits: _Limits) -> bool:
    """Record `prefix` as a key where the pattern stops being literal; too short a prefix is unknown."""
    if len(prefix) < _MIN_KEY:
        return False
    keys.add(prefix)
    return len(keys) <= limits[1]


def with_first_characters_test(pattern: str) -> str:
    """`pattern` opening with a test of the beginnings its matches have (first_characters), shaped as a
    trie: one engine step per character where a long alternation tries each of its branches at every
    place. The same matches; `pattern` itself when its beginnings can't be known."""
    if _skips_ahead(pattern):
        return pattern
    keys = first_characters(pattern, _TESTED_KEY, _TESTED_KEYS)
    return with_beginnings_test(pattern, keys) if keys else pattern


def with_beginnings_test(pattern: str, beginnings: set[str]) -> str:
    """`pattern` after a lookahead for `beginnings` (a trie of them), all that its matches begin with. A
    pattern whose every match opens at a word boundary tests the boundary first where the beginnings open
    with many characters: the boundary fails most places in one step, where the trie's first step
    compares the character with each of theirs (half the time of a phrase list of 26 first letters)."""
    test = f"(?={trie_pattern(beginnings)})"
    first_characters_of = {beginning[0] for beginning in beginnings}
    if len(first_characters_of) > _FEW_FIRST_CHARACTERS and opens_at_a_boundary(pattern):
        test = r"\b" + test
    return f"{test}(?:{pattern})"


# Up to this many first characters, the trie's first step is as quick as a word boundary's test, or quicker.
_FEW_FIRST_CHARACTERS = 8


def opens_at_a_boundary(pattern: str) -> bool:
    """True when every match of `pattern` begins at a word boundary (each branch opens with one)."""
    tree = parsed(pattern)
    return tree is not None and _at_boundary(list(tree.data))


def compile_first_tested(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with its beginnings tested first (with_first_characters_test): for a long
    alternation of words searched over a whole body, where each branch opening with r"\b" turns off the
    engine's own skipping ahead."""
    return re.compile(with_first_characters_test(pattern))


def _skips_ahead(pattern: str) -> bool:
    """True when the engine finds where `pattern` may match by its own quick scan (a literal or a set of
    characters every match opens with: "this is|i am"), which a leading test would turn off; or when
    the pattern sets its own flags ("(?i)..."), which must stay at its start."""
    tree = parsed(pattern)
    if tree is None or tree.state.flags & ~re.UNICODE:
        return True
    items = list(tree.data)
    c = sre_constants
    while items and items[0][0] is c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3].data)
    if not items:
        return False
    op, value = items[0]
    if op is c.BRANCH:
        return all(branch and list(branch)[0][0] is c.LITERAL for branch in value[1])
    return op in (c.LITERAL, c.IN)
