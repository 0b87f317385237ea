"""How a mail spells a domain's run-together label: "quillonhealth" -> "Quillon Health", "moebelkraft" ->
"Möbel Kraft", "crumbandcrust" -> "Crumb & Crust", "zbt" -> "ZBT"."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from tracker.extraction.name_words import ABBREVIATIONS
from tracker.extraction.written_words import case_folded, written_apart

_MIN_SPELLED_LABEL = 4
_MAX_ORDERED_PARTS = 3
# How an address writes an umlaut or "ß" (employer_sender.py reads people's names back the other way).
UMLAUT_SPELLINGS = {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}
# The accented forms an address writes without their accents.
_ACCENTED = {
    "a": "[aáàâãäå]", "e": "[eéèêë]", "i": "[iíìîï]", "o": "[oóòôõöø]", "u": "[uúùûü]", "c": "[cç]",
    "n": "[nñ]",
}  # fmt: skip
_SPELLED_SUFFIX = r"(?:,? (?:Inc|LLC|Ltd|Corp|Co|GmbH|plc|LLP|SAS|SE|AG|Limited|Corporation)\.?)?"


def spelled_out(label: str, texts: Iterable[str]) -> str | None:
    """How the texts spell a run-together label ("quillonhealth" -> "Quillon Health"), capitalised.

    Spaces, case and punctuation between the letters are free, so "ZINNIA HEALTH LLC" spells
    "zinniahealth" too; the first spelling with a capital (preferring one with a space) wins.
    """
    if not label.isalnum():
        # "fintech-brisa.com" signed "Brisa Fintech", "moebel-kraft.de" signed "Möbel Kraft": a hyphen's
        # words as the text writes them, where that is not just the label's words capitalised (which
        # the sender's own reading of the label gives).
        parts = label.split("-")
        if 2 <= len(parts) <= _MAX_ORDERED_PARTS and all(part.isalnum() for part in parts):
            texts = list(texts)
            as_written = " ".join(parts)
            orders = (spelled_out("".join(order), texts) for order in itertools.permutations(parts))
            return next(
                (name for name in orders if name and " " in name and not name.lower().startswith(as_written)),
                None,
            )
        return None
    if len(label) < _MIN_SPELLED_LABEL:
        return _acronym_written(label, texts)
    fallback = None
    probe = label[:1] if label[1:3] in UMLAUT_SPELLINGS else label[:2]
    for text in texts:
        if not text or probe not in text.lower():
            continue
        spellings = _spellings(label, text)
        if not spellings and not text.isascii():
            # An address drops accents and writes umlauts as two letters: "cafeteriaolivo" spells
            # "Cafetería Olivo", "moebelkraft" spells "Möbel Kraft".
            spellings = [match.group(0) for match in _spelling_pattern(label, accented=True).finditer(text)]
        for spelled in spellings:
            spelled = spelled.strip()
            if spelled.endswith(".") and spelled.rsplit(" ", 1)[-1].lower() not in ABBREVIATIONS:
                spelled = spelled[:-1]  # "bei der Nordlicht Software GmbH.": the sentence's full stop
            if not (spelled[0].isupper() or spelled[0].isdigit()) or spelled.islower():
                continue
            if " " in spelled:
                return spelled
            fallback = fallback or spelled
    return fallback or _ampersand_spelled(label, texts)


def _ampersand_spelled(label: str, texts: Iterable[str]) -> str | None:
    """ "crumbandcrust" spelled "Crumb & Crust": the label writes out the "&" the name has."""
    texts = [text for text in texts if text and "&" in text]
    at = label.find("and", 1)
    while texts and 0 < at < len(label) - 3:
        spelled = spelled_out(label[:at] + label[at + 3 :], texts)
        if spelled and "&" in spelled:
            return spelled
        at = label.find("and", at + 1)
    return None


def _acronym_written(label: str, texts: Iterable[str]) -> str | None:
    """ "ZBT" for zbt.com: a label this short is spelled only as the text's capitals, a word of its own."""
    acronym = label.upper()
    if len(label) < 2:
        return None
    return acronym if any(written_apart(acronym, text) for text in texts if text) else None


def _spellings(label: str, text: str) -> list[str]:
    """What `_spelling_pattern(label)` finds in `text`, in order. Compiling a pattern for every new label
    cost a reading of new mail more than the rest of the spelling did (~0.4 ms a label): for an ASCII
    label the search is done here in the pattern's order instead, trying the same separators in the
    same order at each gap and ending with the same tail (tests/unit/test_reading_shortcuts.py checks
    it against the pattern)."""
    if not label.isascii():
        return [match.group(0) for match in _spelling_pattern(label).finditer(text)]
    folded = case_folded(text)
    letters = label.lower()
    found = []
    start = folded.find(letters[0])
    while start >= 0:
        end = None
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "_@/.-"):
            end = _spelling_end(text, folded, letters, 1, start + 1)
        if end is None:
            start = folded.find(letters[0], start + 1)
        else:
            found.append(text[start:end])
            start = folded.find(letters[0], end)
    return found


def _spelling_end(text: str, folded: str, letters: str, done: int, at: int) -> int | None:
    """Where a spelling ends whose first `done` letters end at `at`, or None: the pattern's gaps
    (one of " .&'-", then ". ", " & ", " and ", then none), each tried in that order, then its tail."""
    if done == len(letters):
        tail = _SPELLING_TAIL.match(text, at)
        return tail.end() if tail else None
    letter = letters[done]
    gaps = [1] if folded[at : at + 1] in _GAP_CHARS and folded[at : at + 1] else []
    gaps += [len(gap) for gap in _GAPS if folded.startswith(gap, at)]
    for gap in [*gaps, 0]:
        if folded[at + gap : at + gap + 1] == letter:
            end = _spelling_end(text, folded, letters, done + 1, at + gap + 1)
            if end is not None:
                return end
    return None


_GAP_CHARS = " .&'-"
_GAPS = (". ", " & ", " and ")
_SPELLING_TAIL = re.compile(
    rf"(?:\.(?:com|io|ai|co|net|org)(?![\w@-]|\.\w))?{_SPELLED_SUFFIX}(?![\w@-]|\.\w)", re.I
)


@functools.lru_cache(maxsize=1024)
def _spelling_pattern(label: str, accented: bool = False) -> re.Pattern[str]:
    # Not inside an address or a link ("quillonhealth.com", "@quillonhealth"), which spell nothing.
    # "maddoxlyle.at" spells "Maddox & Lyle" (and "Maddox and Lyle"): a run-together label drops the "&";
    # "staldric.org" spells "St. Aldric". A dotted brand keeps its ending ("Plantwise.com"): spelled_out
    # takes only a capitalised spelling, which no link is.
    units = _accented_letters(label) if accented else [re.escape(ch) for ch in label]
    letters = r"(?:[ .&'-]|\. | & | and )?".join(units)
    return re.compile(rf"(?<![\w@/.-]){letters}{_SPELLING_TAIL.pattern}", re.I)


def _accented_letters(label: str) -> list[str]:
    """Each letter of `label` as a pattern that also matches its accented forms; "ae", "oe", "ue" and
    "ss" as one that also matches the umlaut or "ß"."""
    units: list[str] = []
    at = 0
    while at < len(label):
        pair = label[at : at + 2]
        if pair in UMLAUT_SPELLINGS:
            units.append(f"(?:{pair}|{UMLAUT_SPELLINGS[pair]})")
            at += 2
        else:
            units.append(_ACCENTED.get(label[at]) or re.escape(label[at]))
            at += 1
    return units
