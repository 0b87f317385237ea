"""A public service's job portal on no list, and a state's health department above the bodies it runs.

A state or nation runs one portal for every hospital and health service, health district, department or
council it holds ("CareerLink Queensland", "iWorkHealth NSW", "Health Jobs Tasmania"): its display name is
a portal's word beside the region it serves or under a government's domain, or the region's name sent
from its government's domain. Where its mail names
a public body by its name's shape (public_bodies.py) that the display name does not name, the sender is the
portal and the body employs: a portal is a platform, never an employer. Likewise a state's department
named as its region and its sector ("NSW Health", "Queensland Health", "NHS Scotland", a domain's
"health" under qld.gov.au) is the umbrella over the body the mail names, not the body's employer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from tracker.extraction.employer_candidates import PUBLIC_BODY, Candidate
from tracker.extraction.public_services import THREE_PART_SUFFIXES
from tracker.extraction.text import Sender

# A portal's own words in its display name, inside a word too ("iWorkHealth", "CareerLink").
_PORTAL_WORD = re.compile(r"jobs?\b|careers?|work|recruit|vacanc|employment", re.I)
# The regions public services are run for, as their mail writes them (the gazetteer holds countries
# and cities, not Australia's states, the UK's nations nor their codes).
_REGIONS = frozenset(
    {
        "queensland", "new south wales", "victoria", "tasmania", "western australia", "south australia",
        "northern territory", "australian capital territory", "australia", "new zealand", "aotearoa",
        "scotland", "wales", "cymru", "england", "northern ireland", "ireland",
    }
)  # fmt: skip
# A region's short code counts only in capitals: "ACT Health", not "Act Now Careers" or "Vic's Diner".
_REGION_CODES = frozenset({"QLD", "NSW", "VIC", "TAS", "ACT", "NZ", "UK"})
# A government's domain suffixes: what they send from is the service's own, a portal's or a body's.
_GOVERNMENT_SUFFIXES = (".gov.au", ".govt.nz", ".gov.uk", ".gov.ie", ".gov.scot", ".gov.wales", ".nhs.uk")
# A sector a state's department is named by beside its region ("NSW Health", "NHS Scotland").
_SECTOR_WORDS = frozenset({"health", "nhs", "government", "public", "service", "services", "sector"})
_WORD = re.compile(r"[A-Za-z]+")


def _words(name: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(name)]


def _names_a_region(name: str) -> bool:
    if _REGION_CODES.intersection(_WORD.findall(name)):
        return True
    words = _words(name)
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool(_REGIONS.intersection(words) or _REGIONS.intersection(pairs))


def _is_region(words: list[str]) -> bool:
    """True for words that are a region alone: its name in any case, its short code in capitals."""
    alone = len(words) == 1 and words[0] in _REGION_CODES
    return alone or " ".join(word.lower() for word in words) in _REGIONS


@functools.lru_cache(maxsize=4096)
def is_umbrella(name: str) -> bool:
    """True for a state's or nation's department named as its region and its sector: "NSW Health",
    "Queensland Health", "NHS Scotland", "Queensland Government"."""
    lowered = name.lower()
    if not any(sector in lowered for sector in _SECTOR_WORDS):
        return False  # most names: no sector's word, not even inside a word
    words = _WORD.findall(name)
    rest = [word for word in words if word.lower() not in _SECTOR_WORDS]
    return len(rest) < len(words) and _is_region(rest)


def _government_domain(domain: str) -> bool:
    return f".{domain.lower()}".endswith(_GOVERNMENT_SUFFIXES)


def _state_department_label(sender: Sender) -> str | None:
    """ "health" from health.qld.gov.au: a state's department, which no one writes without its state."""
    labels = sender.domain.lower().split(".")
    return labels[-4] if len(labels) >= 4 and ".".join(labels[-3:]) in THREE_PART_SUFFIXES else None


def _named_bodies(candidates: list[Candidate]) -> list[str]:
    return [
        c.name
        for c in candidates
        if c.place is not None and c.place[2] == PUBLIC_BODY and not is_umbrella(c.name)
    ]


def sender_without_portal(
    sender: Sender, sender_says: list[Candidate], candidates: list[Candidate]
) -> list[Candidate]:
    """The sender's say on the employer without a public portal's display name and domain (where the
    text names a public body the display name does not), and without a state department's domain label
    ("health" under qld.gov.au)."""
    department = _state_department_label(sender)
    kept = [c for c in sender_says if department is None or c.name.lower() != department]
    display = sender.name
    if not kept or not display:
        return kept
    # Two of three signs: a portal's word beside its region or under a government's domain, or a region's
    # name sending from its government's domain ("NurseLink Queensland" from nurselink.qld.gov.au). The
    # region, the dearest to tell, is asked only where it decides.
    signs = _government_domain(sender.domain) + bool(_PORTAL_WORD.search(display))
    if signs == 0 or (signs == 1 and not _names_a_region(display)):
        return kept
    lowered = display.lower()
    bodies = [name for name in _named_bodies(candidates) if name.lower() not in lowered]
    if not bodies:
        return kept
    return []


_SEPARATORS = (" - ", " – ", " — ", " | ")
_UMBRELLA_THEN_BODY = re.compile(r"^(?P<umbrella>[^-–—|]{3,40}?) [-–—|] (?P<body>\S.*)$")


# Asked of each candidate at each of the employer's steps: the same few names again.
@functools.lru_cache(maxsize=4096)
def _past_umbrella(name: str) -> str | None:
    """ "Kestrel Plains Hospital and Health Service" from "Queensland Health - Kestrel Plains Hospital and
    Health Service" (a state portal's "Agency:" line): the body the umbrella runs; None for other names."""
    if not any(separator in name for separator in _SEPARATORS):
        return None  # most names: no separator at all
    parts = _UMBRELLA_THEN_BODY.match(name)
    return parts["body"] if parts is not None and is_umbrella(parts["umbrella"]) else None


def without_umbrellas(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without a state's department where the text names a body it runs ("NSW Health"
    signing for "Wattle Creek Local Health District"), and a body written after its umbrella ("Queensland
    Health - X") as the body alone."""
    candidates = [replace(c, name=body) if (body := _past_umbrella(c.name)) else c for c in candidates]
    # The public bodies first: few mails name one, and each of their names is asked once.
    if not _named_bodies(candidates) or not any(is_umbrella(c.name) for c in candidates):
        return candidates
    return [c for c in candidates if not is_umbrella(c.name)]
