"""The employer and title Spanish-speaking job boards write in their own sentences (Spain and Latin America).

InfoJobs, Computrabajo, OCC Mundial, Bumeran, Zonajobs, Laborum, elempleo, Trabajando.com and Indeed's
Spanish sites relay the employer's news in a few fixed shapes:

- "La empresa X ha visto tu candidatura a la oferta:" then the title's line and a place line;
- "La empresa X revisó tu postulación a la vacante T en <town>, <state> y decidió ...": the employer is X,
  never the town after "en";
- "X actualizó el estado de tu proceso para la oferta T (<town>)";
- "X te ha invitado a una entrevista" then the title's line or "para la oferta T" or "Vacante: T";
- "Te postulaste a T" then "X · <town>, <province>";
- "La oferta T de X ha sido pausada".

A place after the title (" - Alcalá de Henares", " en León, Guanajuato", "(Calama)") is no part of it.
Read only in mail a platform the project lists sends (platforms.py).
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.board_blocks import BOARD_EMPLOYER_WEIGHT, BOARD_TITLE_WEIGHT
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate

# A name as boards write it: capitalised words and a name's particles, a legal form's dotted parts too
# ("Grupo Tortillero del Norte S.A. de C.V.", "Abarrotes La Huasteca").
_WORD = r"[A-ZÀ-ÝÑ0-9][\w&'’.+-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|del|de la|de los|de las|y|e|&)){{0,8}}"
_NEWS = (
    r"(?:ha visto|ha le[ií]do|ha revisado|vio|ley[oó]|revis[oó]|(?:ha actualizado|actualiz[oó]) el estado de)"
    r"[ \t]+tu[ \t]+(?:candidatura|postulaci[oó]n|cv|hoja de vida|proceso)"
)
_POSTING = (
    r"(?:a|al|para|de|en)[ \t]+(?:la[ \t]+oferta|la[ \t]+vacante|el[ \t]+aviso|el[ \t]+cargo|el[ \t]+puesto)"
)
# "La empresa X revisó tu postulación a la vacante T ...": the title's rest of line, or the next line
# where a colon ends this one.
_RELAYED = re.compile(
    rf"^(?:La[ \t]+empresa[ \t]+)?(?P<employer>{_NAME})[ \t]+{_NEWS}[ \t]+{_POSTING}"
    rf"[ \t]*(?::[ \t]*\n\s*)?(?P<title>[^\n]*)",
    re.M,
)
_INVITED = re.compile(
    rf"^(?:La[ \t]+empresa[ \t]+)?(?P<employer>{_NAME})[ \t]+te[ \t]+(?:ha[ \t]+invitado|invit[oó])"
    rf"[ \t]+a[ \t]+(?:una[ \t]+)?entrevista(?:[ \t]+{_POSTING}[ \t]+(?P<title>[^\n]*)|[ \t]*\.?[ \t]*\n\s*"
    rf"(?:(?:Vacante|Oferta|Puesto|Cargo)[ \t]*:[ \t]*)?(?P<next>[^\n]*))",
    re.M,
)
_APPLIED_TO = re.compile(
    rf"^Te[ \t]+postulaste[ \t]+a[ \t]+(?P<title>[^\n]+)\n[ \t]*(?P<employer>{_NAME})[ \t]+·[ \t]+[^\n]+$",
    re.M,
)
_PAUSED = re.compile(
    rf"\b(?:La|la)[ \t]+(?:oferta|vacante)[ \t]+(?P<title>[^\n]{{3,90}}?)[ \t]+de[ \t]+(?P<employer>{_NAME})"
    r"[ \t]+(?:ha[ \t]+sido|fue|est[aá])[ \t]+pausad[ao]"
)
_SHAPES = (_RELAYED, _INVITED, _APPLIED_TO, _PAUSED)
# Whether any shape's words occur at all, asked before the searches.
_SHAPE_WORDS = CaselessWords(
    r"tu candidatura|tu postulaci[oó]n|tu proceso|tu cv|tu hoja de vida|invitado a|invit[oó] a|"
    r"te postulaste|pausad[ao]"
)
# Where the title ends in the relayed sentence: its place in brackets, the decision's clause, the sentence.
_TITLE_END = re.compile(r"[ \t]*\(|[ \t]+y[ \t]+decidi|\.(?:[ \t]|$)|[ \t]*:[ \t]*$")
_IN_PLACE = re.compile(r"[ \t]+en[ \t]+(?P<place>[A-ZÀ-ÝÑ][^\n]*)$")
_DASH_TAIL = re.compile(r"[ \t]+[-–][ \t]+(?P<place>[^\n–-]+)$")


def spanish_board_hints(email: PreparedEmail) -> tuple[list[tuple[str, float, bool]], list[TitleCandidate]]:
    """The employer and title candidates the board sentences above give: (name, weight, stated)."""
    employers: list[tuple[str, float, bool]] = []
    titles: list[TitleCandidate] = []
    if not platforms.platform_of(email.sender):
        return employers, titles
    body = email.body[: email.recommendations_start][:3000]
    if not _SHAPE_WORDS.occurs_in(body):
        return employers, titles
    for shape in _SHAPES:
        found = shape.search(body)
        if found is None:
            continue
        employer = found.group("employer").strip()
        if employer and not platforms.is_platform_name(employer) and not only_places(employer):
            employers.append((employer, BOARD_EMPLOYER_WEIGHT, True))
        groups = found.groupdict()
        raw = groups.get("title") or groups.get("next") or ""
        after = body[found.end() :].lstrip("\n").partition("\n")[0]
        if title := _posting_title(raw, after):
            titles.append(TitleCandidate(title, BOARD_TITLE_WEIGHT, False))
        break
    return employers, titles


def _posting_title(raw: str, next_line: str) -> str:
    """The title of a board's sentence or block line, without the place written after it."""
    if end := _TITLE_END.search(raw):
        raw = raw[: end.start()]
    raw = raw.strip()
    if (place := _IN_PLACE.search(raw)) and only_places(place.group("place").strip(" .")):
        raw = raw[: place.start()]
    if dash := _DASH_TAIL.search(raw):
        town = dash.group("place").strip()
        if only_places(town) or next_line.startswith(town):
            raw = raw[: dash.start()]
    return raw.strip()
