"""The user's corrections as use cases over the ports: merge records, split one, undo either.

Each is one unit of work on the user's records (every employer group involved locked first), then the
sheet rows it frees or brings back, and a sheet sync. A merge or split returns an undo token; undoing
is allowed while the records it left are as it left them (docs/decisions/2026-12-merge-split-undo.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.corrections import (
    Restored,
    before_of,
    check_writes,
    merge_writes,
    merged,
    split,
    split_writes,
    undone,
)
from tracker.errors import Conflict, NotFound
from tracker.models import Application, ApplicationEvent
from tracker.names import employer_group
from tracker.ports import Correction, OverThePorts, UserTransaction


@dataclass(frozen=True)
class Corrected:
    """The records a correction left (merge: the merged one; split: the kept one, then the new one;
    undo: the records as they were), and the token that undoes it (None for an undo)."""

    records: list[Application]
    undo_token: str | None


def _own(tx: UserTransaction, app_id: str) -> Application:
    record = tx.application(app_id)
    if record is None:
        raise NotFound(f"no job {app_id}")
    return record


def _lock(tx: UserTransaction, company_keys: Iterable[str]) -> None:
    """Lock every employer group involved, in one order (two corrections never wait on each other)."""
    for group in sorted({employer_group(key) for key in company_keys}):
        tx.lock_company(group)


def _emails(tx: UserTransaction, records: Iterable[Application]) -> dict[str, list[ApplicationEvent]]:
    return {r.app_id: tx.employer_history(r.company_key).get(r.app_id, []) for r in records}


class Corrections(OverThePorts):
    """Merge, split and undo for one process, over its ports; `clock` says when "now" is."""

    def merge(self, user_id: str, job_ids: list[str]) -> Corrected:
        """Two or more records into the first one: it keeps its id and row; the others' rows go blank."""
        token = uuid.uuid4().hex

        def work(tx: UserTransaction) -> tuple[Application, list[Application]]:
            records = [_own(tx, app_id) for app_id in job_ids]
            _lock(tx, (r.company_key for r in records))
            history = _emails(tx, records)
            record = merged(records, history)
            check_writes("merge", merge_writes(records, history), "merge fewer jobs at a time")
            record.last_correction = token
            _lock(tx, [record.company_key])
            for absorbed in records[1:]:
                tx.delete_application(absorbed.app_id)
            tx.save_application(record)
            for absorbed in records[1:]:
                for event in history[absorbed.app_id]:
                    tx.add_event(record.app_id, event)
            before = before_of(records, history)
            tx.save_correction(Correction(token, "merge", before, [record.app_id], self.clock()))
            return record, records[1:]

        record, absorbed = self.applications.in_transaction(user_id, work)
        for gone in absorbed:
            self.accounts.forget_row(user_id, gone.app_id, gone.row_number)
        self._sync_soon(user_id)
        return Corrected([record], token)

    def split(self, user_id: str, job_id: str, message_ids: list[str]) -> Corrected:
        """The chosen emails out of a record into a new one (or back into the record a merge took
        them from)."""
        token = uuid.uuid4().hex

        def work(tx: UserTransaction) -> tuple[Application, Application, bool]:
            source = _own(tx, job_id)
            _lock(tx, [source.company_key])
            events = _emails(tx, [source])[job_id]
            merge = tx.correction(source.last_correction) if source.last_correction else None
            result = split(source, events, message_ids, tx.new_application_id(), merge)
            kept, split_off = result.kept, result.split_off
            check_writes("split", split_writes(len(set(message_ids))), "split fewer emails at a time")
            kept.last_correction = split_off.last_correction = token
            _lock(tx, [kept.company_key, split_off.company_key])
            moved = [e for e in events if e.message_id in set(message_ids)]
            for event in moved:
                tx.remove_event(job_id, event.message_id)
            tx.save_application(kept)
            tx.save_application(split_off)
            for event in moved:
                tx.add_event(split_off.app_id, event)
            before = before_of([source], {job_id: events})
            after = [kept.app_id, split_off.app_id]
            tx.save_correction(Correction(token, "split", before, after, self.clock()))
            return kept, split_off, result.restored_row

        kept, split_off, restored_row = self.applications.in_transaction(user_id, work)
        if restored_row:
            self.accounts.restore_row(user_id, split_off.app_id, split_off.row_number)
        self._sync_soon(user_id)
        return Corrected([kept, split_off], token)

    def undo(self, user_id: str, token: str) -> Corrected:
        """The records as they were before the merge or split `token` names, with their ids and rows."""

        def work(tx: UserTransaction) -> tuple[Restored, dict[str, Application]]:
            correction = tx.correction(token)
            if correction is None:
                raise NotFound("nothing to undo with this token (it was undone already, or never made)")
            current = {app_id: tx.application(app_id) for app_id in correction.after}
            if any(r is None or r.last_correction != token for r in current.values()):
                raise Conflict("the records changed since (deleted, merged or split again): undo that first")
            now = {app_id: r for app_id, r in current.items() if r is not None}
            _lock(
                tx,
                [r.company_key for r in now.values()]
                + [b.application.company_key for b in correction.before],
            )
            events = _emails(tx, now.values())
            restored = undone(correction, now, events)
            check_writes("undo", undo_writes(restored, events), "split the emails out instead")
            _write_restored(tx, restored, events)
            tx.delete_correction(token)
            return restored, now

        restored, now = self.applications.in_transaction(user_id, work)
        for app_id in restored.removed:
            self.accounts.forget_row(user_id, app_id, now[app_id].row_number)
        for record, _ in restored.records:
            if record.app_id not in now:
                self.accounts.restore_row(user_id, record.app_id, record.row_number)
        self._sync_soon(user_id)
        return Corrected([record for record, _ in restored.records], None)

    def _sync_soon(self, user_id: str) -> None:
        self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())


def undo_writes(restored: Restored, events: dict[str, list[ApplicationEvent]]) -> int:
    """At most what `_write_restored` writes: every email of the records the correction left taken
    off and written back, each record saved or deleted, the undo data deleted, and each employer
    group's index (one per record at most)."""
    emails = sum(len(held) for held in events.values())
    records = len(restored.records) + len(restored.removed)
    return 2 * emails + records + 1 + records


def _write_restored(
    tx: UserTransaction, restored: Restored, events: dict[str, list[ApplicationEvent]]
) -> None:
    """Delete the records the correction made, move each email back to its record, save them."""
    holder = {e.message_id: app_id for app_id, held in events.items() for e in held}
    for app_id in restored.removed:
        tx.delete_application(app_id)
    for record, held in restored.records:
        for event in held:
            previous = holder[event.message_id]
            if previous != record.app_id and previous not in restored.removed:
                tx.remove_event(previous, event.message_id)
    for record, held in restored.records:
        tx.save_application(record)
        for event in held:
            if holder[event.message_id] != record.app_id:
                tx.add_event(record.app_id, event)
