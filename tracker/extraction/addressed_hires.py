"""A person at the employer writing to the reader about a post, recognised by the mail's structure.

Who writes: a person (a name as display name) or the organisation itself (a name made with an
organisation's noun: "Autoescuela Ruta") from the organisation's own mailbox (a domain naming an
employer: never free mail, a board or a platform). To whom: the reader, greeted by name in the opening
lines or answered in a thread ("Re: Kitchen porter"). About what: a post or the reader's candidacy: a
subject naming a post by its role ("Camarera", "Re: Seasonal gardener"), or the body naming the reader's
CV, profile, application or visit ("adoramos seu perfil", "thanks for popping in"). Such mail sets a time
("Thursday at 2", "quarta às 11h"), a start ("could you start on the 3rd?") or a decision in everyday
words no pattern reads (addressed_steps.py reads it); it is the reader's application's.

The lookalikes are read before this layer and keep their reading (a recruiter's cold outreach, alerts,
surveys, newsletters, marketing, account mail), or lack the shape: a friend writes from free mail, a
tradesman's or a gym's "Re: Boiler service", "Probetraining" names no post, a shop's offer greets nobody.
"""

from __future__ import annotations

import re

from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import domain_employer
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role

_OPENING = 300
# The reader's CV, profile, application or visit, in the second person: "your CV", "seu perfil", "Ihre
# Unterlagen", "thanks for popping in", "grazie per essere passata".
_CANDIDACY = re.compile(
    rf"\b(?:(?:{word_list('addressed_second_person')}) (?:{word_list('addressed_candidacy_nouns')})\b|"
    rf"{word_list('addressed_visit')})"
)
_SIDE_JOB = re.compile(rf"\b(?:{word_list('addressed_side_jobs')})\b")
_APPLICATION_WORD = re.compile(
    r"^(?:candidatura|candidature|bewerbung|application|sollicitatie|postulaci[óo]n|solicitud|poste|"
    r"vaga|puesto|posizione|stelle|vacature)\s*[-:–]\s*"
)
# A greeting's clause, where the sentence goes on after it on its line: "Olá Rita, adoramos seu perfil!".
_FIRST_CLAUSE = re.compile(r"[^,!\n]{2,60}")


def subject_names_a_post(email: PreparedEmail) -> bool:
    """True when the subject (prepare() took its "Re:" off) names a post: a role's noun ("Seasonal
    gardener", "Candidatura - Padeiro", "Camarera") or a side job's ("Aushilfe"); a matter's ("Boiler
    service") is none."""
    subject = _APPLICATION_WORD.sub("", email.subject_lower.strip(" .:!?"))
    return names_a_person_role(subject) or bool(_SIDE_JOB.search(subject))


def writes_to_the_reader_about_a_post(email: PreparedEmail) -> bool:
    """True when a person of the employer writes to the reader, by name or in their thread, about a post
    or the reader's candidacy."""
    writer = email.sender.name
    if not (looks_like_person_name(writer) or names_an_organisation(writer)):
        return False
    if domain_employer(email.sender) is None:
        return False
    if not (email.answers_a_mail or _greets_the_reader(email.body)):
        return False
    return subject_names_a_post(email) or bool(_CANDIDACY.search(email.body_lower))


def _greets_the_reader(body: str) -> bool:
    """True when the mail opens by greeting someone by name, on a line of its own or before a comma."""
    if greeting_names(body[:_OPENING]):
        return True
    clause = _FIRST_CLAUSE.match(body.lstrip())
    return clause is not None and bool(greeting_names(clause.group(0)))
