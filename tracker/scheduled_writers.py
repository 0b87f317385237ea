"""A scheduling tool's confirmation naming, as one of its event's people, the person whose own mail was all
about one application: that application's, for `track` over a whole inbox.

A recruiter or a hiring manager sends her booking link and the reader picks a slot: Calendly, GoodTime,
ModernLoop or Prelude confirms it ("Confirmed: Intro call with Mara Veldkamp on Tuesday", "Confirmé : Jordan
Reyes et Mara Veldkamp le mardi", "Bestätigt: Kennenlernen mit Mara Veldkamp am Dienstag"). The tool's mail
names the event as its host wrote it, often not the employer (read as none, or as no application's mail at
all), so it starts an application of its own or none. Its people say which it is: the person it names
whole (her display name, "Last, First" read as "First Last") whose own address (never a team's, a no-reply
or a platform's mailbox, nor a staffing agency's recruiter: writers_replies.person_address) wrote
application mail about exactly one application in the inbox (one employer, one role: before or after the
booking, as the reader books before her next mail). Such a confirmation joins that application: read as an
application naming no employer, it keeps its status and takes that employer (and role, where it names
none); read as other mail, it states no status (applied, unstated: it moves nothing). Named by none of
them, by two writing about two applications, or read naming an employer, it is left as read; the join is
flagged for review.

`track` only, as writers_replies.py: the answer depends on the inbox's other mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.extraction.calendar_invitations import SCHEDULING_TOOLS
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.platforms import platform_of
from tracker.extraction.text import Sender
from tracker.folded_text import fold_name, fold_text
from tracker.models import EmailMessage, Extraction, Kind
from tracker.subject_threads import no_employer
from tracker.writers_replies import joined_application, one_application, person_address

BOOKED_WITH_ITS_WRITER = (
    "a scheduling tool's confirmation was joined to the one application whose mail the person it names wrote"
)


def is_scheduling_mail(email: EmailMessage) -> bool:
    """Whether a scheduling tool sent the mail: `track` keeps its text for `scheduled_with_writers`."""
    return platform_of(Sender.parse(email.sender)) in SCHEDULING_TOOLS


def scheduled_with_writers(
    items: Sequence[tuple[EmailMessage, Extraction, str]],
) -> tuple[list[Extraction], dict[str, str]]:
    """Each reading of `items` (mail, its reading, its kept text: '' where none), a scheduling tool's
    confirmation naming no employer given the employer and role of the one application the person it
    names wrote about; with the review reason of each joined, by message id."""
    readings = [reading for _, reading, _ in items]
    bookings = [
        position
        for position, (email, reading, _) in enumerate(items)
        if is_scheduling_mail(email)
        and (
            reading.kind is Kind.OTHER
            or (reading.is_application and no_employer(reading.company, email.sender))
        )
    ]
    if not bookings:
        return readings, {}
    writers = _writers(items)
    review: dict[str, str] = {}
    for position in bookings:
        email, reading, text = items[position]
        folded = f" {fold_text(email.subject + chr(10) + text)} "
        named = {application for name, application in writers.items() if f" {name} " in folded}
        if len(named) != 1:
            continue
        company, title = named.pop()
        if reading.is_application:
            readings[position] = replace(reading, company=company, job_title=reading.job_title or title)
        else:
            readings[position] = joined_application(reading, company, title)
        review[email.message_id] = BOOKED_WITH_ITS_WRITER
    return readings, review


def _writers(
    items: Sequence[tuple[EmailMessage, Extraction, str]],
) -> dict[str, tuple[str, str | None]]:
    """Each person writing application mail about one application, by her folded display name: that
    application's employer and role."""
    mail_of: dict[str, list[Extraction]] = {}
    name_of: dict[str, str] = {}
    sender_of: dict[str, str] = {}
    for email, reading, _ in items:
        if not reading.is_application or agency_domain(email.sender):
            continue
        address = person_address(email.sender)
        name = _display_name(email.sender)
        if address and name:
            mail_of.setdefault(address, []).append(reading)
            name_of[address], sender_of[address] = name, email.sender
    writers: dict[str, tuple[str, str | None]] = {}
    for address, readings in mail_of.items():
        application = one_application(readings, sender_of[address])
        if application is not None:
            writers[name_of[address]] = application
    return writers


def _display_name(raw_sender: str) -> str:
    """The sender's name as a person's, folded and written first name first ("Veldkamp, Mara" is "mara
    veldkamp"); '' where it is no person's name."""
    name = Sender.parse(raw_sender).name.strip()
    if not looks_like_person_name(name):
        return ""
    last, comma, first = name.partition(",")
    return fold_name(f"{first} {last}" if comma else name)
