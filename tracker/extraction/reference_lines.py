"""The lines on which a staffing agency records whose search a mail is about, under its signature.

A search firm or a staffing agency files each search under a reference and writes it on a line of its own
below the writer's signature, its parts split by a dash, a middle dot or a bar: "Our ref: KP/2026/041 –
Brightwater Foods – Plant Controller", "Rif. ricerca: Fornaci Ardesi – Responsabile Logistica",
"Proceso: Jefe de Almacén | Cliente: Textiles Ormaza (Grupo Ormaza)", "Ref.: 20-118 · Projectleider ·
Opdrachtgever: Gemeente Veldhoven". The line is the agency's own record of whose search it is: the part
labelled as the client names the employer wherever the line puts it, and on a reference line with no such
label the one part that is neither the search's code, nor a place, nor the post (which a title's shape
tells) may be the client, the post beside it its title. Which of these the reading takes is its readers'
(reference_line_clients for the employer, title_reference_lines for the post).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import looks_like_title

# A labelled client part, in each language: "Cliente: X", "Client : X", "Kunde: X", "Opdrachtgever: X".
_CLIENT_WORD = (
    r"(?:client|cliente|kunde|mandant|auftraggeber|klant|opdrachtgever|entreprise cliente|azienda cliente|"
    r"empresa cliente|società cliente)"
)
_CLIENT_PART = re.compile(rf"^{_CLIENT_WORD}\s?:\s?(?P<name>.{{2,80}})$", re.I)
# The separators between a line's parts: a dash, a middle dot, a bar or a slash with a space each side.
_SEPARATOR = re.compile(r"\s[–—·|/-]\s")
# A client's label after a separator, where the line has one: most mail has none, and is not read.
_CLIENT_AFTER_SEPARATOR = re.compile(rf"\s[–—·|/-]\s{_CLIENT_WORD}\s?:", re.I)
# The reference's label opening the line ("Our ref:", "Réf. :", "Rif. ricerca:", "Ons kenmerk:",
# "Referencia del proceso:"), its own word for the search after it at most.
_REFERENCE = (
    r"(?:(?:our|your|notre|votre|nostro|nostra|unser|unsere|ihr|ihre|ons|onze|uw|nuestra|nuestro|nossa|"
    r"nosso)\s)?(?:ref|réf|rif|reference|référence|referenz|referencia|referência|referentie|riferimento|"
    r"kenmerk|zeichen)\.?(?:\s(?:(?:de la|del|da|della|der|van de|of the)\s)?(?:search|assignment|mandate|"
    r"recherche|mission|mandat|suche|projekt|búsqueda|proceso|processo|ricerca|selezione|vaga|vacature|"
    r"opdracht|selectie))?\s?:\s?"
)
_REFERENCE_LABEL = re.compile(rf"^{_REFERENCE}", re.I)
# How the label's line opens (its first three letters, lowercased): most lines open otherwise, and the
# pattern is not tried on them.
_OPENINGS = frozenset(
    {
        "our",
        "you",
        "not",
        "vot",
        "nos",
        "uns",
        "ihr",
        "ons",
        "onz",
        "uw ",
        "nue",
        "ref",
        "réf",
        "rif",
        "ken",
        "zei",
    }
)
# The client's labels, run together with their colon: mail holding none has no labelled part.
_LABEL_WORDS = ("client", "cliente", "kunde", "mandant", "auftraggeber", "klant", "opdrachtgever")
# A search's code: one word holding a digit ("KP/2026/041", "2024-MO-0312", "118").
_CODE = re.compile(r"^[\w./#-]{0,24}\d[\w./#-]{0,24}$")
# A part's own label ("Proceso: ", "Poste : ", "Functie: "): its value is after it.
_PART_LABEL = re.compile(r"^[^\W\d][\w. ]{0,28}\s?:\s?")
_LONGEST_LINE = 240
_MOST_NAME_WORDS = 6


class ReferenceLine(NamedTuple):
    """What one reference line names: its client (as written), its post (None where it names none)."""

    client: str
    title: str | None
    labelled: bool
    at: int


def reference_lines(email: PreparedEmail) -> list[ReferenceLine]:
    """The client (and post) each reference line or labelled client part of the body names, in its order."""
    lowered = email.body_lower
    labels = any(f"{word}:" in lowered or f"{word} :" in lowered for word in _LABEL_WORDS)
    found: list[ReferenceLine] = []
    for line in email.lines:
        line = line.strip()
        label = _REFERENCE_LABEL.match(line) if line[:3].lower() in _OPENINGS else None
        if len(line) > _LONGEST_LINE or (
            label is None and not (labels and _CLIENT_AFTER_SEPARATOR.search(line))
        ):
            continue
        if not _SEPARATOR.search(line):
            continue
        parts = [part.strip() for part in _SEPARATOR.split(line[label.end() if label else 0 :])]
        # The labelled client, after the line's first part (a line opening on it is a form's label line,
        # read by employer_layout).
        named = [m["name"] for part in parts[1:] if labels and (m := _CLIENT_PART.match(part))]
        if len(named) == 1:
            title = _the_one_title(parts, named[0])
            found.append(ReferenceLine(named[0], title, True, email.body.find(line)))
            continue
        if label is None or named:
            continue
        rest = [part for part in parts if part and not _CODE.match(part) and not only_places(part)]
        titles = [part for part in rest if looks_like_title(part)]
        others = [part for part in rest if part not in titles]
        if len(titles) == 1 and len(others) == 1 and _may_name_a_firm(others[0]):
            found.append(ReferenceLine(others[0], titles[0], False, email.body.find(line)))
    return found


def _the_one_title(parts: list[str], client_part: str) -> str | None:
    """The one part of a labelled line shaped as a post, if one is (after its own label: "Proceso: X")."""
    values = [_PART_LABEL.sub("", part, count=1) for part in parts if client_part not in part]
    titles = [
        value for value in values if ":" not in value and not _CODE.match(value) and looks_like_title(value)
    ]
    return titles[0] if len(titles) == 1 else None


def _may_name_a_firm(part: str) -> bool:
    """A part that may be a firm's name: capitalised, a few words, no label, no sentence."""
    words = part.split()
    return (
        0 < len(words) <= _MOST_NAME_WORDS
        and part[0].isupper()
        and ":" not in part
        and not part.endswith((".", "!", "?"))
        and not any(ch.isdigit() for ch in part)
    )
