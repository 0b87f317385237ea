"""An agency's client opening its subject, the thread filed under it: "Quenby Mutual – Claims Analyst",
"RE: Vantorrel Kline — final round", "Pelicore Infotech: offer update".

A recruiter or a head hunter files a client's process under the client's name; the body may speak only of
"the client", "the partners" or "they", while the agency signs every mail with its own name, address and
register (so its name is read many times over, the client's once). The subject's opening name, read there
as an employer (subject_employer_patterns' "X - ..." start), is then the client: it is weighed as a client
firm the agency names, so the agency's own signature does not outweigh it. Only in an agency's mail
(employer_agencies.is_agency_sender), never where the name is the agency's own (its domain or display name)
or a platform or any other system sends the mail (a person writes it: a system's subject opens with the post
as often). Where the mail writes the subject's name longer elsewhere ("Harwick" in the subject, "Harwick
Logistics" in the body), the longer is the client's name.
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
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import names_a_person_role

# The subject pattern's side for a name opening the subject before its first part's mark.
_OPENING = "start"
# A one-word opening ("Update", "Shortlist") is as often the mail's news: the client's name then must be
# written in the body too.
_FEWEST_WORDS_UNWRITTEN = 2
# How a subject parts its fields (as subject_clients.py reads them): a dash, a bar, a slash, a colon.
_PART_MARKS = (" - ", " – ", " — ", " | ", " / ", ": ")
# An organisation's name in a subject's part: its words capitalised but the joining ones ("Bank of Tarrow",
# "Museo de la Seda"), few, no figure ("second round, Thu 18 June" is the step's).
_MOST_WORDS_OF_A_NAME = 6
_JOINING_WORDS = frozenset(
    {"&", "of", "the", "de", "di", "du", "del", "da", "do", "dos", "das", "des", "la", "van", "von", "der"}
)
_PART_END = re.compile(r"\s+[-–—|/]\s+|:\s+|\s*\(")


def add_subject_opening_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's subject opens with, weighed as a client firm."""
    openings = [
        (c.name, c.place[1]) for c in found if c.place is not None and c.place[::2] == ("subject", _OPENING)
    ]
    if not openings or platforms.platform_of(email.sender) or not looks_like_person_name(email.sender.name):
        return  # a system's subject opens with the post as often ("Analyst - Acme", sent by an ATS)
    if not is_agency_sender(email):
        return
    own = agency_sender_spellings(email)
    for name, at in openings:
        letters = run_together(name)
        if (
            len(letters) < 3
            or spells_the_agency(letters, own)
            or names_a_person_role(name)
            or _post_before_its_client(name, email.subject)
            or any(char.isdigit() for char in name)  # "X OT Grade 2": a post's grade, no client's name
            or (len(name.split()) < _FEWEST_WORDS_UNWRITTEN and name not in email.body)
        ):
            continue
        add_candidate(found, _written_in_full(name, found), CLIENT_FIRM_WEIGHT, ("subject", at, CLIENT_FIRM))
        return


def _post_before_its_client(name: str, subject: str) -> bool:
    """Whether the subject files the opening before an organisation's name ("Objects Registrar - Tamsworth
    Abbey Museum", "Analista de Riesgos – Aseguradora Quelbra"): the opening is then the post, the
    organisation after it the client (subject_clients.py reads it), though no list knows the post's noun."""
    after = subject[subject.find(name) + len(name) :].lstrip(" )")
    mark = next((m for m in _PART_MARKS if after.startswith(m.lstrip())), None)
    if mark is None:
        return False
    part = _PART_END.split(after[len(mark.lstrip()) :].strip(), maxsplit=1)[0].strip()
    words = part.split()
    return (
        0 < len(words) <= _MOST_WORDS_OF_A_NAME
        and not any(char.isdigit() for char in part)
        and all(word[0].isupper() or word in _JOINING_WORDS for word in words)
        and names_an_organisation(part)
    )


def _written_in_full(name: str, found: list[Candidate]) -> str:
    """The subject's short name as the mail writes it in full elsewhere: "Harwick - warehouse lead" over a
    body naming "Harwick Logistics" is Harwick Logistics (a subject is written short; the body whole)."""
    longer = [c.name for c in found if c.name.startswith(name + " ")]
    return min(longer, key=len) if longer else name
