"""Invented employers, people, roles and places. Any likeness to a real organisation is accidental."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Employer:
    """A hiring employer. `name` is how a human writes it; `spellings` are the other ways its own emails
    write the same employer (legal suffixes, capitals, punctuation), never a different name."""

    name: str
    domain: str
    spellings: tuple[str, ...] = ()
    language: str = "en"

    @property
    def slug(self) -> str:
        """The short handle ATS platforms put in addresses and URLs ("northwindrobotics")."""
        return self.domain.split(".")[0].replace("-", "")

    def spelled(self, rng: random.Random, formal_chance: float = 0.3) -> str:
        """The name as one email writes it: usually `name`, sometimes one of its other spellings (the
        first of them more often than the rest)."""
        if not self.spellings or rng.random() >= formal_chance:
            return self.name
        return self.spellings[0] if rng.random() < 0.7 else rng.choice(self.spellings)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    domain: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def address(self) -> str:
        local = unicodedata.normalize("NFKD", f"{self.first}.{self.last}".lower())
        return "".join(ch for ch in local if ch.isascii() and ch != "'") + f"@{self.domain}"


# Employers the featured lifecycles rely on by name: look-alikes, suffix variants, two languages.
ACME = Employer("Acme Corp", "acmecorp.com", ("ACME Corporation", "Acme Corporation", "ACME Corp."))
NORTHWIND = Employer("Northwind Robotics", "northwindrobotics.com", ("Northwind Robotics, Inc.",))
NORTHWINDS = Employer("Northwinds Capital", "northwindscapital.com", ("Northwinds Capital LLC",))
AVAIL = Employer("Avail", "avail.io", ("Avail, Inc.", "AVAIL"))
AVRA = Employer("Avra", "avra.ai", ("Avra Inc.",))
HELIX = Employer("Helix Biosciences", "helixbio.com", ("Helix Biosciences Ltd", "HELIX BIOSCIENCES LTD."))
LUMEN = Employer("Lumen Freight", "lumenfreight.com", ("Lumen Freight, LLC",))
KESSLER = Employer("Kessler Datentechnik", "kessler-datentechnik.de", ("Kessler Datentechnik GmbH",), "de")
LUMIERE = Employer("Atelier Lumière", "atelier-lumiere.fr", ("Atelier Lumière SAS",), "fr")
QUILLON = Employer("Quillon Health", "quillonhealth.com", ("Quillon Health Inc.",))
BRIGHTLINE = Employer("Brightline Energy", "brightlineenergy.com", ("Brightline Energy Ltd",))
LARKSPUR = Employer("The Larkspur Group", "larkspurgroup.com", ("Larkspur Group",))
ORCHARD = Employer("Orchard & Finch", "orchardfinch.com", ("Orchard and Finch", "Orchard & Finch LLP"))
TIDEWATER = Employer("Tidewater Analytics", "tidewateranalytics.com", ("Tidewater Analytics Inc.",))
PINECREST = Employer("Pinecrest Bank", "pinecrestbank.com", ("Pinecrest Bank, N.A.",))
SALTBOX = Employer("Saltbox Coffee", "saltboxcoffee.com", ("Saltbox Coffee Co.",))


_CURATED = (
    ("Juniper Ridge Software", "juniperridge.io"),
    ("Halcyon Games", "halcyongames.com"),
    ("Copperleaf Insurance", "copperleafins.com"),
    ("Meridian Transit Authority", "meridiantransit.org"),
    ("Vantage Point Media", "vantagepointmedia.com"),
    ("Redwood Clinical", "redwoodclinical.com"),
    ("Sable Security", "sablesec.com"),
    ("Granite Peak Logistics", "granitepeaklogistics.com"),
    ("Harborview Health System", "harborviewhealth.org"),
    ("Lattice Foods", "latticefoods.com"),
    ("Clearwave Telecom", "clearwavetel.com"),
    ("Mosaic Learning", "mosaiclearning.com"),
    ("Polaris Payments", "polarispay.com"),
    ("Everfield Agriculture", "everfield.ag"),
    ("Kestrel Aerospace", "kestrelaero.com"),
    ("Bluegate Retail", "bluegateretail.com"),
    ("Fennel Health", "fennelhealth.com"),
    ("Stonebridge Financial", "stonebridgefin.com"),
    ("Waypoint Maps", "waypointmaps.com"),
    ("Cobblestone Realty", "cobblestonerealty.com"),
    ("Driftwood Studios", "driftwoodstudios.com"),
    ("Silverline Mobility", "silverlinemobility.com"),
    ("Tessellate AI", "tessellate.ai"),
    ("Ravenna Therapeutics", "ravennatx.com"),
    ("Ninebark Outdoor", "ninebark.com"),
    ("Gridwise Utilities", "gridwise.energy"),
    ("Parcelpoint", "parcelpoint.com"),
    ("Hollowell University", "hollowell.edu"),
    ("Crescent City Credit Union", "crescentcitycu.org"),
    ("Brightwater Labs", "brightwaterlabs.com"),
)

_PREFIXES = _words(
    """
    Alder Beacon Birchwood Cinder Corvid Elmstead Ember Fathom Fieldstone Glacier Gullwing Hearthstone
    Heron Indigo Jasper Keel Lantern Larch Marlow Meadowlark Mistral Nimbus Oakhurst Onyx Osprey
    Palisade Pebble Quarry Rook Rowan Saffron Sorrel Spruce Stellate Tamarack Thistle Topaz Umber Vellum
    Verdant Wren Yarrow Zephyr Zinnia Auberon Calder Dunmore Eastlake Foxglove Greyfield Hollis Kelvin
    Lodestar Marigold Nettle Oriel Pallas Quintet Riverbend Solstice Tansy Upland Vireo Westmarch
    Yellowfin Amberly Bellweather
    """
)
_SECTORS = _words(
    """
    Analytics Health Logistics Systems Labs Software Bank Energy Robotics Media Insurance Foods Telecom
    Games Biotech Mobility Security Networks Learning Payments Retail Clinical Aerospace Materials
    Studios Data
    """
)
_LEGAL_FORMS = ("Inc.", "Inc", "LLC", "Ltd", "Corporation", "Corp.")


def employer_pool(rng: random.Random) -> list[Employer]:
    """Employers for the non-featured applications: the curated ones first, then made-up pairs, shuffled."""
    curated = [_with_legal_forms(rng, name, domain) for name, domain in _CURATED]
    rng.shuffle(curated)
    made_up = [
        _with_legal_forms(rng, f"{prefix} {sector}", f"{prefix}{sector}.com".lower())
        for prefix in _PREFIXES
        for sector in _SECTORS
    ]
    rng.shuffle(made_up)
    return curated + made_up


def _with_legal_forms(rng: random.Random, name: str, domain: str) -> Employer:
    forms = rng.sample(_LEGAL_FORMS, 2)
    return Employer(name, domain, (f"{name} {forms[0]}", f"{name.upper()} {forms[1].upper()}"))


# Alex is a data/software person; titles are as postings write them.
ROLES = _lines(
    """
Data Engineer
Senior Data Engineer
Staff Data Engineer
Analytics Engineer
Senior Analytics Engineer
Data Analyst
Senior Data Analyst
Machine Learning Engineer
Data Scientist
Senior Data Scientist
Backend Software Engineer
Software Engineer II
Senior Software Engineer
Platform Engineer
Data Platform Engineer
Business Intelligence Developer
Software Engineer, Data Platform
Senior Data Engineer - Growth
Data Engineer, Payments
ML Ops Engineer
Lead Data Engineer
Product Data Analyst
Software Engineer (Python)
Site Reliability Engineer
Data Engineering Manager
Senior Backend Engineer, Search
Quantitative Developer
Research Data Engineer
Solutions Engineer, Data
Junior Data Engineer
"""
)

LOCATIONS = _lines(
    """
Austin, TX
Remote - US
New York, NY
Seattle, WA
Denver, CO
Chicago, IL
San Francisco, CA
Boston, MA
Remote (United States)
Hybrid - Portland, OR
Atlanta, GA
Toronto, ON
London, UK
Raleigh, NC
Salt Lake City, UT
Remote - Americas
"""
)

FIRST_NAMES = _words(
    """
    Priya Marcus Elena Tomás Aisha Daniel Mei Jordan Fatima Liam Sofia Kwame Hannah Rahul Chloé Diego
    Yuki Olivia Samir Grace Mateo Ingrid Noah Amara Lucas Zoe Ibrahim Camila Ethan Nadia Owen Leila
    Caleb Rosa Jun Beatriz Connor Anya Malik Freya Tariq Julia Kenji Maya
    """
)
LAST_NAMES = _words(
    """
    Shah Okafor Lindqvist Moreno Chen Brennan Nakamura Haddad Kowalski Osei Fischer Patel Delgado
    Whitfield Adeyemi Larsen Romero Kaur Novak Bianchi Sato Mensah O'Neill Ferreira Hughes Ivanova Mbeki
    Duarte Sullivan Tanaka Quinn Rahman Costa Weiss Abara Lund Park Vargas Holm Ndiaye
    """
)

GERMAN_NAMES = (("Katrin", "Vogel"), ("Jonas", "Brandt"), ("Miriam", "Hoffmann"))
FRENCH_NAMES = (("Camille", "Laurent"), ("Julien", "Moreau"), ("Élise", "Garnier"))

# Recruiting agencies and their domains: outreach from them is never an application.
AGENCIES = (
    ("Brightpath Talent", "brightpathtalent.com"),
    ("Keystone Search Partners", "keystonesearch.com"),
    ("Harbor & Vale Recruiting", "harborvale.com"),
    ("TalentBridge Partners", "talentbridgepartners.com"),
    ("Apex Technical Search", "apextechsearch.com"),
    ("Cobalt Staffing Group", "cobaltstaffing.com"),
)

FRIENDS = (("Sam", "Okoro", "gmail.com"), ("Jess", "Marlowe", "gmail.com"), ("Dev", "Anand", "outlook.com"))
FAMILY = (("Carmen", "Rivera", "yahoo.com"), ("Luis", "Rivera", "gmail.com"))


def utc_offset_for(location: str) -> int:
    """The summer UTC offset, in hours, of someone working from `location`."""
    for places, offset in _OFFSETS:
        if any(place in location for place in places):
            return offset
    return -4


def zone_for(location: str) -> tuple[str, str]:
    """How a recruiter in `location` names their time zone in a stated time, and its IANA name."""
    for places, zone in _ZONES:
        if any(place in location for place in places):
            return zone
    return ("ET", "America/New_York")


_ZONES = (
    (("Seattle", "San Francisco", "Portland"), ("PT", "America/Los_Angeles")),
    (("Denver", "Salt Lake"), ("MT", "America/Denver")),
    (("Austin", "Chicago"), ("CT", "America/Chicago")),
    (("London",), ("BST", "Europe/London")),
    ((".de", "Berlin", "München"), ("CEST", "Europe/Berlin")),
    ((".fr", "Paris", "Lyon"), ("CEST", "Europe/Paris")),
)


_OFFSETS = (
    (("Seattle", "San Francisco", "Portland"), -7),
    (("Denver", "Salt Lake"), -6),
    (("Austin", "Chicago"), -5),
    (("London",), 1),
    ((".de", "Berlin", "München"), 2),
    ((".fr", "Paris", "Lyon"), 2),
)


def person(rng: random.Random, domain: str) -> Person:
    """A made-up person with an address at `domain`."""
    return Person(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), domain)
