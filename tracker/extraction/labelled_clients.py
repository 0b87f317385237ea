"""The client a temporary-work agency's summary of a placement labels: the firm the reader would work at.

A temp agency lists a placement's terms line by line, a bullet before each ("- Poste : Magasinier", "-
Entreprise utilisatrice : Fromagerie Vaudrel, Annecy"), and names the firm that takes the worker on by its
legal term in each country's temporary-work law: the "entreprise utilisatrice" (France), the "empresa
usuaria" (Spain), the "empresa utilizadora" (Portugal), the "azienda utilizzatrice" (Italy), the
"Einsatzbetrieb" or "Entleiher" (Germany, Austria), the "inlener" (the Netherlands). The label, not the
sentence, says whose the post is: the name after it is the employer of the process, the agency only its
intermediary; a town after a comma or in brackets is where the firm sits, no part of its name.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.name_reading import finish_name
from tracker.extraction.places import only_places
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# The placement's hiring firm by its legal term, on a line of its own, a list's bullet before it.
_CLIENT_LABEL = re.compile(
    r"^(?:[-–•*·] ?)?(?:entreprise utilisatrice|soci[ée]t[ée] utilisatrice|empresa usuaria|"
    r"empresa utilizadora|azienda utilizzatrice|impresa utilizzatrice|einsatzbetrieb|entleihbetrieb|"
    r"entleiher|kundenbetrieb|inlener|inlenende organisatie|inlenend bedrijf)\s*[:|]\s*"
    r"(?P<name>[^\n:|]{2,80})$",
    re.I,
)
# Words one of the labels holds wherever it matches: most mail has none.
_LABEL_WORDS = ("utilisatrice", "usuaria", "utilizadora", "utilizzatrice", "einsatzbetrieb", "entleih",
                "kundenbetrieb", "inlene")  # fmt: skip
# "Fromagerie Vaudrel, Annecy", "Kessler Metallbau (Augsburg)": the firm, then where it sits.
_PLACE_AFTER = re.compile(r"(?:,\s*|\s+\()(?P<place>[^,()]{2,40})\)?\s*$")


def add_labelled_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The firm a temp agency's placement summary labels as the one taking the reader on."""
    if not any(word in email.body_lower for word in _LABEL_WORDS):
        return
    own = agency_sender_spellings(email)
    for line in email.lines:
        label = _CLIENT_LABEL.match(line.strip())
        if label is None:
            continue
        written = label.group("name").strip()
        place = _PLACE_AFTER.search(written)
        if place is not None and only_places(place.group("place")):
            written = written[: place.start()]
        name = finish_name(written.split())
        letters = run_together(name or "")
        if not name or len(letters) < 3 or spells_the_agency(letters, own):
            continue  # the agency naming its own branch
        add_candidate(found, name, CLIENT_FIRM_WEIGHT, ("body", email.body.find(line), CLIENT_FIRM))
