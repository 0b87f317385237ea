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
as read. A step's subject, or that of a mail naming no role, counts as its text where a role is looked for
(an invitation's "Interview - <post>"), not where its own title is (a reply's subject is often what the
reading took for the post). Dashes are
read alike ("Engineer – Embedded", "Engineer - Embedded"), and so are "&" and each language's "and".

A step (never a confirmation) whose reading named a title no other mail of the inbox reads keeps it only
where nothing better is written: where its subject writes one role of its employer whole and not the
title read (the reading took a line of the body: "Interview - <post>" over a body whose address line was
read), or where the title read begins with that role and runs on into the sentence ("<post> role, <the
manager's name>"), the mail is that role's. The title's evidence is the mail's own text and employer: no
flag for review.

`track` only, as the worker keeps no mail text: its mail is matched as read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.written_words import occurrences_as_words
from tracker.models import EmailMessage, Extraction, Status
from tracker.names import company_key, title_key

# How much of a follow-up's body and quote `track` keeps for this reading.
FOLLOW_UP_TEXT = 4000

# A bracket's tag a posting adds and a person leaves out: "(m/w/d)", "[Remote]", "(H/F)".
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]\n]{0,40}[)\]]")
# A quote's marks at a line's start ("> ", ">> "), which a title wrapped in a quote runs across.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?){1,8}", re.M)
_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGE = " \t-–—,:;/|·."
# Dashes one writer types for another's ("Engineer – Embedded Systems", "Engineer - Embedded Systems").
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
# "and" in the seven languages, which a posting as often writes "&" ("Logistique & Expéditions").
_AND = re.compile(r"(?<!\S)(?:and|et|und|y|e|en)(?!\S)")


def follow_up_text(email: EmailMessage) -> str:
    """The text of `email` this reading reads: its body and the start of the mail it quotes (where a
    reply's reader named the post)."""
    return f"{email.body[:FOLLOW_UP_TEXT]}\n{email.quoted[:FOLLOW_UP_TEXT]}"


def keeps_text(extraction: Extraction, email: EmailMessage) -> bool:
    """Whether `track` keeps a mail's text for this reading: an application whose title is none, or one
    its text (`follow_up_text`) never writes."""
    if not extraction.is_application:
        return False
    return not extraction.job_title or not _writes(alike_text(follow_up_text(email)), extraction.job_title)


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
    # How many readings name each role: a title one mail alone reads may be a line it took for the post.
    readers = Counter((company_key(reading.company), title_key(reading.job_title)) for _, reading, _ in items)
    read: list[Extraction] = []
    for email, reading, text in items:
        found = None
        if text and company_key(reading.company):
            plain, subject = alike_text(text), alike_text(email.subject)
            if not reading.job_title or not _writes(plain, reading.job_title):
                # A confirmation's subject names its own title (or a board's other posts): a step's, its role.
                asked = f"{subject}\n{plain}" if is_step(reading) or not reading.job_title else plain
                found = _the_role_written(reading, asked, roles)
            elif (
                is_step(reading) and readers[company_key(reading.company), title_key(reading.job_title)] == 1
            ):
                found = _the_role_over_the_line_read(reading, subject, plain, roles)
        read.append(replace(reading, job_title=found) if found else reading)
    return read


def is_step(reading: Extraction) -> bool:
    """Whether a reading is an application's step after its confirmation: `track` keeps its text for this."""
    return reading.is_application and reading.status not in (None, Status.APPLIED)


def _the_role_over_the_line_read(
    reading: Extraction, subject: str, plain: str, roles: list[tuple[str, str, str]]
) -> str | None:
    """The title of the one role at the reading's employer that the mail's subject writes whole (and not
    the title read), or that begins the title read and its text writes; None where none or several are."""
    own = reading.job_title or ""
    in_subject = not _writes(subject, own)
    begun = _alike(" ".join(own.casefold().split()))
    return _the_role_written(
        reading,
        f"{subject}\n{plain}",
        roles,
        lambda title: (
            (in_subject and _writes(subject, title, least_words=2))
            or any(begun.startswith(f"{form} ") for form in _forms(title))
        ),
    )


def _the_role_written(
    reading: Extraction,
    plain: str,
    roles: list[tuple[str, str, str]],
    fits: Callable[[str], bool] = lambda title: True,
) -> str | None:
    """The title of the one role at the reading's employer (by `roles`: employer key, title key, title)
    that `plain` (the mail's kept text as `alike_text` writes it) writes and `fits`, where it is not the
    reading's own; None where none or several are."""
    employer, own = company_key(reading.company), title_key(reading.job_title)
    written: dict[str, str] = {}
    for role_employer, key, title in roles:
        if key in written or key == own or not title or not compatible_employers(employer, role_employer):
            continue
        # One word is as often a team or a trade ("Controller", "Logistik") as the post.
        if _writes(plain, title, least_words=2) and fits(title):
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


def alike_text(text: str) -> str:
    """`plain_text(text)` with its dashes and "and"s read alike, as `_writes` reads it."""
    return _alike(plain_text(text))


def _writes(plain: str, title: str, least_words: int = 1) -> bool:
    """Whether `plain` (`alike_text`'s) writes `title` as whole words, with or without its bracket's tags, in
    a form of at least `least_words` words."""
    for needle in _forms(title):
        if len(_WORD.findall(needle)) < least_words:
            continue
        if next(occurrences_as_words(plain, needle), None) is not None:
            return True
    return False


def _forms(title: str) -> set[str]:
    """The forms `_writes` looks for of `title`: caseless, with and without its bracket's tags, its
    dashes and "and"s read alike."""
    return {
        _alike(" ".join(form.casefold().split()).strip(_EDGE)) for form in (title, _BRACKETED.sub("", title))
    }


def _alike(plain: str) -> str:
    """`plain` with its dashes as one dash and each language's "and" as "&"."""
    return _AND.sub("&", plain.translate(_DASHES))
