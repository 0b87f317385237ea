"""The key version changes whenever the key functions answer differently (tracker/rekeying.py).

The spellings below are invented and of many shapes, and a name is written with every legal form, suffix,
alias and title word the key functions' own tables hold (so that a form added to a table, such as "vzw"
or "S.A.C.", changes the fingerprint); what names.company_key and names.title_key answer for them is
hashed and pinned next to the version. A change to the key functions that changes an answer
fails here until a new version is added, and a new version is what makes every user's records re-keyed.
"""

from __future__ import annotations

import hashlib

from tracker import names, title_keys
from tracker.company_suffixes import COMPANY_SUFFIXES
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS
from tracker.names import company_key, title_key
from tracker.rekeying import KEY_FINGERPRINTS, KEY_VERSION

EMPLOYERS = [
    "Sierra Alta Empresa de Trabajo Temporal",
    "Acme Corp",
    "ACME Corporation",
    "The Body Shop",
    "Kliniken der Stadt Lindau gGmbH",
    "Universitätsklinikum Wendelstein AöR",
    "Caritasverband Oberried KdöR",
    "Metallbau Schröder GmbH & Co. KG",
    "Bäckerei Krause e.K.",
    "Lindholm Bau UG (haftungsbeschränkt)",
    "Roca y Cía.",
    "Smit en Zonen",
    "Becker und Söhne",
    "Durand et Fils",
    "Hennessy's",
    "Hennessys",
    "McDonald’s",
    "Nuvio.ai Inc.",
    "ledgerly.io",
    "randstad.nl",
    "Seek.com.au",
    "Maison Dufrenne, LLC",
    "Capital Group",
    "APM Group",
    "Tabard Holdings",
    "Zeta S.p.A.",
    "Orwin S.A.S.",
    "AWS",
    "Amazon.com Services LLC",
    "J.P. Morgan",
    "Raiffeisenbank Mühlviertel eGen",
    "Huber OG",
    "Groupe Vallon",
    "Société Générale de Travaux",
    "Østfold Kraft AS",
    "Pty Ltd",
    "The",
    "  Copper   Kettle Ltd ",
    "St. Ives Care",
    "Grupo Ardiente, S.A.B. de C.V.",
    "Transportes del Norte S. de R.L. de C.V.",
    "Minera Andina S.A.A.",
    "Stichting Kinderopvang Humankind vzw",
    "Cooperativa Agrária Ltda.",
    "Grupo Ardente",
    "Grupo de Apoio Ardente",
    "Rede D'Or Ardente",
    "Transportadora Ardente Ltda.",
    "Ardente Transportes",
    "Supermercados",
    "K-L-M Markets",
    "K.L.M.",
    "Q. R. Ardent",
    "",
]
# Every form and alias the key functions know, on one invented name.
GENERATED_EMPLOYERS = [
    *(f"Ardent {suffix}" for suffix in sorted(COMPANY_SUFFIXES)),
    *(f"Ardent, {form}" for form in ALL_LEGAL_FORMS),
    *sorted(names._COMPANY_ALIASES),
    *(f"{kind.title()} Ardent" for kind in sorted(names.LEADING_KINDS)),
]
TITLES = [
    "Data Engineer",
    "Sr. Data Engineer II",
    "Senior Data Engineer (m/w/d)",
    "Gesundheits- und Krankenpflegerin",
    "Gesundheits- und Krankenpfleger (m/w/d)",
    "Pfleger/in",
    "Pfleger*innen",
    "Pflegefachfrau/-mann",
    "Kauffrau für Büromanagement",
    "Ärztin in Weiterbildung",
    "Chef de projet IT (H/F)",
    "Cheffe de projet IT",
    "Chargé·e de communication",
    "Chargée de communication",
    "Technicien(ne) de maintenance",
    "Conseillère clientèle",
    "Directrice des ventes",
    "Mgr, Assoc. Operations",
    "Analyst Position",
    "Software Engineer - Req ID: R-12345",
    "Camarero",
    "Verkäufer (gn)",
    "Assistant Professor (Tenure-Track)",
    "Admin",
    "Analista Administrativo Jr (PCD)",
    "Beleidsmedewerker (m/v/x) 32-36 uur",
    "Analista Financeiro Pl",
    "Analista de Logística Júnior",
    "",
]
# Every abbreviation the title key spells out, before an invented role's noun.
GENERATED_TITLES = [f"{short} Ardent Analyst" for short in sorted(title_keys._TITLE_ABBREVIATIONS)]


def keys_fingerprint() -> str:
    lines = [f"c\t{name}\t{company_key(name)}" for name in [*EMPLOYERS, *GENERATED_EMPLOYERS]]
    lines += [f"t\t{title}\t{title_key(title)}" for title in [*TITLES, *GENERATED_TITLES]]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def test_the_key_functions_answer_as_under_the_current_key_version():
    fingerprint = keys_fingerprint()
    assert fingerprint == KEY_FINGERPRINTS[KEY_VERSION], (
        "names.company_key or names.title_key now answer differently for some spelling in "
        "tests/unit/test_rekeying_version.py: stored records keyed the old way would stop meeting new mail. "
        f"In tracker/rekeying.py set KEY_VERSION = {KEY_VERSION + 1} and add {KEY_VERSION + 1}: "
        f'"{fingerprint}" to KEY_FINGERPRINTS (each user is then re-keyed at their next fetch). Only if '
        "you changed the list of spellings here, and not the key functions, replace the current "
        "version's fingerprint instead."
    )


def test_every_version_has_its_own_fingerprint_and_the_latest_is_current():
    assert max(KEY_FINGERPRINTS) == KEY_VERSION
    assert len(set(KEY_FINGERPRINTS.values())) == len(KEY_FINGERPRINTS)
