"""A client an agency names in full once and short everywhere else, read in full.

An agency introduces its client by the name the client goes by ("I've sent your profile to Ormsby Quarry
Supplies for the ...", "Vellacott Rail Freight's operations lead wants to meet you") and then files its
mail under a short form ("Ormsby - next step", "Submitted you to Vellacott"); a reading that found the
client in the subject, or in the body's shorthand ("they'd like to meet you at Ormsby"), took the short form,
while a person keeping a tracker writes the client as the agency introduced it. So, in mail from an agency
(employer_agencies.is_agency_sender) and for a client that is not the agency itself, a name read is
lengthened to the fuller form the subject or the body writes right after it: at most three added words, each
capitalised ("&" and a Romance or Germanic name's joining word between two of them: "Cave di Porfido",
"Huis van Ommen"), none an acronym (a post's "EM", a unit's "HR"), a hiring team's or a department's word, a
place, a day or a month, a person's job, or a sentence's word, and not written with a legal form after it (a
legal entity's line, "Ormsby Quarry Supplies Ltd, Unit 4", is a letterhead's, not how the agency calls its
client); a name read whole with its legal form ("Ormsby Pty Ltd.") is not lengthened at all.

An employer's own mail (its ATS's display name, its signature's legal entity) keeps the name its readings
chose: an organisation names itself by its brand ("Korrin" under "Korrin Analytics GmbH" in its footer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.cohort_words import ENGLISH_MONTHS
from tracker.extraction.brand_names import LEGAL_WORDS
from tracker.extraction.client_firms import agency_sender_spellings, spells_the_agency
from tracker.extraction.display_names import GENERIC_NAMES
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.legal_forms import LEGAL_FORM_AFTER, LEGAL_FORM_AT_END
from tracker.extraction.name_words import HIRING_TEAM_WORDS, STOP_WORDS
from tracker.extraction.places import is_written_place, only_places
from tracker.extraction.platforms import is_platform_name
from tracker.extraction.signature_lines import is_department_word
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role
from tracker.extraction.weekdays import (
    DUTCH,
    DUTCH_MONTHS,
    ENGLISH,
    FRENCH,
    FRENCH_MONTHS,
    GERMAN,
    GERMAN_MONTHS,
    ITALIAN,
    ITALIAN_MONTHS,
    PORTUGUESE,
    PORTUGUESE_MONTHS,
    SPANISH,
    SPANISH_MONTHS,
)

_MAX_ADDED_WORDS = 3
# One word of a name: a capital, then letters, hyphens or an inner apostrophe ("Children's", "Saint-Rémy").
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")
# What a word may carry after it and still end the name: a possessive, then punctuation closing the name.
_POSSESSIVE = ("'s", "’s")
_CLOSING = ".,;:!?)»\"'’"
# The words inside a name between two capitalised ones: "&" and the articles and prepositions a Romance
# or Germanic name is joined with ("Cave di Porfido Valsesia", "Huis van Ommen"). "and", "y", "et", "und"
# are left out: they join two organisations as often as a name's words.
_JOINING_WORDS = frozenset(
    {"&", "of", "de", "di", "du", "des", "del", "della", "da", "do", "dos", "das", "van", "von", "der"}
)
_CALENDAR_WORDS = frozenset(
    {*ENGLISH, *FRENCH, *SPANISH, *GERMAN, *DUTCH, *PORTUGUESE, *ITALIAN, *ENGLISH_MONTHS, *FRENCH_MONTHS,
     *SPANISH_MONTHS, *GERMAN_MONTHS, *DUTCH_MONTHS, *PORTUGUESE_MONTHS, *ITALIAN_MONTHS}
)  # fmt: skip
# The nouns a company's name ends with that the clause words also hold: "Quennock Foods Group".
_NAME_NOUNS_AMONG_STOP_WORDS = frozenset({"group", "services", "global", "online", "campus"})
_NOT_NAME_WORDS = (
    (STOP_WORDS - _NAME_NOUNS_AMONG_STOP_WORDS)
    | HIRING_TEAM_WORDS
    | {name for name in GENERIC_NAMES if " " not in name}
    | _CALENDAR_WORDS
) - {"company", "systems"}


def client_in_full(name: str, email: PreparedEmail) -> str:
    """`name` as the agency introduces its client in full, where the mail is an agency's and writes it
    so; else `name`."""
    if not name or f"{name} " not in f"{email.subject}\n{email.body}":
        return name  # the usual case: nothing is written after the name
    if name.endswith(".") or LEGAL_FORM_AT_END.search(name):
        return name  # "Ormsby Pty Ltd. We ...": a name closing on its legal form is whole
    if not is_agency_sender(email) or spells_the_agency(run_together(name), agency_sender_spellings(email)):
        return name
    for text in (email.subject, email.body):
        for fuller in _written_after(name, text):
            return fuller
    return name


def _written_after(name: str, text: str) -> Iterator[str]:
    """Each fuller name `text` writes as `name` and a name's added words after it, in the text's order."""
    for match in re.finditer(rf"(?<![\w&'’-]){re.escape(name)} ", text):
        before_end = text.find("\n", match.end())
        rest = text[match.end() : before_end if before_end >= 0 else len(text)]
        words = _added_words(rest)
        after = rest[len(" ".join(words)) :]
        # "Van: Ilse Vandamme <ilse@...>": a quoted header's person, the name read her first name.
        if words and _name_words(words) and not LEGAL_FORM_AFTER.match(after) and not after.startswith(" <"):
            yield f"{name} {' '.join(words)}"


def _added_words(rest: str) -> list[str]:
    """The capitalised words opening `rest` (at most three, joining words between them), up to the first
    word that is no name's or the punctuation closing the name."""
    words: list[str] = []
    tokens = rest.split(" ", _MAX_ADDED_WORDS * 2)[: _MAX_ADDED_WORDS * 2]
    for at, token in enumerate(tokens):
        word = token.rstrip(_CLOSING)
        # "Ormsby Quarry's site lead": the possessive closes the name; "Ormsby Children's Trust" goes on.
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        possessive = word.endswith(_POSSESSIVE) and (word != token or not following[:1].isupper())
        if possessive:
            word = word[:-2]
        if word.lower() in _JOINING_WORDS and word == token and words:
            words.append(word)
            continue
        if (
            not word[:1].isupper()
            or not _NAME_WORD.fullmatch(word)
            or word.lower().replace(".", "") in LEGAL_WORDS
        ):
            break
        words.append(word)
        if (
            possessive
            or word != token
            or len([w for w in words if w.lower() not in _JOINING_WORDS]) == _MAX_ADDED_WORDS
        ):
            break
    while words and words[-1].lower() in _JOINING_WORDS:
        words.pop()
    return words


def _name_words(words: list[str]) -> bool:
    """True when `words` go on a name: none an acronym, a hiring team's, a department's, a sentence's, a
    day's or a month's word, a platform's name or a place, and together no person's job."""
    named = [word for word in words if word.lower() not in _JOINING_WORDS]
    if any(word.isupper() for word in named):
        return False  # "Ormsby EM role", "Ormsby HR", "Ormsby UK": a post's, a unit's or a country's letters
    if any(
        word.lower() in _NOT_NAME_WORDS
        or is_department_word(word)
        or is_platform_name(word)
        or is_written_place(word)
        for word in named
    ):
        return False
    added = " ".join(words)
    return not only_places(added) and not names_a_person_role(added)
