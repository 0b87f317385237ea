"""A mail domain's registrable part: the name its owner registered under the public suffix."""

from __future__ import annotations

import functools

from tracker.extraction import public_services
from tracker.extraction.world_boards import WORLD_TWO_PART_SUFFIXES

# GOV.UK's shared services ("notifications.service.gov.uk" sends for every department): no one's name; an
# Australian state's level under gov.au (public_services.py).
# Quebec's government ("emploi.gouv.qc.ca"): each ministry's own label, as under "gouv.fr".
_THREE_PART_SUFFIXES = {"service.gov.uk", "gouv.qc.ca", *public_services.THREE_PART_SUFFIXES}
_TWO_PART_SUFFIXES = {
    "co.uk",
    "com.au",
    "co.in",
    "com.br",
    "co.jp",
    "com.mx",
    "co.nz",
    "com.sg",
    "co.za",
    "org.uk",
    "com.pt",
    "com.es",
    "com.ar",
    "com.pe",
    "com.co",
    # Universities', governments' and health services' own: "marlowe.ac.uk" is Marlowe's, not "ac"'s.
    "ac.uk",
    "gov.uk",
    "nhs.uk",
    "sch.uk",
    "police.uk",
    "ltd.uk",
    "plc.uk",
    "edu.au",
    "gov.au",
    "org.au",
    "ac.nz",
    "govt.nz",
    "ac.za",
    "ac.jp",
    "ac.in",
    "edu.sg",
    "gov.sg",
    "ac.at",
    "edu.mx",
    "gob.mx",
    "gob.es",
    "edu.br",
    "gov.br",
    "org.br",
    *public_services.TWO_PART_SUFFIXES,
} | WORLD_TWO_PART_SUFFIXES

# A country's own second level under its code: "com.ve", "co.cr", "gob.pe", "org.py".
_COUNTRY_SECOND_LEVELS = frozenset({"com", "co", "net", "org", "gov", "gob", "edu", "ac"})
# The second levels of one country only: "ind.br" (industry), "coop.br", "agr.br" (farming), "far.br"
# (pharmacies), "tur.br" (tourism), "ltd.uk", "sch.uk" ("acoslaguna.ind.br" is Aços Laguna's, never "ind"'s);
# elsewhere a firm's own ("coop.ch", "eng.it").
_ONE_COUNTRYS_SECOND_LEVELS = {
    "br": frozenset(
        {"ind", "coop", "adv", "eng", "agr", "art", "esp", "etc", "far", "imb", "inf", "med", "odo", "psi"}
        | {"rec", "srv", "tmp", "tur", "vet", "tec", "log", "adm", "eco", "bio"}
    ),
    "uk": frozenset({"ltd", "plc", "sch"}),
    # Canada's provinces and territories: "cooplacvert.qc.ca" is the cooperative's, never "qc"'s.
    "ca": frozenset({"ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yk"}),
}


# A mail's one sender is asked after many times (its domain, whether it is a platform's, its label): the
# answers are kept.
@functools.lru_cache(maxsize=4096)
def registrable_domain(domain: str) -> str:
    """'mail.amazon.jobs' -> 'amazon.jobs'; 'x.co.uk' keeps its two-part suffix, and so does any country's
    "com.", "co.", "gob." level ("bumeran.com.ve" is Bumeran's, never "com"'s)."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if len(labels) >= 4 and ".".join(labels[-3:]) in _THREE_PART_SUFFIXES:
        return ".".join(labels[-4:])
    if len(labels) >= 3 and (
        ".".join(labels[-2:]) in _TWO_PART_SUFFIXES
        or (labels[-2] in _COUNTRY_SECOND_LEVELS and len(labels[-1]) == 2)
        or labels[-2] in _ONE_COUNTRYS_SECOND_LEVELS.get(labels[-1], ())
    ):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
