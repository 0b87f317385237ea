"""Whether a name read where an employer's stands is shaped as one, and not the job seeker's own.

A pronoun's sentence ("A Task Awaits You"), a team, a post's unit, a date, a requisition code or a title
stands where an employer's name is expected and names none; a role's word still opens a firm named by its
trade or its founder's family ("Estudio Contable Ferraro", "Kaufmann & Söhne") or closed by a legal form.
company.find_employer keeps only the candidates judged so.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.care_units import is_care_unit
from tracker.extraction.employer_matching import run_together
from tracker.extraction.employer_sender import GENERIC_NAMES
from tracker.extraction.hidden_employers import hides_the_employer
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END, written_bare, written_with_legal_form
from tracker.extraction.name_reading import STOP_WORDS
from tracker.extraction.not_employers import names_no_employer
from tracker.extraction.person_names import OPENING_ORGANISATION_WORDS
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.names import company_key

# A posting's number in the five Romance and Dutch forms too: "Affichage 2025-47", "Convocatoria 14/2026",
# "Vacature 2026-018", "Bando n. 12/2026", "Edital nº 03/2025" name the posting, never its employer; so
# do a public body's and a board's English ones, "Competition #2026-114", "Vacancy No. 4471", "Job
# Posting 26-118", "Job Number 3318402", and "Concurso n.º 14/2026", "Kennziffer 2026/31".
_LABELLED_CODE = re.compile(
    r"^(?:req(?:uisition)?|job|r[eé]f(?:[eé]rence)?|id|job id|affichage|concours|offre|annonce|avviso|bando|"
    r"concorso|rif|riferimento|convocatoria|oferta|referencia|vacante|vaga|edital|vacature|vacaturenummer|"
    r"referentie|competition|vacancy|posting|job posting|job number|opening|concurso|kennziffer)\.?\s*"
    r"(?:n\.?[°º.o]?\.?\s*)?[#:]?\s*\S*\d",
    re.I,
)
# "A Task Awaits You": a sentence, not a name.
_PRONOUNS = {
    "you", "your", "we", "our", "us", "my", "i", "me", "we've", "we're", "we'd", "we'll", "i've", "i'm",
    "i'd", "you've", "they", "they've",
}  # fmt: skip


def is_plausible_employer(
    name: str, excluded_names: set[str], own_label: str | None = None, email: PreparedEmail | None = None
) -> bool:
    if not _shaped_as_employer(name, own_label) and not (
        email is not None and _signed_with_a_legal_form(name, email)
    ):
        return False
    key = company_key(name)
    return not (
        key in excluded_names
        or (len(name.split()) <= 3 and any(word in excluded_names for word in key.split()))
    )


def _signed_with_a_legal_form(name: str, email: PreparedEmail) -> bool:
    """True when the body writes `name` (two words or more, a role's among them) both with a legal form
    after it and without: "de parte de Farmacéutica del Altiplano" signed "Farmacéutica del Altiplano, S.A. de
    C.V.": an organisation, whose first word may be a trade's or a role's ("farmacéutica", "constructora").
    (Written only with its legal form, the name with it is read and shown.)"""
    if " " not in name or names_no_employer(name):
        return False
    return written_with_legal_form(name, email.body) and written_bare(name, email.body)


# An application's mails, a platform's, name their employers again and again: a name's shape is judged
# once a pass; only the names excluded (the job seeker's own) differ from mail to mail
# (is_plausible_employer).
@functools.lru_cache(maxsize=4096)
def _shaped_as_employer(name: str, own_label: str | None) -> bool:
    lowered = name.lower()
    if (lowered in STOP_WORDS and lowered != own_label) or lowered in GENERIC_NAMES:
        return False  # but "Next" from next.co.uk is the brand its own domain spells
    if _PRONOUNS.intersection(lowered.split()):
        return False
    if is_team(name):
        return False  # "Resourcing Team", "Ufficio Selezione": who signs for the employer, not the employer
    if is_care_unit(name):
        return False  # "Registered Nurse - Emergency Department": the post's unit, not its employer
    if names_no_employer(name):
        return False  # "28 November", "Aggiornamento", "Mum": a date, an update's word, a family's name
    if hides_the_employer(name):
        return False  # "Empresa confidencial": a board's word for an employer it does not name
    if is_requisition_code(name) or _LABELLED_CODE.match(name):
        return False  # "at RTL152550", "- Req 77120": a client or requisition code names nobody
    # "the Data Analyst position": a title where an employer was expected; but "Brisco Courier" from
    # briscocourier.com is the name its own domain spells.
    # "Meccanica Brianza S.p.A.": a legal form closes an organisation's name, never a role's.
    return (
        not names_a_person_role(name)
        or (" " in name and run_together(name) == own_label)
        or bool(_FAMILY_FIRM.search(name))
        # "Estudio Contable Ferraro": a Spanish firm named by its trade, whose trade holds a role's word.
        or (" " in name and OPENING_ORGANISATION_WORDS.opens(name))
        or bool(" " in name and LEGAL_FORM_AT_END.search(name))
    )


# "Kaufmann & Söhne", "Baker & Sons", "Fischer & Partner": a role's word ("Kaufmann" is a clerk) before the
# family or partners a firm is named with is the founder's name.
_FAMILY_FIRM = re.compile(
    r" & (?:söhne|sons|co\.?|cie\.?|partners?|associates|asociad[oa]s|associad[oa]s|associati|fils|hijos|"
    r"filhos|figli|zonen|zn\.?|töchter)$",
    re.I,
)
