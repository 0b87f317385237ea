"""Calendar invitations and scheduling confirmations: the event's name says employer, role and step.

Google Calendar ("Invitation: Interview: Jo Park / Data Engineer (Acme) @ Mon Jun 1, 2026 2pm"),
Outlook and Teams, Zoom ("Topic: ..."), Calendly ("Event Type: Acme Phone Screen (Data Engineer)"),
GoodTime and ModernLoop send them. The tool is a platform, never the employer; the people in the
event (organizer, host, guests, the recipient) are never the employer either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extraction import phrases, platforms
from tracker.extraction.calendar_descriptions import description_of, reads_as_a_name, team_organisations
from tracker.extraction.calendar_hosts import host_organisations, names_a_time_zone
from tracker.extraction.calendar_invitations import SUBJECT_PREFIX, is_invitation
from tracker.extraction.name_reading import read_name
from tracker.extraction.name_words import DEPARTMENT_WORDS
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail, Sender
from tracker.extraction.title import looks_like_title, names_a_person_role
from tracker.extraction.weekdays import DUTCH, FRENCH, GERMAN, ITALIAN, PORTUGUESE, SPANISH, one_of
from tracker.models import Status
from tracker.names import company_key

# Google Calendar's opening line, in the languages the rules read ("invited to the following event").
_FOLLOWING_EVENT = (
    r"(?:invited (?:you )?to the following event|sie wurden zu folgendem termin eingeladen|"
    r"vous avez été invité(?:\(e\)|e)? à l'événement suivant|has recibido una invitación para el siguiente "
    r"evento|u bent uitgenodigd voor het volgende evenement|je bent uitgenodigd voor het volgende evenement|"
    r"você foi convidad[oa] para o seguinte evento|sei stat[oa] invitat[oa] al seguente evento)"
)
_CALENDLY_DAYS = one_of(GERMAN, FRENCH, SPANISH, DUTCH, PORTUGUESE[:5], ITALIAN)
# Google's " @ Mon Jun 1, 2026 2pm - 2:45pm (EDT) (jo@example.com)" and Calendly's " on Wednesday, June 17".
_WHEN = re.compile(
    r"\s+(?:@\s+(?=[^@]*\d).*|on\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*|"
    # Calendly's " am Dienstag, 13. Januar" in the other languages it writes.
    rf"(?:am|le|el|op|em|il|na|no)\s+(?:{_CALENDLY_DAYS})\b.*)$|"
    r"\s+\([^()]*@[^()]*\)\s*$",
    re.I,
)
# Where the body states the event's name, most specific first ("Event Type" may stand in its own
# table cell, without a colon).
_EVENT_NAME_LINES = (
    re.compile(
        r"^(?:event type|event name|termintyp|type d'événement|tipo de evento|type afspraak|tipo di evento)"
        r"\s*:?\s+(?P<e>\S.{2,150})$",
        re.M,
    ),
    re.compile(
        # (A scheduling tool writing the reader's language: "Événement :", "Evento:", "Afspraak:".)
        r"^(?:event|topic|meeting|what|summary|thema|sujet|tema|onderwerp|événement|evento|afspraak|"
        r"evenement)\s*:\s*(?P<e>\S.{2,150})$",
        re.M,
    ),
    re.compile(rf"{_FOLLOWING_EVENT}[.:]?\s*\n(?:title\s*:\s*)?(?P<e>[^\n]{{3,150}})"),
)
_PERSON_LINE = re.compile(
    r"^(?:host|organi[sz]er|invitee|attendees?|guests?|interviewers?|with)\s*:?\s*\n?(?P<n>[^\n@:]{3,60})$",
    re.M | re.I,
)
_INVITED_PERSON = re.compile(
    r"^(?P<n>[^\n@]{3,60}?) (?:has|have) been invited to\b|^(?P<i>[^\n@]{3,60}?) is inviting you\b", re.M
)
_ORGANIZER_ADDRESS = re.compile(
    r"organi[sz]er\s*:?\s*(?:[^\n<]*<)?\s*\n?(?P<a>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I
)
# "rae.kim@copperfield.io": a first and last name in the address.
_PERSONAL_ADDRESS = re.compile(r"\b([a-z]{2,20}[._][a-z]{2,20})@")
# "valentina.rossi.uy@", "j-park.dev@": an address whose parts spell a person's names, tags around them.
_SPELLED_ADDRESS = re.compile(r"(?<![\w.+-])([a-z]{2,20}(?:[._-][a-z0-9]{1,20}){1,3})@")
_PARENTHESIS = re.compile(r"\s*\((?P<p>[^()]{2,80})\)")
_GENDER_MARKER = re.compile(r"^(?:[mwfdxhi]\s*/\s*)+[mwfdxhi]$", re.I)
# Brackets in an event's name that hold neither a role nor an employer: a time zone ("(EDT)",
# calendar_hosts), "(Remote)", "(Zoom)".
_ARRANGEMENT = re.compile(
    r"^(?:remote|hybrid|virtual|video|phone|zoom|teams|google meet|in[- ]person|on-?site|tbd|tentative|"
    r"updated|rescheduled|cancel+ed|optional)$",
    re.I,
)
_SEGMENT_BREAK = re.compile(r"\s+(?:/|\||-|–|<>|x)\s+|:\s+")
_WITH_OR_AT = re.compile(r"\s+(?:with|at|@|met|mit|avec|con|com)\s+")
# The step an event is: the assessment words first, then the interview words.
_ASSESSMENT_STEP = (
    r"(?:(?:technical|coding|take-home|take home|home) )?(?:exercise|assessment|challenge|assignment|test)"
)
_INTERVIEW_STEP = (
    r"(?:(?:first|second|third|final|initial|intro(?:ductory)?|technical|tech|phone|video|virtual|onsite|on-site|"
    r"in-person|panel|behaviou?ral|coding|system design|hiring manager|recruiter|culture|team|case|portfolio|"
    r"round \d|\d(?:st|nd|rd|th)[- ]round)[ -])*(?:interview|screen(?:ing)?|onsite|on-site|loop|superday|"
    r"round|call|chat|conversation|meeting|discussion|intro|deep dive|stage \d(?:/\d)?)s?|"
    # A designer's or an architect's interview: the candidate walks the panel through their work.
    r"portfolio (?:review|presentation|walkthrough)s?"
)
# The step nouns of the other languages, their qualifier after them ("entretien téléphonique") or glued
# before them ("Vorstellungsgespräch"). Assessments: "Eignungstest", "prueba técnica", "étude de cas".
_FOREIGN_ASSESSMENT_STEP = (
    r"(?:\w*test|prueba(?: técnica)?|teste(?: técnico)?|prova(?: tecnica)?|étude de cas|caso práctico|"
    r"estudo de caso|caso studio|casus|thuisopdracht|assessment[- ]?center)"
)
_FOREIGN_INTERVIEW_STEP = (
    # Its kind or round before it too, which the step's name keeps: "online gesprek", "eerste gesprek",
    # "telefonisches Gespräch", "primera entrevista" (left in, it opened the post's name: "Online Analist").
    r"(?:(?:online|digitaal|digitale|eerste|tweede|derde|laatste|telefonisch|telefonische|persoonlijk|"
    r"persoonlijke|korte?|informele?|erstes|zweites|telefonisches|persönliches|premier|primera|segunda|"
    r"primeira|primo|secondo) )?"
    r"(?:\w*gespräch|\w*interview|kennenlernen|probearbeiten|probetag|entretien|entrevista|colloquio|\w*gesprek|"
    r"kennismaking|proefdag|conversa|bate-papo|chiacchierata|videollamada|videocall|rencontre|échange|"
    r"entrevue)"
    r"(?: (?:téléphonique|technique|final|finale|rh|individuel|vidéo|técnica|tecnico|telefonica|telefónica|"
    r"telefonico|conoscitivo|conoscitiva|final|inicial|individual|online|remoto|presencial))?"
)
_FOREIGN_HIRING_STEP = (
    r"\b(?:\w*(?:vorstellungs|bewerbungs|telefon|video|auswahl)gespräch|\w*interview|probearbeiten|probetag|"
    r"entretien|entrevista|colloquio|sollicitatiegesprek|kennismakingsgesprek|proefdag)\b"
)
_STEP = re.compile(
    rf"\b(?:{_ASSESSMENT_STEP}|{_INTERVIEW_STEP}|{_FOREIGN_ASSESSMENT_STEP}|{_FOREIGN_INTERVIEW_STEP})\b",
    re.I,
)
_ASSESSMENT = re.compile(rf"\b(?:{_ASSESSMENT_STEP}|{_FOREIGN_ASSESSMENT_STEP})\b", re.I)
_HIRING_STEP = re.compile(
    r"\b(?:interview|screen(?:ing)?|onsite|on-site|loop|superday|panel)s?\b|"
    rf"\b(?:first|second|third|final|next) round\b|\bround \d\b|\bstage \d\b|\bdeep dive\b|"
    r"\bportfolio (?:review|presentation|walkthrough)s?\b|"
    rf"{_FOREIGN_HIRING_STEP}",
    re.I,
)
# What kind of step a word before it says, not whose: "Prep conversation (3/4)", "Debrief call".
_STEP_KIND = re.compile(
    r"(?:prep|preparation|debrief|follow[- ]?up|catch[- ]?up|kick[- ]?off|informal|casual|quick|short|"
    r"coffee|deep dive|onboarding|offer|reference|values|leadership|stakeholder|peer|manager)"
    r"(?:\s*\(\d+/\d+\))?",
    re.I,
)
# Weights of the places an event names its employer: "(Acme)", "Acme Phone Screen", "with Acme", "Acme".
_IN_PARENTHESES = 4.0
_BEFORE_STEP = 3.5
_AFTER_WITH = 3.0
_ALONE = 2.0
_PERSON_SHAPED = 0.8
TITLE_WEIGHT = 3.5
_ORGANIZER_WEIGHT = 1.2
# "Host: Dana Reyes (Brightmoor Dental)": the organisation the host holds the event for.
_HOST_ORGANISATION = 3.0
# "Description: ... a call with the Acme People team": the organisation its hiring team belongs to.
_DESCRIBED_TEAM = 3.0


@dataclass(frozen=True)
class CalendarEvent:
    """One event an email invites to or confirms: its name and what the name says."""

    name: str
    employers: tuple[tuple[str, float], ...]
    title: str | None
    status: Status | None
    people: frozenset[str]
    organizer_employer: str | None = None

    def employer_hints(self) -> list[tuple[str, float, bool]]:
        """Candidates for `company.find_employer`: the event's names, then the organizer's domain."""
        hints = [(name, weight, True) for name, weight in self.employers]
        if self.organizer_employer:
            hints.append((self.organizer_employer, _ORGANIZER_WEIGHT, False))
        return hints


def read_calendar_event(email: PreparedEmail, recipient_keys: set[str]) -> CalendarEvent | None:
    """The event this email invites to or confirms, or None when it is not an invitation."""
    if not is_invitation(email):
        return None
    name = _event_name(email)
    if not name:
        return None
    hosts = host_organisations(email.body)
    people = _people(email) | recipient_keys | {company_key(person) for person, _ in hosts}
    employers, title = _read_event_name(name, people)
    employers += [(organisation, _HOST_ORGANISATION) for _, organisation in hosts]
    if email.subject and name in email.subject:
        # The subject is the event's name (Outlook, Teams): the company reader reads it already, so a
        # person-shaped part of it ("Entretien X - Camille Martin") must not count twice.
        employers = [(employer, weight) for employer, weight in employers if weight != _PERSON_SHAPED]
    described_employers, described_title = _read_description(email, people)
    employers += described_employers
    title = title or described_title
    step = _ASSESSMENT.search(name) or _STEP.search(name)
    status = None
    if step and (_HIRING_STEP.search(name) or _ASSESSMENT.search(name) or title):
        status = Status.ASSESSMENT if _ASSESSMENT.search(name) else Status.INTERVIEW
    elif title and employers:
        # "Sam Lee <> Brightloop | Product Designer": a meeting with an employer about a role is a step.
        status = Status.INTERVIEW
    elif step and _names_a_post(email):
        # "Kennenlernen Kiesel App / Sam Lee" whose text says "für die Stelle als Frontend Developer": an
        # intro or a chat about a post is a step.
        status = Status.INTERVIEW
    return CalendarEvent(name, tuple(employers), title, status, frozenset(people), _organizer_employer(email))


def _read_description(email: PreparedEmail, people: set[str]) -> tuple[list[tuple[str, float]], str | None]:
    """The employers and the post a scheduling tool's description of the event names
    (calendar_descriptions.py): read as the event's name where it is written as one ("Acme | Data Engineer
    - first call"), else the organisation of the hiring team it names ("with the Acme People team")."""
    description = description_of(email.body)
    if description is None:
        return [], None
    employers: list[tuple[str, float]] = []
    title = None
    if reads_as_a_name(description):
        employers, title = _read_event_name(description, people)
    employers += [(organisation, _DESCRIBED_TEAM) for organisation in team_organisations(description, people)]
    return employers, title


def _names_a_post(email: PreparedEmail) -> bool:
    """True when the text reads a title where a post is named ("the Frontend Developer role")."""
    return bool(phrases.anchors_found(email.body_hits, phrases.TITLES))


def _event_name(email: PreparedEmail) -> str | None:
    for pattern in _EVENT_NAME_LINES:
        match = pattern.search(email.body_lower)
        if match:
            return _strip_when(email.body[match.start("e") : match.end("e")])
    prefixed = SUBJECT_PREFIX.match(email.subject)
    if prefixed:
        return _strip_when(prefixed.group("event"))
    # Outlook and Teams: the subject is the event's name.
    return _strip_when(email.subject) if email.subject else None


def _strip_when(name: str) -> str:
    for _ in range(2):
        name = _WHEN.sub("", name).strip()
    return name


def _people(email: PreparedEmail) -> set[str]:
    """Keys of everyone taking part: named on host/guest lines, or spelled by an address (rae.kim@)."""
    names = [match.group("n") for match in _PERSON_LINE.finditer(email.body)]
    names += [match.group("n") or match.group("i") for match in _INVITED_PERSON.finditer(email.body)]
    if looks_like_person_name(email.sender.name):
        names.append(email.sender.name)
    keys = {company_key(name) for name in names if looks_like_person_name(name.strip())}
    for local in _PERSONAL_ADDRESS.findall(email.body_lower):
        keys.add(local.replace(".", " ").replace("_", " "))
    for local in _SPELLED_ADDRESS.findall(f"{email.subject}\n{email.body}".lower()):
        keys.add(re.sub(r"[._-]", " ", local))
    return keys


def _names_a_guest(name: str, people: set[str]) -> bool:
    """True for a person's name ("Jo Park") whose every word a guest's name or address spells
    ("jo.park.dev@"): the person the event is held with, never its employer."""
    if not looks_like_person_name(name):
        return False
    words = set(company_key(name).split())
    return any(words <= set(person.split()) for person in people)


def _organizer_employer(email: PreparedEmail) -> str | None:
    match = _ORGANIZER_ADDRESS.search(email.body)
    return platforms.domain_employer(Sender.parse(match.group("a"))) if match else None


def _read_event_name(name: str, people: set[str]) -> tuple[list[tuple[str, float]], str | None]:
    """Employer names (with weights) and the role an event's name states."""
    employers: list[tuple[str, float]] = []
    titles: list[str] = []
    for parenthesis in list(_PARENTHESIS.finditer(name)):
        inside = parenthesis.group("p").strip()
        if _GENDER_MARKER.match(inside):
            continue  # "(m/w/d)" belongs to the title
        name = name.replace(parenthesis.group(0), " ", 1)
        if _names_a_role(inside):
            titles.append(inside)
        elif _names_a_guest(inside, people):
            continue  # "Interview – Designer (Jo Park)": the guest it is held with, whom an address spells
        elif not (
            names_a_time_zone(inside)
            or _ARRANGEMENT.match(inside)
            or _STEP.fullmatch(inside)
            or any(c.isdigit() for c in inside)
        ):
            employers.append((inside, _IN_PARENTHESES))
    for segment in _SEGMENT_BREAK.split(name):
        segment = segment.strip(" -:|/")
        parts = _WITH_OR_AT.split(segment, maxsplit=1)
        if len(parts) == 2:
            segment = parts[0]
            _add_employer(employers, parts[1], _AFTER_WITH, people)
        step = _STEP.search(segment)
        if step:
            rest = (segment[: step.start()] + " " + segment[step.end() :]).strip(" -:|/")
            if rest and _names_a_role(rest):
                titles.append(rest)
            elif rest and not _STEP_KIND.fullmatch(rest):
                _add_employer(employers, rest, _BEFORE_STEP, people)
        elif _names_a_role(segment):
            titles.append(segment)
        else:
            _add_employer(employers, segment, _ALONE, people)
    return employers, (titles[0] if titles else None)


def _names_a_role(text: str) -> bool:
    """True for a role ("Data Engineer"), not for a name that only sounds like a field ("Acme Software")."""
    return names_a_person_role(text) or (looks_like_title(text) and not names_an_organisation(text))


def _add_employer(employers: list[tuple[str, float]], text: str, weight: float, people: set[str]) -> None:
    text = text.strip(" -:|/")
    if not text or not text[0].isupper():
        return
    name = read_name(text, 0)  # "Fernbrook Bank is confirmed": the name ends where the sentence goes on
    if not name or company_key(name) in people or platforms.is_platform_name(name):
        return
    if name.lower() in DEPARTMENT_WORDS or is_team(name):
        return  # "first call with Recruiting": the hiring team, never its organisation's name
    employers.append((name, _PERSON_SHAPED if looks_like_person_name(name) else weight))
