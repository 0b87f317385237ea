"""A person's reply read as no application's, from the writer of one application's mail: that
application's, for `track` over a whole inbox.

A hiring manager answering the reader by hand ("Re: the gate code": "fine, see you at two")
often writes nothing a pattern reads as an application's: no role, no employer, no step. Where the
reader's own mail it answers is not in the export, the subject names a conversation no earlier mail
opened, so subject_threads.py does not join it either. Its writer does: the same person's address
(never a team's or a no-reply mailbox, nor a platform's) that wrote mail of exactly one application
before it, one employer and one role, is writing about that application. Such a reply joins it with
no status of its own (applied, unstated: it moves nothing), flagged for review (the reader may have
written to that person about something else). Only a reply ("Re:", "AW:", "Antw:" ...: the reader
wrote to that person) is taken; mail that person starts is not (a newsletter, a new role). A writer
whose earlier mail is about several applications or employers (a recruiter with several candidacies,
two roles at one employer), or names none, leaves it as read, and so does a staffing agency's recruiter,
and so does a reply in a conversation its writer opened with mail about no application (her approach
about another post: "Re: <that approach's subject>" answers it, whatever her earlier application).

`track` only: the worker, recording one mail at a time, skips such mail as read, as it does subject
threads' (docs/DESIGN.md); the answer depends on the writer's other mail.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.platforms import is_generic_mailbox, platform_of
from tracker.extraction.text import Sender, subject_answers_a_mail
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.names import company_key, title_key
from tracker.subject_threads import base_subject, no_employer

REPLY_OF_ITS_WRITER = (
    "a reply read as no application's mail was joined to the one application its writer's earlier mail "
    "was about"
)


def writers_replies(
    items: Iterable[tuple[EmailMessage, Extraction]],
) -> Iterator[tuple[EmailMessage, Extraction, str | None]]:
    """`items` (in date order), each reply read as other mail whose writer's earlier application mail
    is about one application given that application's employer and title, with the review reason
    (`REPLY_OF_ITS_WRITER`); every other item as it is, with None."""
    earlier: dict[str, list[Extraction]] = {}
    # The conversations each writer opened with mail about no application (an approach about another
    # post, a newsletter): a reply in one of them answers that mail, not her application's.
    opened_apart: dict[str, set[str]] = {}
    for email, reading in items:
        writer = _person(email.sender)
        if not writer:
            yield email, reading, None
            continue
        if reading.is_application:
            earlier.setdefault(writer, []).append(reading)
            yield email, reading, None
            continue
        subject = base_subject(email.subject)[0]
        application = one_application(earlier.get(writer, []), email.sender)
        if (
            reading.kind is not Kind.OTHER
            or application is None
            or not subject_answers_a_mail(email.subject)
            or subject in opened_apart.get(writer, ())
        ):
            opened_apart.setdefault(writer, set()).add(subject)
            yield email, reading, None
            continue
        company, title = application
        yield email, joined_application(reading, company, title), REPLY_OF_ITS_WRITER


def joined_application(reading: Extraction, company: str, title: str | None) -> Extraction:
    """Mail read as other that joins a writer's one application: that application's, with no status stated
    (it moves nothing), its confidence and extractor kept."""
    return Extraction(
        kind=Kind.APPLICATION,
        status=Status.APPLIED,
        company=company,
        job_title=title,
        confidence=reading.confidence,
        extractor=reading.extractor,
        status_stated=False,
    )


def _person(raw_sender: str) -> str:
    """The address of a person writing for an employer ("jo.marsh@...", "werkplaats@..." under a
    person's name), '' for a team's, a no-reply or a platform's mailbox, no address, or a staffing
    agency's recruiter (her next role for the reader is as likely as the last: a reply says not which)."""
    return "" if agency_domain(raw_sender) else person_address(raw_sender)


def person_address(raw_sender: str) -> str:
    """The address of a person ("jo.marsh@..."), '' for a team's, a no-reply or a platform's mailbox, or
    no address."""
    sender = Sender.parse(raw_sender)
    if not sender.address or is_generic_mailbox(sender.mailbox) or platform_of(sender) is not None:
        return ""
    return sender.address


def one_application(readings: list[Extraction], sender: str) -> tuple[str, str | None] | None:
    """The employer and title of the one application `readings` (one writer's application mail) are
    about: every employer read spelled alike, every title read written alike, and one employer named at
    least; None otherwise."""
    named = [r for r in readings if not no_employer(r.company, sender)]
    if not named:
        return None
    keys = {company_key(r.company) for r in named}
    titles = {title_key(r.job_title) for r in readings} - {""}
    if not all(compatible_employers(a, b) for a in keys for b in keys):
        return None
    if not all(compatible_titles(a, b) for a in titles for b in titles):
        return None
    latest = named[-1]
    title = latest.job_title or next((r.job_title for r in reversed(readings) if r.job_title), None)
    assert latest.company is not None
    return latest.company, title
