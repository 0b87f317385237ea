"""The post a subject names after the step or the news it carries, with no word for the application between:
"Convocatoria entrevista Recepcionista", "Uitnodiging assessment day X", "Je aanbod voor het X", "Oferta de
empleo: X", "Invito colloquio X".

A subject so built is the step's noun phrase, an optional separator, then the post: everything after the
step is the post's name unless a preposition opens it ("Entrevista con el gerente", "Einladung zum Gespräch
am Montag": who or when, no post), and it is trusted only where it names a role (a date or a place does not).
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import accents_optional
from tracker.extraction.title_slots import TitleCandidate

# Steps and offers the subjects of the seven languages put before the post, beyond the news that
# language_titles.LEADING_NEWS knows: a summons to a step, an assessment day, an offer or a contract.
# A longer head stands before the head it begins with: the first branch that fits is taken.
_STEP_HEAD = re.compile(
    accents_optional(
        r"^(?:"
        r"convocatoria(?: (?:a|para))?(?: (?:una|la) )?(?: ?(?:entrevista|prueba|proceso de selecci[oó]n))?|"
        r"convocation(?: (?:à|a|pour))?(?: (?:un |une |l'|le |la ))?(?:entretien|test|épreuve)?|"
        r"invitation (?:à|a|pour) (?:un |une |l')?(?:entretien|test|épreuve)|"
        r"convocação(?: para)?(?: (?:a |uma ))?(?:entrevista)?|"
        r"convocazione(?: (?:a|al|per))?(?: (?:un |il ))?(?:colloquio)?|"
        r"einladung zu[mr]? (?:einem |ihrem |persönlichen )*"
        r"(?:kennenlernen|vorstellungstermin|assessment ?center)|"
        # English only where the invitation is written out: "Interview Tips" is no step before a post.
        r"invitation to (?:an? |the |your )?(?:(?:first|second|final|video|phone|online) )?"
        r"(?:interview|assessment (?:centre|center|day))(?: for(?: the)?)?|"
        r"(?:(?:first|second|final|video|phone|online) )?(?:interview|assessment (?:centre|center|day)) "
        r"invitation(?: for(?: the)?)?|"
        # The round of interviews, by its ordinal or compounded: "Second interview X", "Zweitgespräch X",
        # "Secondo colloquio X", "Segunda entrevista X", "Deuxième entretien X", "Tweede gesprek X".
        r"(?:first|second|third|final|last) (?:round )?interview|"
        r"(?:erst|zweit|dritt|folge|abschluss)(?:vorstellungs)?gespräch|"
        r"(?:erstes|zweites|drittes|abschließendes) (?:vorstellungs)?gespräch|"
        r"(?:primo|secondo|terzo|ultimo) colloquio|"
        r"(?:primera|segunda|tercera|última|primeira|terceira) entrevista|"
        r"(?:premier|second|deuxième|troisième|dernier) entretien|"
        r"(?:eerste|tweede|derde|laatste) (?:sollicitatie)?gesprek|"
        # The news about the post, before it: "Aggiornamento posizione X", "Mise à jour poste X",
        # "Actualización puesto X", "Atualização vaga X", "Update Stelle X", "Position update X".
        r"(?:aggiornamento|mise à jour|actualización|atualização|aktualisierung|update|stand) "
        r"(?:posizione|ruolo|poste|puesto|posición|vaga|posição|stelle|position|role|vacature|functie)|"
        r"(?:position|role|vacancy) update|"
        # A bare "Interview" only before a dash or a bar: "Interview - X at Acme", not "Interview Tips".
        r"(?:(?:first|second|final|video|phone|online) )?interview(?= [-–|] )|"
        r"(?:uitnodiging (?:voor )?(?:een |de |het |onze )?)?(?:assessment ?(?:dag|day|center|centre)|"
        r"assessmentdag)|"
        # Offers: "Je aanbod voor het X", "Contractvoorstel X", "Your offer for the X role",
        # "Oferta de empleo: X".
        r"(?:(?:je|jouw|uw|ons) )?(?:aanbod|(?:arbeidsvoorwaarden|contract)voorstel)"
        r"(?: (?:voor|als)(?: de| het)?)?|"
        r"(?:your|our) (?:job )?offer(?: letter)?(?: of employment)?(?: (?:for|as)(?: the| an?)?)?|"
        r"(?:job )?offer (?:letter|of employment)(?: (?:for|as)(?: the| an?)?)?|"
        r"(?:ihr |dein )?(?:vertrags|stellen|job)?angebot(?: (?:für|als)(?: die| den)?)?|"
        r"(?:propuesta|oferta|proposta) (?:laboral|lavorativa)|carta oferta|promesse d'embauche|"
        r"(?:oferta|propuesta|proposta|offerta|offre|proposition)(?: (?:de|di|d') ?(?:empleo|trabajo|emprego|"
        r"trabalho|contratação|contratacion|contratación|assunzione|lavoro|emploi|embauche))?"
        r")\s*[:\-–|]?\s+(?=\S)",
    ),
    re.I,
)
# "Entrevista con el gerente", "Einladung zum Vorstellungsgespräch am 12.03.", "Interview with the team":
# a preposition right after the step says who, when or where, not the post.
_NO_POST_AFTER = re.compile(
    r"^(?:with|on|at|in|for|about|com|con|avec|mit|met|am|um|el|il|op|em|en|au|bei|im|le|à|a|van|para|per|"
    r"por|pour|sur|voor|über|für|no|na|da|del|de|di|zu[mr]?|this|next|tomorrow|today|morgen|demain|mañana|"
    r"amanhã|domani)\b",
    re.I,
)
# "... X role", "... X position": the post's noun after its name.
_POST_NOUN_AT_END = re.compile(
    r"\s+(?:role|position|post|vacancy|stelle|poste|puesto|vaga|posizione|functie|vacature)\s*$", re.I
)
# "Aanbod functie X", "Angebot Stelle X", "Convocatoria entrevista puesto X": the post's noun after the step,
# before the post's name, is no part of it (a post never opens on it: "Post-doctoral" is English's only).
_POST_NOUN_FIRST = re.compile(
    r"^(?:functie|vacature|positie|rol|stelle|position|poste|puesto|vaga|posizione|ruolo|role)"
    r"(?:\s+(?:van|als|de|di|of))?\s*[:\-–]?\s+(?=\S)",
    re.I,
)
_SEPARATOR = re.compile(r"\s[-–|]\s|:\s")
_STEP_WEIGHT = 2.0


def step_head_end(subject: str) -> int:
    """Where the step or offer that opens `subject` ends (0 where none opens it)."""
    head = _STEP_HEAD.match(subject)
    return head.end() if head else 0


def without_step_head(segment: str) -> str:
    """`segment` without the step or offer opening it ("Contractvoorstel X" -> "X"); whole where none opens
    it or a preposition follows the step ("Oferta de Mecánico": who, when or a noun's complement, no post)."""
    end = step_head_end(segment)
    if not end or _NO_POST_AFTER.match(segment[end:]):
        return segment
    return segment[end:]


def post_after_step(rest: str) -> list[TitleCandidate]:
    """The post that `rest`, a subject's words after its step, names: a candidate that must name a role."""
    rest = _POST_NOUN_AT_END.sub("", _POST_NOUN_FIRST.sub("", rest.strip(" \"'„“”«»:-–|")))
    # "Esito negativo candidatura - Data Engineer": the news goes on up to a separator; the subject's
    # segments are read as such (title_subject.subject_segment_titles).
    if len(rest) < 2 or _NO_POST_AFTER.match(rest) or _SEPARATOR.search(rest):
        return []
    return [TitleCandidate(rest, _STEP_WEIGHT, True, post_slot=True)]
