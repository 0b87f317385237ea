"""The tags the European languages add to a title, cut off it: the news or step a subject puts around it,
a reference, the working time or workload, the pay scale, the client's trade, what follows a gender mark.

Read by title_cleaning.py on every title read; language_titles.py reads the title in a subject first.
"""

from __future__ import annotations

import re

from tracker.extraction.language_titles import LEADING_NEWS, NEWS_AT_END
from tracker.extraction.title_gender_marks import gender_mark_alone, without_what_follows_gender_mark
from tracker.extraction.title_marks import without_hours_at_end
from tracker.extraction.title_working_terms import TAG_WORDS, TRAILING_TAGS

# "(32-36 uur)", "(20 Std./Woche)", "(35h)": the hours a week, a working time; and as Dutch and Flemish
# public employers and schools tag a post, its pay scale and part of a full week ("(schaal 11)", "(max.
# schaal 9)", "(0,8 fte)"). The Flemish government's levels ("(B1-B3)", "(niveau A)") are the post's rank,
# which a title keeps as it keeps a Belgian "(D4)" or seniority (../shared/datasets/README.md). Words in
# lowercase after such a tag are the sentence going on ("Teamleider (28-32 uur) succesvol doorlopen"): its
# verb.
_HOURS_IN_BRACKETS = re.compile(
    r"\s*\((?:\s*\d{1,2}(?:[.,]\d)?(?:\s*[-–]\s*\d{1,2})?\s*(?:uur|u|hours?|hrs?|h|std\.?|stunden|heures|"
    r"horas|ore)\b[^()]*|\s*(?:max(?:imaal|\.)?\s*)?(?:salaris)?schaal\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?[^()]*|"
    r"\s*\d(?:[.,]\d{1,2})?(?:\s*[-–]\s*\d(?:[.,]\d{1,2})?)?\s*fte\b[^()]*)\)(?:\s+(?-i:[a-zà-ÿ])[^()\n]*$)?",
    re.I,
)
# "Controller (settore metalmeccanico)", "Comercial (sector alimentación)": an agency's word, in lowercase,
# for its client's trade, no part of the post's name ("Consultor (Sector Público)" names a practice: stays).
_TRADE_IN_BRACKETS = re.compile(r"\s*\(\s*(?-i:sector|settore|secteur|setor)\s[^()\n]{2,40}\)")
# "(Kennziffer 2026-117)": a reference in brackets after its label.
_LABELLED_REFERENCE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:kennziffer|kennzahl|referenznummer|referenz|ref\.?|réf\.?|référence|referencia)\b[^)]*\)",
    re.I,
)
# "Kennziffer 2025/143 - Pflegefachkraft": a public employer's reference, labelled, before the title (after
# it, TRAILING_TAGS takes it off). The label says what the code is, so a capitalised title may follow it
# without a dash: "Kennziffer 17/2026 Referent*in", "Rif. 2026/14 Addetto/a".
_LABELLED_REFERENCE_BEFORE = re.compile(
    r"^(?:kennziffer|kennzahl|referenznummer|ausschreibungs-?(?:nummer|nr\.?)|stellen-?(?:nummer|nr\.?|id)|"
    r"job-?id|réf\.?|ref\.|rif\.|référence|referencia|riferimento|referentie|vacaturenummer)\s*[:#.]?\s*"
    r"[\w/.-]*\d[\w/.-]*(?:\s*[-–:|,]\s*|\s+(?=(?-i:[A-ZÀ-Þ])))",
    re.I,
)
# "(25/07/ABC/KA)": a reference in brackets (a bare number is a requisition id, read by clean_title).
_REFERENCE_IN_BRACKETS = re.compile(r"\s*\((?=[^)]*\d)(?=[^)]*/)[\w/.-]+\)\s*$")

# "Projektleiterin Bau 80-100%", "(80–100 %)", "Infirmier·ère 80%": the Swiss workload, a working time; in
# Italian and French after its preposition ("Contabile al 100%", "Cuoco all'80%", "Comptable à 100%").
_WORKLOAD = re.compile(
    r"\s*(?:\(\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%\s*\)|"
    r"(?<![(\w])(?:al |all['’]|à )?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%(?![\w)]))"
)


# "Entrevista com o gestor", "Entrevista con el gerente", "Interview with the hiring manager": the step and
# who one meets there, no job's name.
_STEP_WITH_INTERVIEWER = re.compile(
    r"^(?:entrevista|interview|entretien|colloquio|gespräch|gesprek|conversa|bate-papo|conversación|painel)\s+"
    r"(?:com|con|with|avec|mit|met)\s+(?:(?:o|a|os|as|el|la|los|las|the|le|la|les|dem|der|den|de|il|your|seu|"
    r"sua|tu|su)\s+)?(?:gestor(?:a|es)?|gerente|l[ií]der|rh|recrutador(?:a)?|reclutador(?:a)?|time|equipe|"
    r"equipo|diretor(?:a)?|director(?:a)?|hiring manager|recruiter|manager|team|panel|responsable|"
    r"coordenador(?:a)?|coordinador(?:a)?)\b(?:\s+(?:da|do|de|del|of the)\s+(?:área|area|time|equipe|equipo|"
    r"team))?\s*$",
    re.I,
)


def strip_language_tags(title: str) -> str:
    """`title` without the date applied, reference or working time its language adds; gender marks kept."""
    if not title:
        return title
    if _STEP_WITH_INTERVIEWER.match(title):
        return ""
    text = NEWS_AT_END.sub("", LEADING_NEWS.sub("", title))
    if "%" in text:
        text = _WORKLOAD.sub("", text)
    if any(ch.isdigit() for ch in text):
        text = without_hours_at_end(_LABELLED_REFERENCE_BEFORE.sub("", text))
    if "(" in text:
        text = gender_mark_alone(text)
        text = _LABELLED_REFERENCE_IN_BRACKETS.sub("", text)
        if "(se" in text:
            text = _TRADE_IN_BRACKETS.sub("", text)
        if any(ch.isdigit() for ch in text):
            text = _HOURS_IN_BRACKETS.sub("", text)
    if "/" in text:
        text = without_what_follows_gender_mark(text)
    # Every tag follows a space; most titles (one or two words, no bracket) have nothing to trim.
    if " " in text.strip():
        for _ in range(2):
            before = text
            if TAG_WORDS.occurs_in(text):
                text = TRAILING_TAGS.sub("", text)
            if "/" in text and "(" in text:
                text = _REFERENCE_IN_BRACKETS.sub("", text)
            if text == before:
                break  # nothing was taken off: a second try would take nothing either
    return _CONJUNCTION_AT_END.sub("", text).strip(" \"'„“”«»,;-")


# "... aannemen als Klantenservice medewerker en nodigen je uit": a title read up to the sentence's next
# verb keeps the "and" before it, which no title ends with; "we bieden je de functie van X aan": a Dutch
# verb's separated particle closes the sentence after the post ("aanbieden", "toekennen").
_CONJUNCTION_AT_END = re.compile(r"\s+(?-i:en|and|und|et|y|aan|toe)\s*$")
