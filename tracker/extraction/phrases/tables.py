"""A language's phrase table: regular-expression fragments per category, and the capitalised words of
its mail that are never an employer's name.

German, French, Spanish, Dutch, Portuguese and Italian are data: <code>.toml beside this module, read
with the standard library's tomllib (docs/decisions/2026-12-phrase-tables-as-data.md). Such a file has
three tables: [words], building blocks a fragment names as {word}; [phrases], one array of fragments per
category (literal strings: a backslash is the regex's own); [names], `stop_words`. Every fragment is
loaded with its accents optional (`accents_optional`), so mail that lost them reads alike. English is
still written as Python (en_status, en_kinds) and read into the same shape. word_lists.toml holds the
long word lists other rules match as one alternation (places, valedictions).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from tracker.extraction.phrases.pattern_shape import compile_first_tested

_FOLDER = Path(__file__).parent
# "{your}" in a fragment; a regex's own braces hold digits ("{0,3}"), never a name.
_WORD = re.compile(r"\{([a-z_]+)\}")
# What a letter becomes in mail that lost its accents ("candidature envoyee", "Bewerbung fuer"): the
# plain letter, and for German's umlauts also the two-letter spelling.
_PLAIN_LETTERS = {"a": "àâäáãå", "e": "éèêë", "i": "îïíì", "o": "ôöóõò", "u": "ùûüú", "c": "ç", "n": "ñ"}
_UNACCENTED = {letter: plain for plain, letters in _PLAIN_LETTERS.items() for letter in letters}
_TWO_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


@dataclass(frozen=True)
class PhraseTable:
    name: str
    categories: dict[str, list[str]]
    name_stop_words: frozenset[str] = frozenset()

    def fragments(self, category: str) -> list[str]:
        """This language's fragments for `category` (none where the language has no such phrases)."""
        return self.categories.get(category, [])


def load_language(code: str, folder: Path = _FOLDER) -> PhraseTable:
    """The table in <code>.toml, each {word} of its fragments replaced by that entry of its [words]."""
    with (folder / f"{code}.toml").open("rb") as file:
        data = tomllib.load(file)
    words: dict[str, str] = data.get("words", {})

    def spelled_out(fragment: str) -> str:
        def word(match: re.Match[str]) -> str:
            if match[1] not in words:
                raise ValueError(f"{code}.toml: {{{match[1]}}} is not in [words]: {fragment!r}")
            return words[match[1]]

        return _WORD.sub(word, fragment)

    categories = {
        category: [accents_optional(spelled_out(fragment)) for fragment in fragments]
        for category, fragments in data["phrases"].items()
    }
    return PhraseTable(code, categories, frozenset(data.get("names", {}).get("stop_words", ())))


def accents_optional(fragment: str) -> str:
    """`fragment` matching its words with or without their accents: "envoyée" also reads "envoyee",
    "für" also "fuer" and "fur". Letters inside a character class are left alone ("[^é]" keeps its
    meaning); every other accented letter becomes a class or, for an umlaut, a group."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            out.append(fragment[index : index + 2])
            index += 2
            continue
        if in_class:
            # "[]...]" and "[^]...]" open with a literal bracket.
            if char == "]" and fragment[index - 1] not in "[^":
                in_class = False
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char in _TWO_LETTERS:
            plain = _UNACCENTED.get(char, "")
            out.append(f"(?:{char}|{_TWO_LETTERS[char]}" + (f"|{plain})" if plain else ")"))
        elif char in _UNACCENTED:
            out.append(f"[{char}{_UNACCENTED[char]}]")
        else:
            out.append(char)
        index += 1
    return "".join(out)


def any_of(fragments: list[str]) -> re.Pattern[str]:
    """One pattern matching any of `fragments`, each with its words' accents optional (the sentence-shape
    readers' word lists), its matches' beginnings tested first (they are searched in whole sentences)."""
    return compile_first_tested("|".join(f"(?:{accents_optional(fragment)})" for fragment in fragments))


def module_table(module: ModuleType) -> PhraseTable:
    """The table a Python phrase module writes as upper-case lists (en_status, en_kinds)."""
    categories = {
        name: fragments
        for name, fragments in vars(module).items()
        if name.isupper() and isinstance(fragments, list)
    }
    return PhraseTable(
        module.__name__.rsplit(".", 1)[-1], categories, frozenset(getattr(module, "NAME_STOP_WORDS", ()))
    )


def word_list(name: str, folder: Path = _FOLDER) -> str:
    """List `name` of word_lists.toml as the body of one regex alternation ("a|b|c"), in its order."""
    return "|".join(_word_lists(folder)[name])


@functools.cache
def _word_lists(folder: Path) -> dict[str, list[str]]:
    """word_lists.toml of `folder`, read once: some sixty modules ask it for a list as they are imported,
    and parsing the whole file for each cost ~2 ms, ~130 ms of a cold start."""
    with (folder / "word_lists.toml").open("rb") as file:
        return tomllib.load(file)
