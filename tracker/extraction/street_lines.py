"""An address's street line written street first, its house number after it: "Quellweg 4", "Rua do Souto 18",
"Kapelstraat 9, 3500 Hasselt", "Via Garibaldi 12/b". Continental Europe writes its streets so (English mail
opens the line with the number: building_names.opens_an_address). The line is where an organisation sits,
never its name, though the street may be named for it ("Lindenhofweg 3" under "Altenzentrum Am Lindenhof"),
and the line above it in a signature block is the organisation's.
"""

from __future__ import annotations

import re

# A street's noun as its own word, in the seven languages, before its name ("Rue des Lilas", "Rua do Sol",
# "Calle Mayor", "Via Roma") or after it ("Mill Road" is written number first).
_STREET_WORDS = (
    r"rue|avenue|av\.?|boulevard|bd\.?|chemin|place|allée|impasse|route|quai|cours|rua|avenida|travessa|"
    r"largo|praça|estrada|alameda|calle|plaza|paseo|camino|carrer|via|viale|piazza|corso|vicolo|"
    r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|dijk|kade|gracht|singel|"
    r"steeg"
)
_STREET_WORD = re.compile(rf"(?i:{_STREET_WORDS})")
# The same noun closing a German or Dutch compound: "Quellweg", "Kapelstraat", "Marktplatz", "Hauptstr.".
_STREET_COMPOUND = re.compile(
    r"(?i:\w{2,30}(?:straße|strasse|str\.|weg|pfad|steig|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|dijk|kade|"
    r"gracht|singel|steeg))"
)
# A house number: "18", "4a", "12-14", "12/b", "3 bus 2" (a Belgian box).
_HOUSE_NUMBER = r" \d{1,4}[a-zA-Z]?(?:[-/](?:\d{1,4}[a-zA-Z]?|[a-zA-Z]))?(?: bus \d{1,4})?"
# The words of the street, then its house number, and maybe the postcode and town after it.
_STREET_THEN_NUMBER = re.compile(
    rf"(?P<street>[A-ZÀ-Þ][\w'’.-]{{1,40}}(?: [\w'’.-]{{1,30}}){{0,5}}){_HOUSE_NUMBER}.{{0,60}}"
)
_NUMBER = re.compile(_HOUSE_NUMBER)
# What may follow the house number on the line: the postcode and town ("3500 Hasselt", "· CH-8820 Wädenswil").
_POSTCODE_TOWN_AFTER = re.compile(
    r"(?:,| ·| \|| [-–])? (?:[A-Z]{1,2}-?)?\d{4,5}(?:-\d{3}| [A-Z]{2})? \D{2,50}"
)


def is_street_line(line: str) -> bool:
    """Whether `line` is a street written name first, its house number closing it or the postcode and town
    after it: "Quellweg 4", "Rua do Souto 18", "Kapelstraat 9, 3500 Hasselt" (not "Studio 54": no street)."""
    line = line.strip(" ,")
    match = _STREET_THEN_NUMBER.fullmatch(line)
    if match is None:
        return False
    number = _NUMBER.match(line, match.end("street"))
    if number is None or not (
        number.end() == len(line) or _POSTCODE_TOWN_AFTER.fullmatch(line, number.end())
    ):
        return False
    words = match["street"].split()
    return any(_STREET_WORD.fullmatch(word) or _STREET_COMPOUND.fullmatch(word) for word in words)


# A street's noun or its abbreviation opening an address's part, its name after it: "Rua Conde de Vizela",
# "Avda. de Goya", "Calle Mayor".
_STREET_OPENING = re.compile(rf"(?i:{_STREET_WORDS}|avda\.|rodovia|estrada nacional) \S")
# An industrial estate's or business park's noun: the area an address names before its street ("Zona
# Industriale, Via Po 3", "Polígono Industrial Norte, nave 4", "Zone artisanale des Prés").
_ESTATE_OPENING = re.compile(
    r"(?i:zona industrial|parque industrial|pol[íi]gono|zone industrielle|zone artisanale|zona artigianale)"
)


def opens_a_street(part: str) -> bool:
    """Whether `part` of an address opens with a street's or an industrial estate's noun: "Rua Conde de
    Vizela", "Calle Mayor", "Zona Industriale". Where its line goes on to a house number or a postcode, the
    part is where an organisation sits, never its name."""
    return bool(_STREET_OPENING.match(part) or _ESTATE_OPENING.match(part))
