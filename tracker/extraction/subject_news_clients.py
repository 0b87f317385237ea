"""An agency's client named in its subject after the news the mail brings: "Rückmeldung Mühlgrabner",
"Feedback proceso Ordunte Encurtidos", "Retour Plouzévet", "Terugkoppeling Ganzeveld".

An agency passing on its client's decision files the mail under the news and the client, with no part mark
between them (subject_clients.py reads the parts a dash or a bar sets apart), and the body speaks only of
"unser Kunde", "el cliente", "they": the subject is where the writer named the client. In mail from an agency
(employer_agencies.is_agency_sender), a subject that is a decision's news word ("feedback", "Rückmeldung",
"retour", "terugkoppeling", "riscontro", "respuesta", "resposta"), a process's noun or a preposition after it
at most, and then a run of capitalised words that is no role, place, date, step ("Gespräch", "Entrevista"),
the writer's or the reader's name, nor the agency's own name, names the client, read as a client firm is. A
role after the news ("Rückmeldung Projektleiter Anlagenbau") is the post, not a client. A bare "Update" is
no decision's news: an agency files any turn of the process under it, most often with the post after it
("Update Inkoper Kartonnage", a role no table knows), so it is not read here.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.display_names import GENERIC_NAMES
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.name_words import STOP_WORDS
from tracker.extraction.places import is_written_place
from tracker.extraction.platforms import platform_of
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role

# The news a relayed decision is filed under, in the seven languages; then at most one word saying whose
# process or whom the news is from ("Feedback proceso X", "Rückmeldung von X", "Feedback from X").
_NEWS_THEN_NAME = re.compile(
    r"^(?:(?:re|aw|fw|fwd|wg|tr|r|rv|i)\s?:\s?){0,3}"
    r"(?:feedback|rückmeldung|terugkoppeling|retour|riscontro|respuesta|resposta|"
    # The follow-up a recruiter files the client's answer under: "Suivi X", "Seguimiento X", "Follow-up X".
    r"suivi|follow-up|seguimiento|seguimento|opvolging)"
    r"(?: (?:proceso|processo|process|procedure|procédure|procedura|prozess|verfahren|selectie|selección|"
    r"seleção|selezione|sélection|von|vom|from|de|del|da|dalla|van|zu|on))?"
    r" (?P<name>[^\W\d_][^\n]{1,60})$",
    re.I,
)
_MOST_WORDS = 5
# The small words a firm's name holds between its capitalised ones ("Grupo de Ormsby", "Huis van Ommen").
_JOINING_WORDS = frozenset({"&", "of", "de", "di", "du", "des", "del", "da", "do", "van", "von", "der"})


def add_subject_news_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's subject names after its news, as a client firm is read."""
    match = _NEWS_THEN_NAME.match(email.subject.strip())
    if match is None or platform_of(email.sender):
        return
    name = match.group("name").strip(" .!")
    if not _shaped_like_a_firm(name) or _names_the_people_writing(name, email) or not is_agency_sender(email):
        return
    if spells_the_agency(run_together(name), agency_sender_spellings(email)):
        return
    add_candidate(found, name, CLIENT_FIRM_WEIGHT, ("subject", match.start("name"), CLIENT_FIRM))


def _shaped_like_a_firm(name: str) -> bool:
    """Whether the words after the news could be a firm's name: few, opening on a capital, capitalised but
    the joining ones, no figure, no sentence's word, and no role, place or person."""
    words = name.split()
    return (
        0 < len(words) <= _MOST_WORDS
        # "Rückmeldung der Brauerei X": an article opens them, no name (the name after it is read elsewhere).
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in _JOINING_WORDS for word in words)
        and words[-1] not in _JOINING_WORDS
        and not any(char.isdigit() for char in name)
        and not any(word.lower() in STOP_WORDS or word.lower() in GENERIC_NAMES for word in words)
        and not names_a_person_role(name)
        and not is_written_place(name)
    )


def _names_the_people_writing(name: str, email: PreparedEmail) -> bool:
    """Whether a word of `name` is the writer's or the reader's name ("Feedback Ruben Aalders"): the mail's
    people, not a client."""
    people = {
        word.strip(".,").lower()
        for person in (email.sender.name, *greeting_names(email.body, email.subject))
        for word in person.split()
    }
    return any(word.strip(".,").lower() in people for word in name.split())
