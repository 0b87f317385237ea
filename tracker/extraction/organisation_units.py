"""A unit read as the employer where the mail writes the organisation it belongs to: the organisation.

"College of Nursing | Harrowgate University", "Lehrstuhl für Akustik\\nTechnische Universität Elbtal",
"Dipartimento di Fisica – DIF\\nUniversità di Vellano", "Regionaldirektion Süd\\nBundesagentur für X",
"Direction de l'eau\\n...\\nVille de Marlon – Pôle technique": a department, school, faculty, chair,
institute, office or regional directorate is where the post is, and the organisation the mail writes it
under (on its line, after a separator, or on the block's lines below it) employs its staff. A candidate
read inside such a unit's line, or built as one ("the Lehrstuhl für Akustik"), is renamed to that
organisation; a university's unit named in a sentence only ("within the School of Law") takes the
university the mail's own unit lines lead to, and a unit a sentence writes of its organisation ("the
Department of X, Faculty of Y at the University of Z") takes that organisation; a writer's desk on the post
lines right above a unit's line ("Manager, Imaging Services") is a group within it, of its organisation too;
a name read as two parts around a separator, an organisation and its unit, a site or desk in lowercase words
or one word beside a name the mail writes alone ("Universiteit X – Directie Y", "Acme Nederland – brouwerij
Z", "Security | Acme"), is the organisation's part.
The organisation is known by its shape: a university's, a public body's or a company's word, a legal form,
or the sender's domain spelling it.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.hr_department_words import HUMAN_RESOURCES_IN_FULL, RECRUITING_DEPARTMENT
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.name_reading import read_name
from tracker.extraction.text import PreparedEmail

# A unit's noun opening its name, per language (a German genitive's "-s" too: "des Lehrstuhls für X").
_UNIT_NOUNS = (
    # English: "Department of X", "School of X", "Faculty of X", "Office for X".
    r"(?:Department|Dept\.|School|College|Faculty|Institute|Centre|Center|Division|Chair|Laboratory|Office|"
    r"Directorate|Unit|Graduate School) (?:of|for)\b"
    # German: "Lehrstuhl für X", "Institut für X", "Regionaldirektion Nord", "Amt für X".
    r"|(?:Lehrstuhls?|Professur|Instituts?|Fakultät|Fachbereichs?|Fachgebiets?|Arbeitsgruppe|Abteilung|"
    r"Referats?|Dezernats?|Regionaldirektion|Direktion|Zentrums?|Seminars?|Geschäftsbereichs?|"
    r"Magistratsabteilung|Ämter|Amts?) (?:für |der |des )?[A-ZÄÖÜ]"
    # French: "Département de X", "Faculté des X", "Service de la population", "Direction des X".
    r"|(?:Département|Faculté|UFR|École doctorale|Institut|Laboratoire|Service|Direction|Pôle|Centre|Unité|"
    r"Chaire|Division|Délégation) (?:de |des |du |d'|d’)"
    # Spanish: "Departamento de X", "Facultad de X", "Servicio de X", "Dirección General de X".
    r"|(?:Departamento|Facultad|Escuela|Instituto|Servicio|Dirección(?: General| Provincial)?|Área|Centro|"
    r"Cátedra|Unidad|Laboratorio|Delegación|Subdirección|Oficina|Secretaría) (?:de |del )"
    # Italian: "Dipartimento di X", "Facoltà di X", "Servizio X", "Direzione Regionale X".
    r"|(?:Dipartimento|Facoltà|Scuola|Istituto|Servizio|Direzione(?: Regionale| Generale)?|Area|Centro|"
    r"Ufficio|Settore|Laboratorio|Cattedra|Segreteria) (?:di |del |della |dei |degli |delle |dell'|dell’)"
    # Portuguese: "Departamento de X", "Faculdade de X", "Serviço de X", "Direção Regional de X".
    r"|(?:Faculdade|Escola|Serviço|Direção|Direcção|Unidade|Divisão|Núcleo|Secretaria|Gabinete|Laboratório|"
    r"Delegação)(?: Regional| Geral)? (?:de |do |da |dos |das )"
    # Dutch: "Faculteit der X", "Afdeling X", "Leerstoel X", "Dienst X".
    r"|(?:Faculteit|Afdeling|Vakgroep|Leerstoel|Dienst|Directie|Instituut|Centrum|Sectie|Onderzoeksgroep|"
    r"Regiodirectie) (?:der |voor |van |)[A-Z]"
)
# The article a sentence or a signature may set before a unit's noun ("im Namen des Lehrstuhls").
_ARTICLE = r"(?:the |The |die |der |des |la |le |l'|el |il |lo |a |o |de |het )?"
# A unit named by an English noun after its own words: "Job Center", "Careers Office".
_CLOSING_NOUN = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3} (?:Center|Centre|Department|Office|Division)"
_UNIT_OPENING = re.compile(rf"^{_ARTICLE}(?:{_UNIT_NOUNS})")
_UNIT_CLOSING = re.compile(rf"^{_CLOSING_NOUN}$")
# A university's units, which any of its mail names without the university beside them.
_ACADEMIC_UNIT = re.compile(
    r"^(?:the |The )?(?:(?:Department|School|College|Faculty|Institute) of\b|Lehrstuhls? |Fakultät |"
    r"Fachbereichs? |Faculté |Département |Departamento |Dipartimento |Facultad |Facoltà |Faculdade |"
    r"Faculteit |Vakgroep |Leerstoel )"
)
# The words an organisation's name holds: a university's, a public body's, a group's.
_UNIVERSITY = (
    r"University|Universität|Universitat|Università|Université|Universidad|Universidade|Universiteit|"
    r"Hochschule|Fachhochschule|Politecnico|Polytechnique|Politécnica|Politécnico|Institute of Technology"
)
_ORGANISATION_WORD = re.compile(
    rf"\b(?:{_UNIVERSITY}|State|Stadt|Gemeinde|Landkreis|Freistaat|Kanton|Canton|Ville|Commune|Etat|État|"
    r"Comune|Regione|Provincia|Città|Ayuntamiento|Junta|Generalitat|Gobierno|Diputación|Concello|Ajuntament|"
    r"Prefeitura|Câmara|Governo|Município|Gemeente|Provincie|Ministry|Ministerium|Ministère|Ministerio|"
    r"Ministero|Ministério|Ministerie|Government|Regierung|Gouvernement|Agency|Agentur|Agence|Agencia|Agenzia|"
    r"Agência|Agentschap|Council|Authority|Behörde|County|City|Republic|Republik|République|República|"
    r"Repubblica|Group|Gruppe|Groupe|Grupo|Gruppo|Groep|Bundes\w+|Landes\w+)\b"
)
_UNIVERSITY_WORD = re.compile(rf"\b(?:{_UNIVERSITY})\b")
# The separators a line sets a unit and its organisation apart with: "School of X | University of Y".
_SEPARATORS = r" (?:\||–|—|-|·|/) "
_SEPARATOR = re.compile(_SEPARATORS)
# A unit's line is a short one; its organisation is on it or on the block's next few lines.
_LINE_MAX_CHARS = 120
_PART_MAX_CHARS = 80
_LINES_BELOW = 4
_LINES_ABOVE = 2
# How far a sentence may run from a unit's name to its organisation's.
_SENTENCE_MAX_CHARS = 160
# A unit's organisation after the unit in a sentence, and more units after commas: the word of belonging
# ("at", "of", "der", "an der", "de la", "dell'", "da", "van de", "bij") before the organisation's name.
_BELONGING = re.compile(
    r",? (?:at|of|within|der|an der|des|de la|de l'|de l’|du|del|de|della|dell'|dell’|di|da|do|"
    r"van de|van het|aan de|bij de|bij) (?:[Tt]he |[Ll]a |[Ll]e |[Ll]'|[Ll]’|[Dd]ie )?(?=[A-ZÀ-Ý])"
)
_SENTENCE_END = re.compile(r"[.;:!?\n]")
_POST_LINE = re.compile(r"^[^,|–—]{2,40}(?:, | \| | – | — )[A-Z]")
# A line holding a unit: one opening it or a part after a separator ("Sekretariat | Institut für X").
_UNIT_IN_LINE = re.compile(rf"(?:^\s*|{_SEPARATORS}){_ARTICLE}(?:{_UNIT_NOUNS}|{_CLOSING_NOUN}(?:$| ))")
# A line that can be no organisation's name: an address, a phone, a link, a mailbox.
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.|[.:;!?]$")
_DESK_WORDS = re.compile(
    rf"\b(?:human resources|hr|personal\w*|{'|'.join(HUMAN_RESOURCES_IN_FULL + RECRUITING_DEPARTMENT)})\b",
    re.I,
)


def with_organisations_of_units(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """`candidates` with each unit the mail writes under its organisation renamed to the organisation."""
    candidates = _without_units_beside_organisations(candidates)
    chains = _units_and_organisations(email)
    if not chains and not any(_is_unit(candidate.name) for candidate in candidates):
        return candidates
    renamed = []
    for candidate in candidates:
        organisation = _organisation_of(candidate.name, chains) if chains else None
        if organisation is None and _is_unit(candidate.name):
            organisation = _organisation_in_sentence(candidate.name, email)
        if organisation is not None:
            candidate = Candidate(organisation, candidate.weight, candidate.from_text, candidate.place)
        renamed.append(candidate)
    return renamed


def _without_units_beside_organisations(candidates: list[Candidate]) -> list[Candidate]:
    """Each name of two parts, an organisation and a unit, site or desk of it, as the organisation's part."""
    alone = {c.name for c in candidates if not _SEPARATOR.search(c.name)}
    renamed = []
    for candidate in candidates:
        organisation = _SEPARATOR.search(candidate.name) and _organisation_part(candidate.name, alone)
        if organisation:
            candidate = Candidate(organisation, candidate.weight, candidate.from_text, candidate.place)
        renamed.append(candidate)
    return renamed


def _organisation_part(name: str, alone: set[str]) -> str | None:
    """The organisation's part of a name written as two ("Universiteit X – Directie Onderwijs", "Acme
    Nederland – brouwerij Zoetdorp", "Security | Acme" where the mail names Acme alone): the part beside a
    unit or beside a site or desk in lowercase words, or a name beside one word; else None."""
    parts = _SEPARATOR.split(name)
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    first, second = (part.strip() for part in parts)
    if first[:1].isupper() and (_is_unit(second) or second[:1].islower()) and not _is_unit(first):
        return first
    if (
        second[:1].isupper()
        and not _is_unit(second)
        and (_is_unit(first) or (" " not in first and second in alone))
    ):
        return second
    return None


def organisation_over_unit(name: str, email: PreparedEmail) -> str:
    """The organisation the mail writes the unit `name` under ("Lehrstuhl für Akustik" ->
    "Technische Universität Elbtal"), else `name` itself."""
    chains = _units_and_organisations(email)
    return (_organisation_of(name, chains) if chains else None) or name


def _units_and_organisations(email: PreparedEmail) -> list[tuple[str, str]]:
    """Each unit the body writes on a line of its own, with the organisation written beside or below it."""
    lines = email.body.split("\n")
    label = platforms.domain_employer(email.sender)
    chains = []
    for at, line in enumerate(lines):
        if len(line) > _LINE_MAX_CHARS or not _UNIT_IN_LINE.search(line):
            continue
        parts = _parts(line)
        units = [part for part in parts if _is_unit(part)]
        if not units:
            continue
        organisation = next((part for part in parts if _is_organisation(part, label)), None)
        if organisation is None:
            organisation = _organisation_below(lines[at + 1 : at + 1 + _LINES_BELOW], label)
        if organisation is not None:
            # The line whole: a reading may take the unit with its acronym ("Fisica - DIFI").
            chains += [(unit, organisation) for unit in (*units, line.strip())]
            chains += [(above, organisation) for above in _desks_above(lines[max(0, at - _LINES_ABOVE) : at])]
    return chains


def _desks_above(lines: list[str]) -> list[str]:
    """The block's post lines right above a unit's line, nearest first, up to a blank line or the writer's
    name: "Manager, Data Services" over "Institute for X | University of Y" names a group within the unit."""
    desks = []
    for line in reversed(lines):
        line = line.strip()
        if not line or len(line) > _PART_MAX_CHARS or _NOT_A_NAME.search(line) or not _POST_LINE.search(line):
            break
        desks.append(line)
    return desks


def _parts(line: str) -> list[str]:
    return [part.strip(" ,") for part in _SEPARATOR.split(line.strip()) if part.strip(" ,")]


def _is_unit(part: str) -> bool:
    return len(part) <= _PART_MAX_CHARS and bool(_UNIT_OPENING.match(part) or _UNIT_CLOSING.match(part))


def _is_organisation(part: str, label: str | None) -> bool:
    """Whether `part` is shaped as an organisation's name: a university's, a public body's or a group's word,
    a legal form, or the sender's domain spelling it; never a unit, an address or a sentence."""
    if len(part) > _PART_MAX_CHARS or _is_unit(part) or not part[:1].isupper() or _NOT_A_NAME.search(part):
        return False
    if _DESK_WORDS.search(part):
        return False
    return bool(
        _ORGANISATION_WORD.search(part)
        or LEGAL_FORM_AT_END.search(part)
        or (label and " " in part and same_employer(part, label))
    )


def _organisation_below(lines: list[str], label: str | None) -> str | None:
    """The first organisation on the block's lines below a unit's (a blank line ends the block)."""
    for line in lines:
        if not line.strip():
            return None
        if len(line) > _LINE_MAX_CHARS:
            continue
        for part in _parts(line):
            if _is_organisation(part, label):
                return part
    return None


def _organisation_in_sentence(unit: str, email: PreparedEmail) -> str | None:
    """The organisation a sentence writes the unit `unit` of, after at most two more units: "the Department
    of X, Faculty of Y at the University of Z", "le Laboratoire X, Faculté des Sciences de l'Université Y";
    else None. (A unit read whole with its organisation, "Faculdade de X da Universidade Y", is one name.)"""
    at = email.body.find(unit)
    if at < 0:
        return None
    window = email.body[at + len(unit) : at + len(unit) + _SENTENCE_MAX_CHARS]
    if end := _SENTENCE_END.search(window):
        window = window[: end.start()]
    for belonging in _BELONGING.finditer(window):
        between = [part.strip() for part in window[: belonging.start()].split(",") if part.strip()]
        if len(between) > 2 or not all(_is_unit(part) for part in between):
            continue
        organisation = read_name(window, belonging.end())
        if organisation and _ORGANISATION_WORD.search(organisation) and not _is_unit(organisation):
            return organisation
    return None


def _organisation_of(name: str, chains: list[tuple[str, str]]) -> str | None:
    """The organisation of the unit line `name` is read from or names the same unit as; for a university's
    unit named in a sentence only, the one university the mail's unit lines lead to; else None."""
    words = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    tail = _unit_tail(name)
    for unit, organisation in chains:
        if words.search(unit) or (tail and tail == _unit_tail(unit)):
            return None if same_employer(name, organisation) else organisation
    universities = {organisation for _, organisation in chains if _UNIVERSITY_WORD.search(organisation)}
    if len(universities) == 1 and _ACADEMIC_UNIT.match(name):
        return next(iter(universities))  # "within the School of Law", signed by the university
    return None


def is_academic_unit(name: str) -> bool:
    """Whether `name` is a university's unit, which its mail names without the university ("Faculty of X")."""
    return bool(_ACADEMIC_UNIT.match(name))


def names_a_university(name: str) -> bool:
    """Whether `name` holds a university's word ("Universität X", "Politecnico di Y")."""
    return bool(_UNIVERSITY_WORD.search(name)) and not _is_unit(name)


def _unit_tail(name: str) -> str:
    """A unit's name after its noun ("für Akustik" of "Lehrstuhls für Akustik"), casefolded; "" if none."""
    opening = _UNIT_OPENING.match(name)
    return name[opening.end() :].casefold().strip() if opening else ""
