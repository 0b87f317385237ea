"""Which application an application email belongs to.

Order of evidence (docs/DESIGN.md): the Gmail thread of an earlier email; the requisition id;
the same normalised employer and title; for an email without a title, the one application open at
that employer at its date (with several open, none: it is kept apart for the user to place); else a
new application. Names are compared by key only. An
application that carries other requisition ids than the email's is another job, whatever the title
says. An email that names no employer is keyed by its thread, else its requisition id, else itself
(`employer_key`), never grouped with other mail only because that lacks one too (nor because both name
a job board, a department or a person: tracker/weak_employers.py); the same thread or
requisition id joins it to mail that names the employer (`may_share`), never two named employers
that differ. Spellings of one employer that differ after the first word meet in one group
(`names.employer_group`) and match where compatible. A staffing agency's mail about one role joins the
one open application for that role its own mail began, when one of the two names only the agency (its
client not named yet: `relayed_application`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction, Status
from tracker.names import (
    company_key,
    compatible_employers,
    compatible_titles,
    employer_words,
    title_key,
)
from tracker.statuses import EARLIEST as _EARLIEST
from tracker.title_languages import translated_alike
from tracker.weak_employers import why_no_employer

# An untitled "applied" email this long after an application began confirms a new submission (an
# ATS's receipt and a job board's "application sent" for one submission come within days).
RESUBMISSION_GAP = timedelta(days=7)
# An email naming no role this soon after one application began is that application's follow-up
# (an ATS sends its assessment link or a board its confirmation with the receipt), whatever else is open.
FOLLOW_UP_WINDOW = timedelta(hours=12)


@dataclass(frozen=True)
class MatchKeys:
    """The normalised keys an email is matched by."""

    company_key: str
    title_key: str
    requisition_id: str | None
    employer_words: str = ""  # names.employer_words of the employer named ('' when none)
    # A titled email from a staffing agency's own domain: that domain ('' otherwise), and whether the
    # employer read is the agency itself (its client not named): `relayed_application`.
    relay_domain: str = ""
    agency_named: bool = False

    @classmethod
    def of(cls, extraction: Extraction, email: EmailMessage) -> MatchKeys:
        return cls.named(extraction, email.thread_id, email.message_id, email.sender)

    @classmethod
    def named(
        cls, named: Extraction | ApplicationEvent, thread_id: str | None, message_id: str, sender: str
    ) -> MatchKeys:
        """The keys of what an email from `sender` names (read as an extraction, or kept as an event).
        A name that is no employer's (weak_employers: a board's, a department's, a person's) counts as
        none."""
        company, job_title, requisition_id = named.company, named.job_title, named.requisition_id
        if why_no_employer(company, sender):
            company = None
        relay = agency_domain(sender) if job_title else ""
        return cls(
            company_key=employer_key(company, thread_id, message_id, requisition_id),
            title_key=title_key(job_title),
            requisition_id=requisition_key(requisition_id) or None,
            employer_words=employer_words(company),
            relay_domain=relay,
            agency_named=bool(relay) and names_the_agency(company_key(company), relay),
        )


def role_placeholders(keys: MatchKeys, status: Status | None) -> tuple[str, str]:
    """(the key an email leaves its employer under, the key of the employer it is planned with too) for
    a staffing agency's mail naming only the agency and an employer's own step about a role (not a
    receipt): each finds the other by the role's title, whichever was recorded first
    (`agency_begun_application`); ('', '') for other mail."""
    if not keys.title_key or is_unknown_employer(keys.company_key):
        return "", ""
    agency, client = f"{_AGENCY_ROLE}{keys.title_key}", f"{_CLIENT_ROLE}{keys.title_key}"
    if keys.agency_named:
        return agency, client
    if keys.relay_domain or status is None or status is Status.APPLIED:
        return "", ""
    return client, agency


def relay_placeholder(sender: str, job_title: str | None) -> str:
    """The key under which mail a staffing agency sent about one role is linked to the employer its
    mail named (recording.record_email), '' for mail no agency sent or naming no role."""
    domain = agency_domain(sender) if job_title else ""
    key = title_key(job_title)
    return f"{UNKNOWN_EMPLOYER_PREFIX}relay:{domain}|{key}" if domain and key else ""


UNKNOWN_EMPLOYER_PREFIX = "?"
_REQUISITION_PLACEHOLDER = "?req:"
# An agency's mail naming only the agency, and an employer's own step, under the role's title key.
_AGENCY_ROLE = f"{UNKNOWN_EMPLOYER_PREFIX}agency-role:"
_CLIENT_ROLE = f"{UNKNOWN_EMPLOYER_PREFIX}client-role:"


def employer_key(
    company: str | None, thread_id: str | None, message_id: str, requisition_id: str | None = None
) -> str:
    """The employer's key, or for an email that names no employer a placeholder: its thread's, else
    its requisition id's, else its own (`placeholder_keys`). Two emails that both lack an employer are
    no evidence of one application (a job board's confirmations all come from one address); one
    thread or one requisition id is."""
    if company_key(company):
        return company_key(company)
    return (placeholder_keys(thread_id, requisition_id) or [f"{UNKNOWN_EMPLOYER_PREFIX}{message_id}"])[0]


def placeholder_keys(thread_id: str | None, requisition_id: str | None) -> list[str]:
    """The keys standing for an employer not named, by the strong evidence an email carries: its
    thread's first, then its requisition id's. Mail naming no employer is recorded under the first; a
    recorded email naming its employer leaves that employer on each (recording.record_email), so later
    mail of that thread or requisition finds it."""
    keys = [f"{UNKNOWN_EMPLOYER_PREFIX}{thread_id}"] if thread_id else []
    requisition = requisition_key(requisition_id)
    return keys + ([f"{_REQUISITION_PLACEHOLDER}{requisition}"] if requisition else [])


def requisition_key(requisition_id: str | None) -> str:
    """A requisition id as compared: without spaces, in capitals ("r 1234" is "R1234")."""
    return "".join((requisition_id or "").split()).upper()


def carries(application: Application, requisition: str | None) -> bool:
    """Whether the application carries the requisition id (a key, `requisition_key`)."""
    return bool(requisition) and requisition in {requisition_key(r) for r in application.requisition_ids}


def is_unknown_employer(key: str) -> bool:
    return key.startswith(UNKNOWN_EMPLOYER_PREFIX)


def may_share(application: Application, keys: MatchKeys) -> bool:
    """Whether strong evidence (one thread, one requisition id) may join an email to an application:
    their employers are compatible, or one of them names none. Two named employers that differ never
    share an application ("Capital One" and "Capital Group" with one requisition id among them)."""
    return (
        not application.company_key
        or is_unknown_employer(application.company_key)
        or is_unknown_employer(keys.company_key)
        or _spelled_compatibly(application, keys)
    )


def same_employer(keys: MatchKeys, applications: list[Application]) -> list[Application]:
    """The applications whose employer is spelled compatibly with the email's: its candidates
    ("Capital Group" is no candidate for "Capital One", though both keys begin with "capital")."""
    return [a for a in applications if _spelled_compatibly(a, keys)]


# Asked of every application for every email its employer's re-plan matches, of a user's few
# spellings of an employer: each answer is worked out once.
_words_of = functools.lru_cache(maxsize=4096)(employer_words)
_compatible = functools.lru_cache(maxsize=8192)(compatible_employers)


def _spelled_compatibly(application: Application, keys: MatchKeys) -> bool:
    return _compatible(application.company_key, keys.company_key) and (
        not keys.employer_words or _compatible(_words_of(application.company), keys.employer_words)
    )


class Candidates:
    """The applications one email is matched against, with what several rules ask of them worked out
    once: an employer's re-plan matches every one of its emails against its growing applications, and
    the match (`match_application`) and the review reasons (`untitled_rivals`, `title_rivals`,
    `weak_join`) ask the same questions of one list."""

    def __init__(
        self, keys: MatchKeys, received_at: datetime | None, applications: list[Application]
    ) -> None:
        self.keys, self.received_at = keys, received_at
        self.group = applications  # the employer group's (names.employer_group)
        self.same = same_employer(keys, applications)  # those spelled compatibly with the email's employer

    @functools.cached_property
    def open_same(self) -> list[Application]:
        """`same` that were open at the email's date (`open_at`)."""
        return open_at(self.received_at, self.same)

    @functools.cached_property
    def similar(self) -> list[Application]:
        """`same` open at the email's date whose title is another spelling of the email's."""
        return other_spellings(self.keys.title_key, self.open_same)


def _candidates(
    keys: MatchKeys, received_at: datetime | None, applications: list[Application] | Candidates
) -> Candidates:
    if isinstance(applications, Candidates):
        return applications
    return Candidates(keys, received_at, applications)


def _started(application: Application) -> datetime:
    return application.applied_at or _EARLIEST


def _latest_activity(application: Application) -> datetime:
    return application.updated_at or application.applied_at or _EARLIEST


def match_application(
    keys: MatchKeys,
    status: Status,
    received_at: datetime | None,
    thread_application: Application | None,
    company_applications: list[Application] | Candidates,
    status_stated: bool = False,
    sender: str = "",
) -> Application | None:
    """The existing application this email belongs to, or None when it starts a new one.

    `company_applications` are the user's applications in the group of `keys.company_key`;
    `thread_application` is the one an earlier email of the same Gmail thread went to;
    `status_stated` says the email itself states its status (not "applied" by default); `sender` is
    its From address.
    Applications whose employer is spelled incompatibly (`compatible_employers`) are not candidates.
    """
    candidates = _candidates(keys, received_at, company_applications)
    company_applications, requisition_apart = candidates.same, False
    if thread_application is not None and may_share(thread_application, keys):
        return thread_application
    if keys.requisition_id:
        for application in candidates.group:
            if carries(application, keys.requisition_id) and may_share(application, keys):
                return application
        # Another requisition at the same employer is another job, whatever the title says.
        company_applications = [a for a in company_applications if not a.requisition_ids]
        requisition_apart = True
    if keys.relay_domain and (relayed := relayed_application(keys, received_at, candidates)):
        return relayed  # (relay_domain is only set for an email naming a role)
    if key := keys.title_key:
        confirmation = status is Status.APPLIED and status_stated

        def similar() -> list[Application]:
            """The title written another way, among the applications still candidates."""
            if confirmation:
                return []
            return [a for a in candidates.similar if not (requisition_apart and a.requisition_ids)]

        titled = _match_titled(key, status, received_at, company_applications, similar, confirmation)
        if titled is None and status is not Status.APPLIED and not keys.relay_domain:
            return agency_begun_application(keys, received_at, candidates)
        return titled
    if status is Status.APPLIED and status_stated and received_at is not None:
        # A confirmation naming no role, long after an application began, is another submission; so
        # is one from the address whose confirmation began a title-less application (one receipt a
        # submission: a board's and an ATS's for one submission come from two addresses).
        company_applications = [
            a
            for a in company_applications
            if received_at - _started(a) <= RESUBMISSION_GAP
            and not (sender and not a.title_key and a.sender_email == sender)
        ]
    return _match_untitled(received_at, company_applications)


def relayed_application(
    keys: MatchKeys, received_at: datetime | None, candidates: Candidates
) -> Application | None:
    """The one open application for the email's role that the same staffing agency's mail began, where
    the agency's receipt named no client and its later mail names one (or the other way round): one
    agency, one role, one candidate. Not where the two name different clients or different requisition
    ids (one agency's two announcements of one title are two jobs), nor with two such applications open
    (which one is a guess)."""
    relayed = [
        a
        for a in open_at(received_at, candidates.group)
        if a.title_key == keys.title_key
        and agency_domain(a.sender_email) == keys.relay_domain
        and not (keys.requisition_id and a.requisition_ids and not carries(a, keys.requisition_id))
        and (
            keys.agency_named
            or names_the_agency(a.company_key, keys.relay_domain)
            or _spelled_compatibly(a, keys)
        )
    ]
    return relayed[0] if len(relayed) == 1 else None


def agency_begun_application(
    keys: MatchKeys, received_at: datetime | None, candidates: Candidates
) -> Application | None:
    """The one open application for the email's role that a staffing agency's mail began naming only the
    agency (its client not named), which an employer's own step about that role (an interview, an offer,
    a rejection; never a receipt: that is a submission of the reader's own) joins: the agency's client
    writing for itself. Not across different requisition ids, nor with two such applications open (which
    agency's client wrote is a guess); the join is flagged for review (`weak_join`)."""
    if is_unknown_employer(keys.company_key):
        return None
    begun = [
        a
        for a in open_at(received_at, candidates.group)
        if a.title_key == keys.title_key
        and names_only_its_agency(a)
        and not (keys.requisition_id and a.requisition_ids and not carries(a, keys.requisition_id))
    ]
    return begun[0] if len(begun) == 1 else None


def names_only_its_agency(application: Application) -> bool:
    """Whether the application was begun by a staffing agency's own mail and is named after the agency
    (its client not named yet)."""
    relay = agency_domain(application.sender_email)
    return bool(relay) and names_the_agency(application.company_key, relay)


def _match_titled(
    key: str,
    status: Status,
    received_at: datetime | None,
    candidates: list[Application],
    similar: Callable[[], list[Application]],
    confirmation: bool = False,
) -> Application | None:
    same_role = [a for a in candidates if a.title_key == key]
    if same_role:
        return _same_role_application(same_role, status, received_at)
    # The role written another way ("Senior Data Engineer II" for "Sr. Data Engineer"): the one open
    # application whose title is compatible (with several, none: which one is a guess). A confirmation
    # is not matched so: a second receipt with another wording is as likely another submission
    # (`similar` is empty then).
    if len(spellings := similar()) == 1:
        return spellings[0]
    # An earlier email that named no title started this application: this one names it (unless that
    # application had closed before this email: a role named after a rejection is another job; or, for
    # a confirmation, had moved past "applied": one is confirmed before one is interviewed; or began
    # more than RESUBMISSION_GAP before it: one submission's receipts come within days).
    untitled = [
        a
        for a in open_at(received_at, candidates)
        if not a.title_key and not (confirmation and _not_its_receipt(a, received_at))
    ]
    return max(untitled, key=_latest_activity) if untitled else None


def _not_its_receipt(application: Application, received_at: datetime | None) -> bool:
    """Whether a confirmation dated `received_at` cannot be another receipt of the submission that began
    `application`: it had moved past "applied", or began more than RESUBMISSION_GAP before."""
    if application.progress_status is not Status.APPLIED:
        return True
    return received_at is not None and received_at - _started(application) > RESUBMISSION_GAP


def other_spellings(key: str, open_applications: list[Application]) -> list[Application]:
    """The applications whose title is another spelling of the role `key` names
    (names.compatible_titles), or the role in another language (title_languages), not the same key."""
    return [
        a
        for a in open_applications
        if a.title_key
        and a.title_key != key
        and (compatible_titles(a.title_key, key) or translated_alike(a.title_key, key))
    ]


def _same_role_application(
    same_role: list[Application], status: Status, received_at: datetime | None
) -> Application | None:
    """Among applications for one role, the one this email is part of (None: a re-application)."""
    moment = received_at or _EARLIEST
    if status is Status.APPLIED and received_at is not None:
        closed_before = [a for a in same_role if a.closed_at is not None and a.closed_at < moment]
        if len(closed_before) == len(same_role):
            # Days after the close it is the confirmation sent again (its status never goes back);
            # later it is applying again.
            resent = [a for a in closed_before if moment - a.closed_at <= RESUBMISSION_GAP]  # type: ignore[operator]
            return max(resent, key=_started) if resent else None
    started_before = [a for a in same_role if _started(a) <= moment]
    if started_before:
        return max(started_before, key=_started)
    return min(same_role, key=_started)


def _just_started(received_at: datetime | None, open_then: list[Application]) -> Application | None:
    """The one application of several open that began within FOLLOW_UP_WINDOW before the email."""
    if received_at is None:
        return None
    recent = [a for a in open_then if received_at - _started(a) <= FOLLOW_UP_WINDOW]
    return recent[0] if len(recent) == 1 else None


def untitled_rivals(candidates: Candidates) -> int:
    """How many applications an email naming neither role nor requisition could belong to at its
    date: more than one keeps it apart (`_match_untitled`), flagged for review."""
    if candidates.keys.title_key or candidates.keys.requisition_id:
        return 0
    return len(candidates.open_same)


def weak_join(application: Application, candidates: Candidates) -> str | None:
    """Why joining an email to `application` (chosen by `match_application`, not by its thread or
    requisition id) is a guess the user should check, or None when the evidence is strong."""
    keys, open_same = candidates.keys, candidates.open_same
    if keys.requisition_id and carries(application, keys.requisition_id):
        return None
    if (
        keys.title_key
        and not keys.relay_domain
        and names_only_its_agency(application)
        and not names_the_agency(keys.company_key, agency_domain(application.sender_email))
    ):
        return (
            "an employer's own email about a role joined the application a staffing agency's mail began "
            "for that role, naming no client"
        )
    if keys.title_key:
        if application.title_key:
            return None
        untitled = [a for a in open_same if not a.title_key]
        if len(untitled) < 2:
            return None
        return (
            f"an email naming a job title was joined to the latest of {len(untitled)} open applications at "
            "this employer that named none"
        )
    if application in open_same:
        return None
    return (
        "an email naming no job title, dated after every application at this employer had closed, was "
        "joined to the latest"
    )


def title_rivals(status: Status, status_stated: bool, candidates: Candidates) -> int:
    """How many open applications an email's title is another spelling of, when none has its own:
    more than one keeps it apart (`_match_titled`), flagged for review."""
    key = candidates.keys.title_key
    if not key or (status is Status.APPLIED and status_stated):
        return 0
    if any(a.title_key == key for a in candidates.same):
        return 0
    return len(candidates.similar)


def open_at(received_at: datetime | None, candidates: list[Application]) -> list[Application]:
    """The applications that had started and were not yet closed at `received_at`."""
    moment = received_at or _EARLIEST
    return [a for a in candidates if _started(a) <= moment and (a.closed_at is None or a.closed_at >= moment)]


def _match_untitled(received_at: datetime | None, candidates: list[Application]) -> Application | None:
    """The one application that was open at the email's date; None when several were (which one an
    email naming no role is about is a guess, and a wrong guess spoils two applications).

    Judged at the email's date, not at arrival time, so that the answer does not depend on the
    order emails are processed in. Without such an application: the latest open one, else the latest.
    """
    if not candidates:
        return None
    open_then = open_at(received_at, candidates)
    if len(open_then) > 1:
        return _just_started(received_at, open_then)
    if open_then:
        return open_then[0]
    open_now = [a for a in candidates if a.is_open]
    return max(open_now or candidates, key=lambda a: (_latest_activity(a), a.app_id))
