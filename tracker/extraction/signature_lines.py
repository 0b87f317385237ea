"""What one line of a signature block names, in the forms European job mail uses: a legal entity
("Beispiel Software GmbH", "Exemple SAS", "Ejemplo S.L."), a team line ("Ihr Beispiel Recruiting Team",
"L'équipe Recrutement de Exemple", "Talent Acquisition Team @ Beispiel"), a role line ("HR Partnerin bei
Beispiel", "Talent Acquisition | Beispiel") or an organisation's own line, with the weight each gives.
"""

from __future__ import annotations

import re

from tracker.extraction.agency_lines import agency_signed
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.dashed_organisations import dash_parted, shortens
from tracker.extraction.hr_department_words import (
    HUMAN_RESOURCES_IN_FULL,
    HUMAN_RESOURCES_SHORT,
    RECRUITING_DEPARTMENT,
    words_alternation,
)
from tracker.extraction.legal_forms import (
    EUROPEAN_LEGAL_FORMS,
    SHORT_EUROPEAN_LEGAL_FORMS,
    legal_forms_pattern,
)
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import (
    OPENING_ORGANISATION_WORDS,
    ORGANISATION_WORDS,
    looks_like_person_name,
    names_an_organisation,
)
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.team_words import TEAM_NOUNS, is_team, team_noun_pattern

# Legal forms of European companies (the English ones are read elsewhere), the long ones in any case
# ("GMBH"). The long forms name a company whatever precedes them; the short ones ("SE", "SA") also follow
# a person's name as a role or a degree, so what precedes them must not be person-shaped.
_LONG_FORMS, _SHORT_FORMS = map(legal_forms_pattern, (EUROPEAN_LEGAL_FORMS, SHORT_EUROPEAN_LEGAL_FORMS))
# "Cooperativa Esempio – ONLUS": a dash may set the form apart.
_LEGAL_FORM = re.compile(
    rf"[ ,]+(?:[-–] )?(?:(?i:{_LONG_FORMS})|(?P<short>{_SHORT_FORMS}))(?=$|[\s,.|(/])(?P<rest>.*)$"
)
# Belgium's non-profits write their form before the name too: "vzw Het Anker", "asbl Les Tilleuls".
_LEADING_FORM = re.compile(
    r"^(?:vzw|VZW|asbl|ASBL|a\.s\.b\.l\.|A\.S\.B\.L\.) (?P<name>[A-ZÀ-Þ0-9][^|,]{1,60})$"
)
_CARD_PLACE = re.compile(
    r"(?:\s+[·•]\s+.*|\s+[-–]\s+[A-Z][\w .'-]{1,30}, [A-Z]{2}(?: \d{5})?(?:\s*\(.*\))?)$"
)
_CARD_MARKS = frozenset("·•-–")  # one of which every match of _CARD_PLACE holds
_ACRONYM_AFTER = re.compile(r"^\s*\((?P<a>[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,8})\)")
# "Ihr Beispiel Recruiting Team", "Dein Beispiel Talent Team", "Votre équipe Exemple".
_TEAM_LINE = re.compile(
    r"^(?:ihr|ihre|dein|deine|euer|eure|votre|ton|su|tu|je|uw|o seu|a sua|il (?:tuo|suo)) (?:team (?:von|der|"
    r"des) )?"
    r"(?P<name>.+?)[ -]+(?:recruiting|recruitment|talent acquisition|talent|hr|human resources|personal|"
    r"people|"
    rf"karriere|bewerbungs?|talento|{words_alternation(RECRUITING_DEPARTMENT, HUMAN_RESOURCES_SHORT)})?[ -]?"
    rf"(?:teams|{team_noun_pattern()})\W*$",
    re.I,
)
# "Time de Gente & Gestão X", "Equipe de Atração e Seleção X", "Gente e Cultura X": Brazil's teams, before
# the organisation they sign for with no mark between them.
_BRAZILIAN_TEAMS = word_list("brazilian_teams")
# "L'équipe Exemple", "L'équipe Recrutement de Exemple", "El equipo de Ejemplo", "Het team van X".
_TEAM_ROLE = (
    r"(?:talento|talents?|people|recruiting|recruitment|hr|"
    # (Human resources named in full in Spanish and Italian only: the French name opens no team's line here.)
    rf"recursos humanos|risorse umane|{_BRAZILIAN_TEAMS}|"
    rf"{words_alternation(RECRUITING_DEPARTMENT, HUMAN_RESOURCES_SHORT)})"
)
# "Team" alone begins "Team Lead, Engineering" too: it needs its department ("Team Recruitment X").
_TEAM_OF = re.compile(
    rf"^(?:(?:l'équipe|l'equipe|el equipo|equipo|het team|a equipa|a equipe|equipe|o time|il team|lo staff)"
    rf"(?: (?:de |del |da |di )?{_TEAM_ROLE})?|(?:team |time (?:de |da |do )?){_TEAM_ROLE}|"
    rf"{_BRAZILIAN_TEAMS})"
    rf"(?: (?:de la|de l'|de|d'|du|van|da|do|di|del))? ?"
    rf"(?P<name>(?-i:[A-ZÀ-Þ0-9])[^\n]{{1,60}})$",
    re.I,
)
# "Team der Personalabteilung der Beispiel AG", "L'équipe recrutement de Exemple", "Il team HR di Esempio",
# "Servizio Risorse Umane della Fondazione X": a team's noun (team_words.TEAM_NOUNS) opens the line; not
# "staff" or "bureau", which open an English post too ("Staff Accountant, Banco de X", "Bureau Chief").
_DEPARTMENT_NOUNS = team_noun_pattern(TEAM_NOUNS - {"staff", "bureau"})
_DEPARTMENT_OF = re.compile(
    rf"^(?:[\w'-]+ ){{0,4}}(?:recruiting|personalabteilung|time|recrutement|rh|hr|{_DEPARTMENT_NOUNS})\b"
    r".* (?:der|des|von|vom|de la|du|de l'|de|del|van|da|"
    r"do|"
    r"della|dello|di) (?P<name>(?-i:[A-ZÄÖÜÉ0-9])[^\n]{1,60})$",
    re.I,
)
# "Talent @ Acme", "Careers @ Acme": a hiring team's word (name_words.DEPARTMENT_WORDS) at its organisation.
_AT_SIGN = re.compile(rf"(?:{department_alternation()})\W* @ (?P<name>[^\s@][^@]{{1,60}})$", re.I)
# "Talent Acquisition Partnerin bei Beispiel", "Responsable RH chez Exemple", "Recruiter | Beispiel"; a
# shop's owner signing for it by hand ("Owner, Subway #41877").
_ROLE_WORDS = re.compile(
    r"\b(?:recruit\w*|talent\w*|hr|human resources|human capital|personal\w*|people|acquisition|relations|"
    rf"{words_alternation(RECRUITING_DEPARTMENT, HUMAN_RESOURCES_SHORT, HUMAN_RESOURCES_IN_FULL)}|"
    r"consultant(?:e|in)?|specialist(?:in)?|spezialist(?:in)?|partner(?:[:*]?in)?|"
    r"manager(?:[:*]?in)?|expert(?:e|in)?|associate|assistent(?:in)?|assistant|head of|lead|leitung|"
    r"teamleitung|(?:franchise )?owner|franchisee|proprietor|"
    # A Dutch hiring committee's officers: "Secretaris selectiecommissie", "Voorzitter sollicitatiecommissie".
    r"secretaris|voorzitter|(?:selectie|sollicitatie|benoemings|benoemingsadvies)commissie)\b",
    re.I,
)
# "Logistikleitung", "Personalabteilung": one German word naming the writer's department or role, whose
# "Logistik" or "Personal" an organisation's name holds too.
_DEPARTMENT_WORD = re.compile(r"^\w+(?:leitung|abteilung)$", re.I)


def is_department_word(line: str) -> bool:
    """Whether `line` is one word naming a department or a role ("Logistikleitung"), not an organisation."""
    return _DEPARTMENT_WORD.match(line) is not None


# The same, asked only whether a line holds one (most lines ask): see caseless_words.
_HAS_ROLE_WORD = CaselessWords(_ROLE_WORDS.pattern)
_ROLE_AT = re.compile(r" (?:bei|at|chez|en|bij|presso|na|no|em|von|vom|@) (?P<name>[A-ZÄÖÜÉ0-9][^|]{1,60})$")
# What follows a name in a signature without being part of it: the country branch, the web address.
_COUNTRY_AT_END = re.compile(rf"(?:[ ,-]+(?:{word_list('countries')}))+$", re.I)
# "Beispiel-Recruiting-Team": the name without its department ("Fenwick Group" is the group's own name).
# (A hiring team's word, name_words.DEPARTMENT_WORDS, or German "Karriere".)
_TEAM_AT_END = re.compile(rf"[- ](?:(?:{department_alternation()}|karriere)[- ]?)?team$", re.I)
_BRACKETS = re.compile(r"\s*\([^)]*\)")
# A legal form after a comma closes the name before it; it is no part of its own.
_LEGAL_AFTER_COMMA = re.compile(r",\s*(?:Inc|LLC|L\.L\.C|Ltd|LLP|Corp|Co|PLC|plc|LP|PC|PLLC)\.?$")
_ORG_LINE_WORDS = 6
# A form's field closing a short mail ("Empresa: Bodegas Ruiz", "Company: Acme Ltd", "Fecha: 3 de marzo"):
# the layout's to read (employer_layout.py), its label no part of a name and the mail unsigned.
_FORM_FIELD = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,12})?\s?:\s")
LEGAL_WEIGHT = 2.0
SHORT_LEGAL_WEIGHT = 1.9
TEAM_WEIGHT = 1.5
ROLE_WEIGHT = 1.5
# The weakest say a signature gives: a role's line, a comma, then an organisation.
WEAK_SIGNATURE_WEIGHT = 1.0
ORGANISATION_WEIGHT = 1.5


def at_sign(line: str) -> re.Match[str] | None:
    """`_AT_SIGN.search(line)`, only where its " @ " is (unanchored and caseless, it tries every place)."""
    return _AT_SIGN.search(line) if " @ " in line else None


def read_signature_line(line: str) -> tuple[str, float, bool] | None:
    """(name, weight, whether it surely names an organisation): "Jane Doe, SE" or "Recruiter | Jane Doe"
    may name a person, "Beispiel GmbH" and "Ihr Beispiel Recruiting Team" never do."""
    # A board's card line, "Acme Logistics · Reno, NV (On-site)", "Acme - Reno, NV": the name, not its place
    # (whose "NV" is Nevada, not a legal form).
    line = line.strip(" /|-")
    if ":" in line and _FORM_FIELD.match(line):
        return None
    if _CARD_MARKS.intersection(line):  # the place's pattern, substituted, is tried at every space
        line = _CARD_PLACE.sub("", line)
    if leading := _LEADING_FORM.match(line):
        return leading.group("name"), LEGAL_WEIGHT, True
    legal = _LEGAL_FORM.search(line)
    if legal:
        acronym = _ACRONYM_AFTER.match(legal.group("rest"))
        if acronym:
            return acronym.group("a"), LEGAL_WEIGHT, True
        short = bool(legal.group("short"))
        named = line[: legal.start()]
        # "Ihr Recruiting-Team der Brenner Logistik GmbH": the organisation a team names before its form.
        department = _DEPARTMENT_OF.search(named) or _TEAM_OF.search(named)
        if department and _ROLE_WORDS.sub("", department.group("name")).strip(" ,|-"):
            named = department.group("name")
        elif " - " in named or " – " in named:
            named = _without_department_part(named)
        return _last_part(named), SHORT_LEGAL_WEIGHT if short else LEGAL_WEIGHT, not short
    if " | " in line and (pair := _organisation_pair(line)):
        return pair, SHORT_LEGAL_WEIGHT, True
    for pattern in (_TEAM_LINE, _AT_SIGN, _TEAM_OF, _DEPARTMENT_OF):
        match = at_sign(line) if pattern is _AT_SIGN else pattern.search(line)
        # "Departamento de Recursos Humanos": the department's own name, the organisation signs below.
        if match and _ROLE_WORDS.sub("", match.group("name")).strip(" ,|-"):
            return _last_part(match.group("name")), TEAM_WEIGHT, True
    if _HAS_ROLE_WORD.occurs_in(line):
        if agency := agency_signed(line):
            return agency, WEAK_SIGNATURE_WEIGHT, True  # outranked by the client its text names
        at = _ROLE_AT.search(line)
        if at:
            return _last_part(at.group("name")), ROLE_WEIGHT, False
        # "Recruiter | Beispiel", "Nina Patel, Recruiter, Cobalt Medical": the one part naming no role or
        # person.
        # Commas only with the person's name before them: "Recruiter, Aya Healthcare" after a client's
        # name is the agency's signature, which the client outranks.
        # "Ravel Industries - Direction des Ressources Humaines": a dash between spaces separates too.
        for separator, least_parts in (("|", 2), (" - ", 2), (" – ", 2), (",", 3)):
            parts = [part.strip() for part in line.split(separator)]
            others = [
                p
                for p in parts
                if not (_HAS_ROLE_WORD.occurs_in(p) or looks_like_person_name(p) or is_practice_area(p))
            ]
            if len(parts) >= least_parts and len(others) == 1 and others[0]:
                return _last_part(others[0]), ROLE_WEIGHT, False
        # "Office Manager, Fenwick Group" under the writer's name: the role, then its organisation. Weaker:
        # an agency's recruiter signs so too ("Recruiter, Aya Healthcare"), and the client named in the text
        # outranks it.
        role, comma, organisation = line.partition(", ")
        if (
            comma
            and _HAS_ROLE_WORD.occurs_in(role)
            and not _HAS_ROLE_WORD.occurs_in(organisation)
            # A name of two words or more carrying an organisation's mark, not a department ("Team Lead,
            # Engineering").
            and len(organisation.split()) >= 2
            and names_an_organisation(organisation)
            and not is_practice_area(organisation)  # "Senior Recruiter, Finance & Operations": the desk
        ):
            return _last_part(organisation), WEAK_SIGNATURE_WEIGHT, False
        return None
    if (
        len(line.split()) <= _ORG_LINE_WORDS
        and (ORGANISATION_WORDS.occurs_in(line) or OPENING_ORGANISATION_WORDS.opens(line.strip()))
        and not _DEPARTMENT_WORD.match(line)
    ):
        return _organisation_of_line(line), ORGANISATION_WEIGHT, True
    return None


def _organisation_pair(line: str) -> str | None:
    """ "Ridgecrest Medical Center | Ridgecrest Health System": two organisations side by side, no role's
    word in either, sign for the first (the writer's own), as surely as a legal form; the unit or post a
    line above names ("Director, Pharmacy Services") is no employer beside it."""
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) != 2 or _HAS_ROLE_WORD.occurs_in(line):
        return None
    # "Kestrel Analytics Inc. | 20 King St, Toronto ON": an address beside the name (its number, its
    # commas), not a second organisation.
    if any(char.isdigit() or char == "," for char in parts[1]):
        return None
    if not all(names_an_organisation(part) and not looks_like_person_name(part) for part in parts):
        return None
    return _last_part(parts[0])


def _organisation_of_line(line: str) -> str:
    """ "Harborview Clinics | Harborview Regional Hospital": the writer's own organisation, the first of two
    a bar sets side by side (the second is the system or group it belongs to); else the last part."""
    first, bar, _ = line.partition("|")
    first = first.strip()
    if bar and (ORGANISATION_WORDS.occurs_in(first) or names_an_organisation(first)):
        return _last_part(first)
    return _last_part(dash_parted(line))


# "Senior Consultant - Data & Analytics": a recruiter's desk at their agency, no organisation of its own.
_AREA = word_list("practice_areas")
# "Pôle tertiaire", "Secteur BTP": a French agency names its desk by the noun before its area.
_PRACTICE_AREA = re.compile(
    r"(?:(?:pôle|secteur|département|filière|division) )?"
    rf"(?:{_AREA})(?:(?:,? (?:&|and|et|und|y|e|en)|,) (?:{_AREA}))*",
    re.I,
)


def is_practice_area(part: str) -> bool:
    """Whether a role line's part after a dash is the writer's practice area ("Finance & Accounting")."""
    return _PRACTICE_AREA.fullmatch(part) is not None


def _without_department_part(named: str) -> str:
    """ "Ufficio Risorse Umane - Pellow Assicurazioni", "Personalabteilung – Beispiel": the organisation
    without the department a dash sets before or after it."""
    parts = [part.strip() for part in re.split(r" [-–] ", named)]
    if len(parts) == 2 and shortens(parts[0], parts[1]):
        return parts[1]  # "SFL – Scierie Fontaine Leduc S.A.": the name its acronym shortens
    # A team of the teams' vocabulary ("Gestión Humana - Textil X S.A.S.") is a department too.
    others = [part for part in parts if not (_HAS_ROLE_WORD.occurs_in(part) or is_team(part))]
    return others[0] if len(others) == 1 and others[0] else named


_PART_BREAK = re.compile(r"\s*[|,]\s*|\s+/\s+")  # "Ufficio Risorse Umane / Rossi S.p.A."


def _last_part(text: str) -> str:
    """The name in "Recruiting, Beispiel" or "Talent | Beispiel Österreich": the last part, no country."""
    text = _LEGAL_AFTER_COMMA.sub("", _BRACKETS.sub(" ", text).strip(" ,|-"))  # "Bäckerei Lindholm, LLC"
    part = _PART_BREAK.split(text)[-1]
    part = _COUNTRY_AT_END.sub("", part)
    return _TEAM_AT_END.sub("", part).strip()
