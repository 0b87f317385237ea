"""A title's tail that names where the post is by a place and its area: the town with its province or state,
or the sales area named after a town.

"Técnico de Mantenimiento - Olot (Girona)", "Vendedor | Montes Claros - MG", "Gestore Clienti - Area Verona
Nord": the tail after the post's dash is a place though the gazetteer alone does not read it whole (a province
no city list holds, a Brazilian state's code after a dash, an area's word before the town).
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places

# "Olot (Girona)": a town, then its province or region in brackets.
_PLACE_WITH_AREA_IN_BRACKETS = re.compile(r"(?P<place>[^()]{2,40}?)\s*\((?P<area>[^()]{2,40})\)")
# A bracket that says the post's terms is no region, though its words are capitalised: "Teaching Assistant -
# Reading (Maternity Cover)", "Porter - Leeds (Fixed Term)".
_TERMS_WORDS = frozenset(
    ("cover", "maternity", "paternity", "parental", "leave", "term", "fixed",
     "temporary", "permanent", "contract", "interim", "secondment", "locum", "seasonal", "internship")
)  # fmt: skip
# "Montes Claros - MG": a town, a dash and its state's code.
_PLACE_WITH_CODE_AFTER_DASH = re.compile(r"(?P<place>[^()]{2,40}?)\s+[-–]\s+(?P<area>[A-Z]{2,3})")
# "Ballykeeran, Co. Leitrim", "Rathmore, County Fermanagh", "Stanhope, Co Durham": a town, then the county it
# is in as Irish and British writers name it; the county's word says the town is a place, whether a
# gazetteer knows the town or not.
_PLACE_WITH_COUNTY = re.compile(
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]{1,30}(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.-]{1,30}){0,2},?\s+(?:Co\.?|County)\s+"
    # (A county's body is an organisation: "Tarlowe County Council", "Brannoch County Hospital".)
    r"(?!(?:Council|Board|Court|Hall|Hospital|Library|Museum|Fire|Health|Club|School|College)\b)(?-i:[A-Z])[\w'’-]{2,30}"
)
# "Area Verona Nord", "Zona di Bergamo", "Region Hannover": the area a sales post covers, named by its town,
# with the town's quarter of the compass perhaps. A Dutch agency writes its unnamed client's kind before
# the region: "| Productiebedrijf regio Utrecht", "– Zorginstelling in regio Zwolle".
_AREA_OF_PLACE = re.compile(
    r"(?:(?-i:[A-Z])\w{0,30}(?:bedrijf|onderneming|instelling|organisatie)\s+(?:in\s+(?:de\s+)?)?)?"
    r"(?i:area|zona|zone|regio|région|region|gebied|bezirk|distrito|distretto|territorio)\s+"
    r"(?:(?i:di|de|del|della|du|van|von)\s+)?(?P<place>[^()]{2,40}?)"
    r"(?:\s+(?i:nord|sud|est|ovest|centro|norte|sur|este|oeste|north|south|east|west|noord|zuid|oost|"
    r"nord-?est|nord-?ovest|sud-?est|sud-?ovest))?"
)

# "Lima Norte", "Milano Sud", "Amsterdam Zuid", "Lyon Est": a town and its quarter of the compass, in every
# language, the town known to the gazetteer.
_TOWN_QUARTER = re.compile(
    r"(?P<place>[^()\d]{2,40}?)\s+(?i:nord|sud|est|ovest|centro|norte|sur|este|oeste|north|south|east|west|"
    r"noord|zuid|oost|süd|ost|centre|center|zentrum|mitte)"
)


def names_a_place_and_its_area(tail: str) -> bool:
    """Whether `tail` is a place with its area: "Olot (Girona)", "Montes Claros - MG", "Area Verona Nord",
    "Ballykeeran, Co. Leitrim"."""
    in_brackets = _PLACE_WITH_AREA_IN_BRACKETS.fullmatch(tail)
    if in_brackets and in_brackets["area"][:1].isupper() and not _says_terms(in_brackets["area"]):
        return only_places(f"{in_brackets['place']}, {in_brackets['area']}")
    after_dash = _PLACE_WITH_CODE_AFTER_DASH.fullmatch(tail)
    if after_dash:
        return only_places(f"{after_dash['place']}, {after_dash['area']}")
    if "Co" in tail and _PLACE_WITH_COUNTY.fullmatch(tail):
        return True
    quarter = _TOWN_QUARTER.fullmatch(tail)
    if quarter and quarter["place"][:1].isupper() and only_places(quarter["place"]):
        return True
    area = _AREA_OF_PLACE.fullmatch(tail)
    return area is not None and area["place"][:1].isupper() and only_places(area["place"])


def _says_terms(words: str) -> bool:
    return any(word in _TERMS_WORDS for word in re.split(r"[\s-]+", words.lower()))


# What a person's or a public body's posting writes in brackets after the post for where it is worked: a
# quarter of the compass ("(North)", "(South West)", "(Northern)"), or a county, branch, district or region
# by its name ("(Marsabit County)", "(Harbour Road Branch)", "(Western Region)"). A unit or a field in
# brackets ("(Payments)", "(Private Client)") is the post's own and stays.
_COMPASS_AREA = re.compile(
    r"(?:(?:North|South)(?:[- ]?(?:East|West))?|East|West|Central|(?:North|South|East|West)ern|"
    r"Mid(?:lands)?|(?:North|South|East|West)(?:[- ]?(?:East|West))? (?:Region|Area|Patch))",
    re.I,
)
_NAMED_AREA = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:County|Branch|District|Region|Province|Area|Office|Depot)",
)


def names_an_area(inside: str) -> bool:
    """Whether a bracket's `inside` after a post names only the area or branch it is worked at: "North",
    "South West", "Marsabit County", "Harbour Road Branch", "Nairobi Office", "Head Office"."""
    inside = inside.strip()
    if _COMPASS_AREA.fullmatch(inside):
        return True
    if not _NAMED_AREA.fullmatch(inside):
        return False
    where, _, noun = inside.rpartition(" ")
    # An office is a place only by its town or as the head one: "(Front Office)", "(Press Office)", "(Private
    # Office)" are units of the organisation, which the post's name keeps.
    return noun != "Office" or where == "Head" or only_places(where)
