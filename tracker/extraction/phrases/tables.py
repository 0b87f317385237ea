"""A language's phrase table: regular-expression fragments per category, and the capitalised words of
its mail that are never an employer's name.

German, French, Spanish, Dutch, Portuguese and Italian are data: <code>.toml beside this module, read
with the standard library's tomllib (docs/decisions/2026-12-phrase-tables-as-data.md). Such a file has
three tables: [words], building blocks a fragment names as {word}; [phrases], one array of fragments per
category (literal strings: a backslash is the regex's own); [names], `stop_words`. English is still
written as Python (en_status, en_kinds) and read into the same shape. word_lists.toml holds the long
word lists other rules match as one alternation (places, valedictions).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

_FOLDER = Path(__file__).parent
# "{your}" in a fragment; a regex's own braces hold digits ("{0,3}"), never a name.
_WORD = re.compile(r"\{([a-z_]+)\}")


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
        category: [spelled_out(fragment) for fragment in fragments]
        for category, fragments in data["phrases"].items()
    }
    return PhraseTable(code, categories, frozenset(data.get("names", {}).get("stop_words", ())))


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
    with (folder / "word_lists.toml").open("rb") as file:
        return "|".join(tomllib.load(file)[name])
