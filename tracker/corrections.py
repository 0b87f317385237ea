"""The user's corrections to how emails were grouped into records: merge, split, undo. Pure functions
over records and their emails; tracker/correction_use_cases.py reads and writes them through the ports.

A record the user merged or split is pinned (`pinned_by`), so re-planning its employer never regroups
it (tracker/regrouping.py); new emails may still join it. Its fields are read again from its emails
by the status rules, and every field the user set wins (docs/decisions/2026-12-merge-split-undo.md).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime

from tracker.application_folding import apply_event
from tracker.editing import MAX_MANUAL_EDITS, MAX_NOTES, MAX_TAGS
from tracker.errors import InvalidInput
from tracker.models import Application, ApplicationEvent, Status
from tracker.names import company_key, sender_address, title_key
from tracker.ports import Correction, RecordBefore
from tracker.statuses import EARLIEST

CONFIRMED, MERGED, SPLIT = "confirmed", "merged", "split"
MANUAL_FIELDS = ("company", "job_title", "status")
MAX_MERGED = 20
# Firestore allows 500 writes in one transaction, and a correction is one transaction: one larger is
# refused before anything is written (docs/decisions/2026-12-merge-split-undo.md).
MAX_WRITES = 500


def check_writes(what: str, writes: int, advice: str) -> None:
    """Refuse a correction that would write more documents than one transaction may."""
    if writes > MAX_WRITES:
        raise InvalidInput(
            f"this {what} would write {writes} records and emails at once; one change may write at most "
            f"{MAX_WRITES} (Firestore's limit per transaction): {advice}"
        )


def merge_writes(records: list[Application], history: dict[str, list[ApplicationEvent]]) -> int:
    """What a merge writes: each absorbed record deleted and its emails moved (a delete and a write
    each), the merged record, the undo data, and each employer group's index."""
    moved = sum(len(history.get(r.app_id, [])) for r in records[1:])
    return 2 * moved + len(records[1:]) + 2 + len(records) + 1


def split_writes(moved: int) -> int:
    """What a split writes: each moved email taken off and written on (two each), both records, the
    undo data, and up to three employer groups' indexes."""
    return 2 * moved + 2 + 1 + 3


def _order(event: ApplicationEvent) -> tuple[datetime, str]:
    return (event.received_at or EARLIEST, event.message_id)


def rebuilt(
    base: Application, events: list[ApplicationEvent], others: list[Application] | None = None
) -> Application:
    """`base`'s identity (id, sheet row, origin) with every field the emails decide read again from
    `events` by the status rules. A field the user set wins: base's, else the first of `others` that
    set it; tags, notes and the hand edits of all of them are kept."""
    record = Application(
        app_id=base.app_id,
        company=base.company,
        company_key=base.company_key,
        job_title=base.job_title,
        title_key=base.title_key,
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
        sender_email=base.sender_email,
        row_number=base.row_number,
        version=base.version + 1,
        source=base.source,
        pinned_by=base.pinned_by,
        last_correction=base.last_correction,
    )
    if base.source == "manual":  # typed in by the user: their date and status are where it starts
        record.applied_at = record.updated_at = base.applied_at
        record.progress_status, record.final_status = base.progress_status, base.final_status
        record.closed_at, record.status = base.closed_at, base.final_status or base.progress_status
    for event in sorted(events, key=_order):
        apply_event(record, event)
    others = others or []
    for name in MANUAL_FIELDS:
        owner = next((a for a in (base, *others) if name in a.edited_fields), None)
        if owner is None:
            continue
        record.edited_fields.append(name)
        if name == "company":
            record.company, record.company_key = owner.company, company_key(owner.company)
        elif name == "job_title":
            record.job_title, record.title_key = owner.job_title, title_key(owner.job_title)
        else:
            record.status = owner.status
    record.sender_email = record.sender_email or next((a.sender_email for a in others if a.sender_email), "")
    # The user's own fields: every record's tags, notes and hand edits are kept.
    owners = [base, *others]
    record.tags = list(dict.fromkeys(tag for a in owners for tag in a.tags))[:MAX_TAGS]
    record.notes = "\n\n".join(a.notes for a in owners if a.notes)[:MAX_NOTES]
    edits = sorted((e for a in owners for e in a.manual_edits), key=lambda edit: edit.at)
    record.manual_edits = edits[-MAX_MANUAL_EDITS:]
    record.sheet_dirty = True
    return record


def merged(records: list[Application], history: dict[str, list[ApplicationEvent]]) -> Application:
    """One record from `records` (the first keeps its id and row): the union of their emails, the
    status by the status rules, the user's fields winning."""
    ids = [r.app_id for r in records]
    if len(ids) < 2 or len(set(ids)) != len(ids):
        raise InvalidInput("job_ids must name two or more different jobs")
    if len(ids) > MAX_MERGED:
        raise InvalidInput(f"at most {MAX_MERGED} jobs can be merged at once")
    events = [e for r in records for e in history.get(r.app_id, [])]
    record = rebuilt(records[0], events, records[1:])
    record.version = max(r.version for r in records) + 1
    record.needs_review, record.pinned_by = None, MERGED
    return record


@dataclass(frozen=True)
class SplitResult:
    kept: Application
    split_off: Application
    restored_row: bool  # the split-off record is one a merge had absorbed: its old row comes back


def split(
    source: Application,
    events: list[ApplicationEvent],
    chosen: list[str],
    new_id: str,
    merge: Correction | None = None,
) -> SplitResult:
    """`source` without the `chosen` emails, and a new record of them. When `merge` (the correction
    that made `source`) had absorbed a record of exactly those emails, that record comes back with
    its id and row, and `source` as it was before the merge: a merge then a split gives back both."""
    on_record = {e.message_id for e in events}
    wanted = set(chosen)
    if not wanted or not all(isinstance(m, str) for m in chosen):
        raise InvalidInput("message_ids must list one or more of the job's emails")
    unknown = sorted(wanted - on_record)
    if unknown:
        raise InvalidInput(f"not emails of this job: {', '.join(unknown[:5])}")
    if wanted == on_record:
        raise InvalidInput("leave at least one email on the job (to move all of them, merge instead)")
    moved = [e for e in events if e.message_id in wanted]
    kept_events = [e for e in events if e.message_id not in wanted]
    absorbed, before_merge = _merge_parts(merge, wanted, on_record - wanted, source.app_id)
    kept = rebuilt(before_merge or source, kept_events)
    kept.version = source.version + 1
    if absorbed is not None:
        split_off = rebuilt(absorbed, moved)
    else:
        first = min(moved, key=_order)
        base = Application(
            app_id=new_id,
            company=source.company,
            company_key=source.company_key,
            job_title=None,
            title_key="",
            status=Status.APPLIED,
            applied_at=None,
            updated_at=None,
            sender_email=sender_address(first.sender) or source.sender_email,
            version=0,
        )
        split_off = rebuilt(base, moved)
    for record in (kept, split_off):
        record.needs_review, record.pinned_by = None, SPLIT
    return SplitResult(kept, split_off, restored_row=absorbed is not None)


def _merge_parts(
    merge: Correction | None, moved: set[str], kept: set[str], source_id: str
) -> tuple[Application | None, Application | None]:
    """The record `merge` absorbed that held exactly the `moved` emails, and the source's own record
    before the merge when it held exactly the `kept` ones."""
    if merge is None or merge.kind != "merge":
        return None, None
    absorbed = next(
        (b.application for b in merge.before[1:] if set(b.message_ids) == moved),
        None,
    )
    first = merge.before[0]
    before = (
        first.application
        if first.application.app_id == source_id and set(first.message_ids) == kept
        else None
    )
    return absorbed, before


@dataclass(frozen=True)
class Restored:
    """What undoing a correction writes: each record as it was, with the emails it holds again."""

    records: list[tuple[Application, list[ApplicationEvent]]]
    removed: list[str]  # records the correction made that go away


def undone(
    correction: Correction,
    current: dict[str, Application],
    events: dict[str, list[ApplicationEvent]],
) -> Restored:
    """The records before `correction`, from the records it left (`current`, with their `events`).

    Emails that joined those records after the correction go to the first record it started from.
    """
    by_message = {e.message_id: e for app_id in correction.after for e in events.get(app_id, [])}
    claimed = {m for before in correction.before for m in before.message_ids}
    late = sorted((e for m, e in by_message.items() if m not in claimed), key=_order)
    records = []
    for index, before in enumerate(correction.before):
        record = copy.deepcopy(before.application)
        now = current.get(record.app_id)
        record.version = max(record.version, now.version if now else 0) + 1
        record.sheet_dirty = True
        held = [by_message[m] for m in before.message_ids if m in by_message]
        if index == 0:
            for event in late:
                apply_event(record, event)
            held += late
        records.append((record, held))
    kept = {b.application.app_id for b in correction.before}
    return Restored(records, [app_id for app_id in correction.after if app_id not in kept])


def before_of(records: list[Application], history: dict[str, list[ApplicationEvent]]) -> list[RecordBefore]:
    """The records as they are now, to restore by an undo."""
    return [
        RecordBefore(copy.deepcopy(r), sorted(e.message_id for e in history.get(r.app_id, [])))
        for r in records
    ]
