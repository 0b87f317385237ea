"""An agency's client, named in its subject beside the role.

A recruiter files its mail about a client's role under a subject that sets the role and the client side
by side, parted as a subject parts its fields: "Submitted: Stores Controller - Ardley Freight (Hendon)",
"New submission - Coldbrook Children's Health / Data Analyst", "Shortlist | Tamsin Foods | Buyer". The
body may never name the client again (a reply's "They want to meet you Tuesday"). In mail from an agency
(employer_agencies.is_agency_sender) or filed as a submission ("Submitted", "New submission": an agency's
act), a part after the first that is an organisation's name (its capitalised words, its noun: "Freight",
"Health", "Foods"), no role, no place, no date and not the agency itself is its client. Where the body
speaks of the client without naming it ("I've sent your CV to the client", "el cliente ha decidido", "unser
Mandant hat ..."), the subject is where the writer named it: a part of capitalised words that is no role,
place, date or person and that the body never writes is the client whatever its noun ("Ardvane Care Unit",
"Promociones Quiñonero").

Right after the post's part or the step's ("Responsable Paie (H/F) - Tuileries Vaubrecourt", "Entrevista -
Almazaras Quirante"), the place itself says the part names the client: a name of two capitalised words or
more needs no organisation's noun there. Romance names open with their trade ("Tuileries", "Almazaras",
"Oleifici") in words no list holds, and two capitalised words look like a person's; only the people the
mail itself names as its writer or its reader are passed over (a candidate's name filed beside the post).
Only where a person writes the mail: a shared mailbox's subject is a template's, which files the post beside
its site or its department as often ("Chef d'atelier - Usine de Rambervillers").
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_agencies import is_agency_sender, speaks_of_a_client
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.places import is_written_place
from tracker.extraction.squashed_names import run_together
from tracker.extraction.subject_employer_patterns import STEP_NOUNS
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_gender_marks import carries_gender_mark
from tracker.extraction.title_shape import names_a_person_role
from tracker.names import company_key

# How a subject parts its fields: a spaced dash, bar or slash, or a colon.
_PARTS = re.compile(r"\s+[-–|/]\s+|:\s+")
_PART_MARKS = (" - ", " – ", " | ", " / ", ": ")
# A reply's or a forward's prefixes, however many.
_REPLY = re.compile(r"^(?:(?:re|fw|fwd|aw|tr)\s*:\s*)+", re.I)
# An aside closing a part: the client's site ("Ardley Freight (Hendon)").
_ASIDE = re.compile(r"\s*\([^()]*\)$")
# A subject filing the mail as the agency's submission of the reader.
_SUBMISSION = re.compile(r"^(?:new |candidate )?(?:submission|submitted|submittal)\b", re.I)
_MOST_WORDS = 6
# The words a name's capitalised words may be joined by ("Hale & Moor Freight", "Bank of Tarrow").
# The Romance and Germanic languages' articles and prepositions inside a name: "Laiterie des Monts d'Arvel",
# "Conservas dos Açores", "Cantina della Valle", "Bakkerij van der Stoep", "Haus der Gesundheit".
_JOINING_WORDS = frozenset(
    {"&", "+", "and", "of", "the", "for", "de", "di", "du", "del", "da", "y", "e", "des", "dos", "das", "do",
     "della", "delle", "dei", "degli", "van", "der", "den", "von", "la", "les"}
)  # fmt: skip


def add_subject_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's subject names beside the role, as a client firm is read."""
    subject = _REPLY.sub("", email.subject)
    if not any(mark in subject for mark in _PART_MARKS):
        return
    parts = _PARTS.split(subject)
    # The first part is the mail's news or step ("Interview confirmed", "Next step with X", "Opportunity"),
    # or the client where the subject opens with it (which the subject's other readings take): never read.
    # Where no later part is a name (most subjects), who sent the mail is not asked.
    # A part carrying a post's gender mark ("Kalkulator Stahlbau (m/w/d)") is the post, whatever its nouns.
    names = [
        (part, name)
        for before, part in zip(parts, parts[1:], strict=False)
        if not carries_gender_mark(part)
        and (
            _names_a_client(name := _ASIDE.sub("", part.strip()))
            or (
                _names_the_post_or_step(before)
                and _named_beside_the_post(name := _without_place(name), email)
            )
        )
    ]
    if not names and (opening := _client_before_role(parts)):
        names = [(parts[0], opening)]
    if not names and speaks_of_a_client(email):
        # The body's unnamed client, named by the subject alone.
        names = [
            (part, name)
            for part in parts[1:]
            if not carries_gender_mark(part)
            and _shaped_like_a_client(name := _ASIDE.sub("", part.strip()))
            and name.lower() not in email.body_lower
        ]
    if not names or platforms.platform_of(email.sender):
        return
    if not (_SUBMISSION.match(subject) or is_agency_sender(email)):
        return
    own = agency_sender_spellings(email)
    at = 0 if names[0][0] is parts[0] else len(parts[0])
    for part, name in names:
        at = subject.find(part, at)
        letters = run_together(name)
        if spells_the_agency(letters, own) or _spelled_otherwise(name, letters, found):
            continue
        add_candidate(found, name, CLIENT_FIRM_WEIGHT, ("subject", at, CLIENT_FIRM))


def _client_before_role(parts: list[str]) -> str | None:
    """The client a subject opens with where the role follows it ("Brackwater Museum Trust / Collections
    Officer - update"): an organisation's name, then a part naming a role; the subject's other readings
    take no name before a slash."""
    first = _ASIDE.sub("", parts[0].strip())
    if len(parts) < 2 or not _names_a_client(first):
        return None
    return first if any(names_a_person_role(part.strip()) for part in parts[1:]) else None


def _spelled_otherwise(name: str, letters: str, found: list[Candidate]) -> bool:
    """Whether the text's other readings took this client spelled otherwise: the body's "Hale Moor Marine
    Freight Ltd" keeps its spelling over the subject's "Hale Moor Freight" (its words among the longer
    name's); a subject's "Angebot Hale Moor" holds the name read. (The same spelling adds its weight.)"""
    words = set(company_key(name).split())
    # (A key writes "ü" as "ue" where the run-together letters drop its dots: "Gerätebau" is one spelling.)
    spellings = (letters, company_key(name).replace(" ", ""))
    for candidate in found:
        key = company_key(candidate.name)
        other = key.replace(" ", "")
        if other in spellings or len(other) < 3:
            continue
        if other in letters or words < set(key.split()) or same_employer(candidate.name, name):
            return True
    return False


def _names_the_post_or_step(part: str) -> bool:
    """Whether a subject's part names the post ("Técnico de obra", "Candidatura Técnico de obra") or the step
    ("Entretien jeudi", "Colloquio")."""
    words = part.split()
    return bool(words) and (words[0].lower() in STEP_NOUNS or names_a_person_role(part))


def _named_beside_the_post(name: str, email: PreparedEmail) -> bool:
    """Whether the part after the post's, in mail a person writes, is a name the client's may be: two
    capitalised words or more, no role, place or digit, and not the writer's or the reader's name
    ("Analista BI – F. Okafor-Laird")."""
    words = name.split()
    if not (
        looks_like_person_name(email.sender.name)
        and len(words) >= _FEWEST_WORDS_BESIDE_THE_POST
        and len(words) <= _MOST_WORDS
        and words[0][:1].isupper()
        and all(word[0].isupper() or word in _JOINING_WORDS for word in words)
        and words[-1] not in _JOINING_WORDS
        and not any(char.isdigit() for char in name)
        and not names_a_person_role(name)
        and not is_written_place(name)
    ):
        return False
    people = {
        word.strip(".,").lower()
        for person in (email.sender.name, *greeting_names(email.body, email.subject))
        for word in person.split()
    }
    return not any(word.strip(".,").lower() in people for word in words)


_FEWEST_WORDS_BESIDE_THE_POST = 2


def _without_place(name: str) -> str:
    """The name without the town its comma adds ("Tuileries Vaubrecourt, Metz")."""
    head, comma, tail = name.rpartition(", ")
    return head if comma and is_written_place(tail) else name


def _names_a_client(name: str) -> bool:
    """Whether a subject's part is an organisation's name: its words capitalised, few, its noun an
    organisation's, and no role, place, date or person ("Shortlist", "East Africa manufacturing group")."""
    return names_an_organisation(name) and _shaped_like_a_client(name)


def _shaped_like_a_client(name: str) -> bool:
    """Whether a subject's part could be an organisation's name: its words capitalised, few, and no role,
    place, date or person."""
    words = name.split()
    return (
        bool(words)
        and len(words) <= _MOST_WORDS
        and all(word[0].isupper() or word in _JOINING_WORDS for word in words)
        and words[-1] not in _JOINING_WORDS
        and not any(char.isdigit() for char in name)
        and not names_a_person_role(name)
        and not is_written_place(name)
        and not looks_like_person_name(name)
    )
