"""A staffing agency signing with its own name, whose trade is a recruiter's word ("Orbellan Intérim &
Recrutement", "Quillmarsh Recruitment – Agence de Valenciennes"): the line names the organisation, not the
writer's role, though "recrutement" also makes a post's line ("Chargée de recrutement – Pôle BTP")."""

from __future__ import annotations

import re

from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.dashed_organisations import dash_parted
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.team_words import is_team

_MAX_WORDS = 8
# A line of parts, a post and its organisation ("Recruiter, Quillmarsh Staffing"): the caller reads them.
_PARTS = re.compile(r"[|,]| [-–—] ")


def agency_signed(line: str) -> str | None:
    """The agency a signature's `line` names (its branch after a dash left off), else None."""
    name = dash_parted(line)
    if _PARTS.search(name) or len(name.split()) > _MAX_WORDS or not name[:1].isupper():
        return None  # "Consultora de Selección | Talentia Consulting": a post beside the name, not one name
    if is_team(name):
        return None  # "Team Werving", "Werving & Selectie": the employer's hiring team, not an agency
    if LEGAL_FORM_AT_END.search(name):
        return None  # "Barrow Hale Recruitment Ltd": a legal name, which other readings spell as its brand
    if names_an_agency(name) and names_an_organisation(name) and not looks_like_person_name(name):
        return name
    return None
