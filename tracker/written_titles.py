"""A follow-up whose reading names no role, or a role its text never writes, takes the role of its
employer's application that its text writes whole, for `track` over a whole inbox.

A job board's "X viewed your application" over the post's line, a recruiter's "Re: Following up" above
the reader's own quoted "I applied for the <post> position", a "Re: Checking in" whose quote names the
post: the reading misses the post (a card's line it does not take, the reply's subject taken for it) and
the bookkeeping then keeps the mail apart (a receipt naming no role days later reads as another
submission; a title no application has is another job). What the mail and the inbox share says which
application it is: where its text writes whole (its case and spaces aside, a bracket's tag such as
"(m/w/d)" left out) the title the inbox's mail read for exactly one role at the same employer, the mail
is that role's. A mail whose own title its text writes keeps it (it named a role); one writing the
titles of two roles at its employer, or a title of one word ("Controller" is also a department), is left
as read. The title's evidence is the mail's own text and employer: no flag for review.

`track` only, as the worker keeps no mail text: its mail is matched as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.written_words import occurrences_as_words
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, title_key

# How much of a follow-up's body and quote `track` keeps for this reading.
FOLLOW_UP_TEXT = 4000

# A bracket's tag a posting adds and a person leaves out: "(m/w/d)", "[Remote]", "(H/F)".
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]\n]{0,40}[)\]]")
# A quote's marks at a line's start ("> ", ">> "), which a title wrapped in a quote runs across.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?){1,8}", re.M)
_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGE = " \t-–—,:;/|·."


def follow_up_text(email: EmailMessage) -> str:
    """The text of `email` this reading reads: its body and the start of the mail it quotes (where a
    reply's reader named the post)."""
    return f"{email.body[:FOLLOW_UP_TEXT]}\n{email.quoted[:FOLLOW_UP_TEXT]}"


def keeps_text(extraction: Extraction, email: EmailMessage) -> bool:
    """Whether `track` keeps a mail's text for this reading: an application whose title is none, or one
    its text (`follow_up_text`) never writes."""
    if not extraction.is_application:
        return False
    return not extraction.job_title or not _writes(plain_text(follow_up_text(email)), extraction.job_title)


def titles_written(items: Sequence[tuple[EmailMessage, Extraction, str]]) -> list[Extraction]:
    """Each reading of `items` (mail, its reading, the text kept for it: '' where none), with the title
    of its employer's one role its text writes where its reading names none its text writes."""
    # Each (employer, title) once: an inbox's mail names a few roles many times over.
    roles = list(
        dict.fromkeys(
            (company_key(reading.company), title_key(reading.job_title), reading.job_title)
            for _, reading, _ in items
            if reading.is_application and reading.job_title and company_key(reading.company)
        )
    )
    read: list[Extraction] = []
    for _, reading, text in items:
        plain = plain_text(text)
        named = bool(company_key(reading.company))
        unwritten = not reading.job_title or not _writes(plain, reading.job_title)
        found = _the_role_written(reading, plain, roles) if text and named and unwritten else None
        read.append(replace(reading, job_title=found) if found else reading)
    return read


def _the_role_written(reading: Extraction, plain: str, roles: list[tuple[str, str, str]]) -> str | None:
    """The title of the one role at the reading's employer (by `roles`: employer key, title key, title)
    that `plain` (the mail's kept text as `plain_text` writes it) writes, where it is not the reading's own;
    None where none or several are."""
    employer, own = company_key(reading.company), title_key(reading.job_title)
    written: dict[str, str] = {}
    for role_employer, key, title in roles:
        if key in written or not title or not compatible_employers(employer, role_employer):
            continue
        # One word is as often a team or a trade ("Controller", "Logistik") as the post.
        if _writes(plain, title, least_words=2):
            written[key] = title
    if not written:
        return None
    keys = list(written)
    if not all(compatible_titles(a, b) for a in keys for b in keys):
        return None  # two roles at the employer: which one is a guess
    if own and any(compatible_titles(own, key) for key in keys):
        return None  # its own title is that role's written another way: matching joins them
    return max(written.values(), key=len)


def plain_text(text: str) -> str:
    """`text` caseless, without quote marks, its spaces collapsed."""
    return " ".join(_QUOTE_MARKS.sub("", text).casefold().split())


def _writes(plain: str, title: str, least_words: int = 1) -> bool:
    """Whether `plain` (`plain_text`'s) writes `title` as whole words, with or without its bracket's tags, in
    a form of at least `least_words` words."""
    for form in {title, _BRACKETED.sub("", title)}:
        needle = " ".join(form.casefold().split()).strip(_EDGE)
        if len(_WORD.findall(needle)) < least_words:
            continue
        if next(occurrences_as_words(plain, needle), None) is not None:
            return True
    return False
