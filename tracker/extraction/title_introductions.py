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
    "bewerbung|"  # de
    # The reader's CV sent to the post, as a board's "CV read" news names the application: "ha leído tu CV
    # en la oferta:", "your CV for the position:".
    "cv|curriculum|currículum|currículo|lebenslauf|hoja de vida"
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

# The languages that write "the following" after the noun: "l'offre suivante :", "la posición siguiente:",
# "a vaga seguinte:", "la posizione seguente:".
_FOLLOWING = r"(?:[ \t]+(?:suivante?s?|siguientes?|seguintes?|seguente))?"
# The noun's own clause saying the reader applied to it, which makes the sentence the reader's application
# whatever it names it by (a CV read, a profile seen): "the job you applied for:", "el aviso al que
# postulaste:", "l'offre à laquelle vous avez postulé :", "la posizione per cui ti sei candidato:", "a vaga
# à qual você se candidatou:", "die Stelle, auf die Sie sich beworben haben:", "de vacature waarop je hebt
# gesolliciteerd:".
_APPLIED_TO_IT = (
    r"(?:[ \t]+(?:that |which )?you(?: have)? applied (?:for|to)"  # en
    r"|[ \t]+(?:à laquelle|auquel|pour laquelle|pour lequel) vous avez postulé"  # fr
    r"|[ \t]+(?:al|a la|para el|para la|en el|en la) (?:que|cual) (?:te )?(?:has )?"  # es
    r"(?:postulaste|postulado|aplicaste|aplicado|inscribiste|inscrito|candidataste)"
    r"|[ \t]+(?:per cui|a cui|per la quale|alla quale|al quale) (?:ti sei|si è) candidat[oa]"  # it
    r"|[ \t]+(?:à qual|ao qual|para a qual|para o qual) (?:você )?(?:se )?candidatou"  # pt
    r"|,?[ \t]+(?:auf|für|um) (?:die|den|das) (?:sie|du) (?:sich|dich) beworben (?:haben|hast)"  # de
    r"|[ \t]+waar(?:op|voor) (?:je|u) (?:hebt|heeft) gesolliciteerd)"  # nl
)

# The application's noun, at most 80 characters of the sentence (no colon, no line's end), the post's or
# posting's noun closing it before the colon, and the title alone on the next line (one empty line between
# may stand); or the post's noun with its clause of the reader applying to it. Bounded runs only: read in
# linear time.
INTRODUCED_POST = re.compile(
    rf"(?:\b(?:{_APPLICATION_NOUNS})\b[^\n:]{{0,80}}?\b(?:{POST_NOUNS_ALONE}|{_POSTING_NOUNS}){_LINK}{_FOLLOWING}"
    rf"|\b(?:{POST_NOUNS_ALONE}|{_POSTING_NOUNS}){_APPLIED_TO_IT})"
    r"[ \t]?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# A summary's line labelled by the posting's or post's noun alone: "Oferta: X", "Annuncio: X".
POSTING_LABELS = f"{POST_NOUNS_ALONE}|{_POSTING_NOUNS}"


def may_introduce_a_post(lowered: str) -> bool:
    """Whether the lowercased body holds a colon at a line's end, which every introducing sentence has
    (a cheap test before INTRODUCED_POST reads the body)."""
    return ":\n" in lowered or ": \n" in lowered
