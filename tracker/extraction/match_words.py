"""The words a pattern's every match holds, worked out from the pattern: a reader's pre-check.

A reader whose pattern matches in little mail first asks whether the lowered text holds the words every
match would (str's own search, far cheaper than the engine's); the words come from the pattern itself,
so the pre-check can't drift from it. Every match goes through each part of a pattern's top-level
sequence: a run of plain characters, or a group's, an alternation's or a repeated part's words (for an
alternation every branch's, for a group the rarest-looking part of its own sequence). The text must
hold a word of each of the pattern's rarest-looking parts; a match in `text` does, in `lowercase(text)`.
"""

from __future__ import annotations

import re

# The stdlib's own regex parser, imported once for every reader of patterns (pattern_shape.py).
from tracker.extraction.phrases.pattern_shape import parsed, sre_constants

# Words in most mail (most of ours is about a job): a part made of them alone ("your ", " for ") tells
# nothing, and one of them among a part's words ("checks|forms|application") makes all of it common.
_COMMON = frozenset(
    ("a", "an", "and", "at", "de", "for", "in", "la", "le", "of", "on", "the", "to", "you", "your",
     "application", "job", "position", "role")
)  # fmt: skip
# The parts of a pattern asked about: each one more `in` test where the ones before hold.
_PARTS_ASKED = 2


class MatchWords:
    """Whether a lowered text may hold a match of any of some patterns (never False where it does)."""

    def __init__(self, *patterns: str | re.Pattern[str]) -> None:
        self.parts: tuple[tuple[tuple[str, ...], ...], ...] = tuple(_asked_parts(p) for p in patterns)
        # Each pattern asking one part (most): their words alone, tested as a hand-written list would be.
        words = [word for parts in self.parts for word in parts[0]]
        self._words = _shortest(words) if all(len(parts) == 1 for parts in self.parts) else ()

    def may_match(self, lowered: str) -> bool:
        """False when `lowered` lacks a word of some part of each pattern: no match can be in it."""
        # (Written as loops, not any() over generators: asked ~7,000 times a pass, ~9 words each, where a
        # generator resumed for each word was a fifth of its time.)
        if self._words:
            for word in self._words:  # noqa: SIM110 - any() over a generator: the cost said above
                if word in lowered:
                    return True
            return False
        return any(_holds_a_word_of_each(lowered, parts) for parts in self.parts)


def _holds_a_word_of_each(lowered: str, parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `lowered` holds a word of every one of `parts` (True for no parts, as all() is)."""
    for part in parts:
        for word in part:
            if word in lowered:
                break
        else:
            return False
    return True


def plain_words(pattern: str) -> tuple[str, ...] | None:
    """The words of a pattern that is only words between bars ("this is|i am"), else None: there the
    words are no pre-check but the whole answer (a text holds a match exactly where it holds a word), as
    caseless_words.py asks."""
    tree = parsed(pattern)
    if tree is None:
        return None
    items = list(tree.data)
    c = sre_constants
    branches = (
        [list(branch) for branch in items[0][1][1]]
        if len(items) == 1 and items[0][0] is c.BRANCH
        else [items]
    )
    if not all(branch and all(op is c.LITERAL for op, _ in branch) for branch in branches):
        return None
    return tuple("".join(chr(value) for _, value in branch) for branch in branches)


def _asked_parts(pattern: str | re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    tree = parsed(source)
    if tree is None:  # pragma: no cover - no parser to read: no pre-check, every text may match
        return ()
    parts = _parts(list(tree.data))
    parts = sorted((part for part in parts if _rarity(part)[0] > 0), key=_rarity, reverse=True)[:_PARTS_ASKED]
    if not parts:
        raise ValueError(f"no words every match holds: {source[:80]!r}")
    return tuple(_shared(part) for part in parts)


def _shared(words: list[str]) -> tuple[str, ...]:
    """Fewer words, each of `words` holding one: each `in` test reads the whole text, so "client" once
    beats "mon client", "my client" and ten more. The piece most words share, then the longest, from
    _SHARED letters on (a shorter word stays whole)."""
    left, pieces = list(words), []
    while left:
        holding: dict[str, int] = {}
        for word in left:
            for piece in {word[at : at + size] for size in range(min(_SHARED, len(word)), len(word) + 1)
                          for at in range(len(word) - size + 1)}:  # fmt: skip
                holding[piece] = holding.get(piece, 0) + 1
        piece = max(holding, key=lambda piece: (holding[piece], len(piece.strip()), piece))
        pieces.append(piece)
        left = [word for word in left if piece not in word]
    return _shortest(pieces)


def _shortest(words: list[str]) -> tuple[str, ...]:
    """`words` without those holding another ("frozen", "froze"): that one is asked about already."""
    return tuple(
        word for word in dict.fromkeys(words) if not any(other in word and other != word for other in words)
    )


# The shortest piece of a word asked about alone: shorter ones ("ente", "von ") are in much mail.
_SHARED = 6


def _parts(items: list) -> list[list[str]]:
    """Of each part of a sequence every match goes through that holds words, those words."""
    c = sre_constants
    parts: list[list[str]] = []
    run = ""
    for op, value in items:
        if op is c.LITERAL and _plain(value):
            run += chr(value).lower()
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the run goes on around it
            continue
        if run:
            parts.append([run])
            run = ""
        part: list[str] | None = None
        if op is c.SUBPATTERN:
            part = _words(list(value[3].data))
        elif op is c.BRANCH:
            part = _branch_words([list(branch) for branch in value[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
            part = _words(list(value[2]))
        elif op is c.ATOMIC_GROUP:
            part = _words(list(value))
        if part:
            parts.append(part)
    if run:
        parts.append([run])
    return parts


def _words(items: list) -> list[str] | None:
    """The rarest-looking part's words, None when no part holds any."""
    return max(_parts(items), key=_rarity, default=None)


def _branch_words(branches: list[list]) -> list[str] | None:
    words: list[str] = []
    for branch in branches:
        found = _words(branch)
        if not found:
            return None
        words += [word for word in found if word not in words]
    return words


def _rarity(words: list[str]) -> tuple[int, int]:
    """How rare a part looks: its shortest word's letters outside common words, then the fewer words."""
    return min(len("".join(w for w in word.split() if w not in _COMMON)) for word in words), -len(words)


def _plain(code: int) -> bool:
    """A character found as itself in the lowered text: not the "." titles' dots may have become
    (text.py's _title_dots_kept), nor one whose lowercase grows (kept as it is there)."""
    return chr(code) != "." and len(chr(code).lower()) == 1
