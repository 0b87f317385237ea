"""Where a post's name ends in the sentence that names it, and what its own words leave on or cut off.

A sentence goes on after the post: a relative clause ("Addetta Vendite per la quale ti sei candidata",
"Analista Contable que postulaste", "Assistante Juridique auquel vous avez postulé", "Verzorgende IG waarop
je hebt gereageerd"), a new verb ("Assistente Administrativo passou à fase seguinte"), a time said of the
news ("Revisora de Textos neste momento ...") or an agency's client. Each language's anchor lists the words
its sentences end a title with; these are the structure every one of them shares (word_lists.toml
`title_clause_openers`), lowercase as a sentence writes them, so a post's capitalised words never end it.

What a title's own words leave ambiguous is told by their shape: the hours written after a post without a
dash ("Package Handler Early Morning Shift", "Operador de Caixa Meio Período") are when it is worked, not
its name; a field after an internship's or a technician's noun ("Estágio em Engenharia Civil", "Técnico en
Electricidad") is the post's own, where the sentence's reading ended at the preposition; and a unit named
after the post's comma goes on over its "and" ("Senior Analyst, Economy and Infrastructure Directorate").
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_working_terms import WORKING_TIME

_CLAUSE_OPENER = re.compile(
    rf"\s+(?:{word_list('title_clause_openers')}|{word_list('french_title_ends')})(?:(?<=')|(?![\w'-]))"
)

# A conjunction before a lowercase word: the words read are a sentence already, no post's name.
_CLAUSE_BEFORE = re.compile(r"\s(?:and|y|e|et|und|ed|or|ou)\s+[a-zà-ÿ]")

# "Beleidsmedewerker Wonen die wij ...": the sentence's reading ended the title after the pronoun that
# opens its clause, and the words an opener needs after it lie outside what was read ("X based" of "X
# based in Mombasa", read up to the place).
_OPENER_LEFT_AT_END = re.compile(r"\s+(?:die|dat|che|que|qui|which|who|based)\s*$")
# How far past the read title an opener's last words may lie ("ouvert au", "that you").
_OPENER_REACH = 12


def clause_end(body: str, start: int, end: int) -> int:
    """Where the title read from `start` to `end` in `body` ends: before the first clause its words run
    into, or before a clause's pronoun left alone at its end, after at least its first word."""
    opener = _CLAUSE_OPENER.search(body, start + 1, end)
    if opener is None:
        # An opener's words may reach past what was read: "X ouvert au sein de", read up to "ouvert".
        opener = _CLAUSE_OPENER.search(body, start + 1, min(len(body), end + _OPENER_REACH))
        if opener is not None and opener.start() >= end:
            opener = None
    if opener is None or _CLAUSE_BEFORE.search(body, start, opener.start()):
        # "the Data Analyst and are excited to learn that you": a sentence before it too
        return _end_before(_OPENER_LEFT_AT_END, body, start, end, end)
    return opener.start()


def _end_before(words: re.Pattern[str], body: str, start: int, end: int, reach: int) -> int:
    """Where the title read from `start` to `end` in `body` ends: before the first of `words` found after
    its first character and before `reach`; at `end` where none is."""
    found = words.search(body, start + 1, reach)
    return found.start() if found else end


# "el puesto de Administrativo contable y por el tiempo que nos dedicaste": thanks going on to another matter
# after a post's slot ("for your interest in Acme and for applying" names the employer, no post, first).
_THANKS_GO_ON = re.compile(rf"\s+(?:{word_list('title_thanks_go_on')})")


def thanks_end(body: str, start: int, end: int) -> int:
    """Where the title read in a post's slot from `start` to `end` in `body` ends: before thanks that go on
    to another matter, after at least its first word."""
    return _end_before(_THANKS_GO_ON, body, start, end, end)


# "als Assistenz (m/w/d) und Ihre Geduld", "for the Data Analyst role and your patience": a conjunction and
# the reader's possessive after the post turn the thanks to the reader's own matter; the post ends there.
_POSSESSIVE_RUN_ON = re.compile(rf"\s+(?:{word_list('title_possessive_run_on')})\s")


def possessive_end(body: str, start: int, end: int) -> int:
    """Where the title read from `start` to `end` in `body` ends: before a conjunction and a possessive
    that carry the sentence on to the reader's own matter, after at least its first word."""
    return _end_before(_POSSESSIVE_RUN_ON, body, start, end, end + 1)  # its space may be the title's end


# "the Patient Care Technician night position": an English sentence's lowercase hours between a capitalised
# post and its noun describe the opening; the post's own name writes its hours capitalised ("- Nights").
_LOWERCASE_HOURS_TAIL = re.compile(
    r"(?<=[a-z)]) (?:night|day|evening|overnight|weekend|part[- ]time|full[- ]time)(?: shift)?$"
)


def without_hours_tail(title: str) -> str:
    """`title` without the lowercase English hours a sentence wrote after its capitalised post ("Line Cook
    overnight" -> "Line Cook")."""
    tail = _LOWERCASE_HOURS_TAIL.search(title)
    if tail is None:
        return title
    head = title[: tail.start()]
    return head if head.rpartition(" ")[2][:1].isupper() else title


# Posts that name their field after a preposition in the Romance languages and English: an internship, a
# trainee, a technician or specialist ("Técnico em Enfermagem", "Prácticas en Marketing Digital", "Stage en
# Contrôle de Gestion", "Tirocinio in Amministrazione", "Research Technician in Plant Pathology").
_FIELD_POSTS = frozenset({
    "estágio", "estagio", "estagiário", "estagiária", "estagiario", "estagiaria", "técnico", "técnica",
    "tecnico", "tecnica", "especialista", "prácticas", "practicas", "pasantía", "pasantia", "pasante",
    "becario", "becaria", "tirocinio", "tirocinante", "stage", "stagiaire", "internship", "intern",
    "trainee", "apprenti", "apprentie", "tecnólogo", "tecnóloga", "technician", "technicien", "technicienne",
})  # fmt: skip
_FIELD_AFTER = re.compile(
    r" (?:em|en|in) (?P<f>[A-ZÀ-Þ][\w'/-]*(?: (?:(?:de|do|da|dos|das|del|di|e|y|and|of|&) )*[A-ZÀ-Þ][\w'/-]*)"
    r"{0,5})(?=\s*[(\n,.;:!?]|\s+[-–|]|\s+[a-zà-ÿ]|$)"
)
_GENITIVE_AT_END = re.compile(r"\s*\b(?:de|do|da|dos|das|del|di)$")
_WORKING_TIME_ALONE = re.compile(WORKING_TIME, re.I)


def with_post_field(title: str, email: PreparedEmail, company: str | None) -> str:
    """`title` with the field the mail writes after it, when its last word is a post that names one, or its
    first in the Romance languages, which name the post first ("Técnico de Laboratório em Microbiologia")."""
    if (
        title.rpartition(" ")[2].lower() not in _FIELD_POSTS
        and title.partition(" ")[0].lower() not in _FIELD_POSTS
    ):
        return title
    for text in (email.body, email.subject):
        at = text.find(f"{title} ")
        field = _FIELD_AFTER.match(text, at + len(title)) if at >= 0 else None
        if field is None:
            continue
        words = field.group("f")
        if company and (cut := words.find(company)) >= 0:
            # "Estágio em Engenharia Civil da Construtora X": the employer's genitive after the field.
            words = _GENITIVE_AT_END.sub("", words[:cut].rstrip())
        if not words or only_places(words) or _WORKING_TIME_ALONE.fullmatch(words):
            return title  # "Estágio em São Paulo" is at a place, "Technicien H/F en CDI" on a contract
        return f"{title} {field.group(0).split()[0]} {words}"
    return title


# "Policy Officer (B2), Housing and Social Justice Directorate": after the post's comma, a unit's
# capitalised words joined by "and"; a sentence's reading ends the title at the "and".
_UNIT_PART = re.compile(r", (?:[A-Z][\w'-]*\s?)+$")
_UNIT_JOINED = re.compile(r" (?:and|&) (?P<w>[A-Z][\w'-]*(?: (?:(?:and|of|&) )?[A-Z][\w'-]*)*)")


def unit_joined_end(body: str, start: int, end: int) -> int:
    """Where the title from `start` to `end` ends, with the unit's words an "and" joins on after its comma."""
    if not body.startswith((" and ", " & "), end) or not _UNIT_PART.search(body, start, end):
        return end
    joined = _UNIT_JOINED.match(body, end)
    return joined.end("w") if joined else end
