"""The client an agency names at the interview's place: the organisation whose site the reader goes to.

An agency confirming its client's interview gives where it is held, the firm's name heading the address
("Adresse : Vauclair Optique – site de Rennes, 12 rue des Lices", "Locatie: Hollandt Kabel, Stationsweg 4,
Delft", "📍 Planta Quenzada Lácteos - Polígono Norte 7", "Ort: Halbig Werke, Industriestraße 3") or the
premises it is held at ("in the offices of Tarrow Foods", "nas instalações da Serrana Têxtil (Rua ...)",
"dans les locaux de Maison Fabre", "en las instalaciones de Conservas Arán"). Whose site it is, not who
writes, is the employer of the process. Read only in an agency's mail (decided_clients.add_named_clients),
never the agency itself (its own office is where it meets its candidates), a place or a building.
"""

from __future__ import annotations

import re

from tracker.extraction.building_names import names_a_building
from tracker.extraction.client_firms import CLIENT_FIRM_WEIGHT
from tracker.extraction.decided_clients import add_named_clients
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.places import is_written_place, only_places
from tracker.extraction.text import PreparedEmail

# A line that says where the step is held: its label in the seven languages, or a map pin.
_VENUE_LINE = re.compile(
    r"^[ \t]*(?:[-–•*·][ \t]*)?(?:📍[ \t]*|(?:address|location|venue|where|adresse|lieu|ort|wo|dirección|"
    r"direccion|lugar|dónde|dove|luogo|indirizzo|local|endereço|onde|locatie|adres|waar)[ \t]*:[ \t]*)"
    r"(?P<rest>[^\n]{3,300})",
    re.I | re.M,
)
# The firm's name ends where its address or its site begins: a comma, a dash, a bracket.
_NAME_END = re.compile(r",|\s[-–|]\s|\s\(")
# An address writes the firm as its site's sign does, in full ("Solvento Energias, Av. ..."), where the
# agency's sentences may name it short ("the SLV team liked your CV"): the fuller spelling is shown.
_VENUE_WEIGHT = CLIENT_FIRM_WEIGHT + 0.5
# The premises a step is held at, the firm's name after them.
_PREMISES = re.compile(
    r"\b(?:(?:at|in) the (?:offices|premises|headquarters|site) of|"
    r"in den (?:räumlichkeiten|räumen|büros) (?:der|des|von)|am standort (?:der|des|von)|"
    r"dans les locaux (?:de la |de l'|du |de |d')|au siège (?:de la |de l'|du |de |d')|"
    r"en las (?:instalaciones|oficinas) (?:de la |del |de )|en la sede (?:de la |del |de )|"
    r"nas instalações (?:da |do |de )|nos escritórios (?:da |do |de )|na sede (?:da |do |de )|"
    r"presso (?:la sede|gli uffici|lo stabilimento) (?:della |dello |dell'|del |di )|"
    r"negli uffici (?:della |dello |dell'|del |di )|"
    r"op het kantoor van|in het kantoor van)\s?"
)
_PREMISES_WORDS = ("offices", "premises", "headquarters", "site of", "räum", "büros", "standort", "locaux",
                   "siège", "instalaciones", "oficinas", "sede", "instalações", "escritórios", "uffici",
                   "stabilimento", "kantoor")  # fmt: skip
# The site's noun before the firm's name on a venue line: "Planta Quenzada", "Usine Vauclair", "Werk Halbig".
_SITE_NOUNS = frozenset(
    {"planta", "plant", "usine", "site", "werk", "stabilimento", "fábrica", "fabrica", "fabriek",
     "vestiging", "établissement", "etablissement", "sede", "campus", "filiale", "kantoor", "oficinas"}
)  # fmt: skip
# The small words a firm's name holds between its capitalised ones.
_JOINING = frozenset({"&", "+", "of", "de", "del", "des", "du", "da", "do", "di", "la", "van", "von", "der"})
_MOST_WORDS = 5
# What a venue line names that is no organisation: a meeting's tool, a room.
_NO_FIRM = frozenset({"zoom", "teams", "microsoft", "google", "online", "webex", "skype", "video", "remote"})


def add_venue_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The firm an agency's mail names where the reader's step is held."""
    body, lowered = email.body, email.body_lower
    named: list[tuple[int, str]] = []
    # (The labels' line starts are few: the search needs no substring test first.)
    for line in _VENUE_LINE.finditer(body):
        rest = line.group("rest")
        end = _NAME_END.search(rest)
        # The name heads an address: a house number or a postcode follows it.
        if end is None or not any(ch.isdigit() for ch in rest[end.end() :]):
            continue
        name = _firm_name(rest[: end.start()].split())
        if name:
            named.append((line.start("rest") + rest.find(name), name))
    if any(word in lowered for word in _PREMISES_WORDS):
        for premises in _PREMISES.finditer(lowered):
            name = _firm_name(_capitalised_words(body, premises.end()))
            if name:
                named.append((premises.end(), name))
    add_named_clients(found, email, named, _VENUE_WEIGHT)


def _capitalised_words(text: str, at: int) -> list[str]:
    """The capitalised words (and the joining ones between them) from `at`, up to a punctuation mark."""
    words: list[str] = []
    for word in text[at : at + 120].split(" ", _MOST_WORDS + 1)[: _MOST_WORDS + 1]:
        bare = word.rstrip(".,;:!?)")
        if not bare or not (bare[0].isupper() or (words and bare in _JOINING)) or len(words) >= _MOST_WORDS:
            break
        words.append(bare)
        if bare != word or word.endswith("\n"):
            break
    return words


def _firm_name(words: list[str]) -> str | None:
    """The firm a venue's words name: its site's noun and the town after it dropped ("Planta Quenzada
    Lácteos Toluca" is Quenzada Lácteos; a site's noun with no town after the firm, "Planta Norte", names
    the site alone); None for a place, a building, a tool or a lowercase phrase."""
    words = [word.split("\n")[0] for word in words]
    site = bool(words) and words[0].lower() in _SITE_NOUNS
    if site:
        words = words[2:] if len(words) > 1 and words[1].lower() in _JOINING else words[1:]
    named = len(words)
    while len(words) > 1 and is_written_place(words[-1]):
        words = words[:-1]
    if site and len(words) == named:
        return None  # "Planta Norte", "Werk Süd": the site's own name, no firm's before its town
    while words and words[-1].lower() in _JOINING:
        words.pop()
    if not words or not words[0][:1].isupper() or any(ch.isdigit() for word in words for ch in word):
        return None
    name = " ".join(words)
    if (
        len(name) < 3
        or only_places(name)
        or names_a_building(name)
        or any(word.lower() in _NO_FIRM for word in words)
    ):
        return None
    return name
