"""Names that read where an employer stands but are no employer's: a date or a day ("28 November",
"Monday 3rd", "15/03") from a subject or a signature, a generic update's word ("Aggiornamento",
"Mise à jour", "Retorno"), a work arrangement ("Híbrido", "Remote"), a family member's display name ("Mum",
"Nonna"); and what a display name glues onto an
employer's: a recruiter's name before it ("Firstname Lastname | Agency"), a branch after it ("Randstad -
Filiale di Bologna Stalingrado").
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.clock_times import DAY_HOUR, DAY_MINUTES, HOUR_WORDS, MERIDIEM
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.title_working_terms import MONTH, WEEKDAY, WORKING_TIME

_DAY = r"\d{1,2}(?:st|nd|rd|th|er|e|º|°|\.)?"
_DATE_OR_DAY = re.compile(
    rf"(?:{WEEKDAY},?(?:\s+(?:the\s+)?{_DAY})?(?:\s+(?:de\s+)?{MONTH})?"
    rf"|(?:{WEEKDAY},?\s+)?{_DAY}\s+(?:de\s+)?{MONTH}(?:\s+\d{{4}})?"
    rf"|{MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?"
    rf"|(?:{WEEKDAY},?\s+)?\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?)",
    re.I,
)
# A clock time opens no employer's name: "by 11:59pm PST", "à 14h30", "um 9.30 Uhr".
# (Anchored and bounded: a name's first number is a time only as a day's hour, marked or with minutes.)
_MARK = rf"(?:{MERIDIEM}|{HOUR_WORDS})"
_CLOCK_TIME_FIRST = re.compile(
    rf"{DAY_HOUR}(?::{DAY_MINUTES}(?:\s*{_MARK})?|\.{DAY_MINUTES}\s*{_MARK}|\s*{MERIDIEM}|h{DAY_MINUTES})(?!\w)",
    re.I,
)
# A date's day or number is a digit: a name without one can only be a weekday (with its month), so one
# alternation is tried instead of the three the whole pattern opens with (names are asked once each).
_DIGIT = re.compile(r"\d")
# "hear something by the 24th": a day of the month named by its ordinal alone.
_ORDINAL_DAY = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.I)
_DAY_WITHOUT_DIGITS = re.compile(rf"{WEEKDAY},?(?:\s+(?:de\s+)?{MONTH})?", re.I)
_UPDATE_WORD = re.compile(rf"(?:{word_list('update_words')})", re.I)
# "a vaga Analista Pleno - Híbrido": where a board's layout puts the employer after the post's dash.
_WORK_ARRANGEMENT = re.compile(rf"{WORKING_TIME}|remote|hybrid|on-?site", re.I)
# A posting's reference after a subject's dash: "Rif. 2024-118", "Ref.: A-77", "Cod. 5512".
_REFERENCE = re.compile(r"(?:rif|ref|cod)[.:\s]\s*[\w/-]*\d", re.I)
_KIN_WORD = re.compile(rf"(?:{word_list('family_names')})", re.I)
_KIN_JOINERS = frozenset(("&", "and", "et", "und", "y", "e", "en"))
# "interest in employment with the City", "working with the Municipality", "the Shire will be in touch", "a
# final round with the MD": a kind of organisation referred back to, or a leader's post, named by its noun
# alone: no organisation's name.
_REFERRING_NOUN = re.compile(
    r"(?i:city|town|county|council|district|borough|municipality|shire|village|township|parish|province|region|"
    r"state|trust|company|firm|practice|agency|authority|"
    r"board|ministry|university|college|school|hospital|society|foundation|charity|organi[sz]ation|"
    r"institute|business|employer)|"
    r"MD|CEO|CFO|COO|CTO|CIO|CHRO|CPO|GM|AGM|DGM|VP|SVP|EVP|AVP|HOD"
)

# "Chiara Bianchi – Gi", "Tom Becker | Hays": a recruiter's name, a separator, their agency (cut short
# or not).
_PERSON_THEN_NAME = re.compile(r"^(?P<person>[^|–—/-]+?)\s+[|–—/-]\s+(?P<name>[^|–—/]+)$")
# A cut name: "Gi" of "Gi Group", where a display name ran out of room.
_CUT_CHARS = 2

# "Randstad - Filiale di Bologna Stalingrado", "Tempo-Team | Vestiging Utrecht", "Adecco Sucursal Valencia":
# the office of a branch network, with the town and quarter it serves.
BRANCH_NOUNS = (
    r"filiale|agenzia|vestiging|sucursal|delegación|agence|niederlassung|geschäftsstelle|filial|agência"
)
_BRANCH_TAIL = re.compile(
    rf"(?:\s*[-–—|,]\s*(?:{BRANCH_NOUNS}|sede|kantoor|oficina|branch|office)|\s+(?:{BRANCH_NOUNS}))"
    # The town is capitalised, though the nouns are read in any case: "Acme, office of the CEO" is no branch.
    r"(?: (?:di|de|du|d'|van|in|en|em|da|do|of))? (?-i:[A-ZÀ-Þ])[^|]*$",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def names_no_employer(name: str) -> bool:
    """Whether `name` is a date or a day, opens with a clock time or a posting's reference, is an update's
    word, a work arrangement, a family member's name, a kind of organisation's noun alone ("the City") or a
    leader's post ("the MD"): never an employer."""
    name = name.strip(" .,:;!-–|")
    if not name:
        return False
    date = _DATE_OR_DAY if _DIGIT.search(name) else _DAY_WITHOUT_DIGITS
    if date.fullmatch(name) or _UPDATE_WORD.fullmatch(name) or _WORK_ARRANGEMENT.fullmatch(name):
        return True
    if name[0] in "0123456789tT" and _ORDINAL_DAY.fullmatch(name):
        return True
    if name[0].isdigit() and _CLOCK_TIME_FIRST.match(name):
        return True
    if _REFERENCE.match(name) or _REFERRING_NOUN.fullmatch(name):
        return True
    # Family words joined by "&", "and", "et"...: the first other word settles it.
    kin = False
    for word in name.lower().split():
        if _KIN_WORD.fullmatch(word):
            kin = True
        elif word not in _KIN_JOINERS:
            return False
    return kin


def person_then_name(display_name: str) -> tuple[str, str] | None:
    """(the person, what follows) where a person-shaped name opens a display name before a separator
    ("Tom Becker | Hays"), else None. Whether it is the writer's name is the caller's to tell (its address
    spells it: "Ospedale San Gerardo - Selezione" is shaped like one too)."""
    match = _PERSON_THEN_NAME.match(display_name) if " " in display_name else None
    if match is None or not looks_like_person_name(person := match["person"].strip()):
        return None
    return person, match["name"].strip()


def organisation_after_person(name: str) -> str | None:
    """What follows a person's name in a display name as an organisation's: None where it is cut too short
    to name one ("Chiara Bianchi – Gi")."""
    return name if len(name.replace(" ", "")) > _CUT_CHARS else None


def without_branch_tail(name: str) -> str:
    """`name` without a branch's office after it ("Randstad - Filiale di Bologna Stalingrado" ->
    "Randstad")."""
    cut = _BRANCH_TAIL.sub("", name)
    # "Bank of Filiale Street": a name ending in a particle goes on past the noun.
    return cut if cut and cut != name and cut[:1].isupper() and not cut.split()[-1].islower() else name
