"""Titles a body states, one weight at a time: its anchored sentences ("your application for the X
position"), labelled lines ("Position: X", "Thank you for applying to:" above it), references ("Ref: 14499 -
X") and, when nothing else gave one, the generic "the X position".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extraction import phrases
from tracker.extraction.german_clause_ends import german_clause_end
from tracker.extraction.phrases import anchors
from tracker.extraction.phrases.pattern_shape import compile_first_tested
from tracker.extraction.phrases.posts_before_nouns import POST_NOUNS_CLOSING
from tracker.extraction.subject_post_nouns import is_subject_noun_before
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_brackets import bracket_closed, quote_closed
from tracker.extraction.title_clause import clause_end, possessive_end, thanks_end, unit_joined_end
from tracker.extraction.title_introductions import INTRODUCED_POST, POSTING_LABELS, may_introduce_a_post
from tracker.extraction.title_joined import joined_end
from tracker.extraction.title_judgement import cut_short
from tracker.extraction.title_labels import LABEL_BULLET, POST_LABELS
from tracker.extraction.title_shape import names_a_person_role
from tracker.extraction.title_slots import TitleCandidate, before_post_noun, slot_of
from tracker.extraction.written_words import line_start_matches

# Body anchors (phrases.anchors.TITLES) match lowercased text; the title is read back by offsets.
_LABEL_LINE = re.compile(
    rf"^{LABEL_BULLET}(?:{POST_LABELS}|"
    r"job title|position title|position|job|role|title|vacancy|job name|requisition title|job position|"
    # A system's other English labels of the post: "Requisition: 40312 - X", "Job Opening: X", "Post: X",
    # "Position applied: X".
    r"requisition|job requisition|(?:job )?opening|post|(?:position|job|role) applied|"
    # A public service's campaign for the post, by name or by its reference and name: "Competition: X",
    # "Competition Reference: ABC/EO/26/01 - X" (the code alone names no post, and is cut).
    r"competition(?: (?:name|title|reference|ref\.?))?|"
    # A civil service's career as its notice labels the post: "Carreira/categoria: X"
    # (phrases/public_careers.py reads the same nouns in a sentence).
    r"carreira/categoria|carreira e categoria|"
    r"(?:position|job|role) applied for|applied for|stelle|stellenbezeichnung|poste|intitulé du poste|"
    r"puesto|cargo|rolle|vaga|posizione|posición|posição|vacature|functie|offre|"
    # The post's function or role as the languages label it: "Fonction :", "Función:", "Função:", "Ruolo:".
    r"fonction|función|funzione|função|ruolo|mansione|funktion|"
    # The languages' own "job title" label: "Titre du poste :", "Título del puesto:", "Functietitel:".
    r"titre (?:du poste|de l'emploi|de l'offre)|t[ií]tulo (?:del puesto|de la vacante|da vaga|do cargo)|"
    r"nombre del puesto|nome da vaga|titolo (?:della posizione|del ruolo)|functietitel|functienaam|"
    r"stellentitel|"
    # The "Title:" label in the other languages ("Titre :", "Título:", "Titolo:", "Titel:").
    r"titre|t[ií]tulo|titolo|titel|"
    # The post's or its posting's noun alone, in every language: "Oferta: X", "Annuncio: X", "Vacante: X".
    rf"{POSTING_LABELS})"
    r"\s*(?::[ \t]*\n?|\|)[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# "Thank you for applying to:" and the title on a line of its own below it (a card, maybe in bold). A board's
# "People also applied to:" lists others' posts, never the reader's.
_APPLIED_TO_LINE = re.compile(
    # A school district's or a county's system: "applying for the following position(s) with Oakvale School
    # District:", "the following vacancies at Millbrook County:".
    r"(?:(?<!also )\b(?:applying|applied|application) (?:to|for)(?: the following (?:position|role|job|"
    r"vacanc(?:y|ies)|opening)(?:\(s\)|s)?(?: (?:with|at) [^\n:]{2,80})?)?"
    # The same in Dutch, German and Portuguese: "Je hebt gesolliciteerd op:", "Sie haben sich beworben auf:",
    # "Você se candidatou à vaga:".
    r"|\bgesolliciteerd (?:op|voor)(?: de (?:vacature|functie))?|\bbeworben (?:auf|für|um)(?: die stelle)?"
    r"|\bcandidatou(?:-se)? (?:à|a|para a) vaga|\bcandidatura (?:à|para a) vaga"
    # Spanish, French and Italian: "Te has postulado para el puesto:", "pour le poste :",
    # "per la posizione:".
    r"|\b(?:para|al) (?:el )?(?:puesto|cargo)(?: de| siguiente)?|\bpour le poste(?: de| suivant)?"
    r"|\bper (?:la posizione|il ruolo)"
    # The post pointed at below: "your application for the role below:", "pour le poste ci-dessous :".
    r"|\b(?:for|to) the (?:role|position|post|job|vacancy|opening) (?:listed |detailed |shown )?below"
    r"|\b(?:au|pour le) poste ci-dessous)"
    r"[ \t]?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# What a mail writes before such a line (a cheap test before the pattern reads the body).
_APPLIED_TO_LEADS = (
    "applying to:",
    "applied to:",
    "applied for:",
    "applying for:",
    "application for:",
    "application to:",
    "following position:",
    "following role:",
    "following job:",
    "the following position",
    "the following vacanc",
    "the following opening",
    "the following role",
    "the following job",
    " op:",
    " voor:",
    "vacature:",
    "functie:",
    " auf:",
    " für:",
    " um:",
    "stelle:",
    " vaga:",
    "puesto:",
    "puesto de:",
    "cargo:",
    "poste :",
    "poste:",
    # "pour le poste suivant :", "para el puesto siguiente:": the pattern's "the following post" (as
    # "following position:" above).
    "suivant :",
    "suivant:",
    "siguiente:",
    "posizione:",
    "ruolo:",
    "below:",
    "ci-dessous :",
    "ci-dessous:",
)
_GENERIC_TITLES = tuple(compile_first_tested(pattern) for pattern in anchors.GENERIC_TITLES)
_LABEL_WEIGHT = 3.0
# "Ref: 14499 - Business Analyst", "RE: Data Scientist Intern": a title only if it reads as one.
_REFERENCE_LINE = re.compile(r"^(?:ref|reference|re|regarding)\s*:\s*(?P<t>[^\n]{2,100})$", re.M)
# An agency's or a system's footer in any language: the selection's reference, its code, then the post
# between separators ("Rif. selezione: 2026-TO-118 · X · Cliente: Y", "Réf. : 4471 | X | Lieu : Y",
# "Kennziffer: 26/118 · X"): the post is the segment after the code, up to the next separator.
_SELECTION_REFERENCE_LINE = re.compile(
    r"^(?:ref\.?|reference|rif\.?|riferimento|réf\.?|référence|referencia|referência|referentie|referenz|"
    r"kennziffer)(?: (?:selezione|sélection|selección|seleção|selectie|offerta|offre|oferta|vacature|stelle|"
    r"posting|vacancy|job))?[ \t]*:[ \t]*[a-z0-9][\w/.-]{2,30}[ \t]+[·|–-][ \t]+"
    r"(?P<t>[^·|\n]{2,100}?)(?=[ \t]+[·|][ \t]|[ \t]*$)",
    re.M,
)
_REFERENCE_WEIGHT = 2.0
# The weights a candidate of the body may have, weightiest first: the body is read one weight at a time
# (body_titles), so that a title found at a weight spares reading the body's lighter places.
BODY_WEIGHTS = sorted(
    {*(weight for weight, _, _ in phrases.TITLES.values()), _LABEL_WEIGHT, _REFERENCE_WEIGHT}, reverse=True
)
# The weights the body's lines are scanned at (labels, references), whatever its anchors.
LINE_WEIGHTS = (_LABEL_WEIGHT, _REFERENCE_WEIGHT)


def generic_titles(lowered: str) -> Iterator[re.Match[str]]:
    """Every language's `_GENERIC_TITLES` matches in `lowered`, in reading order, scanned only where a noun
    closing one is written."""
    if any(noun in lowered for noun in anchors.GENERIC_TITLE_NOUNS):
        found = [match for pattern in _GENERIC_TITLES for match in pattern.finditer(lowered)]
        yield from sorted(found, key=lambda match: match.start())  # stable: at one place, English first


_JOINING_WORDS = frozenset({"of", "and", "&", "-", "–"})


def names_post_by_capitals(body: str, match: re.Match[str]) -> bool:
    """Whether the generic `match` ("the X role", read in the lowercased body) writes X in `body` as two or
    more capitalised words before a post's noun ("the Cellar Door Host role", "our Head of Guest
    Experience position"): a post's name, whatever its nouns."""
    if body[match.end("t") + 1 : match.end()].lower() not in POST_NOUNS_CLOSING:
        return False
    words = body[match.start("t") : match.end("t")].split()
    named = [word for word in words if word not in _JOINING_WORDS]
    return len(named) >= 2 and words[-1] not in _JOINING_WORDS and all(word[:1].isupper() for word in named)


_BodyMatch = tuple[re.Match[str], float, bool, bool]


def body_anchors_by_weight(email: PreparedEmail) -> dict[float, list[_BodyMatch]]:
    """The body's anchored sentences by their weight, each weight's in reading order (at one place, in the
    table's order)."""
    anchored: dict[float, list[_BodyMatch]] = {}
    for category, rule in phrases.anchors_found(email.body_hits, phrases.TITLES):
        anchored.setdefault(rule[0], []).extend((match, *rule) for match in email.body_hits[category])
    for matches in anchored.values():
        matches.sort(key=lambda item: item[0].start())  # stable
    return anchored


def body_titles(
    email: PreparedEmail, weight: float, anchored: list[_BodyMatch], company: str | None = None
) -> list[TitleCandidate]:
    """The titles of `weight` the body holds, in reading order: its `anchored` sentences', then its
    labelled lines', then its references'. What reading them all and keeping those of `weight` gives,
    without scanning for labels or references of another weight. `company`, the employer read, ends a
    title that words joined by a conjunction carry on to it."""
    matches = list(anchored)
    if weight == _LABEL_WEIGHT:
        matches += [(m, weight, False, False) for m in line_start_matches(_LABEL_LINE, email.body_lower)]
        if any(lead in email.body_lower for lead in _APPLIED_TO_LEADS):
            matches += [(m, weight, True, False) for m in _APPLIED_TO_LINE.finditer(email.body_lower)]
        if may_introduce_a_post(email.body_lower):
            matches += [(m, weight, True, True) for m in INTRODUCED_POST.finditer(email.body_lower)]
    if weight == _REFERENCE_WEIGHT:
        matches += [(m, weight, True, False) for m in line_start_matches(_REFERENCE_LINE, email.body_lower)]
        matches += [
            (m, weight, False, False) for m in line_start_matches(_SELECTION_REFERENCE_LINE, email.body_lower)
        ]
    found: list[TitleCandidate] = []
    body = email.body
    for match, weight, needs_role_word, needs_capital_after in matches:
        # The capital is asked after the anchor ("applied for X at Acme"); of an anchor ending with its
        # title ("il ruolo di Impiegata"), at the title's start.
        capital_at = match.end() if match.end() > match.end("t") else match.start("t")
        if needs_capital_after and not _capitalised_at(body, capital_at):
            continue
        if not _capitalised_at(body, match.start("t")) and is_subject_noun_before(
            email.body_lower, match.start("t")
        ):
            continue  # "la posición sigue abierta": the noun's sentence goes on with its verb
        if cut_short(body[match.start("t") : match.end("t") + 3]):
            continue  # a preview cut short; the full title comes later
        start, end = match.span("t")
        end = quote_closed(body, start, bracket_closed(body, start, end))
        # Joined words read on; a clause the sentence runs into ends it (title_clause.py).
        end = possessive_end(body, start, unit_joined_end(body, start, joined_end(body, end, company)))
        end = clause_end(body, start, end)
        end = german_clause_end(body, email.body_lower, start, end)  # "als X (m/w/d) gibt es ..."
        post_slot, named = slot_of(email.body_lower, start, end)
        if post_slot:
            end = thanks_end(body, start, end)
        raw = body[start:end]
        if not post_slot and (before_post_noun(email.body_lower, end) or " " not in raw.strip()):
            # "the cleaner vacancy", "your application for dishwasher": a role's word where a sentence
            # puts the post is the title, in lowercase too.
            post_slot = names_a_person_role(raw.strip())
        found.append(TitleCandidate(raw, weight, needs_role_word and not named, post_slot))
    return found


def _capitalised_at(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isupper() or text[index].isdigit())
