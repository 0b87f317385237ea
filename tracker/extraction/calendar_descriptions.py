"""A scheduling tool's booking: the event's description, where a host's booking page names its organisation.

A Calendly or GoodTime confirmation of a call booked with a recruiter often names only the step in the
event's name ("Phone screen (20 min)") and the employer and post in the event's description, labelled in the
reader's language ("Description:", "Beschreibung", "Descripción", "Descrizione", "Descrição",
"Beschrijving"), on the label's line or under it. A description written as a name ("Acme | Data Engineer -
first call") is read as the event's name is (calendar_events.py); one written as a sentence names the
employer by its hiring team: "with Acme's talent team", "from the Acme People team", "l'équipe recrutement
de Acme", "das Recruiting-Team von Acme", "el equipo de selección de Acme", "il team HR di Acme", "a equipe
de recrutamento da Acme", "het recruitmentteam van Acme".
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.team_words import is_team
from tracker.names import company_key

# The description's label in the languages the tools write, the text on its line or on the next one.
_DESCRIPTION = re.compile(
    r"^[ \t]*(?:description|beschreibung|descripción|descripcion|descrizione|descrição|descricao|"
    r"beschrijving|omschrijving)[ \t]*:?[ \t]*\n?[ \t]*(?P<d>\S[^\n]{2,300})",
    re.M | re.I,
)
# A description written as a name: its parts set apart by a bar or a dash, no sentence in it.
_NAME_SHAPED = re.compile(r"^[^.!?\n]{3,140}$")
_PARTS = re.compile(r"\s(?:\||–|—|-|/)\s")
# An organisation's name as a sentence writes it: capitalised words, a few joining words between them.
_ORG = r"(?P<o>[A-ZÀ-Þ0-9][\w&.'’-]{0,40}(?: (?:[A-ZÀ-Þ0-9&][\w&.'’-]{0,40}|de|of|und|&)){0,4})"
# The hiring team's own words (name_words.HIRING_TEAM_WORDS, team_words' teams), as the booking writes them.
_EN_TEAM = r"(?i:people|talent(?: acquisition)?|recruiting|recruitment|hiring|hr|careers)"
_TEAM_SENTENCES = (
    # "with Acme's talent team", "Acme' hiring team".
    re.compile(rf"\b{_ORG}(?:['’]s|(?<=s)['’]) {_EN_TEAM} team\b"),
    # "from the Acme People team", "with the Acme recruiting team".
    re.compile(rf"\b(?:the|our) {_ORG} {_EN_TEAM} team\b"),
    # "the talent team at Acme", "the recruiting team of Acme".
    re.compile(rf"\b(?i:the) {_EN_TEAM} team (?:at|of|from) {_ORG}"),
    # French: "l'équipe recrutement de Acme", "l'équipe RH d'Acme", "l'équipe talents chez Acme".
    re.compile(
        r"\b(?i:l['’]équipe) (?i:rh|recrutement|talents?|people|ressources humaines)"
        rf" (?:de |d['’]|chez ){_ORG}"
    ),
    # German: "das Recruiting-Team von Acme", "dem HR-Team der Acme", "vom Talent-Team bei Acme".
    re.compile(
        r"\b(?i:das|dem|vom|unser(?:em)?) (?i:recruiting|hr|people|talent|personal)[- ]?(?i:team) "
        rf"(?:von |der |bei ){_ORG}"
    ),
    # German: "dem Acme Recruiting-Team", "das Acme-HR-Team".
    re.compile(rf"\b(?i:das|dem|vom) {_ORG}[- ](?i:recruiting|hr|people|talent)-?(?i:team)\b"),
    # Spanish: "el equipo de selección de Acme", "el equipo de talento de Acme".
    re.compile(
        r"\b(?i:el|nuestro) (?i:equipo) (?i:de) (?i:selección|seleccion|talento|reclutamiento|"
        rf"recursos humanos|rrhh|people) (?:de |del ){_ORG}"
    ),
    # Italian: "il team HR di Acme", "il team selezione di Acme", "l'ufficio selezione di Acme".
    re.compile(
        r"\b(?i:il team|l['’]ufficio) (?i:hr|recruiting|selezione|talent|people|risorse umane|personale) "
        rf"(?:di |della |del ){_ORG}"
    ),
    # Portuguese: "a equipe de recrutamento da Acme", "a equipa de talentos do Acme".
    re.compile(
        r"\b(?i:a|nossa) (?i:equipe|equipa) (?i:de) (?i:recrutamento|talentos|rh|recursos humanos|people|"
        rf"pessoas) (?:da |do |de ){_ORG}"
    ),
    # Dutch: "het recruitmentteam van Acme", "het HR-team van Acme", "het People team van Acme".
    re.compile(
        r"\b(?i:het) (?i:recruitment|recruiting|hr|people|talent|werving)[- ]?(?i:team) "
        rf"(?:van |bij ){_ORG}"
    ),
)
# A bare word a name's part ends with that is no part of the organisation's name.
_TRAILING_WORD = re.compile(r" (?:de|of|und|&)$")


def description_of(body: str) -> str | None:
    """The event's description a scheduling tool writes under its label, or None."""
    lowered = body.lower()
    if not any(label in lowered for label in ("descri", "beschr", "omschr")):
        return None
    match = _DESCRIPTION.search(body)
    return match.group("d").strip() if match else None


def reads_as_a_name(description: str) -> bool:
    """Whether a description is written as an event's name ("Acme | Data Engineer - first call"), not as a
    sentence: its parts set apart by a bar or a dash, no sentence's end."""
    return bool(_NAME_SHAPED.match(description)) and bool(_PARTS.search(description))


def team_organisations(description: str, people: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The organisations a description's hiring team belongs to ("from the Acme People team"): a name shaped
    as a person's too ("the talent team of Marlow Gray"), the team saying whose it is, but not one of the
    event's `people` (their name keys)."""
    found = []
    for pattern in _TEAM_SENTENCES:
        for match in pattern.finditer(description):
            name = _TRAILING_WORD.sub("", match.group("o")).strip(" .,'’-")
            if (
                name
                and company_key(name) not in people
                and not is_team(name)
                and not platforms.is_platform_name(name)
                and name not in found
            ):
                found.append(name)
    return found
