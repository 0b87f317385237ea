"""The employer's name in full where a reading cut it short: "Marrow & Pike" read from "working with us at
Marrow & Pike" is "Marrow & Pike Oyster Bar" where the mail's signature or the sender's display name writes
it so on a line of its own ("Marrow & Pike Oyster Bar", "Marrow & Pike Oyster Bar | Front of House").

The fuller form must stand as a name: the whole line, the part before a separator (" | ", " - ", a comma)
or the value of a "Where:" line; the words it adds are a name's (capitalised, at most three), not a
department's or a hiring team's ("Careers", "Talent"), not a filler tail that only says what kind of company
it is ("Group", "Technologies": brand_names.py keeps the brand), not a place nor a person's job, nor a
building's noun on a line heading an address ("Kelland House, 12 High Street": where the office is). A legal
name written only in a footer ("Marrow & Pike Oyster Bar Ltd") does not lengthen the brand: the mail must
write the fuller form without its legal form once.
"""

from __future__ import annotations

import re

from tracker.extraction.brand_names import GENERIC_NOUNS, LEGAL_WORDS, is_description, written_alone
from tracker.extraction.building_names import PUBLIC_BUILDING, names_a_building, opens_an_address
from tracker.extraction.display_names import GENERIC_NAMES
from tracker.extraction.employer_candidates import own_domain_label
from tracker.extraction.legal_forms import LEGAL_FORM_AFTER, LEGAL_FORM_AT_END, written_bare
from tracker.extraction.name_words import HIRING_TEAM_WORDS, STOP_WORDS
from tracker.extraction.places import only_places
from tracker.extraction.platforms import is_platform_name, platform_of
from tracker.extraction.signature_lines import is_department_word
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role
from tracker.extraction.valedictions import signature_start
from tracker.extraction.written_expansions import spells_label

_MAX_ADDED_WORDS = 3
# How far a signature runs after its valediction, and the body's last lines a signature without one is.
_SIGNATURE_LINES = 8
_ACRONYM_LETTERS = 3
_LAST_LINES = 3
# Where a signature line's name ends: its unit, store, office or address goes on after one of these.
_LINE_SEPARATORS = re.compile(r" [|\-–—·/] |, |\s\(|\t| {2,}")
# A line's label before its value: "Where: Marrow & Pike Oyster Bar, 12 Quay Street".
_LINE_LABEL = re.compile(r"^[^\W\d_]{2,20}:\s+")
# Words a shop's or a web business's name is made with that the reading's clause words also hold.
_NAME_WORDS_AMONG_STOP_WORDS = {"online"}
# The verbs a slogan under a name starts with, the name its subject ("Marrow & Pike Makes Mornings", "Acme
# Brings People Together"): a sentence, no name's words.
_SLOGAN_VERBS = frozenset(
    {"makes", "delivers", "builds", "brings", "powers", "keeps", "helps", "connects", "creates", "inspires",
     "serves", "believes", "cares", "puts", "gets", "gives", "is", "are", "means", "matters", "loves",
     "empowers", "transforms", "turns", "takes", "lets", "feeds", "fuels"}
)  # fmt: skip
_SEPARATOR_RUN = re.compile(r"[\s,|·•/–—-]*")
# A hiring mailbox's or a step's word in any language ("Carrières", "Karriere", "Recrutement") is no name's.
_NOT_NAME_WORDS = (
    ((STOP_WORDS | GENERIC_NAMES) - _NAME_WORDS_AMONG_STOP_WORDS)
    | HIRING_TEAM_WORDS
    | GENERIC_NOUNS
    | {"hr", "office", "resourcing", "noreply", "donotreply"}
    # Where the organisation sits, a meeting's place ("Where: Marrow & Pike HQ, 12 Quay Street"): a site of
    # it, not its name's words.
    | {"hq", "headquarters", "hauptsitz", "zentrale", "siège", "sede", "hoofdkantoor"}
)


def fuller_written_name(name: str, email: PreparedEmail) -> str:
    """`name` lengthened to the fullest name the mail writes on a line of its own that starts with it,
    else `name`."""
    head = f"{name} "
    display = email.sender.name.strip()
    if not name or (head not in email.body and not display.startswith(head)):
        return name  # the usual case: nothing in the mail writes more after the name
    if name.endswith(("'s", "’s")):
        return name  # "McDonald's" beside its "McDonald's Restaurants": a possessive brand is whole
    written = f"{email.subject}\n{email.body}"
    text = f"{display}\n{written}"
    fullest: list[str] = []
    for at, line in enumerate(_name_lines(email)):
        if not line.startswith(head):
            continue
        part = " " + _LINE_SEPARATORS.split(line[len(head) :], maxsplit=1)[0]
        legal = LEGAL_FORM_AT_END.search(part)
        # "Marrow & Pike Oyster Bar, Ltd · 12 Quay Street": a legal form after the part's comma is its own.
        legal_after = LEGAL_FORM_AFTER.match(line, len(head) + len(part) - 1)
        added = part[: legal.start()] if legal else part
        legal_form = bool(legal or legal_after)
        words = added.split()
        while words and words[-1].lower().replace(".", "") in LEGAL_WORDS:  # "LP", a letterhead's "GESMBH"
            words.pop()
            legal_form = True
        if not words:
            continue
        fuller = f"{head}{' '.join(words)}"
        if (
            names_a_building(fuller)
            and (
                _heads_an_address(line[len(head) + len(part) - 1 :], line, email)
                or PUBLIC_BUILDING.search(fuller)
            )
            and not _named_apart_from_addresses(fuller, email)
        ):
            continue  # "Kelland House, 12 High Street", a council's "Civic Centre": the building
        if at == 0 and (_sender_words(words, email) or not written_bare(fuller, written)):
            # "Acme Talentloop <no-reply@talentloop.io>": the system's name after the employer's; a display
            # name the text never writes ("Lumo Cosmetics" over "joining Lumo") leaves the brand.
            continue
        if _names_the_writer(fuller, email):
            continue  # "Priya" signing "Priya Nair | HR | Acme" from priya.nair@: the writer, not a name cut
        if not _added_name_words(words) and not _spelled_by_own_domain(fuller, email):
            continue
        if is_description(words) and written_alone(name, words[0], written):
            continue  # "Vidrolux Indústria de Vidros": a letterhead's trade, the text writing the brand
        if not legal_form or written_bare(fuller, text):
            fullest.append(fuller)
    return max(fullest, key=len) if fullest else name


def _name_lines(email: PreparedEmail) -> list[str]:
    """The lines where an organisation writes its name as a name: first the sender's display name (not a
    known system's; "" for one), the signature's lines (after the last valediction, and the body's last
    lines) and the value of a labelled line ("Where: ...")."""
    lines = email.lines
    display = email.sender.name.strip()
    named = [display if not platform_of(email.sender) else ""]  # first, where it is
    signed_from = signature_start(email)
    signature = lines[signed_from : signed_from + _SIGNATURE_LINES] if signed_from is not None else ()
    signed = [*signature, *lines[-_LAST_LINES:]]
    # "Manager E-commerce | Tulpenhof Online": the organisation after the writer's post on one line.
    named += signed + [part for line in signed if " | " in line for part in line.split(" | ")[1:]]
    named += [_LINE_LABEL.sub("", line, count=1) for line in lines if ":" in line and _LINE_LABEL.match(line)]
    return named


def _heads_an_address(rest: str, line: str, email: PreparedEmail) -> bool:
    """True when a line naming a building goes on with an address: the `rest` after its name opens with a
    house number ("Kelland House, 12 High Street"), or the mail's line after it does ("Kelland House" over
    "12 High Street")."""
    if opens_an_address(rest, _SEPARATOR_RUN.match(rest).end()):  # type: ignore[union-attr]
        return True
    lines = email.lines
    return any(
        opens_an_address(lines[at + 1].strip()) for at in range(len(lines) - 1) if lines[at].strip() == line
    )


def _named_apart_from_addresses(name: str, email: PreparedEmail) -> bool:
    """True when the body writes `name` in a sentence, after a lower-case word, not only on its address's
    lines: "the team at Alder Court" names the home the building is, whose name it is."""
    for line in email.lines:
        at = line.find(name)
        while at > 0:
            before = line[:at].split()[-1:]
            if before and before[0].isalpha() and before[0].islower():
                return True
            at = line.find(name, at + len(name))
    return False


def _sender_words(words: list[str], email: PreparedEmail) -> bool:
    """True when one of `words` is written in the sender's address: its system's name or its mailbox's
    ("DoNotReply"), which a display name puts after the employer's."""
    address = email.sender.address.lower()
    return any(len(word) > _ACRONYM_LETTERS and word.lower() in address for word in words)


def _spelled_by_own_domain(name: str, email: PreparedEmail) -> bool:
    """True when the sender's own domain spells `name` whole, its words or their initials: "Brookfield
    Family Health Team" from brookfieldfht.ca, whose "Team" is then the name's, not a hiring team's."""
    label = own_domain_label(email)
    words = name.split()
    if not label or not all(word == "&" or word[:1].isupper() for word in words):
        return False
    return spells_label(words, label)


def _names_the_writer(name: str, email: PreparedEmail) -> bool:
    """True when the sender's mailbox spells each word of `name`: a person's own address."""
    mailbox = email.sender.address.partition("@")[0].lower()
    return all(word.lower() in mailbox for word in name.split())


def _added_name_words(words: list[str]) -> bool:
    """True when `words` go on a name: capitalised words (an "&" between them), none a department's, a
    filler's, a place's or a person's job, nor a slogan's verb first."""
    if not words or len(words) > _MAX_ADDED_WORDS or words[-1] == "&" or words[0].lower() in _SLOGAN_VERBS:
        return False
    if not all(word == "&" or (word[:1].isupper() and word.replace("-", "").isalpha()) for word in words):
        return False
    if any(
        word.lower() in _NOT_NAME_WORDS or is_platform_name(word) or is_department_word(word)
        for word in words
    ):
        return False
    added = " ".join(words)
    if any(
        f"{first} {second}".lower() in GENERIC_NAMES for first, second in zip(words, words[1:], strict=False)
    ):
        return False  # "Risorse Umane", "Human Capital": a department's two words
    if only_places(added) or any(only_places(word) for word in words if word != "&"):
        return False  # "Marrow & Pike Galway", a letterhead's "MARROW & PIKE IRELAND": an office's place
    return not names_a_person_role(added)
