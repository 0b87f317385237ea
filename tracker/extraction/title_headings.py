"""The post a letter names in its heading, above the sentence that points back at it.

A public body's or a large employer's letter opens on a heading under its greeting ("Re: <post>, <unit>",
"<post>, <site> (Ref: 0042)", "Campaign: <code> – <post>, <hospital>") and its first sentence points at it
instead of naming it: "for the above post", "die oben genannte Stelle", "le poste mentionné ci-dessus",
"el puesto arriba indicado", "la posizione sopra indicata", "a vaga acima referida", "de bovengenoemde
functie". The heading is the paragraph just before that sentence's; its first line names the post, after
the heading's label and the campaign's code, before the unit or place a comma adds.
"""

from __future__ import annotations

import re

from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate

# With a reference's line beside a title: below every anchored sentence and labelled line.
HEADING_WEIGHT = 1.5
# A sentence pointing at the post named above it, per language (lowercase, as the body is read).
_POINTER = re.compile(
    r"\b(?:above(?:[- ]?(?:mentioned|named|referenced))? (?:post|position|role|vacancy|job|opening)"  # en
    r"|(?:post|position|role|vacancy|job) (?:mentioned |named |listed |referenced )?above"
    r"|(?:oben ?genannten?|o\. ?g\.|obigen?|vorgenannten?) (?:stelle|position|funktion)"  # de
    r"|(?:poste|offre|emploi) (?:(?:mentionnée?|citée?|indiquée?|visée?) )?ci-dessus"  # fr
    r"|(?:poste|offre|emploi) susmentionnée?"
    r"|(?:puesto|plaza|vacante|oferta|posición) (?:arriba |anteriormente |antes )"  # es
    r"(?:indicad[oa]|mencionad[oa]|referenciad[oa]|señalad[oa])"
    r"|(?:posizione|ruolo|posto|offerta) "  # it
    r"(?:sopra ?(?:indicat[oa]|menzionat[oa]|citat[oa])|suindicat[oa])"
    r"|(?:vaga|cargo|posição|função) (?:acima (?:indicad[oa]|mencionad[oa]|referid[oa])|supracitad[oa])"  # pt
    r"|(?:bovenstaande|bovengenoemde|hierboven (?:genoemde|vermelde)) (?:functie|vacature|positie))\b"
)
# The words each pointer holds, a cheap test before the pattern reads the body.
_POINTER_WORDS = (
    "above",
    "oben",
    "o.g",
    "o. g",
    "obig",
    "vorgenannt",
    "ci-dessus",
    "susmentionn",
    "arriba",
    "anteriormente",
    "antes ",
    "sopra",
    "suindicat",
    "acima",
    "supracitad",
    "boven",
)
# The sentence points within its paragraph's opening, as a letter's first sentence does.
_POINTER_OPENING = 200
# The heading's label and a campaign's or competition's code before the post: "Re:", "Campaign: NRS0001 –".
_HEADING_LABEL = re.compile(
    r"^(?:(?:re|ref|subject|campaign|competition|vacancy|post|betreff|objet|asunto|oggetto|assunto|"
    r"onderwerp|concours|concurso|concorso)\s?:\s*)?(?:[A-Z]{0,8}[\d][\w/.-]{0,20}\s+[–-]\s+)?",
    re.I,
)
# A letter's greeting, which may share the heading's paragraph (above it), in every language.
_GREETING = re.compile(
    r"(?:dear|hello|hi|sehr|liebe|lieber|guten tag|bonjour|madame|monsieur|estimad[oa]|hola|gentile|"
    r"egregi[oa]|car[oa]|prezad[oa]|ol[áa]|beste|geachte)\b",
    re.I,
)
# A line the heading is not: a sentence or a greeting (the punctuation closing it), an introduction's colon.
_NOT_A_HEADING = re.compile(r"[,.;:!?]$")
_LONGEST_PARAGRAPH_LINES = 3
_LONGEST_HEADING = 120


def titles_pointed_above(email: PreparedEmail) -> list[TitleCandidate]:
    """The post of the heading the body's first pointing sentence points back at, if one stands above it."""
    lowered = email.body_lower
    if not any(word in lowered for word in _POINTER_WORDS):
        return []
    pointer = _POINTER.search(lowered)
    if pointer is None:
        return []
    body = email.body
    paragraph_start = body.rfind("\n\n", 0, pointer.start())
    if paragraph_start < 0 or pointer.start() - paragraph_start > _POINTER_OPENING:
        return []
    heading_start = body.rfind("\n\n", 0, paragraph_start)
    heading = body[heading_start + 2 if heading_start >= 0 else 0 : paragraph_start]
    lines = [line.strip() for line in heading.split("\n") if line.strip()]
    while lines and _GREETING.match(lines[0]):
        lines = lines[1:]  # the greeting and the heading in one paragraph
    if not lines or len(lines) > _LONGEST_PARAGRAPH_LINES:
        return []
    first = lines[0]
    if len(first) > _LONGEST_HEADING or _NOT_A_HEADING.search(first):
        return []
    label = _HEADING_LABEL.match(first)
    post = first[label.end() if label else 0 :].split(", ", 1)[0].strip()
    # A bare heading may be the letter's unit or date: it names the post only with a role's word. A heading
    # the letter labels as its subject ("Re:", "Betreff:", "Objet :") is the post it points at.
    labelled = label is not None and ":" in label.group()
    return [TitleCandidate(post, HEADING_WEIGHT, not labelled)] if post else []
