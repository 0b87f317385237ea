"""A site or a university's unit read where the sender's own organisation is the employer: the organisation.

"the Teaching Assistant post at Larkfield Primary School" from a school district's mailbox, "Interview -
Wrenford Hospital" from a hospital group's, "Klinikum Seewald" from a clinic group's, "presso il
Dipartimento di Fisica" from a university's recruiting office: the school, hospital, clinic or department
is where the post is worked, and the organisation whose own mail names it employs its staff (a tracker lists
the group, the district, the university). The organisation is the one the sender's own domain spells, as its
display name or a line of the body writes it ("Rowan Care Group <jobs@rowancaregroup.com>",
"Principal, Larkfield Primary School\\nHalden County Schools" from hcs.org); a university's unit named in a
sentence only takes the one university the display name or a line of the body writes. A site is renamed
where the subject files the mail under it (a vendor's or a recruiter's body names a client's site it acts
for: "X has invited you"); a platform's or an agency's mail names its clients'
sites, and a site its sender's domain spells is the employer itself.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.agency_trades import is_agency_domain, names_an_agency
from tracker.extraction.employer_candidates import SENDER, Candidate
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.organisation_units import is_academic_unit, names_a_university
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail

_NAME_WORD = r"[A-ZÀ-Ý][\w'’.&-]{0,30}"
# A site named by its kind's noun, per language: after its own words ("Wrenford Hospital", "Larkfield
# Elementary", "St. Anna-Krankenhaus", "Amstelland Ziekenhuis") or before them ("Hôpital Saint-Roch",
# "Klinikum Seewald", "Ospedale San Carlo", "Colegio San Tadeo", "Escola Básica de Vilar").
_SITE = re.compile(
    rf"^(?:[Tt]he )?(?:{_NAME_WORD}(?: {_NAME_WORD}){{0,3}} (?:Hospital|Infirmary|Hospice|Clinic|"
    r"Medical Cent(?:re|er)|Care Home|Nursing Home|Elementary(?: School)?|Primary School|Middle School|"
    r"High School|Secondary School|Junior School|Infant School|Academy)"
    rf"|{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}[ -](?:Krankenhaus|Klinikum|Klinik|Grundschule|Gymnasium|"
    r"Realschule|Gesamtschule|Ziekenhuis|Basisschool)"
    r"|(?:Hôpital|Clinique|École|Ecole|Collège|Lycée|Krankenhaus|Klinikum|Klinik|Grundschule|Gymnasium|"
    r"Ospedale|Presidio Ospedaliero|Clinica|Scuola|Liceo|Istituto Comprensivo|Hospital|Clínica|Colegio|"
    r"Escuela|Escola|Colégio|Ziekenhuis|Basisschool)"
    rf"(?: (?:de |del |do |da |di |du |des |de la |am |an der |van )?{_NAME_WORD}){{1,4}})$"
)
# The body's lines that may write the organisation: short ones, no address, phone, link or sentence.
_LINE_MAX_CHARS = 60
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.|[.:;!?,]$")
# A name's line: capitalised words, with the joining words a name holds ("Università degli Studi di X").
_NAME_LINE = re.compile(
    rf"^{_NAME_WORD}(?: (?:{_NAME_WORD}|of|for|and|&|de|del|della|degli|di|do|da|du|des|la|le|für|der|van|"
    r"voor|y|e|et|und)){0,7}$"
)
# A firm whose name closes on the recruiting trade, any legal form aside ("X Clinical Recruitment", "X
# Recrutement", "X Selección", "X Werving"): an agency, whose mail names its clients' sites.
_RECRUITING_TRADE = re.compile(
    r"\b(?:Recruitment|Recruiting|Recruiters|Staffing|Talent|Search|Recrutement|Reclutamiento|Selección|"
    r"Recrutamento|Seleção|Selezione|Personalvermittlung|Personalberatung|Werving(?: & Selectie)?)$"
)
_SEPARATOR = re.compile(r" (?:\||–|—|-|·) ")


def with_organisations_of_sites(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """`candidates` with each site or university unit of the sender's own organisation renamed to it."""
    named = [c for c in candidates if c.from_text and (_SITE.match(c.name) or is_academic_unit(c.name))]
    if not named or platforms.platform_of(email.sender) or is_agency_domain(email.sender.domain):
        return candidates
    label = platforms.domain_employer(email.sender)
    names = _organisation_names(email)
    # The sender's say first: its display name read without its team's words ("X Talent Acquisition").
    # (A domain's label spelled out, "Harwick Health" of harwickhealth.org, is no name the mail writes.)
    said = [c.name for c in candidates if c.place == SENDER and c.name in email.sender.name]
    spelled = next(
        (name for name in (*said, *names) if label and same_employer(name, label) and not is_team(name)), None
    )
    if spelled is not None and (names_an_agency(spelled) or _RECRUITING_TRADE.search(spelled)):
        spelled = None  # an agency signing under its domain's name names its client's site
    universities = {name for name in names if names_a_university(name)}
    renamed = []
    for candidate in candidates:
        organisation = None
        if candidate in named:
            if is_academic_unit(candidate.name):
                organisation = next(iter(universities)) if len(universities) == 1 else None
            elif candidate.name.lower() in email.subject_lower and not (
                label and same_employer(candidate.name, label)
            ):
                # The organisation files its mail under the site ("Interview - X Hospital"); a vendor's or
                # a recruiter's mail names a client's site it acts for in its body ("X has invited you").
                organisation = spelled
        if organisation is not None and not same_employer(candidate.name, organisation):
            candidate = Candidate(organisation, candidate.weight, candidate.from_text, candidate.place)
        renamed.append(candidate)
    return renamed


def _organisation_names(email: PreparedEmail) -> list[str]:
    """The names the sender's display name and the body's short lines write, parts around a separator each
    ("X University - Human Resources": "X University"), the display name's first."""
    lines = [email.sender.name, *email.body.split("\n")]
    names = []
    for line in lines:
        for part in _SEPARATOR.split(line.strip()):
            part = part.strip()
            if 2 < len(part) <= _LINE_MAX_CHARS and not _NOT_A_NAME.search(part) and _NAME_LINE.match(part):
                names.append(part)
    return names
