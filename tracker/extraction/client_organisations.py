"""An agency's client, named in the agency's own words by an organisation's noun, in any of the languages.

A staffing agency or a head hunter names its client once, wherever its sentence puts it: "the role is with
Harkness Cold Storage", "shortlisted by our principal, M/s. Quillan Tankers", "o cliente, a Seguradora X,
optou", "j'ai présenté votre dossier à la Banque X", "el proyecto en Laboratorios X", "O Grupo X quer
conversar com você". No phrase table lists every such sentence; what they share is where the name sits (in
the agency's text above its closing) and its shape (capitalised words with an organisation's noun:
"Laboratorios", "Banque", "Grupo", "Hospital", "Distribution"). client_firms.py reads the clients a legal
form closes the same way; here the noun marks the organisation. The agency's own names (its domain, its
display name, its signature's lines) are never its client, nor is a post ("Marine Engineer") or a place.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import CLIENT_FIRM, agency_sender_spellings, closing_at, from_an_agency
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.squashed_names import run_together
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.extraction.valedictions import signature_start

# Without a valediction, the mail's last lines are its signature (as employer_agencies reads them).
_SIGNATURE_LINES = 4
# Below a client named by its legal form (client_firms.CLIENT_FIRM_WEIGHT): a noun marks fewer names.
CLIENT_ORGANISATION_WEIGHT = 2.5
# Capitalised words, joined by the small words inside an organisation's name ("Frigoríficos do Sado",
# "Alters- und Pflegeheim X", "Banque Vuillerat-Desgouttes"); at most seven words, each bounded.
# A dot stays inside a word only before a letter ("S.A."): "Kestrel Freight. Round two" ends at the dot.
_WORD = r"(?:[\w'’&-]|\.(?=\w)){0,40}"
_NAME_RUN = re.compile(
    rf"(?<![\w'’-])[A-ZÀ-Þ]{_WORD}(?: (?:[A-ZÀ-Þ&]{_WORD}|(?:do|da|dos|das|de|del|della|des|du|"
    r"di|von|der|und|y|e|et|and|of)\b)){0,6}"
)
# A post's noun or "as" before the words: they are the post's name ("the vacancy Night Planner Cold
# Storage", "als Monteur Kälteanlagen").
_POST_NOUNS = frozenset(
    {
        "position", "role", "post", "vacancy", "opening", "job", "poste", "offre", "mission", "fonction",
        "emploi", "puesto", "cargo", "vacante", "plaza", "oferta", "vaga", "função", "posizione", "ruolo",
        "figura", "posto", "functie", "vacature", "rol", "stelle", "rolle",
        # The post named by what the reader would work as: "Ihre Bewerbung als Kalkulator Stahlbau".
        "als", "as", "comme", "como", "come",
    }
)  # fmt: skip
_DASHES = frozenset({"-", "–", "—", "|"})
_TEAM_NOUNS = frozenset({"team", "équipe", "equipo", "equipa", "equipe", "squadra", "afdeling", "abteilung"})
# A name, a comma, then an address on its line ("Hoofdkantoor X, Laan van Y 3, Zeist"): where a meeting is
# held, which the readings of venues and addresses judge.
_VENUE_AFTER = re.compile(r", [A-ZÀ-Þ][^\n.!?,]{0,50}?\d")
# The small words linking a capitalised word to the next inside one name or post: "Técnico(a) de
# Laboratório X" is a post's name, and "Laboratório X" no name of its own.
_LINKS = frozenset({"de", "of", "di", "da", "do", "van", "von", "du", "des", "del", "della"})
# An article or a sentence's opening word before the name: no part of it ("O Grupo X", "La Banque X").
_OPENING_WORDS = frozenset(
    {
        "o", "a", "os", "as", "el", "la", "los", "las", "le", "les", "il", "lo", "der", "die", "das", "de",
        "het", "the", "our", "my", "m/s.", "m/s",
    }
)  # fmt: skip
_SMALL_WORDS = frozenset({"do", "da", "dos", "das", "de", "del", "della", "des", "du", "di", "von", "der",
                          "und", "y", "e", "et", "and", "of", "&"})  # fmt: skip


def add_client_organisations(found: list[Candidate], email: PreparedEmail) -> None:
    """An agency's clients named by an organisation's noun in the text above its closing."""
    text, body_end, signed = _text_and_signature(email)
    names = [
        (match.start(), name)
        for match in _NAME_RUN.finditer(text)
        if (name := _organisation(match))
        and not _inside_a_post_or_name(text, match.start())
        and not _VENUE_AFTER.match(text, match.end())
    ]
    if not names or not from_an_agency(email, body_end):
        return
    sender = agency_sender_spellings(email)
    signature = [spelled for line in signed if len(spelled := run_together(line)) > 2]
    for at, name in names:
        letters = run_together(name)
        if len(letters) > 2 and not (
            any(letters in spelling or spelling in letters for spelling in sender)
            or any(letters in line for line in signature)
        ):
            add_candidate(found, name, CLIENT_ORGANISATION_WEIGHT, ("body", at, CLIENT_FIRM))


def _text_and_signature(email: PreparedEmail) -> tuple[str, int, tuple[str, ...]]:
    """The writer's text, where it ends in the body, and the signature's lines: below the last valediction
    in any of the languages ("Un saludo,", "Bien à vous,", "Abs,"), else below client_firms' closing."""
    start = signature_start(email)
    if start:
        at = email.body.rfind(email.lines[start - 1])
        if at >= 0:
            return email.body[:at], at, email.lines[start:]
    body_end = closing_at(email.body)
    below = (
        email.body[body_end:].split("\n") if body_end < len(email.body) else email.lines[-_SIGNATURE_LINES:]
    )
    return email.body[:body_end], body_end, tuple(below)


def _organisation(match: re.Match[str]) -> str | None:
    """The run of capitalised words as an organisation's name, without the article before it and the small
    words after it; None where it is no organisation's (a person, a post, a place, a sentence's words)."""
    words = match.group(0).rstrip(".").split(" ")
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
    while words and words[-1].lower() in _SMALL_WORDS:
        words.pop()
    if len(words) < 2:  # one word carries no noun of its own beside the name
        return None
    name = " ".join(words)
    if any(ch.isdigit() for ch in name) or "&" in name:
        return None  # "Manchester M1 4BT", "Supply Chain & Logistics": an address, a field
    if not names_an_organisation(name) or names_a_person_role(name) or is_team(name):
        return None
    if words[-1].lower() in _TEAM_NOUNS:  # "their Neuro Rehab Team": a unit of the client, or the agency's
        return None
    return name


def _inside_a_post_or_name(text: str, at: int) -> bool:
    """Whether the words at `at` go on a post's noun ("la vacante Técnico X") or a longer capitalised name
    through its small word ("Técnico(a) de Laboratório X", "Head of Quality Systems")."""
    before = text[max(0, at - 40) : at].split()
    if not before:
        return False
    # The post's noun, before its link words if any: "the vacancy Night Planner", "de functie van
    # Calculator Bouw", "le poste de Chef de Projet X", "la posizione di Tecnico X".
    links = 0
    while links < len(before) - 1 and before[-1 - links] in _LINKS:
        links += 1
    if before[-1 - links].lower().strip(":") in _POST_NOUNS:
        return True
    if before[-1] in _DASHES or before[-1].endswith(",") and before[-1][:1].isupper():
        return True  # "Manager - International Tax", "Rui Valadim, Responsável de Vendas": a post's parts
    if "in" in (word.lower() for word in before[-2:]):
        return True  # "in der City Nord", "in the Docklands": a place in the languages that say "in"
    return len(before) > 1 and before[-1] in _LINKS and (before[-2][:1].isupper() or before[-2].endswith(")"))
