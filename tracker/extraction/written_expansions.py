"""The name a mail writes in full for what its sender only abbreviates: an acronym ("KDC" in the display name
beside the signature's "Kellerman District Council") or a domain's label run together ("vanroodws" for "Van
Rood Werving & Selectie", "studiohaleandpine" for "Hale & Pine Studio", "brookfieldfht" for "Brookfield
Family Health Team"). A person writes the name as the mail spells it; the letters of the written name must
make the abbreviation, each word whole or by its initial, so no other name is taken for it.
"""

from __future__ import annotations

import re

from tracker.extraction.brand_names import LEGAL_WORDS, person_case
from tracker.extraction.name_words import LEFT_OUT_OF_INITIALS, SURNAME_PARTICLES
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import word_places
from tracker.folded_text import without_accents

# A run of capitalised words, joined by the small words names hold ("Banca del Lago", "Hale & Pine"); the
# repetition is bounded and each word ends at a space, so the scan stays linear.
_RUN_JOINERS = "|".join(sorted(LEFT_OUT_OF_INITIALS | SURNAME_PARTICLES, key=lambda word: (-len(word), word)))
_NAME_RUN = re.compile(
    rf"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:(?:{_RUN_JOINERS})[ \t]+)?"
    r"[A-ZÀ-Þ][\w'’.-]*){1,5}"
)
# The small words an acronym's initials and a label's letters leave out (name_words.py).
_CONNECTORS = LEFT_OUT_OF_INITIALS
# The last word of a step or a form of the hiring the mail asks for, whose initials may spell the acronym too
# ("complete the Pre Contract Assessment" beside "PCA"): no organisation's name.
_STEP_NOUNS = frozenset(
    {"assessment", "interview", "test", "form", "check", "questionnaire", "screening", "application",
     "statement", "declaration"}
)  # fmt: skip
_MIN_ACRONYM, _MAX_ACRONYM = 2, 6
_MIN_LABEL = 6
_IN_CODE = {"/", "-", "_"}


def written_expansion(name: str, labels: set[str], email: PreparedEmail) -> str | None:
    """The name the mail writes whose initials are the acronym `name`, or whose letters (each word whole or
    by its initial) make the domain label `name` was spelled from (`labels`: the sender's labels run
    together); None when `name` is neither or the mail writes no such name."""
    acronym = name.isalpha() and name.isupper() and _MIN_ACRONYM <= len(name) <= _MAX_ACRONYM
    squashed = label_letters(name)
    label = squashed if squashed in labels and len(squashed) >= _MIN_LABEL else ""
    if not acronym and not label:
        return None
    text = f"{email.subject}\n{email.body}"
    if (label or acronym) and _written_alone(name, text):
        return None  # the mail itself names the employer so ("At KDC, we ..."): a person writes it so too
    found: list[str] = []
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words) - 1):
            if words[start].lower() in _CONNECTORS:
                continue
            for end in range(len(words), start + 1, -1):
                part = words[start:end]
                if part[-1].lower() in _CONNECTORS:
                    continue
                if (acronym and name.lower() in _initials(part)) or (label and spells_label(part, label)):
                    found.append(" ".join(part).rstrip("."))
    # "Acme Corp" for "acmecorp": the legal form is the legal form readings' (employer_display.py) to add.
    found = [" ".join(_without_legal(form.split())) for form in found]
    # "James D Miller" signing for "JDM", "the Pre Contract Assessment" beside "PCA": a person, a step.
    found = [form for form in found if form and not _names_no_organisation(form, acronym)]
    if not found:
        return None
    mixed = [form for form in found if not form.isupper()]
    return max(mixed, key=len) if mixed else person_case(max(found, key=len))


def _names_no_organisation(form: str, acronym: bool) -> bool:
    """True when `form` is a hiring step's name ("Pre Contract Assessment") or, for an `acronym`, a person's
    ("James D. Miller": its middle initial aside). A domain's label spelled out is the organisation's own:
    "Van Dalen Werving & Selectie" is no person for all its capitalised words."""
    words = form.split()
    if words[-1].lower() in _STEP_NOUNS:
        return True
    unabbreviated = " ".join(
        word for word in words if not (word.rstrip(".").isalpha() and len(word.rstrip(".")) == 1)
    )
    return acronym and looks_like_person_name(unabbreviated)


def _written_alone(name: str, text: str) -> bool:
    """True when `text` writes `name` as a word of its own, not inside a code ("KDC/PLN/14/2025")."""
    end = len(name)
    return any(
        text[at - 1 : at] not in _IN_CODE and text[at + end : at + end + 1] not in _IN_CODE
        for at in word_places(name, text)
    )


def _without_legal(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].lower().replace(".", "") in LEGAL_WORDS:
        words = words[:-1]
    return words


def label_letters(text: str) -> str:
    """`text` lowercased, its accents off, only its letters and digits: how an address writes it."""
    return "".join(char for char in without_accents(text.lower()) if char.isascii() and char.isalnum())


def _initials(words: list[str]) -> tuple[str, str]:
    """The words' initials, a hyphenated word giving one and giving one a part: "Centre-Loire" makes the
    "C" of one acronym and the "CL" of another ("AMCL" for "Assurances Mutuelles du Centre-Loire"), its small
    words left out as between words ("Val-de-Loire": "VL")."""
    kept = [word for word in words if word.lower() not in _CONNECTORS]
    whole = "".join(word[0].lower() for word in kept)
    pieces = [part for word in kept for part in word.split("-") if part]
    parts = "".join(part[0].lower() for part in pieces if part.lower() not in _CONNECTORS)
    return whole, parts


def spells_label(
    words: list[str],
    label: str,
    *,
    any_left_out: bool = False,
    fewest_words: int = 1,
    last_first: bool = True,
) -> bool:
    """True when `words` make a domain's `label` (the one reading of whether a domain spells a name): the
    first word whole, each other word whole, by its initial or (a connector) left out. Each caller keeps its
    own use: `last_first` tries the last word first too ("Studio Hale & Pine" for "Hale & Pine Studio");
    `any_left_out` lets any word after the first be left out ("St Aidan's Church of England Academy" makes
    "staidansacademy"), with at least `fewest_words` words used."""
    orders = [words, [words[-1], *words[:-1]]] if last_first else [words]
    return any(
        _consumes(label, [label_letters(word) for word in order], any_left_out, fewest_words)
        for order in orders
    )


# How a label writes a connector ("&", "and"): whole, as "n" ("rockandroll", "rocknroll") or not at all.
_CONNECTOR_SPELLINGS = frozenset({"and", "n"})


def _is_connector(letters: str) -> bool:
    return letters in ("", "and") or letters in _CONNECTORS


def _consumes(label: str, letters: list[str], any_left_out: bool, fewest_words: int) -> bool:
    """True when `letters` (each word's) make `label` as spells_label reads them: the positions reachable
    after each word, with how many words were used (a label's letters are few, a name's words fewer)."""
    if not letters:
        return False
    first = {letters[0], *_CONNECTOR_SPELLINGS} if _is_connector(letters[0]) else {letters[0]}
    reachable = {(len(option), 1) for option in first if option and label.startswith(option)}
    for word in letters[1:]:
        options = {word, word[:1]}
        connector = _is_connector(word)
        if connector:
            options |= _CONNECTOR_SPELLINGS
        following = set(reachable) if any_left_out or connector else set()
        for at, used in reachable:
            for option in options - {""}:
                if label.startswith(option, at):
                    following.add((at + len(option), used + 1))
        reachable = following
    return any(at == len(label) and used >= fewest_words for at, used in reachable)
