"""German, Austrian and Swiss public employers, named by how such names are built.

A town, a municipality, a district or a state's office is named by its shape ("Stadt X", "Gemeinde X",
"Landkreis X", "Landratsamt X", "Landesamt für X"), not by a list: wherever the mail writes one it is a
candidate employer, read as public_bodies.py reads the English-speaking world's, so a portal sending for it
(interamt, a town's own career portal) is the sender, never the employer. The portal's own word before the
body in a display name ("Karriereportal Stadt X") is no part of the body's name.
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import PUBLIC_BODY, Candidate, add_candidate
from tracker.extraction.public_bodies import public_body_matches
from tracker.extraction.text import PreparedEmail

# A place's name after its head: one word, hyphenated ("Neu-Ulm", "Alb-Donau-Kreis"), after "Bad" or "Sankt",
# with "an der", "am", "im", "ob der" and a word after it or a bracketed region ("Kempten (Allgäu)"). Not any
# capitalised word after it: German capitalises its nouns ("der Stadt Nordheim Ihre Unterlagen").
_PLACE = (
    r"(?:(?:Bad|Sankt|St\.) )?[A-ZÄÖÜ][\wäöüß'’-]*"
    r"(?: (?:an der|am|im|ob der|in der|bei) [A-ZÄÖÜ][\wäöüß'’-]*)?"
    r"(?: \([A-ZÄÖÜ][\wäöüß .-]{1,30}\))?"
)
# An office's field after its "für": capitalised words joined by "und", ",", "für".
_FIELD = r"[A-ZÄÖÜ][\wäöüß-]*(?:(?:,| und| für| der| des)? [A-ZÄÖÜ][\wäöüß-]*){0,5}"
_GERMAN_PUBLIC_BODY = re.compile(
    r"(?<![\w-])(?P<name>"
    r"(?:Landeshauptstadt|Hansestadt|Universitätsstadt|Große Kreisstadt|Stadtverwaltung|Stadt|Marktgemeinde|"
    r"Gemeindeverwaltung|Gemeinde|Verbandsgemeinde|Samtgemeinde|Markt|Landkreis|Landratsamt|Kreisverwaltung|"
    r"Bezirksamt|Magistrat der Stadt|Kanton|Bezirkshauptmannschaft) "
    rf"{_PLACE}"
    r"|(?:Landesamt|Bundesamt|Landesbetrieb|Landesanstalt|Landesagentur|Bundesanstalt|Ministerium) für "
    rf"{_FIELD}"
    r")(?![\w-])"
)
# The heads' first letters and words: a mail naming none is passed over in one search.
_HEADS = re.compile(
    r"Stadt |stadt |Gemeinde|gemeinde |Markt |Landkreis|Landratsamt|Kreisverwaltung|Bezirks|Magistrat|"
    r"Kanton |amt für|anstalt für|betrieb für|agentur für|Ministerium für"
)
# A portal's or an office's word opening a display name before the body it sends for: "Karriereportal Stadt
# Kempten", "Personalamt Stadt Biberach".
_PORTAL_BEFORE = re.compile(
    r"^(?:Karriereportal|Bewerbungsportal|Bewerberportal|Stellenportal|Jobportal|Karriere|Stellenbörse|"
    r"Bewerbermanagement|Jobs|Stellenangebote|Personalamt|Hauptamt|Personalabteilung|Personalverwaltung|"
    r"Personalstelle)(?: der| des)? (?=\S)"
)
_GERMAN_PUBLIC_BODY_WEIGHT = 2.0


def add_german_public_bodies(found: list[Candidate], email: PreparedEmail) -> None:
    """The German-speaking public bodies a mail names by their names' shape, each a candidate employer."""
    for field, _text, match in public_body_matches(email, _HEADS, _GERMAN_PUBLIC_BODY):
        name = match.group("name").rstrip(" ,.")
        add_candidate(found, name, _GERMAN_PUBLIC_BODY_WEIGHT, (field, match.start(), PUBLIC_BODY))


def without_portal_word(name: str) -> str:
    """ "Karriereportal Stadt Kempten" -> "Stadt Kempten": a portal's or an office's word before the public
    body it sends for; any other name as it is."""
    if not _HEADS.search(name):
        return name
    portal = _PORTAL_BEFORE.match(name)
    if portal is None:
        return name
    body = name[portal.end() :]
    return body if _GERMAN_PUBLIC_BODY.fullmatch(body) else name
