"""The name a mail writes in full for what its sender only abbreviates: an acronym ("KDC" in the display name
beside the signature's "Kellerman District Council") or a domain's label run together ("vanroodws" for "Van
Rood Werving & Selectie", "studiohaleandpine" for "Hale & Pine Studio", "brookfieldfht" for "Brookfield
Family Health Team"). A person writes the name as the mail spells it; the letters of the written name must
make the abbreviation, each word whole or by its initial, so no other name is taken for it.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.acronym_definitions import bracket_defined_name
from tracker.extraction.brand_names import LEGAL_WORDS, person_case
from tracker.extraction.name_words import LEFT_OUT_OF_INITIALS, SURNAME_PARTICLES
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import word_places
from tracker.folded_text import without_accents

# The small words inside a public body's or an institute's long name that its acronym leaves out beside
# the joining words: an article or a preposition written in lower case (or in a letterhead's capitals):
# "Office of the Tidewater X" opens "OTX", "Istituto di Ricerca sui Torbiere" is "IRT", "Ente per
# l'Export delle Imprese" "EEI". Written capitalised they are a name's own ("The Ivy").
_SMALL_INSIDE = frozenset(
    {"the", "for", "la", "le", "les", "el", "los", "las", "per", "sui", "sul", "sulla", "sullo", "sulle",
     "sugli", "alla", "alle", "ai", "agli", "nella", "nelle", "dei", "degli", "delle", "dello", "dos", "das",
     "für", "zur", "zum", "voor", "het", "pour", "para", "por"}
)  # fmt: skip
# The articles and an article joined to a preposition that a Portuguese, French, Spanish or Italian body's
# name holds in lower case ("Agência para a Gestão Portuária", "Office des Eaux au Pays X", "Istituto per
# gli Studi Y"): read as small words only so written, since in capitals "AS", "IL" or "A" are names' own.
_LOWER_ARTICLES = frozenset(
    {"a", "o", "as", "os", "ao", "aos", "à", "às", "au", "aux", "al", "il", "lo", "gli"}
)  # fmt: skip
# A run of capitalised words, joined by at most two of the small words names hold, written in lower case or
# in a letterhead's capitals ("Banca del Lago", "Hale & Pine", "Board of the Wharves", "ENTE PER LE
# TERRAZZE"); a word may open on an elided article ("l'Orticoltura"). A word in capitals is never
# a small word in capitals, so each stretch of text is read one way; the repetitions are bounded and each
# word ends at a space, so the scan stays linear.
_JOINING = sorted(
    LEFT_OUT_OF_INITIALS | SURNAME_PARTICLES | _SMALL_INSIDE, key=lambda word: (-len(word), word)
)
_CAPITAL_JOINERS = "|".join(word.upper() for word in _JOINING if word.isalpha())
_LOWER_JOINING = sorted({*_JOINING, *_LOWER_ARTICLES}, key=lambda word: (-len(word), word))
_JOINER = "|".join(re.escape(word) for word in _LOWER_JOINING) + f"|{_CAPITAL_JOINERS}"
_ELIDED = r"(?:l|d|dell|dall|all|nell|sull|qu)['’]"
_RUN_WORD = rf"(?!(?:{_CAPITAL_JOINERS})[ \t])(?:{_ELIDED})?[A-ZÀ-Þ][\w'’.-]*"
# A run opens on a capital or an elided article before one: tested first, so at every other place of the
# text the engine gives up on one character instead of trying each capitalised joiner of the word's
# lookahead (re finds no first character of its own for a pattern opening on a lookahead).
_NAME_RUN = re.compile(
    rf"(?=[A-ZÀ-Þ]|{_ELIDED}){_RUN_WORD}(?:[ \t]+(?:(?:{_JOINER})[ \t]+){{0,2}}{_RUN_WORD}){{1,7}}"
)
# The parts of a display name: "IRCMV – Portale Concorsi", "OHUO | Recruitment".
_PARTS = re.compile(r" [-–—|] ")
_ELIDED_HEAD = re.compile(rf"^(?i:{_ELIDED})(?=\w)")
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
    # "IRCMV – Portale Concorsi": the acronym beside its mailbox's or unit's part.
    name = next((part for part in _PARTS.split(name) if _is_acronym(part)), name)
    acronym = _is_acronym(name)
    squashed = label_letters(name)
    label = squashed if squashed in labels and len(squashed) >= _MIN_LABEL else ""
    if not acronym and not label:
        return _with_acronym_spelled_out(name, email)
    text = f"{email.subject}\n{email.body}"
    found = _expansions(name, acronym, label, text)
    if not found:
        defined = bracket_defined_name(name, text, _BRACKET_LEFT_OUT) if acronym else None
        return defined or _with_acronym_spelled_out(name, email)
    if _written_alone(name, text, found):
        return None  # the mail itself names the employer so ("At KDC, we ..."): a person writes it so too
    mixed = [form for form in found if not form.isupper()]
    return max(mixed, key=len) if mixed else _letterhead_in_person_case(max(found, key=len))


def _expansions(name: str, acronym: bool, label: str, text: str) -> list[str]:
    """The names `text` writes whose initials are the acronym `name` or whose words make `label`."""
    found: list[str] = []
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        # Each word's letters worked out once for the run, not again for each stretch of words holding it.
        letters = [label_letters(word) for word in words] if label else []
        for start in range(len(words) - 1):
            if _left_out(words[start]):
                continue
            for end in range(len(words), start + 1, -1):
                part = words[start:end]
                if _left_out(part[-1]):
                    continue
                if (acronym and name.lower() in _initials(part)) or (
                    label and _letters_spell_label(letters[start:end], label)
                ):
                    # "dell'Ente Valligiano ...": the article a sentence elides before the name is none of it.
                    found.append(" ".join([_ELIDED_HEAD.sub("", part[0]), *part[1:]]).rstrip("."))
    # "Acme Corp" for "acmecorp": the legal form is the legal form readings' (employer_display.py) to add.
    found = [" ".join(_without_legal(form.split())) for form in found]
    # "James D Miller" signing for "JDM", "the Pre Contract Assessment" beside "PCA": a person, a step.
    found = [form for form in found if form and not _names_no_organisation(form, acronym)]
    return found


def _with_acronym_spelled_out(name: str, email: PreparedEmail) -> str | None:
    """ "CHI Brenne-Ardoise" -> "Centre Hospitalier Intercommunal Brenne-Ardoise": an acronym and the
    place or word after it, where the mail writes the acronym's full name with them; else None."""
    # "CHI Brenne-Ardoise – Recrutement": the name before its mailbox's or unit's part.
    head, _, rest = _PARTS.split(name)[0].partition(" ")
    text = f"{email.subject}\n{email.body}"
    before, _, tail = _PARTS.split(name)[0].rpartition(" ")
    if before and _is_acronym(tail) and not _is_acronym(head):
        # "Harbury UHG" -> "Harbury University Hospital Group": the place first, its acronym after.
        return next(
            (f"{before} {form}" for form in _expansions(tail, True, "", text) if f"{before} {form}" in text),
            None,
        )
    if not rest or not _is_acronym(head):
        return None
    for form in _expansions(head, True, "", text):
        # "Agrupamento de Escolas" and "de Alvoredo X": the joining word a full name writes before the rest.
        for whole in (f"{form} {rest}", *(f"{form} {joining} {rest}" for joining in _REST_JOINING)):
            if whole in text:
                return whole
    return None


# The joining words between an acronym's full name and the place or word it is written with ("Unidade Local de
# Saúde de X" for "ULS X", "Centre hospitalier du X" for "CH X", "Office of the X" for "OT X").
_REST_JOINING = ("de", "do", "da", "dos", "das", "du", "des", "of", "of the", "di", "del", "della", "der")


# The words the initials of a name defined beside its acronym in brackets leave out: the joining words and
# the small words, written in lower case.
_BRACKET_LEFT_OUT = frozenset({*_CONNECTORS, *_SMALL_INSIDE, *_LOWER_ARTICLES})


def _letterhead_in_person_case(name: str) -> str:
    """A letterhead's capitals as a person writes the name: its small words lowercase after its first, an
    elided article lowercase before its word ("ENTE PER L'EXPORT" -> "Ente per l'Export")."""
    words = person_case(name).split()
    for at in range(1, len(words)):
        word = words[at]
        if word.lower() in _SMALL_INSIDE or word.lower() in _CONNECTORS:
            words[at] = word.lower()
        elif head := _ELIDED_HEAD.match(word):
            words[at] = head[0].lower() + word[head.end() :].capitalize()
    return " ".join(words)


def _is_acronym(name: str) -> bool:
    return name.isalpha() and name.isupper() and _MIN_ACRONYM <= len(name) <= _MAX_ACRONYM


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


def _written_alone(name: str, text: str, expansions: list[str]) -> bool:
    """True when `text` writes `name` as a word of its own: not inside a code ("KDC/PLN/14/2025"), nor as
    the definition set beside one of its `expansions` ("Kellerman District Council (KDC)", "KDC – Kellerman
    District Council"), which names the organisation by its full name."""
    end = len(name)
    return any(
        text[at - 1 : at] not in _IN_CODE
        and text[at + end : at + end + 1] not in _IN_CODE
        and not _beside_expansion(text[:at], text[at + end :], expansions)
        for at in word_places(name, text)
    )


# What sets an acronym beside its full name: brackets, a dash, a colon or a comma, and spaces.
_DEFINITION_MARKS = " \t()–—-:,"


def _beside_expansion(before: str, after: str, expansions: list[str]) -> bool:
    """True when an expansion ends just `before` an acronym or opens just `after` it (marks between)."""
    before, after = before.rstrip(_DEFINITION_MARKS), after.lstrip(_DEFINITION_MARKS)
    return any(before.endswith(form) or after.startswith(form) for form in expansions)


def _without_legal(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].lower().replace(".", "") in LEGAL_WORDS:
        words = words[:-1]
    return words


# A name's words are spelled against each label of the mail, and each name is asked about at several
# places: each text's letters are made once a pass.
@functools.lru_cache(maxsize=4096)
def label_letters(text: str) -> str:
    """`text` lowercased, its accents off, only its letters and digits: how an address writes it."""
    return "".join(char for char in without_accents(text.lower()) if char.isascii() and char.isalnum())


def _left_out(word: str) -> bool:
    """True for a small word an acronym's initials leave out: a joining word, or an article or a preposition
    not written capitalised ("the", "sui", "DELLE")."""
    lowered = word.lower()
    return (
        lowered in _CONNECTORS or (lowered in _SMALL_INSIDE and not word.istitle()) or word in _LOWER_ARTICLES
    )


def _initials(words: list[str]) -> tuple[str, str]:
    """The words' initials, a hyphenated word giving one and giving one a part: "Centre-Loire" makes the
    "C" of one acronym and the "CL" of another ("AMCL" for "Assurances Mutuelles du Centre-Loire"), its small
    words left out as between words ("Val-de-Loire": "VL"), and an elided article before a word too
    ("l'Orticoltura": "O")."""
    kept = [_ELIDED_HEAD.sub("", word) for word in words if not _left_out(word)]
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


def _letters_spell_label(letters: list[str], label: str) -> bool:
    """spells_label(words, label) with its defaults, given each word's label_letters (`letters`)."""
    return _consumes(label, letters, False, 1) or _consumes(label, [letters[-1], *letters[:-1]], False, 1)


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
