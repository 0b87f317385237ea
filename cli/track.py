"""`track`: a whole exported mailbox through the worker's path, offline, into one file of applications.

Pass 1 streams the input, reading and extracting each message (extraction does not depend on order)
and keeping only what recording needs, never bodies. Pass 2 records the messages in date order
through the same `record_email` the worker runs, on the in-memory store. The output is written to a
temporary file and renamed, so it appears complete or not at all.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from cli.files import write_atomically
from cli.mail_sources import SourceMessage
from tracker.employer_sites import RECEIPT_TEXT, is_receipt
from tracker.extraction import Extractor
from tracker.inbox_names import named_by_inbox
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Application, EmailMessage, Extraction
from tracker.ports import UserTransaction
from tracker.recording import record_email
from tracker.scheduled_writers import is_scheduling_mail, scheduled_with_writers
from tracker.sender_organisations import sender_organisations
from tracker.sheet_layout import HEADER, inert_in_a_spreadsheet, row_values
from tracker.statuses import EARLIEST
from tracker.subject_codes import codes_shared
from tracker.subject_threads import threaded
from tracker.writers_followups import writers_followups
from tracker.writers_replies import writers_replies
from tracker.written_employers import employers_written
from tracker.written_titles import follow_up_text, is_step, keeps_text, titles_written

TRACK_USER = "local"


@dataclass
class TrackSummary:
    read: int = 0
    unreadable: list[str] = field(default_factory=list)
    # Messages over their reading budget (email_reading/budget.py), as the worker records them skipped.
    skipped: list[str] = field(default_factory=list)
    before_since: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    applications: int = 0

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{kind}={n}" for kind, n in sorted(self.by_kind.items())) or "none"
        statuses = ", ".join(f"{status}={n}" for status, n in sorted(self.by_status.items())) or "none"
        lines = [
            f"messages read: {self.read}",
            f"messages by kind: {kinds}",
            f"applications: {self.applications} ({statuses})",
            f"unreadable messages: {len(self.unreadable)}",
        ]
        if self.skipped:
            lines.append(f"messages skipped over the reading budget: {len(self.skipped)}")
        if self.before_since:
            lines.append(f"messages before --since: {self.before_since}")
        return lines


@dataclass(frozen=True)
class _Extracted:
    seq: int
    email: EmailMessage  # body dropped (a receipt's cut short): only what recording and naming keep
    extraction: Extraction
    # Whom its sender writes for (tracker/inbox_names.py), read while the body is at hand.
    organisations: tuple[str, ...] = ()
    # A follow-up's text where its reading names no role it writes (tracker/written_titles.py).
    text: str = ""


def _date_order(items: list[_Extracted]) -> list[_Extracted]:
    """By date; input order where dates tie; an undated message keeps its place after its predecessor."""
    floor = EARLIEST
    keyed = []
    for item in items:
        if item.email.received_at is not None:
            floor = item.email.received_at
        keyed.append((item.email.received_at or floor, item.seq, item))
    return [item for _, _, item in sorted(keyed, key=lambda entry: (entry[0], entry[1]))]


def track_messages(
    messages: Iterable[SourceMessage],
    extractor: Extractor,
    since: datetime | None = None,
    progress: Callable[[Iterable[SourceMessage]], Iterable[SourceMessage]] = lambda it: it,
    whole_inbox: bool = True,
) -> tuple[MemoryApplicationStore, TrackSummary]:
    """Record every readable message; returns the store holding the applications and a summary.
    `whole_inbox=False` files each mail under the employer it reads, as the worker records mail one at a
    time, without what the inbox's other mail says of its sender (tracker/inbox_names.py)."""
    summary = TrackSummary()
    extracted: list[_Extracted] = []
    for seq, message in enumerate(progress(messages)):
        if message.email is None:
            summary.unreadable.append(f"{message.position}: {message.error}")
            continue
        if message.skipped:
            summary.skipped.append(f"{message.position}: {message.skipped}")
            continue
        summary.read += 1
        email = message.email
        if since and email.received_at and email.received_at < since:
            summary.before_since += 1
            continue
        extraction = extractor.extract(email)
        summary.by_kind[extraction.kind.value] += 1
        # A receipt keeps the start of its text: where it says its role is (employer_sites.sites_in_receipts).
        kept = email.body[:RECEIPT_TEXT] if is_receipt(extraction) else ""
        keeps = keeps_text(extraction, email) or is_step(extraction) or is_scheduling_mail(email)
        text = follow_up_text(email) if whole_inbox and keeps else ""
        extracted.append(
            _Extracted(seq, replace(email, body=kept), extraction, sender_organisations(email), text)
        )

    store = MemoryApplicationStore()
    now = datetime.now(UTC)
    ordered = _date_order(extracted)
    # One employer per sender across the inbox (tracker/inbox_names.py), then replies in mail without
    # thread ids (JSONL) keep with their conversation (tracker/subject_threads.py).
    named, review = (
        named_by_inbox([(item.email, item.extraction, item.organisations) for item in ordered])
        if whole_inbox
        else ([item.extraction for item in ordered], {})
    )
    # Whom each sender writes for, for the worker's memory of senders (tracker/organisation_slots.py):
    # none where the whole inbox named them already.
    organisations = {} if whole_inbox else {item.email.message_id: item.organisations for item in ordered}
    if whole_inbox:
        # A follow-up's role as its text writes it (tracker/written_titles.py).
        named = titles_written(
            [(i.email, reading, i.text) for i, reading in zip(ordered, named, strict=True)]
        )
        # A step whose text writes the employer of the one open role it names (tracker/written_employers.py).
        named, written = employers_written(
            [(i.email, reading, i.text) for i, reading in zip(ordered, named, strict=True)]
        )
        review.update(written)
        # Mail whose subjects share a procedure's code is one application's (tracker/subject_codes.py).
        named = codes_shared(list(zip((item.email for item in ordered), named, strict=True)))
        # A scheduling tool's confirmation naming the writer of one application's mail is that
        # application's (tracker/scheduled_writers.py).
        named, booked = scheduled_with_writers(
            [(i.email, reading, i.text) for i, reading in zip(ordered, named, strict=True)]
        )
        review.update(booked)
    conversations = threaded(zip((item.email for item in ordered), named, strict=True), whole_inbox)
    # A person's reply read as no application's joins the one application its writer's mail was about
    # (tracker/writers_replies.py): the whole inbox's, as subject threads' mail is.
    replies = writers_replies(conversations) if whole_inbox else ((*pair, None) for pair in conversations)
    # A step its writer names another way joins her one open application (tracker/writers_followups.py).
    replies = writers_followups(replies) if whole_inbox else replies
    for email, extraction, why in replies:
        if why:
            review[email.message_id] = why
        record = functools.partial(
            record_email,
            email=email,
            extraction=extraction,
            now=now,
            organisations=organisations.get(email.message_id, ()),
        )
        store.in_transaction(TRACK_USER, record)
    _flag_for_review(store, review)
    applications = store.list_applications(TRACK_USER)
    summary.applications = len(applications)
    summary.by_status.update(a.status.value for a in applications)
    return store, summary


def _flag_for_review(store: MemoryApplicationStore, review: dict[str, str]) -> None:
    """Flag each application holding an email the inbox filed on weaker evidence (`review`: why, by
    message id), unless it is flagged already."""
    if not review:
        return
    for application in store.list_applications(TRACK_USER):
        if application.needs_review:
            continue
        events = store.list_events(TRACK_USER, application.app_id)
        why = next((review[e.message_id] for e in events if e.message_id in review), None)
        if why:
            flagged = replace(application, needs_review=why)
            store.in_transaction(TRACK_USER, functools.partial(_save, application=flagged))


def _save(tx: UserTransaction, application: Application) -> None:
    tx.save_application(application)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def application_records(store: MemoryApplicationStore) -> list[dict]:
    """One JSON-ready record per application, oldest first, with its emails and timeline."""
    records = []
    applications = sorted(
        store.list_applications(TRACK_USER),
        key=lambda a: (a.applied_at or EARLIEST, a.app_id),
    )
    for application in applications:
        events = sorted(
            store.list_events(TRACK_USER, application.app_id),
            key=lambda e: (e.received_at or EARLIEST, e.message_id),
        )
        records.append(
            {
                "id": application.app_id,
                "company": application.company,
                "job_title": application.job_title,
                "status": application.status.value,
                "applied_at": _iso(application.applied_at),
                "updated_at": _iso(application.updated_at),
                "needs_review": application.needs_review,
                "emails": [e.message_id for e in events],
                "events": [
                    {"email": e.message_id, "date": _iso(e.received_at), "status": e.status.value}
                    for e in events
                ],
            }
        )
    return records


def write_output(store: MemoryApplicationStore, output: Path | None) -> None:
    """JSON Lines per application, or the Google Sheet's columns when `output` ends in .csv."""
    records = application_records(store)
    if output is None:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if output.suffix.lower() == ".csv":
        by_id = {a.app_id: a for a in store.list_applications(TRACK_USER)}
        today = datetime.now(UTC)  # "Ghosted" as of the run, with the default ghosting days

        def write_csv(handle) -> None:
            writer = csv.writer(handle)
            writer.writerow([*HEADER, "Needs review"])
            for record in records:
                application = by_id[record["id"]]
                cells = [
                    *row_values(application, link=_email_reference, now=today),
                    application.needs_review or "",
                ]
                writer.writerow([inert_in_a_spreadsheet(cell) for cell in cells])

        write_atomically(output, write_csv)
        return

    def write_jsonl(handle) -> None:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    write_atomically(output, write_jsonl)


def _email_reference(message_id: str | None) -> str:
    """Offline there is no Gmail link: the source column names the latest email's id."""
    return message_id or ""
