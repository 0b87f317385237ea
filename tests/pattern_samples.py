"""Random texts a regex matches, drawn from its parsed form: to check a reader's cheap pre-check (words
every match holds) against every branch of the pattern it stands before, not against a few examples."""

from __future__ import annotations

import random
import re

from tracker.extraction.phrases.pattern_shape import parsed, sre_constants

# What a class stands for when drawn: a letter for \w, a space for \s, a digit for \d.
_CATEGORY_CHARACTERS = {
    sre_constants.CATEGORY_WORD: "abcxyzé_",
    sre_constants.CATEGORY_SPACE: " \n\t",
    sre_constants.CATEGORY_DIGIT: "0123456789",
    sre_constants.CATEGORY_NOT_WORD: " .,-:\n",
    sre_constants.CATEGORY_NOT_SPACE: "abc.-",
    sre_constants.CATEGORY_NOT_DIGIT: "abc .-",
}
_ANY = "abcé .-"
# A repeat drawn at most this many times beyond its least.
_EXTRA_REPEATS = 2


def matching_texts(pattern: re.Pattern[str], count: int, seed: int = 30) -> list[str]:
    """Up to `count` texts drawn from `pattern`'s parts that `pattern` matches (a draw a lookaround or a
    word boundary rules out is left out)."""
    tree = parsed(pattern.pattern)
    assert tree is not None, pattern.pattern
    rng = random.Random(seed)
    drawn = ("".join(_draw(list(tree.data), rng)) for _ in range(count))
    return [text for text in drawn if pattern.search(text)]


def _draw(items: list, rng: random.Random) -> list[str]:
    c = sre_constants
    out: list[str] = []
    for op, value in items:
        if op is c.LITERAL:
            out.append(chr(value))
        elif op is c.NOT_LITERAL:
            out.append(rng.choice([char for char in "abz ." if ord(char) != value]))
        elif op is c.ANY:
            out.append(rng.choice(_ANY))
        elif op is c.IN:
            out.append(_draw_from_set(value, rng))
        elif op is c.BRANCH:
            out += _draw(list(rng.choice(value[1])), rng)
        elif op is c.SUBPATTERN:
            out += _draw(list(value[3].data), rng)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, most, body = value
            times = rng.randint(least, min(most, least + _EXTRA_REPEATS))
            for _ in range(times):
                out += _draw(list(body), rng)
        elif op is c.ATOMIC_GROUP:
            out += _draw(list(value), rng)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # a place, not characters: a draw it rules out is dropped by matching_texts
        else:
            raise ValueError(f"can't draw {op}")
    return out


def _draw_from_set(items: list, rng: random.Random) -> str:
    c = sre_constants
    if items and items[0][0] is c.NEGATE:
        members = re.compile("[" + _set_source(items[1:]) + "]") if items[1:] else None
        return rng.choice([char for char in "abzé .-\n1" if members is None or not members.match(char)])
    kind, item = rng.choice(items)
    if kind is c.LITERAL:
        return chr(item)
    if kind is c.RANGE:
        return chr(rng.randint(*item))
    if kind is c.CATEGORY:
        return rng.choice(_CATEGORY_CHARACTERS[item])
    raise ValueError(f"can't draw {kind}")


def _set_source(items: list) -> str:
    c = sre_constants
    parts = []
    for kind, item in items:
        if kind is c.LITERAL:
            parts.append(re.escape(chr(item)))
        elif kind is c.RANGE:
            parts.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
        elif kind is c.CATEGORY:
            parts.append({v: k for k, v in _CATEGORY_SOURCES.items()}[item])
    return "".join(parts)


_CATEGORY_SOURCES = {
    r"\w": sre_constants.CATEGORY_WORD,
    r"\s": sre_constants.CATEGORY_SPACE,
    r"\d": sre_constants.CATEGORY_DIGIT,
    r"\W": sre_constants.CATEGORY_NOT_WORD,
    r"\S": sre_constants.CATEGORY_NOT_SPACE,
    r"\D": sre_constants.CATEGORY_NOT_DIGIT,
}
