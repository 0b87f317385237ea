"""The tracker's vocabulary: plain dataclasses, no I/O, nothing from Google."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.model_calls import ModelCall


class Kind(StrEnum):
    """What an email is about, from the job seeker's point of view."""

    APPLICATION = "application"
    JOB_ALERT = "job_alert"
    RECRUITER_OUTREACH = "recruiter_outreach"
    OTHER = "other"


class Status(StrEnum):
    """Where an application stands. Ranked; rejected and withdrawn are final."""

    APPLIED = "applied"
    ASSESSMENT = "assessment"
    INTERVIEW = "interview"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def rank(self) -> int:
        return _STATUS_RANK[self]

    @property
    def is_final(self) -> bool:
        return self in (Status.REJECTED, Status.WITHDRAWN)


_STATUS_RANK = {
    Status.APPLIED: 1,
    Status.ASSESSMENT: 2,
    Status.INTERVIEW: 3,
    Status.OFFER: 4,
    Status.REJECTED: 5,
    Status.WITHDRAWN: 5,
}


@dataclass(frozen=True)
class EmailMessage:
    """One email, decoded to readable text. Bodies are never stored, only read.

    `message_id` is the id the source gives it (Gmail id, JSONL id, Message-ID header or file name).
    `sender` is the raw From header ("Name <address>"); `received_at` is timezone-aware or None.
    """

    message_id: str
    sender: str = ""
    subject: str = ""
    body: str = ""
    received_at: datetime | None = None
    thread_id: str | None = None
    # When the events of an attached calendar (text/calendar part) start, in UTC.
    calendar_starts: tuple[datetime, ...] = ()
    # The start of the message a reply quotes ("On ..., Sam <...> wrote:" and its first lines), which the
    # body leaves off: who the reply answers and what they asked. "" when the mail quotes none.
    quoted: str = ""


@dataclass(frozen=True)
class ScheduledDate:
    """A date that matters on an application: an interview or assessment, or an assessment's deadline.

    `kind` is "interview", "assessment" or "deadline"; `starts_at` is in UTC; `source` says how it
    was read ("calendar", "stated", "allowance").
    """

    kind: str
    starts_at: datetime
    source: str = "stated"


@dataclass(frozen=True)
class Extraction:
    """What an extractor read from one email.

    `status`, `company` and `job_title` are None unless kind is application (company/title may be None
    then too, when the email does not say). `confidence` is in [0, 1]. `extractor` names who decided
    ("rules", "llm", "rules-fallback", ...). `requisition_id` is the job/requisition id when the email
    states one; it helps matching but is never part of the title.
    """

    kind: Kind
    status: Status | None = None
    company: str | None = None
    job_title: str | None = None
    confidence: float = 1.0
    extractor: str = "rules"
    requisition_id: str | None = None
    # False when the email states no status and "applied" is only the default (a subject-only
    # "Update on your application"): such an email says nothing about a new submission.
    status_stated: bool = True
    # The model call made for this extraction, if one was (what it cost, which fields came back):
    # the worker records it in the user's log. Not part of what was read, so not compared.
    model_call: ModelCall | None = field(default=None, compare=False, repr=False)
    # The employer's name in full where the mail writes it as an acronym too ("Federal Aviation
    # Administration" for "FAA"): recording files the mail under it (tracker/employer_acronyms.py). Not
    # what was read (`company` is, as written), so not compared.
    company_in_full: str | None = field(default=None, compare=False, repr=False)

    @property
    def is_application(self) -> bool:
        return self.kind is Kind.APPLICATION


@dataclass
class ApplicationEvent:
    """One email on an application's timeline, with what was read from it (enough to re-plan)."""

    message_id: str
    status: Status
    received_at: datetime | None
    subject: str = ""
    sender: str = ""
    thread_id: str | None = None
    extractor: str = "rules"
    confidence: float = 1.0
    company: str | None = None
    job_title: str | None = None
    requisition_id: str | None = None
    status_stated: bool = True
    # The dates the email states (an interview's time, an assessment's deadline), in UTC.
    dates: tuple[ScheduledDate, ...] = ()
    # When the tracker recorded it (not when it was sent): what "new since you last looked" counts.
    recorded_at: datetime | None = None
    # When its subject is erased (the user's retention period: tracker/retention.py).
    subject_expire_at: datetime | None = None


@dataclass
class ManualEdit:
    """A change the user made by hand, in the app or in their sheet (`source`): on the timeline beside
    the emails. `changes` holds each changed field's new value as shown (tags joined by ", ")."""

    at: datetime
    source: str
    changes: dict[str, str]


@dataclass
class Application:
    """One job application: the unit the tracker shows and the sheet has a row for."""

    app_id: str
    company: str
    company_key: str
    job_title: str | None
    title_key: str
    status: Status
    applied_at: datetime | None
    updated_at: datetime | None
    last_message_id: str | None = None
    sender_email: str = ""
    requisition_ids: list[str] = field(default_factory=list)
    # Highest non-final status seen, and the latest-dated final one (rejected/withdrawn) with its
    # date: kept apart so that emails folded in any order converge on one status.
    progress_status: Status = Status.APPLIED
    final_status: Status | None = None
    closed_at: datetime | None = None
    # When the employer first answered (the earliest email with a status past "applied").
    first_response_at: datetime | None = None
    # Which email the shown company / title spelling came from ("<date>|<message id>"): the
    # earliest-dated email that states one wins, so the spelling does not depend on arrival order.
    company_source: str | None = None
    title_source: str | None = None
    edited_fields: list[str] = field(default_factory=list)
    row_number: int | None = None
    sheet_dirty: bool = True
    version: int = 0
    source: str = "email"
    # Why the tracker is unsure this record is one whole application (None when the evidence is
    # strong): the user checks it, merges or splits it.
    needs_review: str | None = None
    # The user's own: free tags (lower case, tracker/editing.py's rules) and notes. No email sets them.
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    # Hand-made changes, oldest first (the latest MAX_MANUAL_EDITS): the timeline shows them, and a
    # sheet sync compares their times with the sheet's (tracker/sheet_sync.py).
    manual_edits: list[ManualEdit] = field(default_factory=list)
    # Who decided which emails make up this record when the user did ("confirmed", "merged",
    # "split"): such a record is pinned, so re-planning its employer never regroups it.
    pinned_by: str | None = None
    # The user's latest merge or split that made this record (its undo token): an undo applies only
    # while the records it made are as that correction left them.
    last_correction: str | None = None

    @property
    def is_open(self) -> bool:
        return not self.status.is_final


def attributes(record: object, *names: str) -> dict[str, Any]:
    """These attributes of `record` by name, for building a record or document with the same names."""
    return {name: getattr(record, name) for name in names}
