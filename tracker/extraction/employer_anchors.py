"""Employer names the phrase index's employer anchors point at in subject and body ("sent to X", "X has
received"); a subject's own places ("at X", "Your X application", "X - Title") are read in
subject_employer_patterns.py. A title where an employer was expected ("the Hydrologist position") is passed
over.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.employer_candidates import AFTER, BEFORE, NAME_AT_END, Candidate, add_candidate
from tracker.extraction.institution_names import institution_start
from tracker.extraction.name_reading import finish_name, read_name
from tracker.extraction.person_names import is_addressed_person, looks_like_person_name
from tracker.extraction.places import is_written_place, only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.extraction.written_words import word_places

# "bei der Brauerei Kessler. Leider hat sich unser Kunde für": a sentence ended inside what reads as a
# name before the phrase, so no name stands right before it ("Acme Inc. has", "J.P. Morgan" go on).
_SENTENCE_END_INSIDE = re.compile(r"\b(?!(?:Inc|Corp|Ltd|Bros|Intl|Mfg)\.)[^\W\d_]{3,}\.\s+[A-ZÀ-Þ]")
_BEFORE_WINDOW = 80
# The job's noun after a capitalised word makes the word a title ("the Hydrologist position").
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:position|role|opening|vacancy|post)\b", re.I)
# A person-shaped name, named once, before "has invited you", "has reviewed": kept, but any organisation
# the mail names elsewhere outranks it.
PERSON_ACTING_WEIGHT = 1.5
_LOWERCASE_NAMES_FROM = 5.0


def add_anchored_names(found: list[Candidate], email: PreparedEmail) -> None:
    """Names next to the phrase index's employer anchors ("sent to X", "X has received")."""
    for place, source, hits in (
        ("subject", email.subject, email.subject_hits),
        ("body", email.body, email.body_hits),
    ):
        end = email.recommendations_start if place == "body" else len(source)
        # Anchors of several categories end where one name begins ("sent to", "application to"): it is
        # read once, with where it starts (and the workplace of a person it names).
        read_at: dict[tuple[int, bool], tuple[int, str] | None] = {}
        for category, weight in phrases.anchors_found(hits, phrases.EMPLOYER_AFTER):
            for match in hits[category]:
                if match.start() >= end:
                    break
                # "sent to slice": after the strongest anchor a name may be lowercase.
                at, lowercase = match.end(), weight >= _LOWERCASE_NAMES_FROM
                if (at, lowercase) not in read_at:
                    read_at[at, lowercase] = _anchored_name(source, at, lowercase)
                if read := read_at[at, lowercase]:
                    if place == "body" and _person_met(email, at, read[1]):
                        continue
                    person = place == "body" and _person_as_agent(email, at, read[1])
                    add_candidate(
                        found, read[1], PERSON_ACTING_WEIGHT if person else weight, (place, read[0], AFTER)
                    )
        for category, weight in phrases.anchors_found(hits, phrases.EMPLOYER_BEFORE):
            for match in hits[category]:
                if match.start() >= end:
                    break
                window = source[max(0, match.start() - _BEFORE_WINDOW) : match.start()].rsplit("\n", 1)[-1]
                # "Parrish Foods (I can tell you the name now!) would like to": an aside before the verb.
                bare = _ASIDE_AT_END.sub("", window) if window.endswith(") ") else window
                name_match = _before_its_branch(bare, NAME_AT_END.search(bare))
                if name_match and not _SENTENCE_END_INSIDE.search(name_match.group("name")):
                    start = name_match.start("name")
                    if (
                        bare[start - 1 : start] == " "
                        and (noun := institution_start(bare, start)) is not None
                    ):
                        start = noun  # "L'Agence régionale de santé Lumière-Océan vous invite"
                    at = match.start() - len(window) + start
                    name = finish_name(bare[start : name_match.end("name")].split())
                    # "David Okafor invited you to complete ...": a recruiter acting, as often as an employer;
                    # a name the mail repeats ("Shake Shack" in the subject too) is the employer's.
                    once = name is not None and email.subject.count(name) + email.body.count(name) == 1
                    if once and is_addressed_person(name or ""):
                        continue  # "Dr. Patel would like to meet you": a surname under a form of address
                    person = once and looks_like_person_name(name)
                    add_candidate(
                        found, name, PERSON_ACTING_WEIGHT if person else weight, (place, at, BEFORE)
                    )


# The words that name a passive's agent: "received by", "reçue par", "recibida por", "recebida pela",
# "ricevuta da", "angesehen von", "bekeken door".
_AGENT_WORDS = (" by ", " par ", " por ", " pela ", " pelo ", " da ", " dalla ", " dal ", " von ", " door ")
# The words that name whom the reader meets: "interview with", "entretien avec", "colloquio con",
# "Gespräch mit", "gesprek met", "entrevista com".
_MET_WORDS = (" with ", " avec ", " con ", " mit ", " met ", " com ")
# The clause after a name: "Andrés Molina, responsable de selección", "Sanne de Vries (recruiter)".
_CLAUSE_AFTER = re.compile(r"[ \t]*[,(–-](?P<clause>[^\n.,;:!?()]{2,50})")


def _person_as_agent(email: PreparedEmail, at: int, name: str) -> bool:
    """True for a person's full name that a body's anchor ends on an agent's word before ("was received by
    Dana Whitfield", "a été reçue par Camille Fournier", "wurde von Katrin Albrecht geprüft"): the person
    who handled the application, not its employer. Two capitalised words are as often a brand ("viewed by
    Indigo Lattice"): the mail must show a person (`_shown_as_a_person`)."""
    body = email.body
    if not body[max(0, at - 7) : at].lower().endswith(_AGENT_WORDS) or not looks_like_person_name(name):
        return False
    end = body.find(name, at)
    return end >= 0 and _shown_as_a_person(body, name, end + len(name))


def _person_met(email: PreparedEmail, at: int, name: str) -> bool:
    """True for a person's full name after the words naming whom the reader meets ("an interview with
    Ines Quarrington (Head of Data)", "un entretien avec Lucie Vaubourdolle, responsable RH", "Gespräch
    mit Jonas Rehbock, unserem Teamleiter"), shown as a person by their post or "who" right after it:
    someone at the employer, never the employer, which the mail's other names or its sender tell. (A
    first word written alone elsewhere shows no person here: "with Quenbury Castings" beside "Quenbury
    Industrial Estate".)"""
    body = email.body
    if not body[max(0, at - 7) : at].lower().endswith(_MET_WORDS) or not looks_like_person_name(name):
        return False
    end = body.find(name, at)
    return end >= 0 and _post_or_who_after(body, end + len(name))


def _shown_as_a_person(body: str, name: str, end: int) -> bool:
    """Whether the body shows the name ending at `end` as a person's: "who" after it, their post in the
    clause after it ("Andrés Molina, responsable de selección", "Dana Whitfield, our recruiter"), or their
    first name written alone ("Camille vous recontactera")."""
    if _post_or_who_after(body, end):
        return True
    first, rest = name.split(" ", 1)
    return any(not body.startswith(rest, place + len(first) + 1) for place in word_places(first, body))


def _post_or_who_after(body: str, end: int) -> bool:
    """Whether "who" or a person's post follows the name ending at `end` ("Dana Whitfield, our recruiter",
    "Sanne de Vries (recruiter)")."""
    if body.startswith((" who ", ", who "), end):
        return True
    if clause := _CLAUSE_AFTER.match(body, end):
        words = clause["clause"].split()
        return names_a_person_role(" ".join(words)) or names_a_person_role(" ".join(words[1:]))
    return False


# The dash between an organisation and its branch's town: "Harbor View Clinic - Leeds has invited you".
_BRANCH_DASH_AT_END = re.compile(r"[ \t]+[-–—][ \t]+$")


def _before_its_branch(window: str, name_match: re.Match[str] | None) -> re.Match[str] | None:
    """The name before a dash where the name read before the verb is its branch's town ("Harbor View Clinic
    - Leeds has invited you": the clinic, not Leeds), else the name read."""
    if not name_match or not is_written_place(name_match.group("name")):
        return name_match
    dash = _BRANCH_DASH_AT_END.search(window, 0, name_match.start("name"))
    if not dash:
        return name_match
    organisation = NAME_AT_END.search(window, 0, dash.start())
    return organisation if organisation and not only_places(organisation.group("name")) else name_match


# An aside is words ("(I can tell you the name now!)"), not a place's code ("Lyon (69)") nor a name.
_ASIDE_AT_END = re.compile(r"\s*\((?=[^()\n]*[a-z] [^()\n]*[a-z])[^()\n]{1,60}\)\s*$")
# After a person's name: "Mark at Quayside", "Anna from Halden Freight", "Priya (Hays)" is not read.
_AT_WORKPLACE = re.compile(r"[ \t]+(?:at|from)[ \t]+")


def _anchored_name(source: str, at: int, lowercase: bool) -> tuple[int, str] | None:
    """The name an anchor ending at `at` is followed by, with where it starts; None where none is."""
    name = read_name(source, at, allow_lowercase=lowercase)
    # "your interest in the Hydrologist position": a title, not the employer
    if _names_the_role(source, at, name) or not name:
        return None
    if _town_of_a_region(source, at, name):
        return None
    # "feedback from Mark at Quayside": a person, then where they work.
    if workplace := _persons_workplace(source, at, name):
        at, name = workplace
    return _name_start(source, at), name


# A region after a town: "en Trujillo, La Libertad", "en León, Guanajuato" (the place line Latin American
# boards write after the post).
_REGION_AFTER = re.compile(r",[ \t]*(?P<region>[A-ZÀ-Ý][^\n,.;:!?()]{1,40})")


def _town_of_a_region(source: str, at: int, name: str) -> bool:
    """True when the name read at `at` is a town the text follows with its region: a place, no employer."""
    if not is_written_place(name):
        return False
    end = source.find(name, at, at + len(name) + 8)
    region = _REGION_AFTER.match(source, end + len(name)) if end >= 0 else None
    return region is not None and only_places(region.group("region").strip())


def _persons_workplace(source: str, at: int, name: str) -> tuple[int, str] | None:
    """Where the person an anchor names works, when the name is one given name or a person's full name
    followed by "at <Organisation>": that organisation and where it begins."""
    if not (" " not in name and name.isalpha() and name[0].isupper() or looks_like_person_name(name)):
        return None
    end = source.find(name, at, at + len(name) + 8)
    if end < 0 or not (link := _AT_WORKPLACE.match(source, end + len(name))):
        return None
    workplace = read_name(source, link.end())
    return (link.end(), workplace) if workplace and not looks_like_person_name(workplace) else None


def _names_the_role(source: str, start: int, name: str | None) -> bool:
    """True when the name read at `start` is followed by the job's noun: a title ("Hydrologist position"),
    unless "for" joins the employer to its title ("Northwind for the Data Engineer position")."""
    if not name or " for " in name:
        return False
    at = source.find(name, start)
    return at >= 0 and bool(_ROLE_NOUN_AFTER.match(source, at + len(name)))


def _name_start(text: str, at: int) -> int:
    """Where a name read from `at` begins: after spaces and a leading "the "."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at + 4 if text[at : at + 4].lower() == "the " else at
