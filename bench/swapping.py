"""Swapping one employer's or job title's name for another throughout an email (bench/name_swap.py).

Pure functions over the email's text. A name is replaced as a whole word only ("Acme" in "Acme's" and
"ACME Corp", never in "Acmeville"), in the case shape it was written in ("ACME" -> "QUILLMORE"), in the
subject, the body and the sender's display name. Inside addresses and links the name is written in its
compact lowercase form ("acme" in careers@acme.com, jobs.acme.com/apply): that form is replaced by the
new name's compact form there, and only there.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, replace

from tracker.models import EmailMessage
from tracker.names import company_key

# An address or a link: a mailbox, a URL, or a bare lowercase domain ("jobs.acme.com").
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[^\s<>\"'()\[\]]+"
    r"|(?<![\w.@-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|co|de|at|ch|uk|eu|jobs|careers)\b"
    r"(?:/[^\s<>\"'()\[\]]*)?"
)
# A compact form this short is only replaced where it stands between dots, dashes or slashes ("ey"
# would otherwise hit survey.com); a longer one also where it is glued to a word ("acmecareers.com").
_SHORT_COMPACT = 4
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Swap:
    """One name written in the mail (`old`) and the invented name that replaces it (`new`)."""

    old: str
    new: str


def compact(name: str) -> str:
    """How a name is written in addresses: lowercase letters and digits, accents and a trailing legal
    form or top-level domain dropped ("Acme Corp." -> "acme", "Nuvio.ai" -> "nuvio", "Bäckerei X" ->
    "backereix")."""
    key = company_key(re.sub(r"['’]s\b", "", name))  # "Marlow's" -> "marlow" (the key keeps "marlows")
    key = re.sub(r"\b(?:and|s)\b", " ", key) if " " in key else key
    folded = unicodedata.normalize("NFKD", key)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def mentions(text: str, name: str) -> bool:
    """True when `name` stands in `text` as a whole word (any case), outside addresses and links."""
    return any(_word(name).search(part) for part, is_address in _segments(text) if not is_address)


def swap_text(text: str, swap: Swap) -> str:
    """`text` with every whole-word `swap.old` replaced by `swap.new` in the case it was written, and its
    compact form replaced inside addresses and links."""
    old_compact, new_compact = compact(swap.old), compact(swap.new)
    pieces = []
    for part, is_address in _segments(text):
        if is_address:
            pieces.append(_swap_compact(part, old_compact, new_compact) if old_compact else part)
        else:
            pieces.append(_word(swap.old).sub(lambda found: _shaped(found, swap), part))
    return "".join(pieces)


def swap_email(email: EmailMessage, swap: Swap) -> EmailMessage | None:
    """The email with the name swapped in its sender, subject and body; None when the name is not written
    in any of them (only an address may hold it: there is nothing to swap a reader could see)."""
    fields = (email.sender, email.subject, email.body)
    if not any(mentions(field, swap.old) for field in fields):
        return None
    return replace(
        email,
        sender=swap_text(email.sender, swap),
        subject=swap_text(email.subject, swap),
        body=swap_text(email.body, swap),
    )


def still_names(variant: EmailMessage, swap: Swap) -> bool:
    """True when a swapped email still writes the old employer in another form: its compact form or one
    of its distinctive words, glued or cut where a whole-word swap cannot reach ("AcmeHR", "acme.jobs",
    "Acme Talent" for "Acme Software"). A reader could still see the old name there."""
    text = "\n".join((variant.sender, variant.subject, variant.body))
    for new in (swap.new, compact(swap.new)):
        text = re.sub(re.escape(new), " ", text, flags=re.I)
    compact_form, *words = _distinctive_words(swap.old)
    return _written(text, compact_form, glued=True) or any(
        _written(text, word, glued=False) for word in words
    )


def pick(names: dict[str, tuple[str, ...]], key: str, count: int, avoid: str) -> list[tuple[str, str]]:
    """`count` (shape, name) pairs of distinct shapes for `key` (a row id), the same on every run; never
    a name `avoid` (the email's text) already holds."""
    chooser = random.Random(key)
    chosen = []
    for shape in chooser.sample(sorted(names), k=min(count, len(names))):
        fresh = [name for name in names[shape] if not mentions(avoid, name)]
        if fresh:
            chosen.append((shape, chooser.choice(fresh)))
    return chosen


def _distinctive_words(name: str) -> list[str]:
    """The compact form (found even glued: "lifeatacme") and the first word of three letters or more of
    the name's key (found where it starts a word: "AcmeHR", "acme.jobs", not "unacmed")."""
    words = [word for word in company_key(name).split() if len(word) >= 3]
    return [compact(name), *words[:1]]


def _written(text: str, word: str, glued: bool) -> bool:
    if len(word) < 3:
        return False
    start = "" if glued and len(word) >= _SHORT_COMPACT else r"(?<![^\W\d_])"
    return re.search(start + re.escape(word), _ascii(text), re.I) is not None


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _segments(text: str):
    """`text` cut into (part, is_address) pieces, in order."""
    start = 0
    for found in _ADDRESS.finditer(text):
        if found.start() > start:
            yield text[start : found.start()], False
        yield found.group(), True
        start = found.end()
    if start < len(text):
        yield text[start:], False


def _word(name: str) -> re.Pattern[str]:
    # A possessive's "'s" is part of the name it follows, so "Acme's" can become "Marlow's", not "Marlow's's".
    # An HTML body the reader decodes may still write "&" as "&amp;".
    escaped = "(?:&amp;|&)".join(re.escape(part) for part in name.split("&"))
    return re.compile(r"(?<![\w.&-])" + escaped + r"(?:['’]s)?(?![\w&]|-\w|\.\w)", re.I)


def _shaped(found: re.Match[str], swap: Swap) -> str:
    """`swap.new` in the case `found` wrote `swap.old` in ("ACME" -> "QUILLMORE", "acme" -> "quillmore")."""
    written = found.group()
    entity = "&amp;" in written
    written = written.replace("&amp;", "&")
    possessive = _POSSESSIVE.search(written) if not _POSSESSIVE.search(swap.old) else None
    if possessive:
        written = written[: possessive.start()]
    new = swap.new
    if written != swap.old:
        if written.isupper() and not swap.old.isupper():
            new = new.upper()
        elif written.islower() and not swap.old.islower():
            new = new.lower()
    if possessive and not _POSSESSIVE.search(new):
        new += possessive.group()
    return new.replace("&", "&amp;") if entity else new


def _swap_compact(address: str, old: str, new: str) -> str:
    if len(old) < _SHORT_COMPACT:
        return re.sub(r"(?<![a-z0-9])" + re.escape(old) + r"(?![a-z0-9])", new, address, flags=re.I)
    return re.sub(re.escape(old), new, address, flags=re.I)
