"""An organisation's acronym the mail defines beside its full name: "Fundación para el Desarrollo Rural del
Tormes – FUNDERTORMES", "ASQA – Associação de Solidariedade do Quebrado Alto", "Institut Régional des Marais
(IRMA)". A reading that names the organisation by the acronym, or by a domain label that starts with it, is
shown with the full name the mail sets beside it: a person writes the name a letterhead defines. The
acronym's letters must open the full name's words in order (each word by its initial or its first letters:
"FUN-DER-TORMES"), so no other name is taken for it. Used by employer_display.display_name.
"""

from __future__ import annotations

import re

from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_expansions import NAME_RUN, label_letters, name_runs

_MIN_ACRONYM, _MAX_ACRONYM = 3, 14
# What sets an acronym beside its full name: a dash between spaces, or brackets around the acronym.
_DASH_BEFORE = re.compile(r" [-–—] $")
_DASH_AFTER = re.compile(r" [-–—] ")
# An article a sentence elides onto the name's first word: "à l'Institut ...".
_ELIDED_ARTICLE = re.compile(r"^(?:[lLdD]|dell|dall|all|nell)['’]")
# Words an acronym leaves out, written in lower case: "para", "el", "de", "do", "des", "of".
_SMALL_WORD = re.compile(r"^[a-zà-ÿ'’]{1,4}$")


def defined_name(forms: list[str], name: str, email: PreparedEmail) -> str | None:
    """The full name the mail sets beside an acronym among `forms` (the cluster's spellings), where the
    shown `name` is that acronym or a label starting with it ("Fundertormes Salamanca"); else None."""
    compact = run_together(name)
    for acronym in forms:
        if not (_MIN_ACRONYM <= len(acronym) <= _MAX_ACRONYM and acronym.isalpha() and acronym.isupper()):
            continue
        if not compact.startswith(acronym.lower()):
            continue
        text = f"{email.subject}\n{email.body}"
        if _named_in_sentences(acronym, text):
            continue  # "opportunities at ACME": the mail itself calls the organisation by its acronym
        if full := _definition(acronym, text):
            return full
    return None


def _definition(acronym: str, text: str) -> str | None:
    """The run of a name's words written right before " – ACRONYM" or "(ACRONYM)", or right after
    "ACRONYM – ", whose words the acronym's letters open."""
    for at in _places(acronym, text):
        before, after = text[max(0, at - 200) : at], text[at + len(acronym) : at + len(acronym) + 200]
        if (before.endswith("(") and after.startswith(")")) or _DASH_BEFORE.search(before):
            stripped = before.rstrip("( –—-")
            for run in name_runs(stripped):
                full = _ELIDED_ARTICLE.sub("", run.group(0))
                if run.end() == len(stripped) and _abbreviates(acronym, full.split()):
                    return full
        if dash := _DASH_AFTER.match(after):
            opening = NAME_RUN.match(after, dash.end())  # the name's words right after the dash
            full = _sentence_cut(_ELIDED_ARTICLE.sub("", opening.group(0))) if opening else ""
            if full and _abbreviates(acronym, full.split()):
                return full
    return None


def _named_in_sentences(acronym: str, text: str) -> bool:
    """True when a sentence names the organisation by `acronym`: after a lowercase word ("at ACME", "bij
    ACME"), not as a definition's or a signature's own line."""
    for at in _places(acronym, text):
        if _DASH_AFTER.match(text, at + len(acronym)):
            continue  # "bij ACME – Stichting ...": the definition itself
        words = text[text.rfind("\n", 0, at) + 1 : at].split()
        if words and words[-1].isalpha() and words[-1].islower():
            return True
    return False


def _sentence_cut(name: str) -> str:
    """The name up to the sentence's end: "Stichting X Veenhoven" of "Stichting X Veenhoven. We"."""
    words = name.split()
    ending = next((at for at, word in enumerate(words) if word.endswith(".")), len(words) - 1)
    return " ".join(words[: ending + 1]).rstrip(".")


def _places(acronym: str, text: str) -> list[int]:
    """Where `text` writes `acronym` as a word of its own."""
    found, at = [], text.find(acronym)
    while at >= 0:
        end = at + len(acronym)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(acronym, end)
    return found


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """True when `acronym` is made of the first letters (one or more) of `words` in order, the first word
    opening it; any word after the first may be left out ("Sostenible" of a foundation's long name)."""
    letters = [label_letters(word) for word in words]
    small = [bool(_SMALL_WORD.match(word)) for word in words]
    target = label_letters(acronym)
    if len(words) < 2 or not letters[0] or not target.startswith(letters[0][:1]):
        return False
    if letters[0].startswith(target) or target in letters:
        return False  # "ACME Flex - ACME": the acronym's own name with a word after it, no definition
    # Positions reachable in `target` after each word: (position, whether this word was used).
    reachable = {len(p) for p in _prefixes(letters[0]) if target.startswith(p)}
    for word, is_small in zip(letters[1:], small[1:], strict=True):
        following: set[int] = set() if not is_small else set(reachable)
        for at in reachable:
            following |= {at + len(p) for p in _prefixes(word) if target.startswith(p, at)}
        following |= reachable if not is_small else set()  # a capitalised word left out
        reachable = following
    return len(target) in reachable


def _prefixes(word: str) -> list[str]:
    return [word[:size] for size in range(1, len(word) + 1)]
