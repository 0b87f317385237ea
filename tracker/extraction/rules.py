"""The rules extractor: offline, deterministic, fast; the default and the cascade's cheap first stage.

Confidence is the measured probability that the whole answer is right (confidence.py): the kind
reading's own rate for mail that is no application; for an application, the product of the rates of
the evidence behind its kind, status, employer and title. The cascade sends low-confidence mail to
the LLM. A calendar invitation or a
scheduling tool's confirmation (calendar_events.py) is read through its event's name, which states
the step, the employer and the role in a fixed place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.employer_acronyms import spelled_by_domain, spelled_out
from tracker.extraction.acknowledged_withdrawals import with_acknowledged_withdrawal
from tracker.extraction.addressed_candidacies import with_addressed_candidacy
from tracker.extraction.addressed_steps import with_addressed_step
from tracker.extraction.answered_applications import subject_post
from tracker.extraction.answered_steps import with_answered_step
from tracker.extraction.answered_threads import with_quoted_application
from tracker.extraction.board_blocks import board_hints
from tracker.extraction.calendar_events import TITLE_WEIGHT, CalendarEvent, is_invitation, read_calendar_event
from tracker.extraction.calendar_invitations import sent_by_a_calendar
from tracker.extraction.career_page_tenants import career_page_tenant
from tracker.extraction.carried_mail import carried_message
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.client_relays import ClientRelay, relayed_client_step
from tracker.extraction.company import EmployerReading, find_employer, same_employer
from tracker.extraction.confidence import ApplicationEvidence, EmployerEvidence, StatusEvidence, TitleEvidence
from tracker.extraction.display_names import PERSON_FROM
from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.greeting_words import GREETING_WORDS
from tracker.extraction.hand_signoffs import hand_signed_employer
from tracker.extraction.hire_steps import is_hire_step, only_the_check_confirms, welcomes_a_hire
from tracker.extraction.hiring_pauses import pauses_hiring
from tracker.extraction.job_context import written_to_the_one_hiring
from tracker.extraction.kind_rules import ABOUT_SOMEONE_ELSE, KindReading, read_kind
from tracker.extraction.label_spelled_lines import as_its_line_writes_it
from tracker.extraction.language_titles import subject_titles
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.places import only_places
from tracker.extraction.platforms import domain_employer
from tracker.extraction.quoted_applications import quoted_post
from tracker.extraction.quoted_messages import quoted_message
from tracker.extraction.signature_employers import signature_employers
from tracker.extraction.signature_lines import WEAK_SIGNATURE_WEIGHT
from tracker.extraction.signed_firms import answered_employer
from tracker.extraction.status_rules import StatusReading, read_status
from tracker.extraction.text import PreparedEmail, prepare
from tracker.extraction.thread_titles import thread_title
from tracker.extraction.title import find_title, names_a_person_role
from tracker.extraction.title_slots import TitleCandidate
from tracker.extraction.valedictions import signer
from tracker.extraction.written_words import line_start_matches
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.names import company_key

_GREETING = re.compile(
    rf"^{GREETING_WORDS}(?: herr| frau)?[ ,]+(?P<name>[^\n,:!]{{2,60}}?)\s*[,:!]?\s*$", re.I | re.M
)
# "Jane Doe, your application was sent to...": a name addressed by what follows it.
# The name's capitals count ("Application for Arborist received, Thank you!" addresses nobody).
_SUBJECT_ADDRESSEE = re.compile(
    r"^(?P<name>(?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})), (?:your|you|thank|thanks|we|welcome|"
    r"congratulations|don't|here|see|apply|new)\b",
    re.I,
)
# "Application from Sam Lee received" names the candidate; "an update on your application from Acme"
# the employer it was sent to.
_RECEIVED_FOR = re.compile(
    r"\b(?:(?<!your )application (?:of|from)|received for) (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})"
)
# The writer introducing themself: "This is Olivia, the virtual assistant for ...", "I'm Tom from ...".
_WRITER = re.compile(
    r"\b(?i:this is|my name is|i am|i'm)\s+(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?=\s*[,.!]|\s+(?:from|"
    r"with|at|and|here|the|on|over)\b)"
)
# What every such introduction holds: tried first, as that pattern's caseless opening tries every place.
_WRITER_WORDS = CaselessWords(r"this is|my name is|i am|i'm")
_MIN_NAME_PART = 3
# A calendar event names its step in a fixed place: as clear as a known phrase.
_EVENT_STRENGTH = 0.9
_EXTRACTOR_NAME = "rules"
# Text the model must not obey was removed: whatever was read around it deserves a second look.
_INJECTION_CEILING = 0.5


@dataclass(frozen=True)
class RulesReading:
    """An extraction with what backs it: the kind's reason and, for an application, each field's evidence."""

    extraction: Extraction
    kind_reason: str
    evidence: ApplicationEvidence | None = None


class RulesExtractor:
    """Extract kind, status, employer and title from one email with phrase and structure rules."""

    name = _EXTRACTOR_NAME

    def extract(self, email: EmailMessage) -> Extraction:
        return self.read(email).extraction

    def read(self, email: EmailMessage) -> RulesReading:
        """The extraction and its evidence (bench/extraction.py --evidence counts it by class)."""
        # A forward's or a courtesy reply's carried message is what a person reads (carried_mail.py).
        prepared = prepare(carried_message(email))
        # Whom the mail names as people is asked by an event's reading and by the employer's and title's,
        # never by mail that is no application and invites to nothing (a fifth of a dev pass): read then.
        invitation = is_invitation(prepared)
        people = people_name_keys(prepared) if invitation else set()
        event = read_calendar_event(prepared, people) if invitation else None
        status_reading = _with_event_status(read_status(prepared), event)
        kind_reading = _with_hire_step(
            _with_event_kind(read_kind(prepared, status_reading), event, prepared), prepared
        )
        kind_reading, status_reading = with_answered_step(kind_reading, status_reading, prepared)
        kind_reading, status_reading = with_addressed_step(kind_reading, status_reading, prepared)
        kind_reading, status_reading = with_quoted_application(kind_reading, status_reading, prepared)
        kind_reading, status_reading = with_addressed_candidacy(kind_reading, status_reading, prepared)
        kind_reading, status_reading = with_acknowledged_withdrawal(kind_reading, status_reading, prepared)
        relay = relayed_client_step(prepared)
        kind_reading, status_reading = _with_relayed_step(kind_reading, status_reading, relay)
        if kind_reading.kind is not Kind.APPLICATION:
            extraction = Extraction(
                kind=kind_reading.kind, confidence=kind_reading.confidence, extractor=self.name
            )
            return RulesReading(extraction, kind_reading.reason)
        excluded = people if invitation else people_name_keys(prepared)
        board_employers, board_titles = board_hints(prepared)
        employer_hints = signature_employers(prepared) + career_page_tenant(prepared)
        title_hints = board_titles + subject_titles(prepared) + subject_post(prepared) + quoted_post(prepared)
        if event is not None:
            excluded = excluded | event.people
            employer_hints += event.employer_hints()
            title_hints += [TitleCandidate(event.title, TITLE_WEIGHT, True)] if event.title else []
        # The board's layout states the employer in the text: hints to the reading, not a signature's say.
        employer = find_employer(prepared, excluded, employer_hints + board_employers)
        company = as_its_line_writes_it(
            hand_signed_employer(answered_employer(employer.name, prepared), prepared), prepared
        )
        title, requisition_id = find_title(prepared, employer.name, excluded, title_hints)
        if title is None and (quoted := quoted_message(prepared)) is not None:
            # An answer naming no post above the reader's own mail: the quote names it (quoted_messages.py).
            title, requisition_id = find_title(prepare(quoted), employer.name, excluded)
        title, requisition_id = thread_title(title, requisition_id, prepared, employer.name, excluded)
        if relay is not None:
            company, title = relay.client or company, relay.post or title
        status = _with_hiring_paused(
            _with_hire_welcomed(status_reading.status or _unstated_status(kind_reading, prepared), prepared),
            prepared,
        )
        evidence = ApplicationEvidence(
            kind_reading.confidence,
            _status_evidence(status_reading),
            _employer_evidence(employer, employer_hints, prepared),
            _title_evidence(title, prepared),
        )
        confidence = evidence.confidence()
        if prepared.removed_injection:
            confidence = min(confidence, _INJECTION_CEILING)
        extraction = Extraction(
            kind=Kind.APPLICATION,
            status=status,
            company=company,
            job_title=title,
            confidence=confidence,
            extractor=self.name,
            requisition_id=requisition_id,
            company_in_full=spelled_out(company, prepared.subject, prepared.body)
            or spelled_by_domain(company, domain_employer(prepared.sender)),
            status_stated=status_reading.status is not None
            and status_reading.stated
            # A background check is a step of a submission already made, not its receipt (hire_steps.py).
            and not (status is Status.APPLIED and only_the_check_confirms(prepared)),
        )
        return RulesReading(extraction, kind_reading.reason, evidence)


# As sure as a step stated by hand (answered_steps.py's readings are weighed the same).
_RELAY_STRENGTH = 0.6
_RELAY_REASON = "an agency relays its client's step"
# A relayed step that is the reader's news even where the client goes unnamed: a hire, a hold.
_NEWS_UNNAMED = frozenset({Status.OFFER, Status.WITHDRAWN})


def _with_relayed_step(
    kind: KindReading, status: StatusReading, relay: ClientRelay | None
) -> tuple[KindReading, StatusReading]:
    """An agency's relay of its client's wish to hire or meet the reader (client_relays.py) is the reader's
    application at that step: a cold recruiter's "my client would like to meet you" stays outreach unless
    the client is named or the wish is a hire (a hold is no cold recruiter's: "my client has paused the
    search" is news of the reader's application); a status the rules read already stands, but a receipt's."""
    if relay is None or kind.kind is Kind.JOB_ALERT:
        return kind, status
    if kind.kind is Kind.RECRUITER_OUTREACH and relay.client is None and relay.status not in _NEWS_UNNAMED:
        return kind, status
    if kind.kind is not Kind.APPLICATION:
        kind = KindReading(Kind.APPLICATION, _RELAY_STRENGTH, _RELAY_REASON)
    if status.status not in (None, Status.APPLIED):
        return kind, status
    return kind, StatusReading(
        relay.status, _RELAY_STRENGTH, False, status.signals, subject_signals=status.subject_signals
    )


_SETTLED = frozenset({Status.OFFER, Status.INTERVIEW, Status.ASSESSMENT, Status.WITHDRAWN})


def _with_hiring_paused(status: Status, email: PreparedEmail) -> Status:
    """Hiring paused until further notice (hiring_pauses.py) withdraws the post, whatever receipt or
    regret the rules read around it; a step ahead or an offer stands."""
    if status in _SETTLED or not pauses_hiring(email):
        return status
    return Status.WITHDRAWN


def _with_event_status(reading: StatusReading, event: CalendarEvent | None) -> StatusReading:
    """An interview or exercise event is that step, whatever progress the text states."""
    if event is None or event.status is None:
        return reading
    if reading.status in (Status.OFFER, Status.REJECTED, Status.WITHDRAWN):
        return reading
    return StatusReading(
        event.status, _EVENT_STRENGTH, False, reading.signals, subject_signals=reading.subject_signals
    )


def _with_event_kind(reading: KindReading, event: CalendarEvent | None, email: PreparedEmail) -> KindReading:
    """An invitation to a hiring step is about an application (a Teams passcode does not make it "other")."""
    if event is None or event.status is None:
        return reading
    if reading.kind is Kind.RECRUITER_OUTREACH and not sent_by_a_calendar(email):
        # A cold contact offering its writer's booking link ("Here's my Calendly if easier") or a call under
        # a subject shaped like an event's ("Analyst role @ Acme - chat?"): the reader is asked to a first
        # talk no application of theirs is behind; a calendar's own mail is the event booked.
        return reading
    if reading.kind is not Kind.APPLICATION and (
        any(
            email.body_hits.get(category) or email.subject_hits.get(category)
            for category in ("MARKETING", "NOT_HIRING_INTERVIEW")
        )
        or written_to_the_one_hiring(email)
    ):
        return reading  # "mock interview" sessions and webinars; an interviewer's own invitation
    confidence = (
        max(reading.confidence, _EVENT_STRENGTH) if reading.kind is Kind.APPLICATION else _EVENT_STRENGTH
    )
    return KindReading(Kind.APPLICATION, confidence, "invitation to a hiring step")


# Unmeasured: how often a step of the reader's hire, read so, is an application's mail.
_HIRE_STEP_STRENGTH = 0.6
_HIRE_STEP_REASON = "a step of the reader's own hire"


def _unstated_status(reading: KindReading, email: PreparedEmail) -> Status:
    """The status of an application's mail that states none: "applied", or an offer where the mail welcomes
    the reader's hire (hire_steps.py)."""
    if reading.reason == _HIRE_STEP_REASON and welcomes_a_hire(email):
        return Status.OFFER
    return Status.APPLIED


_PROGRESS = frozenset({Status.APPLIED, Status.ASSESSMENT, Status.INTERVIEW})


def _with_hire_welcomed(status: Status, email: PreparedEmail) -> Status:
    """A welcome or onboarding of the reader's hire is an offer, whatever progress its dates read as ("your
    new hire orientation is Monday at 7am" is no interview; hire_steps.py); a decision stands."""
    if status in _PROGRESS and is_hire_step(email) and welcomes_a_hire(email):
        return Status.OFFER
    return status


def _with_hire_step(reading: KindReading, email: PreparedEmail) -> KindReading:
    """Mail about a step of the reader's own hire (a background check, references, onboarding) is about
    their application, though it states no news of it (hire_steps.py); not an advert's."""
    if (
        reading.kind is not Kind.OTHER
        # A referee's "references for Jordan's offer" are another candidate's hire (referee_requests.py).
        or reading.reason == ABOUT_SOMEONE_ELSE
        or email.body_hits.get("MARKETING")
        or email.subject_hits.get("MARKETING")
    ):
        return reading
    if not is_hire_step(email):
        return reading
    return KindReading(Kind.APPLICATION, _HIRE_STEP_STRENGTH, _HIRE_STEP_REASON)


_BRACKETED = re.compile(r"\([^)]*\)")


def people_name_keys(email: PreparedEmail) -> set[str]:
    """Keys of the names of the people writing and written to (greeting, subject address, the writer's
    "this is Olivia"): never an employer or a title."""
    keys: set[str] = set()
    names = [match.group("name") for match in line_start_matches(_GREETING, email.body[:600])]
    # Each subject pattern only where its words are (a search tries every place of the subject).
    if ", " in email.subject:
        names += [match.group("name") for match in _SUBJECT_ADDRESSEE.finditer(email.subject)]
    if "application " in email.subject or "received for" in email.subject:
        names += [match.group("name") for match in _RECEIVED_FOR.finditer(email.subject)]
    names += greeting_names(email.body[:600], email.subject)
    if _WRITER_WORDS.occurs_in(email.body[:600]):
        names += [match.group("name") for match in _WRITER.finditer(email.body[:600])]
    # "Olivia from Ardent Hotels <olivia@...>": a recruiter, or a hiring system's chat assistant under a
    # persona's name, writing from the employer; its mailbox and sign-off are the writer's, not a tenant's.
    display = email.sender.name.strip()
    if " " in display and (writer := PERSON_FROM.match(display)):
        names.append(display[: writer.start("employer")].rsplit(" ", 2)[0])
    # "Anouk <noreply@ats.example>" signing "Anouk de Vries": the display name is the writer's first name.
    if (
        display
        and " " not in display
        and (signed := signer(email))
        and signed.split()[0] == display
        and looks_like_person_name(signed)
        # "Adecco <orleans@adecco.fr>" signing "Adecco Orléans": an agency's branch and its town.
        and not only_places(signed.split(" ", 1)[1])
    ):
        names.append(display)
    for name in names:
        if names_a_person_role(name) or names_an_organisation(name):
            continue  # "an update on your application from Embrace Wellness Center" names the sender
        name = _BRACKETED.sub(" ", name)
        key = company_key(name)
        if not key or len(key.split()) > 4:
            continue
        keys.add(key)
        keys.update(part for part in key.split() if len(part) >= _MIN_NAME_PART)
    return keys


def _status_evidence(reading: StatusReading) -> StatusEvidence:
    if not reading.stated:
        return StatusEvidence.GUESSED
    if reading.from_subject:
        return StatusEvidence.STATED
    if reading.status is Status.WITHDRAWN:
        return StatusEvidence.WITHDRAWN
    if reading.status in (Status.INTERVIEW, Status.ASSESSMENT):
        return StatusEvidence.PROGRESS
    return StatusEvidence.STATED  # a news phrase, or no news: a confirmation


def _employer_evidence(
    employer: EmployerReading, hints: list[tuple[str, float, bool]], email: PreparedEmail
) -> EmployerEvidence:
    name = employer.name
    if name is None:
        return EmployerEvidence.NONE
    # A role's line with the organisation after a comma is a weaker say than the buckets were measured with.
    if any(same_employer(hint, name) for hint, weight, _ in hints if weight > WEAK_SIGNATURE_WEIGHT):
        return EmployerEvidence.SIGNATURE_OR_EVENT
    lowered = name.lower()
    if lowered in email.subject_lower or lowered in email.body_lower:
        return EmployerEvidence.TEXT
    return EmployerEvidence.SENDER_ONLY


def _title_evidence(title: str | None, email: PreparedEmail) -> TitleEvidence:
    if title is None:
        return TitleEvidence.NONE
    return TitleEvidence.SUBJECT if title.lower() in email.subject_lower else TitleEvidence.BODY
