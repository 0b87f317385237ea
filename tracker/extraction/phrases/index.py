"""Finding every category's phrases in one pass over a text, fast enough for thousands of emails a second.

Python's regex engine tries every alternative of a big alternation at every word start. Instead we
index each phrase pattern by the literal characters (two to eight) any match must begin with, worked
out from the parsed pattern, and try at each word start only the patterns indexed under the longest
such beginning found there (and its prefixes). Patterns whose first characters can't be worked out
are scanned the ordinary way.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tracker.extraction.match_words import MatchWords
from tracker.extraction.phrases.lookahead_tests import with_next_character_test
from tracker.extraction.phrases.pattern_shape import (
    DIGIT,
    MAX_KEY,
    first_characters,
    needed_texts,
    opens_a_word,
    trie_pattern,
)

# Named groups can't repeat in one pattern; a pattern asking which category matches doesn't need them.
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_WORD_START = re.compile(r"\w")
_BOUNDARY = re.compile(r"\b")


class PhraseIndex:
    """Phrase patterns by category, findable in one pass with `scan`."""

    def __init__(self, categories: dict[str, list[str]]) -> None:
        # A pattern ending in a lookahead tests the character it opens with first (pattern_shape.py).
        categories = {
            category: [with_next_character_test(fragment) for fragment in fragments]
            for category, fragments in categories.items()
        }
        keyed: dict[tuple[str, str], list[str]] = defaultdict(list)
        unkeyed: dict[str, list[str]] = defaultdict(list)
        # A category's patterns opening with a number were searched whole (finditer over every text: a
        # tenth of the scan, for the few texts naming "5 mistakes that"). Keyed, they are tried at word
        # starts as a category of their own, whose matches `scan` keeps as finditer would find them.
        self._searched_whole: dict[str, str] = {}
        self._fragment_order: dict[str, list[str]] = {}
        for category, fragments in categories.items():
            keys_of = [(fragment, first_characters(fragment, digits=True)) for fragment in fragments]
            whole = [(fragment, keys) for fragment, keys in keys_of if keys is None or DIGIT in keys]
            if whole and all(keys and opens_a_word(fragment, keys) for fragment, keys in whole):
                own = f"{category} (searched whole)"
                self._searched_whole[own] = category
                self._fragment_order[own] = [fragment for fragment, _ in whole]
                for fragment, keys in whole:
                    for key in keys or ():
                        keyed[(key, own)].append(fragment)
            else:
                unkeyed[category] += [fragment for fragment, _ in whole]
            for fragment, keys in keys_of:
                if keys is not None and DIGIT not in keys:
                    for key in keys:
                        keyed[(key, category)].append(fragment)
        per_key: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for (key, category), fragments in keyed.items():
            per_key[key].append((category, fragments))
        # A word start is looked up once, by the longest key found there; its entry also holds the
        # patterns of every shorter key that begins the same way, per category (see `scan`).
        # Compiled on first use: compiling every entry (~1,400 patterns) took most of a cold start.
        self._per_key = per_key
        self._by_key: dict[str, _Entry] = {}
        # Word starts where a key opening with a word character begins (the longest one, captured), found
        # from the non-word character before them: a pattern opening with a character class lets the
        # engine skip the other characters in its own loop, while r"\b" would be tried at every place.
        word_keys = {key for key in per_key if _WORD_START.match(key)}
        self._word_key_starts = (
            re.compile(r"\W(?=(" + self._starts_pattern(word_keys) + "))") if word_keys else None
        )
        # The same for ASCII text (most mail): there r"\W" is a table lookup instead of Unicode's chain
        # of "is it a letter, a digit, a numeral" per character, and finds the same places.
        self._ascii_word_key_starts = (
            re.compile(self._word_key_starts.pattern, re.ASCII) if self._word_key_starts else None
        )
        # Keys opening otherwise ("'d like") are rare, and begin after a word (r"\b" before a non-word
        # character): they are searched for alone, the search skipping to their first characters;
        # r"\b(?=(<trie>))" tried at every place of a text holding one cost as much as the rest of its scan.
        odd_keys = set(per_key) - word_keys - {DIGIT}
        self._odd_key_finder = re.compile(trie_pattern(odd_keys)) if odd_keys else None
        self._key_starts: re.Pattern[str] | None = None
        self._scanned = [(category, _join(fragments)) for category, fragments in unkeyed.items() if fragments]
        # Whether a text may hold a match of each of those at all (a substring test skips most texts).
        self._scanned_gates = {
            category: _gate(fragments) for category, fragments in unkeyed.items() if fragments
        }

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Every category's matches in `text` (lowercased), each list in text order."""
        found: dict[str, list[re.Match[str]]] = defaultdict(list)
        if self._per_key:
            by_key = self._by_key
            for position, key in self._starts(text):
                entry = by_key.get(key) or self._compile_key(key)
                if entry.alone is not None:  # one category (two starts in five): its pattern, no more
                    match = entry.alone.match(text, position)
                    if match:
                        found[entry.categories[0]].append(match)
                    continue
                # The first category matching here, then the first after it, and so on: one call
                # tells that none does (most places), and none is tried that an earlier call ruled out.
                categories, patterns, last = entry.categories, entry.patterns, len(entry.patterns) - 1
                tried = 0
                while True:
                    if tried == last:
                        match = patterns[last].match(text, position)
                        if match:
                            found[categories[last]].append(match)
                        break
                    combined, first_of_group = entry.combined[tried] or entry.combine(tried)
                    match = combined.match(text, position)
                    if not match:
                        break
                    which = first_of_group[match.lastindex or 0]  # a group matched: never 0
                    # The combined match stands for the category's own: the category's group is the
                    # combined pattern's first to match here, so the match ends where its pattern's
                    # would, and a pattern without groups has nothing else to read (matching it again
                    # was a sixth of the scan's regex calls). Groups ("t", the title) are read by number
                    # and name in the category's own match.
                    category_match = patterns[which].match(text, position) if entry.grouped[which] else match
                    if category_match:  # always: its pattern matched inside the combined one
                        found[categories[which]].append(category_match)
                    if which == last:
                        break
                    tried = which + 1
        # Each place gives a category one match at most, in text order: only a category also searched
        # whole needs its matches put in order.
        for own, category in self._searched_whole.items():
            matches = found[category]
            whole = found.pop(own, None)
            if whole:
                matches.extend(_as_finditer_finds(whole))
                matches.sort(key=_start)
        for category, pattern in self._scanned:
            matches = found[category]
            gate = self._scanned_gates[category]
            if gate is not None and not gate.may_hold(text):
                continue
            matches.extend(pattern.finditer(text))
            matches.sort(key=_start)
        return found

    def _compile_key(self, key: str) -> _Entry:
        """The entry of `key`: its own and every shorter key's patterns. (Two threads compiling the
        same entry at once store equal ones.)"""
        merged: dict[str, list[str]] = defaultdict(list)
        prefixes = [key[:length] for length in range(1, len(key) + 1)]
        for prefix in [*prefixes, DIGIT] if key[0].isdecimal() else prefixes:  # isdecimal is r"\d"
            for category, fragments in self._per_key.get(prefix, []):
                merged[category].extend(f for f in fragments if f not in merged[category])
        # A category searched whole tries its patterns in their order, as its one pattern did.
        for category, order in self._fragment_order.items():
            if category in merged:
                merged[category].sort(key=order.index)
        # Tried only at word starts, a fragment's leading word boundary always holds: without it the
        # engine's quick test of a branch's first character applies.
        merged = {category: [_after_word_start(f) for f in found] for category, found in merged.items()}
        entry = _Entry(list(merged), [_join(fragments) for fragments in merged.values()])
        self._by_key[key] = entry
        return entry

    def _starts(self, text: str) -> list[tuple[int, str]]:
        """Each word start of `text` where a key begins, with the longest key found there, in text order."""
        if self._word_key_starts is None:
            return [(start.start(), start.group(1)) for start in self.key_starts().finditer(text)]
        word_key_starts = self._ascii_word_key_starts if text.isascii() else self._word_key_starts
        assert word_key_starts is not None  # for mypy: both are None or neither
        # A start is the one character before the key: its end is where the key begins.
        starts = [(start.end(), start[1]) for start in word_key_starts.finditer(text)]
        # The text's start: as if a space stood before it (a key is MAX_KEY characters at most).
        first = word_key_starts.match(" " + text[:MAX_KEY])
        if first:
            starts.insert(0, (0, first.group(1)))
        odd_starts = self._odd_key_starts(self._odd_key_finder, text) if self._odd_key_finder else None
        return sorted(starts + odd_starts) if odd_starts else starts

    @staticmethod
    def _odd_key_starts(finder: re.Pattern[str], text: str) -> list[tuple[int, str]]:
        """Where a key opening with a non-word character begins after a word, the longest one there (one
        search from each place on: such keys may overlap)."""
        starts = []
        found = finder.search(text)
        while found:
            if _BOUNDARY.match(text, found.start()):
                starts.append((found.start(), found.group()))
            found = finder.search(text, found.start() + 1)
        return starts

    def key_starts(self) -> re.Pattern[str]:
        """The word starts where any key begins, the longest one captured: r"\b(?=(<trie of every key>))"."""
        if self._key_starts is None:
            self._key_starts = re.compile(r"\b(?=(" + self._starts_pattern(set(self._per_key)) + "))")
        return self._key_starts

    def _starts_pattern(self, keys: set[str]) -> str:
        """The trie of `keys`, then a digit when some pattern opens with a number (captured alone)."""
        trie = trie_pattern(keys - {DIGIT})
        return trie + r"|\d" if DIGIT in self._per_key else trie


class _Entry:
    """A key's categories, each with its pattern, and the patterns telling which category is the
    first to match at a place, from each category on (compiled when first needed)."""

    __slots__ = ("categories", "patterns", "grouped", "combined", "alone")

    def __init__(self, categories: list[str], patterns: list[re.Pattern[str]]) -> None:
        self.categories = categories
        self.patterns = patterns
        # Whether a category's pattern has groups to read (titles' "t", a requisition's number).
        self.grouped = [pattern.groups > 0 for pattern in patterns]
        self.combined: list[tuple[re.Pattern[str], dict[int, int]] | None] = [None] * len(patterns)
        self.alone = patterns[0] if len(patterns) == 1 else None

    def combine(self, first: int) -> tuple[re.Pattern[str], dict[int, int]]:
        """The categories from `first` on as one pattern, each a group: the engine tries them in order
        as `scan` would, and the match's last group closed is the first category that matched. With it,
        the category each such group number stands for."""
        groups: list[str] = []
        first_of_group: dict[int, int] = {}
        number = 1
        for which in range(first, len(self.patterns)):
            # Named groups can't repeat in one pattern; numbered ones are counted.
            body = _NAMED_GROUP.sub("(?:", self.patterns[which].pattern)
            groups.append(f"({body})")
            first_of_group[number] = which
            number += 1 + re.compile(body).groups
        combined = (re.compile("|".join(groups)), first_of_group)
        self.combined[first] = combined
        return combined


class _Gate:
    r"""Whether a text may hold a match of some fragments: each fragment's fixed text ("% off" for
    r"\b\d+% off\b"), else, where some fragment has none, the words every match of each holds
    (match_words.py: a sentence closed "sans retour" or "faute de réponse" holds one of their words)."""

    __slots__ = ("_needs", "_words")

    def __init__(self, needs: list[str] | None, words: MatchWords | None) -> None:
        self._needs = needs
        self._words = words

    def may_hold(self, text: str) -> bool:
        if self._needs is not None:
            return any(needed in text for needed in self._needs)
        return self._words is None or self._words.may_match(text)


def _gate(fragments: list[str]) -> _Gate | None:
    """The gate of an unkeyed category's `fragments`; None when no text can be ruled out."""
    needs = needed_texts(fragments)
    if needs is not None:
        return _Gate(needs, None)
    try:
        return _Gate(None, MatchWords(*fragments))
    except ValueError:  # a fragment with no words every match holds
        return None


def _after_word_start(fragment: str) -> str:
    """`fragment` without its leading word boundary (its matches are tried at word starts only)."""
    return fragment[2:] if fragment.startswith(r"\b") else fragment


def _as_finditer_finds(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of a category's `matches` at word starts, in text order, those finditer finds: none starting
    inside the one before (finditer goes on where a match ends; these never match empty)."""
    kept, end = [], 0
    for match in matches:
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    return kept


def _start(match: re.Match[str]) -> int:
    return match.start()


def _join(fragments: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fragment})" for fragment in fragments))
