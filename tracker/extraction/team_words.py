"""A hiring team or department signing or sending for its organisation: never the employer itself.

One vocabulary in every language (word_lists.toml `teams`: "Resourcing", "Talent Acquisition", "Service RH",
"Personeelszaken", "Ufficio Selezione"), read three ways: a name that is only a team ("Resourcing Team",
"Graduate Recruitment Team") names no employer; a team's line signs above its organisation's
("Resourcing Team\\nHarrowgate Building Society"); and a line "Team, Organisation" ("Talent Team, Pennyworth
Retail", "HR Team | Northwind Logistics", "Risorse Umane – Officine Marchetti") gives the organisation.
"""

from __future__ import annotations

import re

from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.title_shape import looks_like_title

# The nouns a team or a department is named by, in each language: "Team Werving", "l'équipe", "Ufficio
# Selezione", "Abteilung", "Departamento de ...". A signature's team line ends with one, a department's line
# opens with one (signature_lines.py), a sign-off's team is no part of its organisation's name
# (domain_signed_names.py).
TEAM_NOUNS = frozenset(
    ("team", "equipo", "équipe", "equipe", "equipa", "squadra", "staff", "ufficio", "afdeling", "abteilung",
     "departamento", "dipartimento", "département", "servicio", "service", "serviço", "servizio", "bureau")
)  # fmt: skip


def team_noun_pattern(nouns: frozenset[str] = TEAM_NOUNS) -> str:
    """An alternation of team nouns (all of TEAM_NOUNS unless told), the longest first."""
    return "|".join(sorted(nouns, key=lambda noun: (-len(noun), noun)))


# Brazil's and Spanish-speaking teams first: "Atração e Seleção" before the shorter teams' "Atração".
BRAZILIAN_TEAMS = word_list("brazilian_teams")
_TEAMS = f"{BRAZILIAN_TEAMS}|{word_list('spanish_teams')}|{word_list('teams')}"
# "The Resourcing Team", "Ihr Recruiting-Team", "Il team Recruiting", "Team Werving", "Time de Gente &
# Gestão": the team's words with the article and the word "team" or "department" a writer puts around them.
TEAM = (
    rf"(?:the |ihr |il |el |la |het |de |o |a |our |your )?"
    rf"(?:team |l'équipe |l’équipe |équipe |(?:time|equipe) (?:de |da |do )?)?"
    rf"(?:{_TEAMS})(?:[ -](?:team|department|dept\.?|office|services|operations))?"
)
_TEAM_NAME = re.compile(rf"{TEAM}", re.I)
# Whether a text opens with a team's words, asked first: most names and lines do not, and the caseless
# alternation would be tried whole on each.
TEAM_OPENS = CaselessWords(TEAM)
# The organisation after its team on one line: "Talent Team, Pennyworth Retail Group", "RRHH - Conservas".
_TEAM_THEN_ORGANISATION = re.compile(
    rf"^(?:{TEAM})(?: (?:of|at|de|der|di|van|bei|chez|da|do))?\s*[,|–—/·-]\s*(?P<name>[A-ZÀ-Þ0-9].*)$",
    re.I,
)


def is_team(name: str) -> bool:
    """Whether `name` is only a hiring team or department ("Resourcing Team", "Ufficio Selezione")."""
    name = name.strip(" .,:;-–|")
    return TEAM_OPENS.opens(name) and _TEAM_NAME.fullmatch(name) is not None


# The words joining two departments' names on a signature line: "Recruitment & Selection", "Payroll and
# Recruiting", "Personal und Recruiting", "Recrutement et Mobilité", "Selección y Desarrollo".
_JOINING_DEPARTMENTS = re.compile(r" (?:&|\+|and|und|et|e|y|en) ", re.I)


def joins_departments(name: str) -> bool:
    """Whether `name` is a team joined to another unit ("Recruitment & Selection", "Lohn & Recruiting"): a
    department's line, never an organisation, unless a part carries an organisation's mark ("Hale & Pine
    Recruitment" keeps its firm's name)."""
    parts = _JOINING_DEPARTMENTS.split(name.strip(" .,:;-–|"))
    return (
        len(parts) >= 2
        and any(is_team(part) for part in parts)
        and not any(
            names_an_organisation(part) or part.rstrip(".").lower() in _FIRM_PARTNERS
            for part in parts
            if not is_team(part)
        )
    )


# The partners a firm's name joins to its founder's: "X & Co", "X & Cie", "X & Söhne", "X en Zonen".
_FIRM_PARTNERS = frozenset({"co", "cie", "sons", "söhne", "fils", "zonen", "figli", "hijos", "filhos"})


def organisation_after_team(line: str) -> str | None:
    """The organisation a line "Team, Organisation" names ("People & Talent, Tallowbark"), else None: not
    where the part after the team is another team or a job title ("HR - Payroll Officer": a department
    before a title)."""
    match = _TEAM_THEN_ORGANISATION.match(line) if TEAM_OPENS.opens(line) else None
    name = match["name"] if match else ""
    if match is None or is_team(name) or joins_departments(name) or looks_like_title(name):
        return None
    return match["name"].strip()
