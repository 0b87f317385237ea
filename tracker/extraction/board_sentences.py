"""The employer and title a job board writes in its own sentences, read from one table per language.

A board relays the employer's news in a sentence the employer opens ("X viewed your application", "X
mudou a etapa da sua candidatura", "X hat den Status Ihrer Bewerbung geändert"; word_lists.toml
`board_relayed_news_<language>`), in the body or the subject: the name before the news is the employer.
Some languages' boards write whole sentences that name the post too (the Spanish and Latin American
boards: InfoJobs, Computrabajo, OCC Mundial, Bumeran, Zonajobs, Laborum, elempleo, Trabajando.com,
Indeed's Spanish sites):

- "La empresa X ha visto tu candidatura a la oferta:" then the title's line and a place line;
- "La empresa X revisó tu postulación a la vacante T en <town>, <state> y decidió ...": the employer is X,
  never the town after "en";
- "X actualizó el estado de tu proceso para la oferta T (<town>)";
- "X te ha invitado a una entrevista" then the title's line or "para la oferta T" or "Vacante: T";
- "Te postulaste a T" then "X · <town>, <province>";
- "La oferta T de X ha sido pausada";
- "Tu postulación a la vacante T de X fue enviada": the employer after the title's last "de".

A place after the title (" - Alcalá de Henares", " en León, Guanajuato", "(Calama)") is no part of it.
Read only in mail a platform the project lists sends (platforms.py); board_blocks.board_hints weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extraction import platforms
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.match_words import MatchWords
from tracker.extraction.person_names import OPENING_ORGANISATION_WORDS, names_an_organisation
from tracker.extraction.phrases.spanish_anchors import EN_POST_WORDS
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_gender_marks import GLUED_GENDER_ENDING

# A name as boards write it: capitalised words, a legal form's dotted parts too, and a name's particles
# ("Grupo Tortillero del Norte S.A. de C.V.", "Casa da Cultura", "Bäckerei von Au"): its first word, then
# each next one after a space (_name).
_NAME_WORD = r"[A-ZÀ-Ý0-9][\w&'’.+-]*"
_NAME_NEXT = rf"{_NAME_WORD}|d[aeiou]s?|del|della|de la|de los|de las|von|für|van|y|e|&"


# A legal form written after a comma closes the name: "Talleres Ortega, S.L.", "Grupo Sayula, S.A. de C.V.".
_FORM_AFTER_COMMA = (
    r"(?:,[ \t]+(?:S\.L\.U\.|S\.L\.|S\.A\.(?:[ \t]+de[ \t]+C\.V\.)?|S\.A\.S\.|S\.A\.C\.|SLU|SL|SA|SAS|SAC|"
    r"Ltda\.?|Lda\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|NV|GmbH|AG|SARL|Inc\.|LLC|Ltd\.?)(?![\w.]))?"
)


def _without_form_after_comma(name: str) -> str:
    """`name` without a legal form written after a comma, an addition the name goes without (as the labels
    write it: "Talleres Ortega, S.L." is "Talleres Ortega")."""
    return name.split(",", 1)[0].rstrip()


def _name(space: str, most: int) -> str:
    return rf"{_NAME_WORD}(?:{space}+(?:{_NAME_NEXT})){{0,{most}}}{_FORM_AFTER_COMMA}"


# The Spanish boards' whole sentences, their employer at the line's start.
_ES_NAME = _name(r"[ \t]", 8)
# The news is the one the Spanish table's "X ha visto tu candidatura" reads: one list, never two.
_ES_NEWS_LIST = word_list("board_relayed_news_es")
# Caseless: boards write "tu CV" as often as "tu cv".
_ES_NEWS = f"(?i:{_ES_NEWS_LIST})".replace(" ", r"[ \t]+")
_ES_POSTING = (
    r"(?:a|al|para|de|en)[ \t]+(?:la[ \t]+oferta|la[ \t]+vacante|el[ \t]+aviso|el[ \t]+cargo|el[ \t]+puesto|"
    r"la[ \t]+b[uú]squeda)"
)
# "La empresa X revisó tu postulación a la vacante T ...": the title's rest of line, or the next line
# where a colon ends this one.
_ES_RELAYED = re.compile(
    rf"^(?:La[ \t]+empresa[ \t]+)?(?P<employer>{_ES_NAME})[ \t]+{_ES_NEWS}[ \t]+{_ES_POSTING}"
    rf"[ \t]*(?::[ \t]*\n\s*)?(?P<title>[^\n]*)",
    re.M,
)
_ES_INVITED = re.compile(
    rf"^(?:La[ \t]+empresa[ \t]+)?(?P<employer>{_ES_NAME})[ \t]+te[ \t]+(?:ha[ \t]+invitado|invit[oó])"
    rf"[ \t]+a[ \t]+(?:una[ \t]+)?entrevista(?:[ \t]+(?:{_ES_POSTING}|para(?=[ \t]+[A-ZÀ-ÝÑ]))[ \t]+"
    r"(?P<title>[^\n]*)|"
    rf"[ \t]*\.?[ \t]*\n\s*"
    rf"(?:(?:Vacante|Oferta|Puesto|Cargo)[ \t]*:[ \t]*)?(?P<next>[^\n]*))",
    re.M,
)
_ES_APPLIED_TO = re.compile(
    rf"^Te[ \t]+postulaste[ \t]+a[ \t]+(?P<title>[^\n]+)\n\s*(?P<employer>{_ES_NAME})[ \t]+·[ \t]+[^\n]+$",
    re.M,
)
_ES_PAUSED = re.compile(
    rf"\b(?:La|la)[ \t]+(?:oferta|vacante)[ \t]+(?P<title>[^\n]{{3,90}}?)"
    rf"[ \t]+de[ \t]+(?P<employer>{_ES_NAME})"
    r"[ \t]+(?:ha[ \t]+sido|fue|est[aá])[ \t]+pausad[ao]"
)
# The post's noun, the title, then the employer after the title's last "de" and before the news: "Tu
# postulación a la vacante Cajero/a - Turno matutino de Farmacias del Bajío fue enviada", "la oferta T de X
# ha sido cerrada". The title opens capitalised; a name after "de" that is a place names none.
_ES_OFFER_OF = re.compile(
    r"\b(?:(?:a|al|en|para|de)[ \t]+(?:(?:la|el)[ \t]+)?|(?:[Ll]a|[Ee]l)[ \t]+)"
    r"(?i:oferta|vacante|aviso|puesto|cargo|b[uú]squeda)[ \t]+"
    r"(?:de[ \t]+)?(?P<title>[A-ZÀ-ÝÑ][^\n]{2,90})"
    rf"[ \t]+de[ \t]+(?P<employer>{_ES_NAME})[ \t]+(?:fue|ha[ \t]+sido|ha[ \t]+quedado|se[ \t]+ha|est[aá]|"
    r"avanz[oó]|ha[ \t]+avanzado|sigue|contin[uú]a|se[ \t]+cerr[oó]|cerr[oó]|cambi[oó]|finaliz[oó]|"
    r"ha[ \t]+finalizado|termin[oó]|ha[ \t]+terminado|concluy[oó]|ha[ \t]+concluido|qued[oó])\b",
    re.M,
)

# The receipt naming the post, then the employer after "en": "Tu postulación a T en X fue enviada", "Gracias
# por postular al cargo T en X.", "Gracias por su postulación para la posición T (ID 123) en X.", "Te
# postulaste con éxito a la oferta T de X en <town>." (the town after "en": the employer is then the name
# after the title's last "de", _employer_before_town). The title is the longest that leaves a name and the
# sentence's end, so a title's own "en" stays in it ("Técnico en Mantención en X"); no title runs over a
# sentence's end.
# The posting's noun before its title: "la oferta", "el cargo", "el aviso de", "la búsqueda" (Argentina's).
_ES_POST_NOUN = (
    r"(?:(?:la|el)[ \t]+)?(?:oferta|vacante|aviso|cargo|puesto|posici[oó]n|b[uú]squeda|convocatoria)"
    r"[ \t]+(?:de[ \t]+)?"
)
_ES_APPLIED_IN = re.compile(
    r"\b(?i:postulaci[oó]n|postular(?:te|se)?|postulaste(?:[ \t]+con[ \t]+[ée]xito)?|"
    r"(?:has|ha)[ \t]+aplicado)"
    rf"[ \t]+(?:a|al|para)[ \t]+(?:{_ES_POST_NOUN})?"
    r"(?P<title>(?:(?![.!?][ \t]+[A-ZÀ-ÝÑ¡¿])[^\n]){3,90})"
    rf"[ \t]+en[ \t]+(?P<employer>{_ES_NAME})[ \t]*"
    r"(?=(?:fue|ha[ \t]+sido|se[ \t]+(?:ha|envi[oó])|est[aá])\b|[.,;:!]|$)",
    re.M,
)
# The reader's papers seen, the employer after "por": "Tu CV fue visto por X para el aviso T", "Tu CV ha
# sido leído por X para el cargo T".
_ES_SEEN_BY = re.compile(
    r"\b(?i:tu|su)[ \t]+(?i:cv|curr[ií]culum|hoja[ \t]+de[ \t]+vida|postulaci[oó]n|candidatura)[ \t]+"
    r"(?:fue|ha[ \t]+sido)[ \t]+(?:vist[oa]|le[ií]d[oa]|revisad[oa]|visualizad[oa])[ \t]+por[ \t]+"
    rf"(?:la[ \t]+empresa[ \t]+)?(?P<employer>{_ES_NAME})[ \t]+(?:para|en)[ \t]+"
    rf"(?:{_ES_POST_NOUN})?(?P<title>[^\n]*)",
    re.M,
)
# A board's line of the post's parts between bars: "Vacante: T | X | <town>, <state>".
_ES_BARRED = re.compile(
    r"^(?:Vacante|Oferta|Puesto|Cargo|Aviso)[ \t]*:[ \t]*(?P<title>[^|\n]{2,90}?)[ \t]*\|[ \t]*"
    rf"(?P<employer>{_ES_NAME})[ \t]*(?:\|[^\n]*)?$",
    re.M,
)
# An English board's update on a post it names by the employer it was applied to with: "The Night Nurse
# job you applied to with Harrow Clinic has been filled", "the Barista position you applied for at X".
_EN_NAME = _name(r"[ \t]", 6)
_EN_APPLIED_WITH = re.compile(
    rf"\b[Tt]he[ \t]+(?P<title>[^\n]{{3,90}}?)[ \t]+(?:job|position|role|opening)[ \t]+you[ \t]+applied"
    rf"[ \t]+(?:to|for)[ \t]+(?:with|at)[ \t]+(?P<employer>{_EN_NAME})"
)
# A title's last "de" before the employer's name, where the name after "en" was a town.
_TITLE_THEN_EMPLOYER = re.compile(rf"^(?P<title>.+)[ \t]+de[ \t]+(?P<employer>{_ES_NAME})$")


@dataclass(frozen=True)
class BoardLanguage:
    """One language's board sentences: the news an employer's name opens, and whole sentences naming the
    employer and the post (each with named groups employer, and title or next: the title's line after)."""

    relayed_news: str
    shapes: tuple[re.Pattern[str], ...] = ()


# The languages' alternations join in this order into one search.
LANGUAGES = {
    "pt": BoardLanguage(word_list("board_relayed_news_pt")),
    "it": BoardLanguage(word_list("board_relayed_news_it")),
    "es": BoardLanguage(
        _ES_NEWS_LIST,
        (
            _ES_RELAYED,
            _ES_INVITED,
            _ES_APPLIED_TO,
            _ES_PAUSED,
            _ES_APPLIED_IN,
            _ES_SEEN_BY,
            _ES_BARRED,
            _ES_OFFER_OF,
        ),
    ),
    "de": BoardLanguage(word_list("board_relayed_news_de")),
    "fr": BoardLanguage(word_list("board_relayed_news_fr")),
    "nl": BoardLanguage(word_list("board_relayed_news_nl")),
    "en": BoardLanguage(word_list("board_relayed_news_en"), (_EN_APPLIED_WITH,)),
}

_RELAYED = re.compile(rf"\b(?:{'|'.join(table.relayed_news for table in LANGUAGES.values())})\b", re.I)
_RELAYED_WORDS = CaselessWords(_RELAYED.pattern)  # whether the news occurs at all, asked first
# The employer's name just before the relayed news: capitalised words and a name's particles, after "A
# empresa" / "L'azienda" / "Die Firma", a sentence's start or a greeting's comma.
_NAME_BEFORE = re.compile("(?P<name>" + _name(r"\s", 6) + r")\s+$")
# Words that open a sentence without naming anyone.
_NOT_A_NAME = frozenset((
    "a", "an", "the", "we", "i", "our", "this", "it", "he", "she", "they", "you", "your", "un", "une", "el",
    "la", "le", "il", "lo", "o", "um", "uma", "ein", "eine", "der", "die", "das", "wir", "nous", "nosotros",
    "noi", "nós", "wij", "je", "jij", "recruiter", "employer", "empresa", "azienda", "l'azienda", "firma",
    "entreprise", "l'entreprise", "bedrijf", "unternehmen",
))  # fmt: skip
# The auxiliary opening a participle clause before the news ("Having reviewed your application, our team
# ...", "après avoir examiné", "dopo aver valutato", "habiendo revisado", "tendo analisado"): the news is
# said of nobody named, and the words before it end the sentence before.
_PARTICIPLE_AUXILIARIES = frozenset({"having", "avoir", "aver", "avere", "habiendo", "tendo"})
# Whether a language's shapes may match at all, asked before the searches: the words every match of a
# shape holds, worked out from the shapes themselves (match_words.py).
_SHAPED = [(MatchWords(*table.shapes), table.shapes) for table in LANGUAGES.values() if table.shapes]
# Where the title ends in a shaped sentence: its place in brackets, the decision's clause, the stage a
# changed status names ("... en la oferta T a: Finalista"), the sentence. A bracket glued to its word
# holding a short lowercase ending is the post's other gender, never its place: "Jefe(a) de Compras",
# "Infirmier(ère) de nuit", "Técnico(a) em Redes" go on (GLUED_GENDER_ENDING).
_TITLE_END = re.compile(
    rf"[ \t]+\(|\((?!{GLUED_GENDER_ENDING})|[ \t]+y[ \t]+decidi|[ \t]+a[ \t]*:|\.(?:[ \t]|$)|[ \t]*:[ \t]*$"
)
_IN_PLACE = re.compile(r"[ \t]+en[ \t]+(?P<place>[A-ZÀ-ÝÑ][^\n]*)$")
_DASH_TAIL = re.compile(r"[ \t]+[-–][ \t]+(?P<place>[^\n–-]+)$")


def relayed_employers(email: PreparedEmail) -> list[str]:
    """The employers a board's sentences say acted on the reader's application ("X viewed your
    application")."""
    if not platforms.platform_of(email.sender):
        return []
    found: list[str] = []
    for text in (email.subject, email.body[:2000]):
        if not _RELAYED_WORDS.occurs_in(text):
            continue
        for news in _RELAYED.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, news.start() - 90), news.start())
            if before is None:
                continue
            name = _without_form_after_comma(before.group("name").strip())
            words = name.split()
            if words and words[-1].lower() in _PARTICIPLE_AUXILIARIES:
                continue  # "X. Having reviewed your application, ...": a participle clause names no actor
            while words and words[0].lower() in _NOT_A_NAME:
                words = words[1:]
            name = " ".join(words)
            if name and not platforms.is_platform_name(name) and name not in found:
                found.append(name)
    return found


def shaped_posting(email: PreparedEmail) -> tuple[str | None, str | None]:
    """(employer, title) of the first whole sentence of a board's language that names them, each None where
    it names none."""
    if not platforms.platform_of(email.sender):
        return None, None
    body = email.body[: email.recommendations_start][:3000]
    lowered = email.body_lower[: len(body)]  # the same text lowercased, character for character
    for words, shapes in _SHAPED:
        if not words.may_match(lowered):
            continue
        for shape in shapes:
            found = shape.search(body)
            if found is None:
                continue
            employer = _without_form_after_comma(found.group("employer").strip())
            groups = found.groupdict()
            raw = groups.get("title") or groups.get("next") or ""
            if shape is _ES_OFFER_OF:
                raw, employer = _organisation_after_de(raw, employer)
                if not _employer_after_de(raw, employer, email):
                    continue
            if shape is _ES_APPLIED_IN:
                raw, employer = _post_named_by_its_field(raw, employer)
            if shape is _ES_APPLIED_IN and only_places(employer.rstrip(".")):
                raw, employer = _employer_before_town(raw)
            if not employer or platforms.is_platform_name(employer) or only_places(employer):
                employer = ""
            after = body[found.end() :].lstrip("\n").partition("\n")[0]
            return employer or None, _posting_title(raw, after) or None
    return None, None


def _organisation_after_de(title: str, employer: str) -> tuple[str, str]:
    """(title, employer) split at the last "de" before a name opening with a firm's trade ("Asesor/a de
    Viajes de Agencia de Viajes Cóndor": the agency, not "Viajes Cóndor"); as read where none opens so."""
    if OPENING_ORGANISATION_WORDS.opens(employer):
        return title, employer
    words = title.split(" de ")
    for at in range(len(words) - 1, 0, -1):
        name = " de ".join(words[at:])
        if OPENING_ORGANISATION_WORDS.opens(name):
            return " de ".join(words[:at]), f"{name} de {employer}"
    return title, employer


def _employer_after_de(title: str, employer: str, email: PreparedEmail) -> bool:
    """Whether the name after a title's last "de" is the employer, not the post's field ("Responsable de
    Marketing Digital"): a firm's legal form or a name the mail writes elsewhere says so; a post of one
    word is usually named by its field ("Auxiliar de Bodega"), one of several words is whole before its
    employer, a name of several words or an organisation's."""
    text = f"{email.subject}\n{email.body}"
    # Named again, not only after the same post again (the subject's "Responsable de Marketing Digital").
    if LEGAL_FORM_AT_END.search(employer) or text.count(employer) > text.count(
        f"{title.strip()} de {employer}"
    ):
        return True
    return " " in title.strip() and (" " in employer or names_an_organisation(employer))


def _post_named_by_its_field(title: str, employer: str) -> tuple[str, str]:
    """(title, employer) where the title's "en" is its own: "Técnico en Electricidad Industrial de Eléctrica
    X" read as "Técnico" at "Electricidad Industrial de Eléctrica X" is the post up to the last "de"; with
    no "de" after it, the whole is the post."""
    if title.rpartition(" ")[2].lower() not in EN_POST_WORDS:
        return title, employer
    if " de " not in employer:
        return f"{title} en {employer}", ""  # "postulación a Técnico/a en Acuicultura.": no employer named
    field, _, name = employer.rpartition(" de ")
    return f"{title} en {field}", name


def _employer_before_town(title_and_employer: str) -> tuple[str, str]:
    """(title, employer) of "T de X" written before "en <town>", or the whole as the title and no employer."""
    if split := _TITLE_THEN_EMPLOYER.match(title_and_employer.strip()):
        return split.group("title"), split.group("employer")
    return title_and_employer, ""


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
