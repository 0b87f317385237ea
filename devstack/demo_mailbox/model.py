"""What the demo mailbox is made of: finished emails with their truth, and the drafts templates write."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from devstack.demo_mailbox.people import Employer, Person
from tracker.models import Kind, Status

# The vocabulary of tracker.models as plain strings, so the truth serialises as-is.
KINDS = tuple(kind.value for kind in Kind)
APPLICATION, JOB_ALERT, RECRUITER_OUTREACH, OTHER = KINDS
STATUSES = tuple(status.value for status in Status)
APPLIED, ASSESSMENT, INTERVIEW, OFFER, REJECTED, WITHDRAWN = STATUSES
FINAL_STATUSES = tuple(status.value for status in Status if status.is_final)
STATUS_RANK = {status.value: status.rank for status in Status}

DEMO_USER_NAME = "Alex Rivera"
DEMO_USER_ADDRESS = "alex.rivera@example.com"


@dataclass(frozen=True)
class EmailTruth:
    """What a careful human would say the email is. Only application emails carry status/company/title/key.

    `company` is the hiring employer as a human writes it (never the ATS or job board), the same on every
    email of one application; `job_title` is None when the email does not state the title.
    """

    kind: str
    status: str | None = None
    company: str | None = None
    job_title: str | None = None
    application_key: str | None = None


@dataclass(frozen=True)
class DemoEmail:
    """One message as Gmail would hold it, with its ground truth.

    `received_at` is UTC and equal (as an instant) to the Date header. `thread_id` is a Gmail-style id
    (16 hex digits) shared by every message of a thread; it is the id of the thread's first message.
    """

    raw: bytes
    message_id: str
    received_at: datetime
    labels: tuple[str, ...]
    truth: EmailTruth
    thread_id: str = ""
    # The dates the email states, as (kind, UTC instant): an interview's start, an assessment's deadline.
    scheduled: tuple[tuple[str, datetime], ...] = ()


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message."""

    filename: str
    content_type: str
    data: bytes


@dataclass
class Draft:
    """One email as a template writes it, before it gets a date, ids and MIME structure.

    At least one of `text` and `html` is set; both set means multipart/alternative. An empty `text`
    with no html is a deliberately empty body. `encoding` forces a Content-Transfer-Encoding
    ("quoted-printable", "base64", "8bit", "7bit"); None lets the builder pick one like the sender would.
    """

    sender_name: str
    sender_address: str
    subject: str
    truth: EmailTruth
    text: str | None = None
    html: str | None = None
    category: str = "CATEGORY_UPDATES"
    important: bool = False
    charset: str = "utf-8"
    encoding: str | None = None
    # "B" writes the subject as base64 encoded-words ("=?UTF-8?B?...?="); otherwise non-ASCII subjects
    # get whichever encoding the email package finds shorter.
    subject_encoding: str | None = None
    msgid_style: str = "generic"
    msgid_domain: str = "mail.example.net"
    reply_to: str | None = None
    bulk: bool = False
    language: str = "en"
    attachments: tuple[Attachment, ...] = ()
    calendar: str | None = None
    scheduled: tuple[tuple[str, datetime], ...] = ()  # see DemoEmail.scheduled
    # Mail a person wrote in a webmail client: the client adds an HTML alternative made from the text.
    html_from_text: bool = False
    utc_offset_hours: int = 0  # the offset the sender writes its Date header in
    # For replies: what Alex wrote in between (sent mail, not in the inbox), quoted by this reply.
    answers_note: str | None = None
    # Set when the draft becomes a reply: the thread's message ids, oldest first.
    references: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Role:
    """One application as the templates see it: who, what, where, and the ids the employer's systems use."""

    key: str
    employer: Employer
    title: str
    location: str
    requisition: str
    recruiter: Person
    hiring_manager: Person
    applied_at: datetime


@dataclass(frozen=True)
class PlannedStep:
    """A lifecycle step before it has a date: what to send, and how many days after the previous step."""

    status: str
    sender: str
    after_days: float
    variant: str = ""
    titled: bool = True
    reply: bool = False


@dataclass(frozen=True)
class Step:
    """One email of an application's lifecycle, as the lifecycle planner asks a template for it.

    `sender` names the template family ("workday", "linkedin", "direct", "hackerrank", ...). `titled`
    False asks for an email that names no job title. `variant` picks a special shape the family knows
    ("viewed", "cancelled", "empty", "long", "calendar", "letter", "update_subject", "same_subject"...).
    `reuse_subject` is the earlier subject a "same_subject" email repeats, as ATS rejections often do;
    `reply` makes the email a reply in the application's conversation with the employer.
    """

    status: str
    sender: str
    when: datetime
    titled: bool = True
    variant: str = ""
    reuse_subject: str | None = None
    reply: bool = False


def application_truth(role: Role, status: str, titled: bool = True) -> EmailTruth:
    """The truth of an email about `role`: its employer's usual name, and its title if the email states it."""
    return EmailTruth(APPLICATION, status, role.employer.name, role.title if titled else None, role.key)


@dataclass(frozen=True)
class Cast:
    """Who the rest of the mailbox can mention: employers Alex applied to (alerts and portals name them
    too), employers Alex never applied to (recruiters pitch those), and job titles."""

    applied_employers: tuple[Employer, ...]
    other_employers: tuple[Employer, ...]
    roles: tuple[str, ...]
