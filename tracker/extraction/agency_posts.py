"""A recruiting firm shown by its writer's post: the signature's post line says the writer recruits for
clients.

A search firm's or a staffing agency's consultant signs with a post no employer's own recruiter holds: a
consultant whose trade is recruiting ("Recruitment Consultant", "Consultora Sénior de Selección", "Consultor
de Recrutamento", "Consultante en recrutement", "Consulente di selezione", "Personalberaterin",
"Intercedent"), or a consultant of a field ("Senior Consultant - Energy & Utilities") over the organisation's
line that names the recruiting trade ("Halvard Recruitment", "Kolvane Talent", "Ibarlo Selección"). An
employer's own team signs "Recruiter", "Talent Acquisition Partner", "Técnica de Recrutamento", "Referentin
Personal": no consultant. The firm's own name then may say no trade at all ("Nodo Talento Consultores",
"Fiorde Consultoria"), and the organisation its subject or prose names is its client.
"""

from __future__ import annotations

import re

from tracker.extraction.text import PreparedEmail

# How far up from the mail's last line the writer's post may sit (name, post, organisation, address,
# telephone, web address, a licence's line).
_SIGNATURE_LINES = 8
# A whole line that is a recruiting consultant's post, its rank and field around it: "Senior Recruitment
# Consultant - Engineering", "Consultora Sr. de Reclutamiento TI", "Consultor de Seleção", "Consultante en
# recrutement IT", "Consulente di selezione", "Personalberaterin", "Intercedente", "Senior Personalberater".
_RANK = r"(?:(?:senior|sénior|sr\.?|junior|júnior|jr\.?|lead|principal|associate|executive) )?"
_RECRUITING_CONSULTANT = re.compile(
    rf"{_RANK}(?:"
    r"recruitment consultant|consultor(?:a)?(?: (?:sr\.?|sénior|senior|júnior|junior|jr\.?))? (?:de|em) "
    r"(?:selección|reclutamiento|seleção|selecção|recrutamento|rh|recursos humanos|talento)|"
    r"consultante? (?:senior |sénior |junior )?en recrutement|consulente (?:senior |junior )?(?:di |per la )?"
    r"(?:ricerca e )?selezione|personalberater(?:in)?|intercedente?"
    r")\b[^\n]{0,60}",
    re.IGNORECASE,
)
# A consultant's post of any field ("Senior Consultant - Museums", "Consultora Sénior", "Beraterin IT").
_CONSULTANT = re.compile(
    rf"{_RANK}(?:consultant|consultante|consultor|consultora|consulente|berater|beraterin)\b[^\n]{{0,60}}",
    re.IGNORECASE,
)
# The organisation's line under a consultant's post that names the recruiting trade: "X Recruitment",
# "X Talent", "X Search", "X Selección", "X Seleção", "X RH", "X Recrutement", "X Personal".
_RECRUITING_FIRM_LINE = re.compile(
    r"^[A-Z][^\n]{0,60}\b(?:recruitment|recruiting|talent|talento|search|selección|seleção|selecção|"
    r"recrutamento|reclutamiento|rh|recrutement|selezione|personal)\b",
    re.IGNORECASE,
)


def signs_as_a_recruiting_consultant(email: PreparedEmail) -> bool:
    """Whether the writer signs with a recruiting firm's consultant's post (a line of the signature)."""
    lines = email.lines[-_SIGNATURE_LINES:]
    for at, line in enumerate(lines):
        if len(line) > 80:
            continue
        if _RECRUITING_CONSULTANT.fullmatch(line):
            return True
        if _CONSULTANT.fullmatch(line) and at + 1 < len(lines) and _RECRUITING_FIRM_LINE.match(lines[at + 1]):
            return True
    return False
