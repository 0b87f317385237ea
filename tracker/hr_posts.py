"""A hiring department's post in the seven languages, read as the employer: no employer's name.

A reading that finds no organisation may take the line under the writer's name in her signature for
one: her post ("HR-adviseur", "P&O-medewerker", "Personalreferentin", "Adviseur P&O", "Chargée RH",
"Técnica de RRHH", "Addetta HR", "Analista de RH", "Senior Recruiter", "Recruteuse"). Such a post is the
same at every employer, so it names none (weak_employers.py reads it so, beside the English posts of its
department pattern: "HR Business Partner", "Recruitment Officer"). A name with anything else in it ("HR
Adviseurs B.V.", "Adviesbureau P&O Noord") is not a post alone, and stays a name.
"""

from __future__ import annotations

import re

from tracker.extraction.hr_department_words import (
    HUMAN_RESOURCES_IN_FULL,
    HUMAN_RESOURCES_SHORT,
    words_alternation,
)

_ANY_SPACING = r"\s+"  # between a name's words, as a signature's line may space them
# The department a post belongs to: human resources and its short forms in each language ("P&O":
# Dutch personnel and organisation; "RRHH", "RH"; German "Personal" opening a compound).
_DEPARTMENT = (
    rf"hrm?|p\s?&\s?o|{words_alternation(HUMAN_RESOURCES_SHORT)}|personal|personeel(?:szaken)?|"
    rf"human\s+resources?|{words_alternation(HUMAN_RESOURCES_IN_FULL, between=_ANY_SPACING)}|"
    # (The recruiting department's words, hr_department_words.RECRUITING_DEPARTMENT, as a post's department
    # writes them: the Dutch with its selection, the Spanish with or without its accent, and "reclutamiento".)
    r"werving(?:\s+(?:&|en)\s+selectie)?|recrutement|selecci[oó]n|selezione|recrutamento|reclutamiento"
)
# A post named after its department, written apart, hyphened or joined ("HR-adviseur", "Personalreferentin").
_POST_AFTER = (
    r"advis(?:eur|eurs|euse)|medewerk(?:er|ster)|consulent|functionaris|referent(?:in)?|"
    r"sachbearbeiter(?:in)?|berater(?:in)?|spezialist(?:in)?|manager(?:in)?|assistent(?:in)?|leiter(?:in)?"
)
# A post naming its department after it, perhaps with a joining word ("Adviseur P&O", "Chargée de
# recrutement", "Técnica de RRHH", "Responsable des ressources humaines", "Analista de RH").
_POST_BEFORE = (
    r"advis(?:eur|euse)|medewerk(?:er|ster)|consulent|referent(?:in)?|sachbearbeiter(?:in)?|leiter(?:in)?|"
    r"charg[ée]e?|responsable|gestionnaire|t[ée]cnic[oa]|analista|addett[oa]|responsabile|assistente|"
    r"coordinat(?:or|ora|rice|eur)"
)
_JOINING = (
    r"(?:\s+(?:de|du|des|di|da|do|del|della|van|der|dei|delle|en|in))?(?:\s+(?:la|los|las|le|les|os|as))?"
)
# A recruiter named by her trade alone, perhaps with her rank ("Senior Recruiter", "Recruiterin",
# "Recruteuse", "Reclutadora", "Selezionatrice", "Recruitmentconsultant").
_RECRUITER = (
    r"(?:(?:senior|junior|lead|corporate|technical|internal|in-house)\s)?(?:recruiter(?:in)?|recruteu(?:r|se)|"
    r"reclutador(?:a)?|recrutador(?:a)?|selezionat(?:ore|rice)|recruitment\s?consultant)"
)
# A selection board's officer, its secretary or chair ("Secretaris selectiecommissie", "Secretary to the
# Selection Panel", "Segretaria della commissione giudicatrice", "Secrétaire du jury", "Vorsitzende der
# Auswahlkommission", "Secretario del tribunal calificador"): every public body's selection has one.
_SELECTION_BOARD = (
    r"(?:selectie|sollicitatie|benoemings(?:advies)?)commissie|selection\s+(?:committee|panel|board)|"
    r"interview\s+panel|auswahl(?:kommission|ausschuss)|berufungskommission|jury(?:\s+de\s+(?:recrutement|"
    r"s[ée]lection))?|commission\s+de\s+(?:recrutement|s[ée]lection)|commissione(?:\s+(?:giudicatrice|"
    r"esaminatrice|di\s+selezione))?|tribunal(?:\s+(?:calificador|de\s+selecci[oó]n))?|"
    r"comisi[oó]n\s+de\s+selecci[oó]n|j[uú]ri(?:\s+do\s+procedimento)?|comiss[aã]o\s+de\s+sele[cç][aã]o"
)
_BOARD_OFFICER = (
    r"secretaris|secretary|sekret[äa]r(?:in)?|secr[ée]taire|segretari[oa]|secretari[oa]|secret[áa]ri[oa]|"
    r"voorzitter|chair(?:person)?|vorsitzende[rn]?|pr[ée]sidente?"
)
_BOARD_JOINING = r"(?:\s+(?:to|of|van|der|du|de|des|della|del|do|da))?(?:\s+(?:the|het|de|la|le|el|o|a))?"
_HR_POST = re.compile(
    rf"(?:{_DEPARTMENT})[\s-]?(?:{_POST_AFTER})|(?:{_POST_BEFORE}){_JOINING}\s+(?:{_DEPARTMENT})|{_RECRUITER}|"
    rf"(?:{_BOARD_OFFICER}){_BOARD_JOINING}\s+(?:{_SELECTION_BOARD})",
    re.I,
)


def is_hr_post(name: str) -> bool:
    """Whether `name` is only a hiring department's post, in any of the seven languages."""
    return _HR_POST.fullmatch(" ".join(name.split()).strip(" .,:;|")) is not None
