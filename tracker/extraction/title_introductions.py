"""A sentence about the reader's application that ends on the post's noun and a colon introduces the post on
the line below it, in every language: "your application for the position:", "tu postulación al aviso:",
"la sua candidatura per il posto di:", "votre candidature pour l'offre :", "Ihre Bewerbung auf die
Ausschreibung:", "je sollicitatie op de vacature:". Which nouns the writer chose (the post, its posting,
its advert) and how the sentence gets there vary; the structure does not: the application's noun, the
post's or posting's noun closing the line, a colon, the title alone below.

title_body.py reads the line below as a labelled line's title. The same nouns, alone before a colon, label a
summary's line ("Oferta: X", "Annuncio: X", "Vacante: X"): POSTING_LABELS.
"""

from __future__ import annotations

import re

from tracker.extraction.title_labels import POST_NOUNS_ALONE

# Per language: the reader's application, as a sentence names it (lowercase, as the body is read).
_APPLICATION_NOUNS = (
    "application|candidacy|"  # en
    "candidature|"  # fr
    "candidatura|postulación|postulacion|solicitud|inscripción|"  # es, pt, it
    "inscrição|domanda|"  # pt, it
    "sollicitatie|"  # nl
    "bewerbung"  # de
)
# Per language: the posting the post was advertised in ("the advert", "l'annonce", "el aviso").
_POSTING_NOUNS = (
    "posting|advert|listing|"  # en
    "annonce|"  # fr
    "anuncio|aviso|convocatoria|"  # es
    "anúncio|"  # pt
    "annuncio|inserzione|"  # it
    "advertentie|"  # nl
    "ausschreibung|stellenausschreibung|stellenanzeige|anzeige"  # de
)
# The word linking the noun to the post's name where a language writes one ("le poste de :", "il posto di:",
# "die Stelle als:").
_LINK = r"(?:[ \t]+(?:de|di|d'|of|als|as|van))?"

# The application's noun, at most 80 characters of the sentence (no colon, no line's end), the post's or
# posting's noun closing it before the colon, and the title alone on the next line (one empty line between
# may stand). Bounded runs only: read in linear time.
INTRODUCED_POST = re.compile(
    rf"\b(?:{_APPLICATION_NOUNS})\b[^\n:]{{0,80}}?\b(?:{POST_NOUNS_ALONE}|{_POSTING_NOUNS}){_LINK}"
    r"[ \t]?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# A summary's line labelled by the posting's or post's noun alone: "Oferta: X", "Annuncio: X".
POSTING_LABELS = f"{POST_NOUNS_ALONE}|{_POSTING_NOUNS}"


def may_introduce_a_post(lowered: str) -> bool:
    """Whether the lowercased body holds a colon at a line's end, which every introducing sentence has
    (a cheap test before INTRODUCED_POST reads the body)."""
    return ":\n" in lowered or ": \n" in lowered
