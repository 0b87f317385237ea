"""An organisation's site or country arm named by its place after the brand the organisation itself signs
with: "Lumora in Portugal", "Quillfeld en España", "Vantrel bei Graz" (a place after a locative word),
"Brightmoor Health Derby Clinic" (a town and its site's noun), "Kestrava Montréal" (a city alone). A person
writes the brand in a tracker; the place says where the post is.

Read only where the organisation's own say names the brand alone: its domain spells it ("lumora.com"), or
its display name opens with it ("Kestrava Careers"), and the mail's spellings hold it alone. A council's or
a university's name holds its town as its own ("Stadt Graz", "Universidade do Porto"): one word of an
organisation's kind is no brand, and a town without a locative word, a site's noun or a city's size stays,
as does a country written bare after the brand (a country's arm may be named so: "X México", "X Brasil").
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import spelled_by_own_domain
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.places import is_city, is_country, is_written_place, only_places
from tracker.extraction.text import PreparedEmail

# A locative word between the brand and its place, in the seven languages: "in Portugal", "en España",
# "em Portugal", "au Canada", "à Lyon", "bei Graz", "bij Utrecht", "a Milano", "im Tessin".
_LOCATIVE_TAIL = re.compile(
    r" (?:in|im|en|em|no|na|au|aux|à|a|bei|bij|te) (?P<place>[A-ZÀ-Þ][^,;:()]{1,60})$"
)
# A site's noun after its town: "Derby Clinic", "Leeds Hospital", "Lyon Campus", "Graz Werk".
_SITE_NOUNS = frozenset(
    {
        "hospital", "clinic", "campus", "office", "offices", "site", "store", "branch", "plant", "studio",
        "studios", "hub", "centre", "center", "hôpital", "hopital", "clinique", "bureau", "agence", "usine",
        "klinik", "krankenhaus", "standort", "werk", "niederlassung", "filiale", "büro", "clínica",
        "clinica", "oficina", "oficinas", "sede", "planta", "fábrica", "escritório", "ospedale", "ufficio",
        "stabilimento", "ziekenhuis", "kliniek", "kantoor", "vestiging", "fabriek",
    }
)  # fmt: skip
_MAX_PLACE_WORDS = 3


def without_site_place(name: str, forms: list[str], email: PreparedEmail) -> str:
    """`name` without the place of the site or country arm it names, where the organisation signs with the
    brand alone (module docstring); else `name` as it is."""
    locative = _LOCATIVE_TAIL.search(name)
    if locative is not None and only_places(locative.group("place").strip()):
        brand = name[: locative.start()]
        return brand if _signed_alone(brand, forms, email) else name
    words = name.split()
    site = len(words) > 2 and words[-1].lower() in _SITE_NOUNS
    stem = words[:-1] if site else words
    for count in range(min(_MAX_PLACE_WORDS, len(stem) - 1), 0, -1):
        place = " ".join(stem[-count:])
        if not (is_written_place(place) if site else is_city(place)) or is_country(place):
            continue  # a country written bare after the brand may be its arm's own name ("X México")
        brand = " ".join(stem[:-count])
        if _signed_alone(brand, forms, email):
            return brand
    return name


def _signed_alone(brand: str, forms: list[str], email: PreparedEmail) -> bool:
    """Whether the organisation names `brand` alone: a spelling of the mail, spelled by the sender's own
    domain or opening its display name ("Kestrava Careers"); never one word of an organisation's kind."""
    if not brand or brand not in forms or (" " not in brand and names_an_organisation(brand)):
        return False
    display = email.sender.name.strip()
    return spelled_by_own_domain(brand, email) or display == brand or display.startswith(f"{brand} ")
