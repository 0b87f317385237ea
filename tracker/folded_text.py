"""Text folded as names and titles are compared: lowercase, accents removed, "&" spelled out, punctuation as
single spaces."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def without_accents(text: str) -> str:
    """`text` without its accents ("Gómez" -> "Gomez"), as addresses and loose spellings write it."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold_text(text: str) -> str:
    """Lowercase, accents removed, '&' spelled out, punctuation to single spaces: how names are compared."""
    text = without_accents(text).lower().replace("&", " and ")
    if text.isascii():  # a table makes every character \W or "_" a space at once (twice as fast on a line)
        return " ".join(text.translate(_ASCII_NOT_ALNUM_TO_SPACE).split())
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


_ASCII_NOT_ALNUM_TO_SPACE = {code: " " for code in range(128) if not chr(code).isalnum()}


# Names recur from mail to mail: their folding is kept (whole texts, folded once, are not).
fold_name = functools.lru_cache(maxsize=8192)(fold_text)
