"""The employer a sender's display name names: "Acme Careers", "Kate from Acme", "Recrutamento | Grupo Sol".

Generic names ("HR Services", "Career Site"), a person's name and a legal form left alone name nobody;
employer_sender.py weighs the display name beside the domain and the tenant.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from tracker.extraction import platforms
from tracker.extraction.behalf_words import ON_BEHALF_OF
from tracker.extraction.display_parts import organisation_part
from tracker.extraction.hr_department_words import HUMAN_RESOURCES_IN_FULL, words_alternation
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS
from tracker.extraction.name_reading import UMLAUT_SPELLINGS, finish_name
from tracker.extraction.name_words import DEPARTMENT_WORDS, department_alternation
from tracker.extraction.not_employers import organisation_after_person, person_then_name, without_branch_tail
from tracker.extraction.person_names import (
    NAME_PARTICLES,
    looks_like_person_name,
    names_an_organisation,
    without_honorifics,
)
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.public_desks import public_desk_alternation
from tracker.extraction.signers_posts import is_signers_post
from tracker.extraction.team_words import organisation_after_team
from tracker.names import without_accents

# Spain's and Latin America's teams of several words ("Atracción de Talento", "Gestión Humana").
_SPANISH_TEAMS = word_list("spanish_teams")
# Words a sender's display name adds around the employer's name.
_DISPLAY_NOISE = re.compile(
    # Chile's "Personas" (its people department) opening a display name: "Personas Viña X".
    r"^personas(?= \S)|"
    # A public body's e-office, competitions' office or portal: "Sede electrónica · Consorcio X".
    rf"\b(?:{public_desk_alternation()})\b|"
    # Departments of several words first: "People & Culture" must not leave "& Culture" behind.
    rf"\b(?:{_SPANISH_TEAMS}|"
    r"people (?:&|and) culture|people ops|people operations|ta team|hr shared services|shared services|"
    # The desk answering staff and candidates: "HR Servicedesk X", "Help Desk RH X", "Service Centre X".
    r"service ?desk|help ?desk|service cent(?:re|er)|servicecentrum|"
    r"human capital|recruitment marketing|careers? site|talent community|candidate care|applicant tracking|"
    r"employment office|personnel office|office of human resources|workforce planning|onboarding|"
    r"background checks?|"
    # "Selezione Personale Gruppo Ferrante", "HR-afdeling Hoogland": a department's words before the name.
    r"selezione(?: del)? personale|ufficio (?:selezione|personale)|hr-afdeling|resourcing(?: team)?|"
    # A Dutch mailbox for the applications: "Sollicitaties Dura Vermeer", "Werving & Selectie Gemeente X".
    r"werving (?:&|en) selectie|sollicitaties|vacatures|"
    # The desk its HR answers from: "HR Servicedesk Ziekenhuis X", "P&O Servicedesk Gemeente X".
    r"(?:p&o[ -])?servicedesk|"
    # "Service RH - Groupe Bertrand", "Direction des Ressources Humaines Keolis".
    r"service (?:rh|recrutement|du personnel|ressources humaines)|direction des ressources humaines|drh)\b|"
    # The hiring team's words (name_words.DEPARTMENT_WORDS), a recruiter's and the staffing trade's.
    rf"\b(?:talent acquisition|human resources|{department_alternation()}|recruiters?|jobs?|"
    r"staffing|university (?:recruiting|relations|programs?|hiring)|campus|"
    r"(?:early|emerging|future|student|graduate|junior) (?:careers?|talent|programs?|programmes?|recruitment|"
    r"recruiting|hiring)|"
    r"notifications?|no[- ]?reply|do[- ]not[- ]reply|donotreply|alerts?|portal|services|support|mailer|via|"
    r"global|group|department(?! of\b)|ops|operations|applications?|candidate|experience|acquisition|"
    r"messages?|admissions|"
    rf"personalabteilung|personal|bewerbermanagement|recrutement|{words_alternation(HUMAN_RESOURCES_IN_FULL)}|rrhh|"
    r"talento|talents|reclutamiento|empleos?|calendar|employee referrals?|recrutamento|seleção|selección|"
    r"selezione|werving|rekrutering|dotation|personalgewinnung|personalbeschaffung|"
    r"personeelszaken|personalmanagement|personalservice|personalwesen|"
    r"karriere|carrières|carrieres|carrière|carriere|carreiras|carreras|rh|"
    # A careers page's name: "Empleo Valle Verde", "Werken bij Van Dijk", "Lavora con noi Rossi".
    r"emprego|empregos|vagas|trabaja con nosotros|trabalhe conosco|lavora con noi|werken bij|jobs bei)\b|"
    r"[()\[\]\"]|\bat\b|"
    r"\bfor\b|\bfrom\b",
    re.I,
)
# A staffing agency known by name opening a display name, whose name may hold a hiring word ("Gi Group").
_AGENCY_OPENING = re.compile(rf"(?:{word_list('agencies')})\b", re.I)
GENERIC_NAMES = {
    # A hiring team's word alone (name_words.DEPARTMENT_WORDS): "Careers", "Talent", "HR".
    *DEPARTMENT_WORDS,
    "career site", "careers site", "colleague zone", "hr services", "talent acquisition", "support", "the",
    "team", "candidate", "recruiting", "noreply", "info", "admin", "customer", "company", "employer", "us",
    "name", "event", "new event", "meeting", "calendar", "organizer", "organiser",
    # What is left of "Office of Human Resources", "Department of Talent": a unit, not its organisation.
    "office", "office of", "department", "department of", "division", "division of",
    "school office", "main office", "general office", "head office", "central office",
    # A subject opening with what the mail is: "Feedback - Payroll Administrator", "Your CV - Analyst".
    "feedback", "cv", "your cv", "resume", "your resume",
    "back office", "front office", "front desk", "reception", "admissions", "admissions office", "enquiries",
    "inquiries", "hr recruitment", "people and culture", "people & culture", "people and organisation",
    # Pseudo-requisitions an ATS names where a job or employer would stand.
    "employee referrals", "employee referral", "talent community", "talent network", "talent pool",
    "general application", "general interest", "open application",
    # A subject's news before its noun: "Unsuccessful application - Video Producer".
    "unsuccessful", "successful", "incomplete", "pending", "rejected", "received", "submitted",
    "updated", "withdrawn", "new", "recent", "previous", "online", "draft", "saved", "expired", "closed",
    # A public service's step before the title: "Shortlisted - Planning Officer", "Outcome - Ward Clerk".
    "shortlisted", "not shortlisted", "shortlisting", "outcome", "sift outcome", "reserve list",
    # "Vagas <noreply@gupy.io>": other languages' words for jobs, careers and the hiring department.
    "vagas", "empleos", "empleo", "emplois", "emploi", "jobs", "carreiras", "carreras", "carrières",
    "carriere", "karriere", "vacatures", "lavoro", "talentos", "recrutamento", "recrutement", "reclutamiento",
    "selezione", "selección", "seleção", "rrhh", *HUMAN_RESOURCES_IN_FULL,
    # A Spanish system's mailbox named by what it sends: "Notificaciones <no-reply@hiringroom.com>".
    "notificaciones", "notificación", "avisos", "alertas", "evaluaciones", "postulaciones", "convocatorias",
    "trabaja con nosotros",
    "personalabteilung", "bewerbermanagement", "service", "direction", "drh", "service du personnel",
    # What is left of "Ufficio Risorse Umane", "Servizio del personale": an Italian unit, not its employer.
    "ufficio", "servizio", "direzione", "settore", "concorsi", "ufficio concorsi", "lavora con noi",
    # A Brazilian step's name beside the employer's: "Teste de Perfil - X", "Avaliação - X".
    "teste", "testes", "teste de perfil", "teste comportamental", "teste online", "avaliação", "avaliações",
    # "transmise à l'employeur", "an den Arbeitgeber gesendet": a board's word for whoever posted the job.
    "l'employeur", "employeur", "le recruteur", "recruteur", "l'entreprise", "entreprise", "arbeitgeber",
    "den arbeitgeber", "unternehmen", "das unternehmen",
    # A scheduling tool's subject opens with the event's kind: "Neuer Termin: ...", "Nouvel événement : ...".
    "neuer termin", "termin", "terminbestätigung", "einladung", "erinnerung", "nouvel événement", "événement",
    "rendez-vous", "rappel", "invitation",
    # A calendar's reply or an event's step where a name was expected: "Accepted: Interview - ...".
    "accepted", "declined", "tentative", "tentatively accepted", "canceled", "cancelled", "rescheduled",
    "updated invitation", "panel", "onsite loop", "stage", "final round", "phone screen",
    # A subject opening with the step's name in another language: "Entrevista - Analista de Datos".
    "entrevista", "entretien", "entrevue", "colloquio", "gesprek", "sollicitatiegesprek", "gespräch",
    "telefonat", "kennenlernen", "convocation", "convocatoria", "convocazione", "uitnodiging", "invitación",
    "convite", "oferta", "offre", "offerta", "aanbod", "proposta", "proposition", "propuesta",
    "candidature", "sollicitatie", "bewerbung",
    # A careers site's "work at": "Werken bij <noreply@werkenvoorutrecht.nl>", "Arbeiten bei".
    "werken bij", "werken voor", "werken bij ons", "arbeiten bei", "karriere bei", "travailler chez",
    # What is left of "HR System", and a subject's work-arrangement tag ("[REMOTE]").
    "system", "systems", "remote", "hybrid", "onsite", "on-site",
}  # fmt: skip


# "Kate from Acme", "Kate Doe at Acme": a recruiter's first name and their employer.
PERSON_FROM = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:from|at|@) (?P<employer>[A-Z0-9].+)$")
# "Kate Doe via Acme": a recruiter's mail sent through their employer's system ("Acme via DocuSign"
# and "Kate Doe via LinkedIn" name a platform instead).
_PERSON_VIA = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+ via (?P<employer>[A-Z0-9].+)$")

_BRACKETED = re.compile(r"\([^)]*\)")
_SPACED_BRACKETED = re.compile(r"\s*\([^)]*\)")
_BRACKETED_TEXT = re.compile(r"\(([^)]*)\)")
_PERSON_THEN_BRACKETS = re.compile(r"(?P<person>[^()]+?) \((?P<organisation>[^()]+)\)")
# A name in brackets: capitalised words ("Hollowbrook Foods", "Tamsin & Co"), no pronouns or a role's slash.
_BRACKETED_ORGANISATION = re.compile(r"[A-Z0-9][\w'’.&-]*(?: [\w'’.&-]+){0,5}")
_SPACES = re.compile(r"\s+")
_HR_GLUED_AT_END = re.compile(r"(?<=[a-z])HR$")
_SITE_NUMBER = re.compile(r"\s*(?:(?:[Ss]tore|[Rr]estaurant|[Ll]ocation|[Bb]ranch)\s*)?#\s*\d+\b")


def holds_hiring_words(text: str) -> bool:
    """Whether `text` holds a word a sender's display name adds around a name ("Recrutamento", "Careers")."""
    return _DISPLAY_NOISE.search(text) is not None


# A legal form left alone once a platform's own name is taken out of its display name ("Criteria Corp").
_ONLY_A_LEGAL_FORM = frozenset(form.lower().rstrip(".") for form in ALL_LEGAL_FORMS)


# A mail's sender is read by every step that weighs it (its employer, a system's tenant, the signature).
# The marks that set a display name's parts apart, spaced: "Servicio de Personal – X", "RH | X".
_PARTS_APART = (" - ", " – ", " — ", " | ", ", ", " / ", " · ")


@functools.lru_cache(maxsize=4096)
def display_employer(display_name: str, local_part: str = "") -> str | None:
    """The employer in a display name ("Acme Recruiting Team" -> "Acme"), or None (also for a person)."""
    if not display_name or ("@" in display_name and " " not in display_name):
        return None
    if behalf := ON_BEHALF_OF.search(display_name):
        # "Skillsmetric on behalf of Nordwind Freight", "Testwijzer namens X", "Évalua pour le compte de X": a
        # third party sending for the employer it names.
        return display_employer(display_name[behalf.end() :])
    if any(mark in display_name for mark in _PARTS_APART) and (
        organisation := organisation_after_team(display_name)
    ):
        # "Servicio de Personal – UVB", "Ressources humaines | Ville de X": the office sending, then the
        # organisation it sends for (not "HR-afdeling X", one name's hyphen).
        return display_employer(organisation)
    relayed = PERSON_FROM.match(display_name)
    via = _PERSON_VIA.match(display_name)
    if via and not platforms.is_platform_name(via["employer"]):
        relayed = via
    if relayed:
        return display_employer(relayed["employer"])  # "Kate from Acme", "Kate at Acme"
    if display_name.endswith(")") and (bracketed := _PERSON_THEN_BRACKETS.match(display_name)):
        # "Priya Raman (Hollowbrook Foods)": the writer, their organisation in brackets (not "(she/her)").
        organisation = bracketed["organisation"]
        if (
            looks_like_person_name(bracketed["person"])
            and _BRACKETED_ORGANISATION.fullmatch(organisation)
            and not is_signers_post(organisation)  # "Priya Raman (Talent Partner)"
            and not only_places(organisation)  # "Priya Raman (London)"
        ):
            return display_employer(organisation)
    if (glued := person_then_name(display_name)) and (
        _is_person(glued[0], local_part)
        # From a shared mailbox, the part after the person marked as an organisation's ("Ana Vidal - Cantina
        # Sociale Rovere <selezione@...>").
        or (names_an_organisation(glued[1]) and not names_an_organisation(glued[0]))
    ):
        # "Tom Becker | Hays <tom.becker@...>": the writer, then their organisation (or its cut start).
        organisation = organisation_after_person(glued[1])
        return display_employer(organisation) if organisation else None
    if (signed := _first_name_then_organisation(display_name, local_part)) is not None:
        return display_employer(signed)  # "Tom | Millgate Staffing <tom@...>": the writer's first name
    if _is_person(display_name, local_part):
        return None
    text = _BRACKETED.sub(" ", display_name)
    if not _named_outside_brackets(text):
        # "No Reply (Metropolitan Ferry Authority) via Talemetry": the name is in brackets.
        text = " ".join(_BRACKETED_TEXT.findall(display_name))
    # "myHR_EmployeeDataDoNotReply cardinalhealth": system mailbox names are no part of a name.
    text = " ".join(word for word in text.split() if "_" not in word and "donotreply" not in word.lower())
    # "Acme @ icims", "Jobs @ Acme": the employer is whichever side is not a platform or a generic word.
    sides = [side for side in text.split(" @ ") if _DISPLAY_NOISE.sub(" ", side).strip()]
    sides = [side for side in sides if not platforms.is_platform_name(side.strip())]
    text = _DISPLAY_NOISE.sub(" ", sides[0] if sides else "")
    words = text.split()
    if len(words) > 1 and platforms.is_platform_name(words[0]):
        # "Computrabajo Colombia", "Indeed España", "SHL Talent Central": a platform's own name opening the
        # display name, then its country's site or its product; the employer it sends for goes after it
        # ("Acme via Workday", "Acme @ icims"), never under it.
        return None
    text = " ".join(word for word in words if not platforms.is_platform_name(word))
    text = without_branch_tail(_SPACES.sub(" ", text)).strip(" -–—,|:&·")
    text = _HR_GLUED_AT_END.sub("", text)
    if " - " in text and only_places(branch := text.rsplit(" - ", 1)[1]):
        text = text[: -len(branch) - 3]  # "Willow Creek Senior Living - Oak Park": the branch's place
    text = organisation_part(text, GENERIC_NAMES)  # "Ospedale San Rocco - Concorsi"
    if "#" in text:
        text = _SITE_NUMBER.sub("", text).strip()  # "Subway #4521": the franchise's shop, not its name
    if not text or text.lower() in GENERIC_NAMES or "@" in text:
        return None
    if text.lower().rstrip(".") in _ONLY_A_LEGAL_FORM:
        return None  # "Criteria Corp" without the vendor's name is no employer's
    if (agency := _AGENCY_OPENING.match(display_name)) and not text.lower().startswith(agency[0].lower()):
        return agency[0]  # "Gi Group – Filiale di Cremona": "Group" is the agency's own word, no noise
    return finish_name(_with_words_inside(text, sides[0]).split())


def platforms_own_team(display_name: str) -> str | None:
    """The platform whose own hiring department the display name is ("Oracle Talent Acquisition" ->
    "Oracle"): a platform sends for other employers under their names, never under its own name and a
    department's ("Talent Acquisition", "Human Resources"; unlike a product's "Recruiting")."""
    own = _PLATFORMS_OWN_TEAM.fullmatch(display_name.strip())
    return own["name"] if own and platforms.is_platform_name(own["name"]) else None


_PLATFORMS_OWN_TEAM = re.compile(
    r"(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?i:talent acquisition|human resources)(?: (?i:team))?"
)


# "Tom | Millgate Staffing", "Lucía – Talento Sur": a first name alone, a bar or dash, the organisation.
_FIRST_NAME_THEN = re.compile(r"^(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+) +[|–—-] +(?P<name>\S.*)$")


def _first_name_then_organisation(display_name: str, local_part: str) -> str | None:
    """What follows a writer's first name alone before a separator, where the address opens with that first
    name ("Pieter | Noordkaap Werving <pieter@...>"), else None."""
    if not local_part or "|" not in display_name and " - " not in display_name and " – " not in display_name:
        return None  # the usual case
    match = _FIRST_NAME_THEN.match(display_name)
    if match is None:
        return None
    first = unicodedata.normalize("NFKD", match["first"].lower()).encode("ascii", "ignore").decode()
    opens = local_part.lower()
    return match["name"] if opens == first or opens.startswith((f"{first}.", f"{first}_")) else None


def _with_words_inside(name: str, written: str) -> str:
    """`name` with the hiring words the display name writes between its words: "Bright Careers Academy"
    (noise taken off in the middle would leave "Bright Academy", a name nobody writes)."""
    words = name.split()
    if len(words) < 2 or name in written or not names_an_organisation(words[-1]):
        return name  # "Acme HR Team Berlin" stays "Acme Berlin": a department and its office
    start, end = written.find(words[0]), written.rfind(words[-1])
    if start < 0 or end <= start:
        return name
    span = written[start : end + len(words[-1])]
    inside = [word for word in span.split() if word not in words]
    # Only hiring words between them: no platform, bracket, "@" or "via".
    return (
        span
        if inside
        and all(
            _DISPLAY_NOISE.fullmatch(word)
            and word.isalpha()
            and word.lower() not in ("via", "at", "for", "from")
            for word in inside
        )
        else name
    )


def _named_outside_brackets(text: str) -> bool:
    """True when words other than noise and platforms stand outside a display name's brackets."""
    words = _DISPLAY_NOISE.sub(" ", text).split()
    return any(not platforms.is_platform_name(word) for word in words)


def _is_person(display_name: str, local_part: str) -> bool:
    """True for "Mei Mensah <mei.mensah@...>": a person's name, which the address spells too."""
    # "Doe, Jane (HR)", "Dr. Jo Li": the name without its bracket and its form of address.
    bare = _SPACED_BRACKETED.sub("", display_name)
    display_name = without_honorifics(bare)
    if display_name != bare.strip() and _addressed_name(display_name):
        return True  # "Dr. Anja Hoffmann <praxis@...>": addressed as a person ("Dr. Martens" is one word)
    # "Ingrid de Wit <i.dewit@...>": the particles are no words of the name's shape.
    words = [word for word in display_name.replace(",", " ").split() if word not in NAME_PARTICLES]
    if len(words) == 1 and _FIRST_NAME_OF_ADDRESS.fullmatch(words[0]) and local_part:
        # "Greg <greg.holt@...>": a first name alone, the address spelling it before a surname; not a
        # brand's one word before its mailbox's ("Zalvo <zalvo.careers@...>", "Quorra <quorra_jobs@...>").
        local = local_part.lower()
        return not names_an_organisation(words[0]) and any(
            local.startswith((f"{first}.", f"{first}_")) and _a_surname(local[len(first) + 1 :])
            for first in _address_spellings(words[0])
        )
    # ("Jan-Willem Heemskerk <jw.heemskerk@...>", "Anne-Sophie Roux": a double first name is one word's.)
    if not 2 <= len(words) <= 4 or not all(
        word[:1].isupper() and word.replace("-", "").isalpha() for word in words
    ):
        return False
    if names_an_organisation(display_name):
        return False  # "Brightline Energy <no-reply.brightlineenergy@...>": a tenant, not a person
    if _DISPLAY_NOISE.search(display_name):
        return False  # "Citi Human Resources <citi@...>": a department, however it is spelled
    if "," in display_name or not local_part:
        # "Doe, Jane" is how directories write people; with no address to tell, a person-shaped name
        # is taken for a person: an employer's name is never a person's.
        return looks_like_person_name(display_name)
    local = local_part.lower()
    # "Lucía Gómez <lucia@...>", "Jürgen Müller <juergen.mueller@...>": addresses drop accents.
    firsts, lasts = _address_spellings(words[0]), _address_spellings(words[-1])
    return (
        any(last in local for last in lasts)
        or (len(words) == 2 and any(local.startswith(first) for first in firsts))
        or _spells_one_of_two_surnames(words, local)
    )


# An address's letters without its dots, dashes and a number after them ("r.etxegoien2" -> "retxegoien").
_ADDRESS_NOISE = re.compile(r"[._-]|\d+$")


def _spells_one_of_two_surnames(words: list[str], local: str) -> bool:
    """True for "Rosalía Ibarguen Solchaga <ribarguen@...>", "Maëlle Turcotte-Vachon <mturcotte@...>": a
    person with two surnames (Spanish and Portuguese write both, a hyphen joins them elsewhere) whose address
    spells the given name, or its initial, with one of them: the address of a person, not an organisation's
    three words."""
    surnames = [part for word in words[1:] for part in word.split("-") if len(part) > 3]
    if len(surnames) < 2:
        return False
    letters = _ADDRESS_NOISE.sub("", local)
    return any(
        letters in (first + surname, first[0] + surname, surname + first[0], surname + first)
        for first in _address_spellings(words[0])
        for part in surnames
        for surname in _address_spellings(part)
    )


# A first name: one capitalised word of letters ("Greg", "Aoife").
_FIRST_NAME_OF_ADDRESS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{1,14}")


def _a_surname(rest: str) -> bool:
    """Whether what an address writes after a first name ("holt" of "greg.holt") may be a surname: letters,
    no mailbox's or hiring team's word ("careers", "jobs", "noreply")."""
    word = rest.split(".", 1)[0].split("_", 1)[0]
    return word.isalpha() and word not in GENERIC_NAMES and not _DISPLAY_NOISE.search(word)


def _addressed_name(name: str) -> bool:
    """True for what follows a form of address in a person's name: "Anja Hoffmann", "J. Porter"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word.rstrip(".").isalpha() for word in words)
        and not names_an_organisation(name)
    )


def _address_spellings(word: str) -> set[str]:
    """How an address writes a name's word: as is, without its accents, umlauts as two letters."""
    word = word.lower()
    if word.isascii():
        return {word}
    spelled_out = word.translate(_UMLAUTS_SPELLED)
    return {word, spelled_out, *(without_accents(form) for form in (word, spelled_out))}


_UMLAUTS_SPELLED = str.maketrans({umlaut: pair for pair, umlaut in UMLAUT_SPELLINGS.items()})
