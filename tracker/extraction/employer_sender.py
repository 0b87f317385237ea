"""The employer a sender names: display name ("Acme Careers"), own domain (acme.com), ATS tenant.

Platforms (Workday, Greenhouse, LinkedIn...) and generic names ("HR Services", "Career Site")
name nobody. An ATS relays a recruiter's mail under the recruiter's name ("Priya Costa
<no-reply@greenhouse.io>"): a person-shaped display name on a relay is a weak hint, which the text
must confirm.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from tracker.extraction import platforms
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS
from tracker.extraction.name_reading import UMLAUT_SPELLINGS, finish_name
from tracker.extraction.not_employers import organisation_after_person, person_then_name, without_branch_tail
from tracker.extraction.person_names import (
    NAME_PARTICLES,
    looks_like_person_name,
    names_an_organisation,
    without_honorifics,
)
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.text import Sender
from tracker.names import without_accents

# Spain's and Latin America's teams of several words ("Atracción de Talento", "Gestión Humana").
_SPANISH_TEAMS = word_list("spanish_teams")
# Words a sender's display name adds around the employer's name.
_DISPLAY_NOISE = re.compile(
    # Chile's "Personas" (its people department) opening a display name: "Personas Viña X".
    r"^personas(?= \S)|"
    # Departments of several words first: "People & Culture" must not leave "& Culture" behind.
    rf"\b(?:{_SPANISH_TEAMS}|"
    r"people (?:&|and) culture|people ops|people operations|ta team|hr shared services|shared services|"
    r"human capital|recruitment marketing|careers? site|talent community|candidate care|applicant tracking|"
    r"employment office|personnel office|office of human resources|workforce planning|onboarding|"
    r"background checks?|"
    # "Selezione Personale Gruppo Ferrante", "HR-afdeling Hoogland": a department's words before the name.
    r"selezione(?: del)? personale|ufficio (?:selezione|personale)|hr-afdeling|resourcing(?: team)?|"
    # A Dutch mailbox for the applications: "Sollicitaties Dura Vermeer", "Werving & Selectie Gemeente X".
    r"werving (?:&|en) selectie|sollicitaties|vacatures|"
    # "Service RH - Groupe Bertrand", "Direction des Ressources Humaines Keolis".
    r"service (?:rh|recrutement|du personnel|ressources humaines)|direction des ressources humaines|drh)\b|"
    r"\b(?:talent acquisition|human resources|recruiting|recruitment|recruiters?|careers?|jobs?|hiring|hr|"
    r"team|talent|people|staffing|university (?:recruiting|relations|programs?|hiring)|campus|"
    r"(?:early|emerging|future|student|graduate|junior) (?:careers?|talent|programs?|programmes?|recruitment|"
    r"recruiting|hiring)|"
    r"notifications?|no[- ]?reply|do[- ]not[- ]reply|donotreply|alerts?|portal|services|support|mailer|via|"
    r"global|group|department(?! of\b)|ops|operations|applications?|candidate|experience|acquisition|"
    r"messages?|admissions|"
    r"personalabteilung|personal|bewerbermanagement|recrutement|ressources humaines|rrhh|recursos humanos|"
    r"talento|talents|reclutamiento|empleos?|calendar|employee referrals?|recrutamento|seleção|selección|"
    r"selezione|werving|"
    r"risorse umane|personeelszaken|personalmanagement|personalservice|personalwesen|"
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
    "career site", "careers site", "colleague zone", "hr services", "talent acquisition", "support", "the",
    "team", "candidate", "recruiting", "noreply", "info", "admin", "customer", "company", "employer", "us",
    "name", "event", "new event", "meeting", "calendar", "organizer", "organiser",
    # What is left of "Office of Human Resources", "Department of Talent": a unit, not its organisation.
    "office", "office of", "department", "department of", "division", "division of",
    "school office", "main office", "general office", "head office", "central office",
    # A subject opening with what the mail is: "Feedback - Payroll Administrator", "Your CV - Analyst".
    "feedback", "cv", "your cv", "resume", "your resume",
    "back office", "front office", "people and culture", "people & culture", "people and organisation",
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
    "selezione", "selección", "seleção", "rrhh", "recursos humanos", "ressources humaines", "risorse umane",
    "personalabteilung", "bewerbermanagement", "service", "direction", "drh", "service du personnel",
    # What is left of "Ufficio Risorse Umane", "Servizio del personale": an Italian unit, not its employer.
    "ufficio", "servizio", "direzione", "settore", "concorsi", "ufficio concorsi", "lavora con noi",
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
    "convite", "oferta", "offre", "offerta", "aanbod", "proposta", "candidature", "sollicitatie", "bewerbung",
    # A careers site's "work at": "Werken bij <noreply@werkenvoorutrecht.nl>", "Arbeiten bei".
    "werken bij", "werken voor", "werken bij ons", "arbeiten bei", "karriere bei", "travailler chez",
    # What is left of "HR System", and a subject's work-arrangement tag ("[REMOTE]").
    "system", "systems", "remote", "hybrid", "onsite", "on-site",
}  # fmt: skip

_CALENDAR = re.compile(r"calendar", re.I)
# Words no person signs with: a system mailbox's.
_MAILBOX = re.compile(r"\b(?:no[- ]?reply|do[- ]?not[- ]?reply|notifications?|mailer)\b", re.I)
# "Kate from Acme", "Kate Doe at Acme": a recruiter's first name and their employer.
PERSON_FROM = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:from|at|@) (?P<employer>[A-Z0-9].+)$")
# "Kate Doe via Acme": a recruiter's mail sent through their employer's system ("Acme via DocuSign"
# and "Kate Doe via LinkedIn" name a platform instead).
_PERSON_VIA = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+ via (?P<employer>[A-Z0-9].+)$")
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
DISPLAY_WEIGHT = 2.5
DOMAIN_WEIGHT = 1.2
TENANT_WEIGHT = 0.8
# At most a tenant's weight: alone it names nobody, beside the text it can still agree.
RELAYED_PERSON_WEIGHT = TENANT_WEIGHT


# A sender writes mail after mail (an ATS's tenant, a recruiter): each is read once a pass.
@functools.lru_cache(maxsize=4096)
def sender_employers(sender: Sender, system: str | None = None) -> tuple[tuple[str, float], ...]:
    """Employer names the sender suggests, each with how much to trust it. `system`: the label of the
    sender's domain when it is a system no list knows (platforms.system_label): then it names nobody,
    in the address or the display name ("GE Aerospace Hirevane Notifications"), and the mailbox is the
    employer's tenant."""
    if _CALENDAR.search(sender.local):
        return ()  # a calendar system sends the invitation, whoever the employer is
    found: list[tuple[str, float]] = []
    name = _without_word(sender.name, system) if system else sender.name
    display = display_employer(name, sender.local)
    domain = None if system else platforms.domain_employer(sender)
    if display is None and domain and (first := sender.name.split(" ", 1)[0]).lower() == domain:
        # "Next Careers <careers@next.co.uk>": a brand that is a common word, which its own domain spells.
        display = first if first[:1].isupper() and first.lower() not in GENERIC_NAMES else None
    if display and _personal_mailbox(display, sender, domain):
        display = None  # "Oliver <oliver@crumbandcrust.com>": a person's own mailbox at the employer
    if display and system and display.lower().replace(" ", "") == sender.local:
        display = None  # "noreply vrtx <vrtx@talentloop.io>": the tenant mailbox again, read below
    if display and not platforms.is_platform_name(display):
        # A person's name relayed by an ATS, or a display name without its address: the text must confirm.
        # "Brantley Voss Careers", "No Reply (Brantley Voss)" are mailboxes of an employer so named,
        # whatever its shape.
        relayed_person = (
            (platforms.platform_of(sender) is not None or system is not None or not sender.address)
            and looks_like_person_name(display)
            and not names_an_organisation(sender.name)
            and not _MAILBOX.search(sender.name)
        )
        found.append((display, RELAYED_PERSON_WEIGHT if relayed_person else DISPLAY_WEIGHT))
    elif _ADDRESS.match(sender.name):
        # "Workday@acme.com <acme@myworkday.com>": the display name is itself an address;
        # "RobertHalf@myworkday.com": its local part spells the employer in capitals.
        embedded_sender = Sender.parse(sender.name)
        embedded_domain = platforms.domain_employer(embedded_sender)
        if system and embedded_domain and system in embedded_domain:
            embedded_domain = None  # "RobertHalf@myhirevane.com <roberthalf@hirevane.net>"
        embedded = embedded_domain or _camel_case_name(sender.name.split("@")[0])
        if embedded:
            found.append((embedded, DOMAIN_WEIGHT))
    if domain:
        # "kestrelbank.com": a domain ending in an organisation's noun spells two words, unless the
        # display name writes it as one ("insightsoftware <...@insightsoftware.com>").
        spelled_as_one = display is not None and display.lower().replace(" ", "") == domain
        found.append(((not spelled_as_one and with_organisation_noun(domain)) or domain, DOMAIN_WEIGHT))
    tenant = platforms.tenant_on_system(sender) if system else platforms.ats_tenant(sender)
    if tenant:
        spelled = with_organisation_noun(tenant)
        # "golubcapital@myworkday.com": a tenant that ends in an organisation's noun is a name.
        found.append((spelled, DOMAIN_WEIGHT) if spelled else (tenant, TENANT_WEIGHT))
    return tuple(found)


def _without_word(display: str, word: str) -> str:
    """`display` without the word `word` (any case): "GE Aerospace Hirevane Notifications" ->
    "GE Aerospace Notifications"; an address in it is left whole."""
    if "@" in display:
        return display
    return " ".join(part for part in display.split() if part.lower() != word)


def _personal_mailbox(display: str, sender: Sender, domain: str | None) -> bool:
    """True for "Oliver <oliver@crumbandcrust.com>", "Kim de Vries <kim@flexwerk-uitzend.nl>", "Lena Brandt
    <l.brandt@...>": a name whose own address spells it (first name, surname, or both, initials allowed) at
    an employer's domain that is not the name's. One word alone is a first name; a longer name is shaped
    like a person's. The person writes; the organisation is the domain's or the signature's."""
    one_word = " " not in display
    if domain is None or not (display.isalpha() if one_word else looks_like_person_name(display)):
        return False
    words = [without_accents(word).lower() for word in display.split() if word.isalpha()]
    if not words:
        return False
    first, last = words[0], words[-1]
    local, label = sender.local.lower(), domain.replace("-", "")
    # A domain spelling the name makes it the organisation's: a longer name's any word ("Kim Flexwerk
    # <kim@flexwerk.nl>"); one word only as the whole label ("Acme <acme@acme.com>"), for a word the label
    # begins with shortens the name the domain spells in full ("Oliver <oliver@oliversbakery.com>").
    if (local == label) if one_word else (first in label or last in label):
        return False
    parts = [part for part in re.split(r"[._-]", local) if part]
    spelled_in_parts = bool(parts) and all(
        part in words or (len(part) == 1 and part in (first[0], last[0])) for part in parts
    )
    return spelled_in_parts or local in (first + last, first[0] + last, first + last[0], last + first[0])


# An organisation's shared mailboxes, named after no person.
_SHARED_MAILBOX = re.compile(
    r"^(?:info|jobs?|careers?|office|contact|kontakt|hello|hallo|mail|post|team|hr|admin|bewerbung(?:en)?|"
    r"karriere|personal|recruiting|recruitment|vacatures|emploi|empleo|vagas|lavoro|rh|rrhh)$"
)


_WORD_START = 4


def writes_from_shared_mailbox(sender: Sender, signed: str | None) -> bool:
    """True for "Tobias Kessler <info@brauhaus-kessler.de>" signing "Tobias Kessler" (or "Tobias"): a
    person writing from the employer's shared mailbox, whose own domain names the employer. The signature
    tells the person from a name shaped like one ("Stadt Linz <personal@...>", "Brauhaus Kern").
    """
    name = sender.name.strip()
    first = name.split(" ", 1)[0]
    label = platforms.domain_employer(sender)
    return (
        signed is not None
        and label is not None
        and _SHARED_MAILBOX.match(sender.local.lower()) is not None
        and looks_like_person_name(name)
        and signed.split()[:1] == [first]
        # "Kaufhaus Lindner <bewerbung@kaufhaus-lindner.de>", "Supermercados Sol <rh@supersol...>": a
        # domain spelling the name's first word (or its start) is the organisation's, signing as itself.
        and without_accents(first[:_WORD_START]).lower() not in label
    )


_CAMEL_CASE = re.compile(r"^(?:[A-Z][a-z]+){2,4}$")
_ORGANISATION_NOUN_AT_END = re.compile(
    # (Not a department's mailbox: "graduaterecruitment@", "campustalent@".)
    r"^(?!(?:graduate|campus|student|university|early)(?:people|talent|resourcing|staffing|recruitment)$)"
    r"([a-z]{3,})(capital|health|healthcare|energy|labs|software|systems|solutions|technologies|group|"
    r"partners|insurance|robotics|financial|bank|pharma|analytics|consulting|motors|airlines|aerospace|"
    # A shop's, a practice's or a trade's: "greyfriarscoffee.com", "tallisbooks.com", "hollandplumbing.co.uk".
    r"coffee|books|bakery|foods|dental|media|studios?|logistics|legal|homes|construction|plumbing|salon|"
    r"kitchen|pharmacy|clinic|brewing|brewery|fitness|builders|roofing|marine|hotels?|travel|games|farms|"
    r"gardens|interiors|architects|engineering|electrical|printing|events|veterinary|films|pictures|"
    r"productions|pottery|distillery|winery|vineyards?|bistro|restaurant|dairy|florists?|nursery|publishing|"
    r"solicitors|accountants|surveyors|haulage|removals|joinery|landscaping|"
    # An agency's: "brightsidepeople.co.uk", "harbourtalent.com".
    r"people|talent|resourcing|staffing|recruitment)$"
)


_CAMEL_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BRACKETED = re.compile(r"\([^)]*\)")
_SPACED_BRACKETED = re.compile(r"\s*\([^)]*\)")
_BRACKETED_TEXT = re.compile(r"\(([^)]*)\)")
_SPACES = re.compile(r"\s+")
_HR_GLUED_AT_END = re.compile(r"(?<=[a-z])HR$")
_SITE_NUMBER = re.compile(r"\s*(?:(?:[Ss]tore|[Rr]estaurant|[Ll]ocation|[Bb]ranch)\s*)?#\s*\d+\b")


def _camel_case_name(text: str) -> str | None:
    """'RobertHalf' -> 'Robert Half'."""
    if not _CAMEL_CASE.match(text):
        return None
    return _CAMEL_CASE_JOIN.sub(" ", text)


def holds_hiring_words(text: str) -> bool:
    """Whether `text` holds a word a sender's display name adds around a name ("Recrutamento", "Careers")."""
    return _DISPLAY_NOISE.search(text) is not None


def with_organisation_noun(label: str) -> str | None:
    """'golubcapital' -> 'Golub Capital', 'constructoraandina' -> 'Constructora Andina'; None when the label
    neither ends in an organisation's noun nor opens with a Spanish or Portuguese kind of business."""
    match = _ORGANISATION_NOUN_AT_END.match(label.lower()) or _BUSINESS_NOUN_AT_START.match(label.lower())
    return f"{match.group(1).capitalize()} {match.group(2).capitalize()}" if match else None


# "constructoraandina", "talleresgalicia": the kind of business, then a brand of four letters or more.
_BUSINESS_NOUN_AT_START = re.compile(rf"^({word_list('leading_business_nouns')})([a-z]{{4,}})$")


# A legal form left alone once a platform's own name is taken out of its display name ("Criteria Corp").
_ONLY_A_LEGAL_FORM = frozenset(form.lower().rstrip(".") for form in ALL_LEGAL_FORMS)


# A mail's sender is read by every step that weighs it (its employer, a system's tenant, the signature).
@functools.lru_cache(maxsize=4096)
def display_employer(display_name: str, local_part: str = "") -> str | None:
    """The employer in a display name ("Acme Recruiting Team" -> "Acme"), or None (also for a person)."""
    if not display_name or ("@" in display_name and " " not in display_name):
        return None
    relayed = PERSON_FROM.match(display_name)
    via = _PERSON_VIA.match(display_name)
    if via and not platforms.is_platform_name(via["employer"]):
        relayed = via
    if relayed:
        return display_employer(relayed["employer"])  # "Kate from Acme", "Kate at Acme"
    if (glued := person_then_name(display_name)) and _is_person(glued[0], local_part):
        # "Tom Becker | Hays <tom.becker@...>": the writer, then their organisation (or its cut start).
        organisation = organisation_after_person(glued[1])
        return display_employer(organisation) if organisation else None
    if (signed := _first_name_then_organisation(display_name, local_part)) is not None:
        return display_employer(signed)  # "Tom | Millgate Staffing <tom@...>": the writer's first name
    if _is_person(display_name, local_part):
        return None
    text = _BRACKETED.sub(" ", display_name)
    if not _named_outside_brackets(text):
        # "No Reply (Metropolitan Transportation Authority) via Talemetry": the name is in brackets.
        text = " ".join(_BRACKETED_TEXT.findall(display_name))
    # "myHR_EmployeeDataDoNotReply cardinalhealth": system mailbox names are no part of a name.
    text = " ".join(word for word in text.split() if "_" not in word and "donotreply" not in word.lower())
    # "Acme @ icims", "Jobs @ Acme": the employer is whichever side is not a platform or a generic word.
    sides = [side for side in text.split(" @ ") if _DISPLAY_NOISE.sub(" ", side).strip()]
    sides = [side for side in sides if not platforms.is_platform_name(side.strip())]
    text = _DISPLAY_NOISE.sub(" ", sides[0] if sides else "")
    text = " ".join(word for word in text.split() if not platforms.is_platform_name(word))
    text = without_branch_tail(_SPACES.sub(" ", text)).strip(" -–—,|:&")
    text = _HR_GLUED_AT_END.sub("", text)
    if " - " in text and only_places(branch := text.rsplit(" - ", 1)[1]):
        text = text[: -len(branch) - 3]  # "Willow Creek Senior Living - Oak Park": the branch's place
    if "#" in text:
        text = _SITE_NUMBER.sub("", text).strip()  # "Subway #4521": the franchise's shop, not its name
    if not text or text.lower() in GENERIC_NAMES or "@" in text:
        return None
    if text.lower().rstrip(".") in _ONLY_A_LEGAL_FORM:
        return None  # "Criteria Corp" without the vendor's name is no employer's
    if (agency := _AGENCY_OPENING.match(display_name)) and not text.lower().startswith(agency[0].lower()):
        return agency[0]  # "Gi Group – Filiale di Cremona": "Group" is the agency's own word, no noise
    return finish_name(_with_words_inside(text, sides[0]).split())


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
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() and word.isalpha() for word in words):
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
    return any(last in local for last in lasts) or (
        len(words) == 2 and any(local.startswith(first) for first in firsts)
    )


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
