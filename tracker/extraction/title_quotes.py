"""A post's name the body writes in quotes right after the word for the application or the post:
"Ihre Bewerbung um den Ausbildungsplatz „Kaufmann für Büromanagement (m/w/d) 2027“", "votre candidature à
l'offre « Chargé de clientèle »", "tu candidatura a la oferta "Técnico de Redes"", "sollicitatie op de
vacature 'Junior UX Designer'". The quotes bound the name: it is read whole, with its brackets and years,
where no sentence anchor ends it.

A quoted name is the post's only where it follows such a word closely (a few words between: "um den
Ausbildungsplatz") and no preposition naming the employer comes between ("bei „Bürowelt Schulz“").
"""

from __future__ import annotations

import re

from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate

# The opening quotes and the closing ones each pairs with; the straight quotes close themselves. The
# single quote opens only after a space (never the apostrophe of "d'Analyste").
_QUOTED = re.compile(
    r"(?:„|“|«\s?|(?<=\s)\"|(?<=\s)')(?P<t>[A-ZÀ-Þ][^\"'“”„«»\n]{1,98}?)(?:\s?»|“|”|\"|'(?![\w]))"
)
_OPENERS = ("„", "“", "«", '"', "'")
# The word for the application or the post, then up to four words, just before the quote.
_LEAD = re.compile(
    r"\b(?:bewerbung|stelle|stellenanzeige|(?:stellen)?inserat|ausschreibung|ausbildungsplatz|ausbildungsstelle|position|"
    r"posting|role|job|vacancy|opening|applying|applied|application|candidature|poste|offre|annonce|"
    r"candidatura|candidato|candidata|candidata|oferta|vacante|puesto|solicitud|postulación|vaga|anúncio|"
    r"cargo|annuncio|posizione|ruolo|sollicitatie|vacature|functie|kandidatuur|"
    # A test platform's invitation names the employer's test for the post: 'take the test "X - Online
    # Assessment"', 'the assessment "X Coding Challenge"'.
    r"test|assessment|challenge)\w*\b"
    r"(?P<gap>(?:\s+[\w'’.-]+){0,4}?)\s*[:\-–]?\s*$",
    re.I,
)
# A preposition before the quote names the employer, not the post: "bei „X“", "chez « X »".
_EMPLOYER_PREPOSITION = re.compile(
    r"(?:^|\s)(?:bei|beim|at|with|chez|auprès|presso|bij|na|no|da|em|en|in|von|from|de la|del)\s*$", re.I
)
# A quoted name that is the reader's own page on the site ("desde "Mis postulaciones"", "in "My
# applications"", "unter „Meine Bewerbungen“"): a place to look, never the post.
_OWN_PAGE = re.compile(r"(?:my|mis|mes|meine|le mie|i miei|minhas|meus|mijn|mon|mi|il mio)\s", re.I)
_LEAD_REACH = 80
QUOTE_WEIGHT = 2.5


def quoted_titles(email: PreparedEmail) -> list[TitleCandidate]:
    """The posts the body names in quotes after the application's or the post's word, in reading order."""
    body = email.body[:3000]
    if not any(quote in body for quote in _OPENERS):
        return []
    found: list[TitleCandidate] = []
    for match in _QUOTED.finditer(body):
        line_start = body.rfind("\n", 0, match.start()) + 1
        before = body[max(line_start, match.start() - _LEAD_REACH) : match.start()]
        lead = _LEAD.search(before)
        if not lead or _EMPLOYER_PREPOSITION.search(before) or _OWN_PAGE.match(match.group("t")):
            continue
        found.append(TitleCandidate(match.group("t").strip(), QUOTE_WEIGHT, False, post_slot=True))
    return found
