"""Who signs a mail, in the forms European job mail uses: the employers its signature block names.

A German, French, Spanish, Dutch, Portuguese or Italian employer signs with its legal entity
("Beispiel Software GmbH", "Exemple SAS", "Ejemplo S.L."), with a team line ("Ihr Beispiel
Recruiting Team", "L'équipe Recrutement de Exemple", "Talent Acquisition Team @ Beispiel") or with a
role line ("HR Partnerin bei Beispiel", "Talent Acquisition | Beispiel"). The block is the few lines after
the last valediction (valedictions.py), each line read by signature_lines.py; whom the mail greets is
greeted_names.py's.
"""

from __future__ import annotations

import re

from tracker.extraction.behalf_words import ON_BEHALF_OF
from tracker.extraction.name_reading import finish_name
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.platforms import platform_of
from tracker.extraction.signature_lines import WEAK_SIGNATURE_WEIGHT, at_sign, read_signature_line
from tracker.extraction.signers_posts import is_signers_post, organisation_after_post
from tracker.extraction.text import PreparedEmail
from tracker.extraction.valedictions import after_last_valediction

# A footer's copyright line: "© 2026 Acme GmbH", "(c) Acme", "Copyright 2026 Acme".
_COPYRIGHT = re.compile(r"^(?:©|\([cC]\)|[Cc]opyright\b)")
# A board's card sets its cells apart with dots ("Analyst · Acme · Remote"): no one's signature.
_CARD_DOTS = frozenset("·•")
_BLOCK_LINES = 8
_LAST_LINES = 4
_MAX_LINE = 90


def signature_employers(email: PreparedEmail) -> list[tuple[str, float, bool]]:
    """Employers a signature block names: (name, weight, stated in the text) for find_employer's hints."""
    lines = email.lines
    if email.recommendations_start < len(email.body):
        # A board's similar jobs close the mail: its signature, if any, stands above them.
        lines = tuple(
            line.strip() for line in email.body[: email.recommendations_start].split("\n") if line.strip()
        )
    start = after_last_valediction(lines)
    block = lines[start : start + _BLOCK_LINES] if start is not None else lines[-_LAST_LINES:]
    found: list[tuple[str, float, bool]] = []
    for line in block:
        if len(line) > _MAX_LINE or "@" in line and not at_sign(line) or _COPYRIGHT.match(line):
            continue  # a footer's "© 2026 Acme GmbH" is employer_signoffs.py's (the sender's own, or not)
        if "://" in line or line.startswith("www."):
            continue  # "https://fernbank.io": a web address, which employer_signoffs.py spells as a name
        if (behalf := ON_BEHALF_OF.search(line)) and not platform_of(email.sender):
            # "Testwise – namens Gemeente Ooststad", "Évalua pour le compte de la Mutuelle X": a third party
            # signing for the employer it names after the words, itself no employer (a known platform's
            # footer, "SHL on behalf of X", is no signature).
            line = _without_article(line[behalf.end() :])
        reading = read_signature_line(_without_writer_before_dash(line, email.sender.name))
        if reading:
            name, weight, certain = reading
            finished = finish_name(name.split())
            if finished and is_signers_post(finished) and not _CARD_DOTS.intersection(line):
                # "Principal | Keel Talent Group", "Socia – Grupo Talento Sur": the writer's post, whose
                # organisation (its name holding a hiring word, read as the role's part) signs beside it.
                # As weak a say as a role's line with its organisation after a comma.
                finished, weight = organisation_after_post(line, email.sender.name), WEAK_SIGNATURE_WEIGHT
            if finished and (certain or not looks_like_person_name(finished)):
                found.append((finished, weight, True))
    return found


# The article before an organisation's name after "pour le compte de", "em nome de", "per conto di".
_ARTICLES = ("la ", "le ", "les ", "l'", "l’", "a ", "o ", "il ", "lo ", "el ", "het ", "de ", "the ")


def _without_article(name: str) -> str:
    """ "Mutuelle X" of "la Mutuelle X": the name without the article a sentence puts before it."""
    return next(
        (name[len(a) :] for a in _ARTICLES if name.startswith(a) and name[len(a) : len(a) + 1].isupper()),
        name,
    )


def _without_writer_before_dash(line: str, writer: str) -> str:
    """The line after the writer's own name and a dash: "Marco - Birrificio Lupo" from "Marco"."""
    first = writer.split(" ", 1)[0]
    for dash in (" - ", " – "):
        if first and line.startswith(first + dash) and first[:1].isupper():
            return line[len(first) + len(dash) :]
    return line
