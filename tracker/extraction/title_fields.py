"""A field or discipline named after a post's dash in a subject: "Postdoctoral Fellow - Glacial Hydrology",
"Analyst - Credit Risk Modelling", "Engineer - Structural Dynamics". The posting names the post within its
field, and the labels keep it as the post's name (a team is kept likewise), where a subject's other
segments after a dash are news, a step, a place, a site or the employer.

A field is told by how its last word is built: a discipline's ending ("-ology", "-ography", "-ics", "-ing",
"-ance", "-ence", "-ment", "-ure": "Ecology", "Oceanography", "Dynamics", "Nursing", "Governance",
"Science", "Management", "Agriculture"), among capitalised words. Words built alike that name a step or a
building ("Assessment", "Screening", "Meeting", "Reference", "Building", "Wing") are none.
"""

from __future__ import annotations

import re

from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import is_place, only_places
from tracker.extraction.title_shape import names_a_person_role
from tracker.written_legal_forms import ALL_LEGAL_FORMS

_FIELD_WORDS = re.compile(
    r"(?:[A-Z][\w'&/-]*\s+(?:(?:and|of|&)\s+)?){0,3}[A-Z][a-z]+(?:ology|ologies|ography|ics|ing|ance|ence|ment|ure)"
)
_NOT_FIELDS = frozenset(
    ("assessment", "appointment", "agreement", "reference", "references", "conference", "acceptance",
     "attendance", "screening", "meeting", "onboarding", "scheduling", "booking", "briefing", "timing",
     "building", "wing", "crossing", "landing", "spring", "king", "ring", "closing", "opening", "posting",
     "listing", "morning", "evening", "offering", "pending", "hiring", "recruiting", "consulting", "staffing",
     "trading", "publishing", "printing", "catering", "clothing", "shipping", "logistics", "electronics",
     "insurance", "ventures", "furniture")
)  # fmt: skip


def is_field_segment(segment: str) -> bool:
    """Whether a subject's `segment` after a post's dash names only the post's field ("Glacial Hydrology")."""
    segment = segment.strip()
    if not _FIELD_WORDS.fullmatch(segment):
        return False
    if segment.rpartition(" ")[2].lower() in _NOT_FIELDS:
        return False
    return not only_places(segment)


# A team, product or practice the post works in, named after its dash without a discipline's ending ("Data
# Engineer - Payments", "Product Manager - Ledger", "Analyst - Treasury Change", "Chef de projet - Paie",
# "Referent - Vertrieb"): at most four words, each capitalised (an acronym too) or a joining word between
# them.
_JOINING = r"(?:and|of|for|&|et|de|des|du|d'|y|e|und|für|en|di|del|della|da|do|van|voor)"
_NAMED_WORD = r"[A-ZÀ-Þ][\w&/+.'’-]{0,30}"
_NAMED_FIELD = re.compile(rf"{_NAMED_WORD}(?: (?:{_JOINING} )?{_NAMED_WORD}){{0,3}}")
# A posting's number in brackets after the segment ("- Treasury (Ref. 4471)"): the posting's, cut later.
_POSTING_NUMBER_AFTER = re.compile(r"\s*\([^()\d]{0,20}\d[^()]{0,20}\)$")
# The news or step a subject writes after its post ("- Next Steps", "- Interview", "- Rückmeldung"), never
# a field: the news words of the seven languages and a step's nouns.
_NEWS = re.compile(rf"(?:{word_list('title_news_after_separator')}|{word_list('update_words')})(?!\w)", re.I)
_STEP_WORDS = frozenset(word_list("step_title_nouns").split("|"))
# What became of the posting, closing the segment: "- Competition Closed", "- Vacancy Filled", "- Poste
# pourvu", "- Vacante cubierta", "- Stelle besetzt", "- Vacature vervuld".
_CLOSING_NEWS = frozenset(
    ("closed", "filled", "cancelled", "canceled", "withdrawn", "hold", "fermé", "fermée", "pourvu", "pourvue",
     "annulé", "annulée", "cerrado", "cerrada", "cubierto", "cubierta", "cancelado", "cancelada", "chiuso",
     "chiusa", "annullato", "annullata", "encerrado", "encerrada", "preenchida", "preenchido", "geschlossen",
     "besetzt", "abgesagt", "gesloten", "vervuld", "ingevuld", "geannuleerd")
)  # fmt: skip
# A posting's reference label, its number cut after it ("- Req ID", "- Job Ref", "- Kennziffer").
_REFERENCE_LABELS = frozenset(
    ("req", "requisition", "id", "ref", "reference", "réf", "référence", "rif", "riferimento", "referencia",
     "referência", "kennziffer", "kennzahl", "referenznummer", "referentie", "vacaturenummer", "código",
     "cód", "codice", "no", "nr", "number", "job", "vacancy", "posting")
)  # fmt: skip
# A file's name ("- Offer Letter.pdf", "- J. Okafor CV.docx") or a person's initial before a name ("- R.
# Lindqvist"): a document or a person named after the post, never its field.
_FILE_OR_INITIAL = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt|png|jpe?g|zip|pptx?|xlsx?)$|^[A-Z]\.$", re.I)
# A name closing on a legal form or on the noun a firm's or a group's name closes with ("- Quarry Holdings
# Ltd", "- Halcyon Partners", "- Orlan Groupe") is an organisation's, the employer or an agency's client.
_ORGANISATION_ENDS = frozenset(form.rstrip(".").lower() for form in ALL_LEGAL_FORMS) | {
    "holdings", "group", "gruppe", "groupe", "grupo", "gruppo", "groep", "ventures", "partners", "labs",
    "bank", "banque", "banco", "banca", "foundation", "stiftung", "fondation", "fundación", "fundação",
}  # fmt: skip


def names_a_field(post: str, segment: str, company: str | None, body: str) -> bool:
    """Whether a subject's `segment` after `post`'s dash names the post's field, team or product: a
    discipline ("Glacial Hydrology"), or capitalised words that are no place, news, step, role, legal entity
    or the employer `company`, which the `body` never writes apart from the post ("feedback from Halcyon"
    names an organisation; "the Analyst position in Treasury" where the post sits)."""
    segment = _POSTING_NUMBER_AFTER.sub("", segment.strip())
    if is_field_segment(segment):
        return True
    if _written_apart(post, segment, body):
        return False
    if " " not in segment and not any(f"{post}{separator}{segment}" in body for separator in _SEPARATORS):
        return False  # one name alone may be a town no list knows ("- Tarapoto"): the body must write it so
    if not _NAMED_FIELD.fullmatch(segment) or any(ch.isdigit() for ch in segment):
        return False
    words = [word.strip(".").lower() for word in segment.split()]
    if any(_FILE_OR_INITIAL.search(word) for word in segment.split()):
        return False
    if _NEWS.match(segment) or words[-1] in _CLOSING_NEWS:
        return False
    if any(word in _STEP_WORDS or word in _NOT_FIELDS or word in _REFERENCE_LABELS for word in words):
        return False
    if only_places(segment) or any(is_place(word) for word in segment.split() if len(word) > 3):
        return False
    if len(words) > 1 and words[-1] in _ORGANISATION_ENDS:
        return False
    if names_a_person_role(segment):
        return False  # "Prueba técnica - Responsable de Marketing": the post itself, after a step
    if len(words) > 1 and _names_a_person(words, body):
        return False  # "Colloquio X – Ilaria Fontana / Acme": whom an invitation is for, the applicant
    if company:
        first = company.lower().split()[0]
        if first in words or segment.lower() in company.lower():
            return False
    return True


_SEPARATORS = (" - ", " – ", " — ", ", ")
# An address's local part ("ilaria.fontana87@", "j-brandt@"): a person's words, split at its dots and dashes.
_ADDRESS_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]{0,63})@(?=\w)")
_LOCAL_PARTS = re.compile(r"[._+-]+|\d+")


def _names_a_person(words: list[str], body: str) -> bool:
    """Whether the segment's `words` are a person's the mail names: the one it greets, or every word
    written in one address's local part ("Ilaria Fontana" of "ilaria.fontana87@..."), a calendar's guest or
    the applicant who signed their subject."""
    if "@" in body:
        for local in _ADDRESS_LOCAL.findall(body):
            if set(words) <= set(_LOCAL_PARTS.split(local.lower())):
                return True
    greeted = {word.lower() for name in greeting_names(body, "") for word in name.split() if len(word) > 1}
    return not greeted.isdisjoint(words)


def _written_apart(post: str, segment: str, body: str) -> bool:
    """Whether `body` writes `segment` anywhere but after `post` and its dash or comma."""
    apart = body.count(segment)
    if not apart:
        return False  # most mail: the segment is the subject's alone
    return apart > sum(body.count(f"{post}{separator}{segment}") for separator in _SEPARATORS)
