"""The keys an application email is matched by, and the applications it is matched against.

An email that names no employer is keyed by its thread, else its requisition id, else itself
(`employer_key`), never grouped with other mail only because that lacks one too (nor because both name
a job board, a department or a person: tracker/weak_employers.py); the same thread or requisition id
joins it to mail that names the employer (`may_share`), never two named employers that differ (one thread
may join a site or unit of its employer sharing its first word, not one naming another role:
`may_share_thread`).
Spellings of one employer that differ after the first word meet in one group (`names.employer_group`)
and match where compatible (`spelled_compatibly`). Which candidate an email joins: tracker/matching.py.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.employer_spellings import written_by_its_tail
from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction
from tracker.names import company_key, employer_group, employer_words, title_key
from tracker.statuses import EARLIEST as _EARLIEST
from tracker.step_titles import role_title
from tracker.title_languages import translated_alike
from tracker.weak_employers import why_no_employer


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
        none; so does a title that is a hiring step's name (step_titles)."""
        company, requisition_id = named.company, named.requisition_id
        job_title = role_title(named.job_title)  # a step's name ("Centre and Partner") names no role
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


UNKNOWN_EMPLOYER_PREFIX = "?"
_REQUISITION_PLACEHOLDER = "?req:"


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
        or spelled_compatibly(application, keys)
    )


def may_share_thread(application: Application, keys: MatchKeys) -> bool:
    """Whether one thread may join an email to an application (`may_share`), or the two name employers of
    one first word (employer_group) not spelled alike: in one conversation about one application, a site
    or unit of its employer ("Harwick Eastside Clinic" in a reply to "Harwick Health"'s invitation). Not
    where the email names another role than the application's: a sister firm of that first word answering
    in the chain about its own post ("Ashgrove Insurance"'s analyst role in a reply to "Ashgrove Bank"'s
    rejection) is an application of its own."""
    if may_share(application, keys):
        return True
    return employer_group(application.company_key) == employer_group(keys.company_key) and not _another_role(
        application.title_key, keys.title_key
    )


def _another_role(recorded: str, named: str) -> bool:
    """Whether two title keys, both written, name two roles: not one key, nor one role written another way
    or in another language (`other_spellings`' tests)."""
    return bool(
        recorded
        and named
        and recorded != named
        and not compatible_titles(recorded, named)
        and not translated_alike(recorded, named)
    )


def same_employer(keys: MatchKeys, applications: list[Application]) -> list[Application]:
    """The applications whose employer is spelled compatibly with the email's: its candidates
    ("Capital Group" is no candidate for "Capital One", though both keys begin with "capital")."""
    return [a for a in applications if spelled_compatibly(a, keys)]


# Asked of every application for every email its employer's re-plan matches, of a user's few
# spellings of an employer: each answer is worked out once.
_words_of = functools.lru_cache(maxsize=4096)(employer_words)
_compatible = functools.lru_cache(maxsize=8192)(compatible_employers)


def spelled_compatibly(application: Application, keys: MatchKeys) -> bool:
    if written_by_its_tail(application.company_key, keys.company_key):
        return True
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


def started_at(application: Application) -> datetime:
    return application.applied_at or _EARLIEST


def latest_activity(application: Application) -> datetime:
    return application.updated_at or application.applied_at or _EARLIEST


def open_at(received_at: datetime | None, candidates: list[Application]) -> list[Application]:
    """The applications that had started and were not yet closed at `received_at`."""
    moment = received_at or _EARLIEST
    return [
        a for a in candidates if started_at(a) <= moment and (a.closed_at is None or a.closed_at >= moment)
    ]


def other_spellings(key: str, open_applications: list[Application]) -> list[Application]:
    """The applications whose title is another spelling of the role `key` names
    (compatible_spellings.compatible_titles), or the role in another language (title_languages), not the
    same key."""
    return [
        a
        for a in open_applications
        if a.title_key
        and a.title_key != key
        and (compatible_titles(a.title_key, key) or translated_alike(a.title_key, key))
    ]
