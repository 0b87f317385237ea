"""Users, fetch runs and sheet-row bookkeeping on Firestore (AccountStore and SheetRowStore ports)."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from google.api_core import exceptions as google_exceptions
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter
from google.cloud.firestore_v1.bulk_batch import BulkWriteBatch
from google.rpc import code_pb2

from infra.firestore_codec import (
    TOMBSTONES,
    application_from_doc,
    checkpoint_to_doc,
    listing_to_doc,
    marker_from_doc,
    marker_to_doc,
    raise_if_deleted,
    run_from_doc,
    run_to_doc,
    setting_path,
    user_from_doc,
    user_to_doc,
)
from tracker.accounts import (
    FetchRun,
    ListingProgress,
    RunState,
    SyncCheckpoint,
    UserAccount,
    counters_from_outcomes,
)
from tracker.errors import AccountDeleted
from tracker.ports import OUTCOMES, ProcessedMarker, TaskReads
from tracker.sheet_edits import RowMemory, SheetMemory
from tracker.sheet_layout import FIRST_DATA_ROW, HEADER
from tracker.sheet_ports import ChangedApplication, SheetPlacement

_GET_ALL_CHUNK = 300
_BATCH_WRITES = 500  # Firestore's limit for one BatchWrite
# A user's live sessions kept (the oldest beyond this are ended), and how long a deleted user's
# tombstone outlives them: longer than any task's retries (docs/queues.md).
MAX_SESSIONS = 20
TOMBSTONE_KEPT = timedelta(days=30)


# A worker skips counting a run's markers while its last count shows the run can't be done yet: at
# most MAX_IN_FLIGHT messages were being handled then (the messages queue runs 40 at once) and at most
# MAX_HANDLED_PER_SECOND are handled a second since (it starts 40 a second). Were more handled, the run
# would end at its next sweep (the fetch function counts in full) rather than at its last message.
MAX_IN_FLIGHT = 100
MAX_HANDLED_PER_SECOND = 100.0
KNOWN_RUNS = 1000
# A poll of a running run counts again once its last count is this old, and this many times as old
# as that count took: counting spends at most about a fifth of a polled run's time.
POLL_COUNTS_MIN_SECONDS = 2.0
POLL_COUNTS_LAG_FACTOR = 5.0
LAYOUT_SHARDS = 16


class FirestoreAccountStore:
    """Users and their fetch runs; also the sheet row numbers of their applications."""

    def __init__(self, client: firestore.Client, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self._monotonic = monotonic
        # run id -> (handled, when) of this instance's last count of a run that was not done yet
        self._last_counts: dict[str, tuple[int, float]] = {}
        # run id -> (outcomes, when, seconds it took) of this instance's last count for a poll
        self._polled_counts: dict[str, tuple[dict[str, int], float, float]] = {}

    def _user(self, user_id: str) -> Any:
        return self.client.collection("users").document(user_id)

    def _run(self, user_id: str, run_id: str) -> Any:
        return self._user(user_id).collection("fetch_runs").document(run_id)

    # Users

    def get_user(self, user_id: str) -> UserAccount | None:
        snapshot = self._user(user_id).get()
        return user_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def task_reads(self, user_id: str, run_id: str | None, message_id: str) -> TaskReads:
        user_ref = self._user(user_id)
        marker_ref = user_ref.collection("messages").document(message_id)
        run_ref = self._run(user_id, run_id) if run_id else None
        refs = [user_ref, marker_ref] + ([run_ref] if run_ref else [])
        found = {snapshot.reference.path: snapshot for snapshot in self.client.get_all(refs)}
        user, marker = found[user_ref.path], found[marker_ref.path]
        run = found[run_ref.path] if run_ref else None
        return TaskReads(
            user=user_from_doc(user.id, user.to_dict() or {}) if user.exists else None,
            run=run_from_doc(run.id, run.to_dict() or {}) if run and run.exists else None,
            marker=marker_from_doc(marker.id, marker.to_dict() or {}) if marker.exists else None,
        )

    def save_user(self, user: UserAccount) -> None:
        """Write the user's fields; their sessions are written only by the session methods below."""
        doc = user_to_doc(user)
        self._user(user.user_id).set(doc, merge=list(doc))

    def set_start_date(self, user_id: str, start_date: datetime, read_again: bool = False) -> None:
        update: dict[str, Any] = {"sync.start_date": start_date}
        if read_again:
            update.update({"sync.history_id": None, "sync.last_fetch_at": None})
        self._user(user_id).update(update)

    def users_with_auto_fetch(self, after: str = "", limit: int | None = None) -> list[UserAccount]:
        # Equality on one field ordered by document id: the single-field index serves it.
        users = self.client.collection("users")
        query = users.where(filter=FieldFilter("auto_fetch", "==", True)).order_by("__name__")
        if after:
            query = query.start_after({"__name__": users.document(after)})
        if limit is not None:
            query = query.limit(limit)
        return [user_from_doc(doc.id, doc.to_dict() or {}) for doc in query.stream()]

    def user_ids(self, after: str = "", limit: int = 500) -> list[str]:
        users = self.client.collection("users")
        query = users.select(["email"]).order_by("__name__")
        if after:
            query = query.start_after({"__name__": users.document(after)})
        return [doc.id for doc in query.limit(limit).stream()]

    def update_settings(self, user_id: str, values: dict[str, Any]) -> None:
        """Only the given fields: a fetch may be saving the rest of the user's document meanwhile."""
        self._user(user_id).update({setting_path(name): value for name, value in values.items()})

    def set_calendar_token(self, user_id: str, token_hash: str | None) -> None:
        self._user(user_id).update({"calendar_token_hash": token_hash})

    def user_for_calendar_token(self, token_hash: str) -> str | None:
        query = (
            self.client.collection("users")
            .where(filter=FieldFilter("calendar_token_hash", "==", token_hash))
            .limit(1)
        )
        return next((doc.id for doc in query.stream()), None)

    def set_notifications_seen(self, user_id: str, seen_at: datetime) -> None:
        self._user(user_id).update({"notifications_seen_at": seen_at})

    def mark_reconnect_needed(self, user_id: str) -> None:
        try:  # an update, never a merge-write: a worker that outlived its user must not recreate them
            self._user(user_id).update({"reconnect_needed": True})
        except google_exceptions.NotFound:
            pass

    # Sessions and deletion

    def add_session(self, user_id: str, session_id: str, expires_at: datetime, now: datetime) -> None:
        user_ref = self._user(user_id)

        @firestore.transactional
        def add(transaction: firestore.Transaction) -> None:
            snapshot = user_ref.get(transaction=transaction)
            if not snapshot.exists:
                raise AccountDeleted(f"user {user_id} does not exist")
            sessions = user_from_doc(snapshot.id, snapshot.to_dict() or {}).sessions
            live = {sid: until for sid, until in sessions.items() if until > now}
            live[session_id] = expires_at
            newest = sorted(live, key=live.__getitem__)[-MAX_SESSIONS:]
            transaction.update(user_ref, {"sessions": {sid: live[sid] for sid in newest}})

        add(self.client.transaction())

    def end_session(self, user_id: str, session_id: str) -> None:
        try:
            self._user(user_id).update({f"sessions.{session_id}": firestore.DELETE_FIELD})
        except google_exceptions.NotFound:
            pass

    def end_all_sessions(self, user_id: str) -> None:
        try:
            self._user(user_id).update({"sessions": {}})
        except google_exceptions.NotFound:
            pass

    def _tombstone(self, user_id: str) -> Any:
        return self.client.collection(TOMBSTONES).document(user_id)

    def tombstone(self, user_id: str, now: datetime) -> None:
        self._tombstone(user_id).set({"deleted_at": now, "expire_at": now + TOMBSTONE_KEPT})

    def is_tombstoned(self, user_id: str) -> bool:
        return bool(self._tombstone(user_id).get().exists)

    def clear_tombstone(self, user_id: str) -> None:
        self._tombstone(user_id).delete()

    # Fetch runs

    def get_run(
        self, user_id: str, run_id: str, with_counts: bool = False, counts_may_lag: bool = False
    ) -> FetchRun | None:
        """The run; `with_counts` counts its markers, once for a run that has ended: its counts are
        then kept on it (the page polls a run every second, and each count scans the run's markers).
        `counts_may_lag`: a running run's counts may be this instance's last, made less than
        POLL_COUNTS_MIN_SECONDS ago or less than POLL_COUNTS_LAG_FACTOR times as long ago as they
        took (a poll of a 10,000-message run spends seconds counting on the emulator)."""
        snapshot = self._run(user_id, run_id).get()
        if not snapshot.exists:
            return None
        doc = snapshot.to_dict()
        run = run_from_doc(snapshot.id, doc)
        if with_counts and "outcomes" not in doc:
            ended = run.state in (RunState.DONE, RunState.FAILED)
            outcomes = self._polled_outcomes(user_id, run_id, counts_may_lag and not ended)
            run.counters = counters_from_outcomes(run.count("listed"), outcomes)
            if ended:
                self._keep_outcomes(user_id, run_id, outcomes)
        return run

    def _polled_outcomes(self, user_id: str, run_id: str, may_lag: bool) -> dict[str, int]:
        started = self._monotonic()
        last = self._polled_counts.get(run_id) if may_lag else None
        if last is not None:
            outcomes, at, took = last
            if started - at < max(POLL_COUNTS_MIN_SECONDS, POLL_COUNTS_LAG_FACTOR * took):
                return outcomes
        outcomes = self._outcomes(user_id, run_id)
        if may_lag:
            if len(self._polled_counts) >= KNOWN_RUNS:
                self._polled_counts.clear()
            self._polled_counts[run_id] = (outcomes, started, self._monotonic() - started)
        return outcomes

    def _outcomes(self, user_id: str, run_id: str) -> dict[str, int]:
        """How many of the run's markers ended with each outcome: one count aggregation per outcome (no
        hot counter document)."""
        markers = self._user(user_id).collection("messages").where(filter=FieldFilter("run_id", "==", run_id))
        return {
            outcome: int(
                markers.where(filter=FieldFilter("outcome", "==", outcome)).count().get()[0][0].value
            )
            for outcome in OUTCOMES
        }

    def _keep_outcomes(self, user_id: str, run_id: str, outcomes: dict[str, int]) -> None:
        try:
            self._run(user_id, run_id).update({"outcomes": outcomes})
        except google_exceptions.NotFound:
            pass  # deleted with its user meanwhile

    def start_run(self, run: FetchRun) -> None:
        self._run(run.user_id, run.run_id).set(run_to_doc(run))

    def start_run_once(self, run: FetchRun) -> FetchRun:
        try:
            self._run(run.user_id, run.run_id).create(run_to_doc(run))
        except google_exceptions.AlreadyExists:
            stored = self.get_run(run.user_id, run.run_id)
            return stored if stored is not None else run
        return run

    def list_runs(self, user_id: str, limit: int = 100) -> list[FetchRun]:
        query = (
            self._user(user_id)
            .collection("fetch_runs")
            .order_by("started_at", direction=firestore.Query.DESCENDING)
            .limit(limit)
        )
        return [run_from_doc(doc.id, doc.to_dict()) for doc in query.stream()]

    def processed_message_ids(self, user_id: str, message_ids: list[str]) -> set[str]:
        return set(self.processed_message_runs(user_id, message_ids))

    def processed_message_runs(self, user_id: str, message_ids: list[str]) -> dict[str, str | None]:
        messages = self._user(user_id).collection("messages")
        found: dict[str, str | None] = {}
        for start in range(0, len(message_ids), _GET_ALL_CHUNK):
            refs = [messages.document(m) for m in message_ids[start : start + _GET_ALL_CHUNK]]
            for snapshot in self.client.get_all(refs, field_paths=["run_id"]):
                if snapshot.exists:
                    found[snapshot.id] = (snapshot.to_dict() or {}).get("run_id")
        return found

    def record_listing_page(
        self, user_id: str, run_id: str, before: ListingProgress, after: ListingProgress, listed: int
    ) -> FetchRun | None:
        ref = self._run(user_id, run_id)

        @firestore.transactional
        def record(transaction: firestore.Transaction) -> FetchRun | None:
            raise_if_deleted(self.client, transaction, user_id)
            snapshot = ref.get(transaction=transaction)
            if not snapshot.exists:
                raise AccountDeleted(f"run {run_id} of user {user_id} no longer exists")
            run = run_from_doc(snapshot.id, snapshot.to_dict())
            if run.listing_done or run.listing != before:
                return None
            transaction.update(
                ref,
                {"listing": listing_to_doc(after), "listed": listed, "state": RunState.RUNNING.value},
            )
            run.listing, run.counters, run.state = after, {"listed": listed}, RunState.RUNNING
            return run

        return record(self.client.transaction())

    def finish_listing(
        self, user_id: str, run_id: str, listed: int, checkpoint: SyncCheckpoint, now: datetime
    ) -> FetchRun:
        batch = self.client.batch()
        batch.set(
            self._run(user_id, run_id),
            {"listed": listed, "listing_done": True, "state": RunState.RUNNING.value},
            merge=True,
        )
        batch.update(self._user(user_id), {"sync": checkpoint_to_doc(checkpoint)})
        try:
            batch.commit()
        except google_exceptions.NotFound as error:
            raise AccountDeleted(f"user {user_id} no longer exists") from error
        run = self.get_run(user_id, run_id, with_counts=True)
        assert run is not None
        return run

    def fail_run(self, user_id: str, run_id: str, error: str, now: datetime) -> None:
        try:  # the run exists (start_run wrote it) unless its user was deleted with it
            self._run(user_id, run_id).update(
                {"state": RunState.FAILED.value, "error": error, "finished_at": now}
            )
        except google_exceptions.NotFound:
            pass

    def _surely_not_done(self, run: FetchRun) -> bool:
        """Whether this instance's last count of the run leaves it surely not done yet: at most
        MAX_IN_FLIGHT messages were being handled then, and at most MAX_HANDLED_PER_SECOND since."""
        last = self._last_counts.get(run.run_id)
        if last is None:
            return False
        handled, at = last
        since = self._monotonic() - at
        return handled + MAX_IN_FLIGHT + MAX_HANDLED_PER_SECOND * since < run.count("listed")

    def _may_be_done(self, user_id: str, run: FetchRun) -> bool:
        """Whether every listed message of a running run may be handled, counting (one aggregation)
        only when this instance's last count leaves that possible. A count scans the run's markers, so
        one per message grows with the run squared (0.4 s per count at 6,000 markers on the emulator)."""
        if run.state is not RunState.RUNNING or not run.listing_done or self._surely_not_done(run):
            return False
        markers = (
            self._user(user_id).collection("messages").where(filter=FieldFilter("run_id", "==", run.run_id))
        )
        handled = int(markers.count().get()[0][0].value)
        if len(self._last_counts) >= KNOWN_RUNS:
            self._last_counts.clear()
        self._last_counts[run.run_id] = (handled, self._monotonic())
        return handled >= run.count("listed")

    def complete_run_if_done(
        self,
        user_id: str,
        run_id: str,
        now: datetime,
        with_counts: bool = True,
        seen: FetchRun | None = None,
    ) -> FetchRun | None:
        listed_in_full = seen is not None and seen.state is RunState.RUNNING and seen.listing_done
        if not with_counts and listed_in_full and seen is not None and self._surely_not_done(seen):
            # Listed in full when the worker read it, so its listed count was final then; no read
            # of it now could show it done (nor a later state worth acting on: only done is).
            return seen
        ref = self._run(user_id, run_id)
        snapshot = ref.get()
        if not snapshot.exists:
            return None
        run = run_from_doc(snapshot.id, snapshot.to_dict())
        if not with_counts and not self._may_be_done(user_id, run):
            return run  # a worker after its message: the counters are not needed, nor read
        outcomes = self._outcomes(user_id, run.run_id)
        run.counters = counters_from_outcomes(run.count("listed"), outcomes)
        if run.state is not RunState.RUNNING or not run.all_messages_handled:
            return run
        # Counts only grow, so "all handled" stays true. The last workers of a run finish together:
        # a conditional write (no transaction, so no lock to deadlock on) lets exactly one mark it.
        try:
            ref.update(
                {"state": RunState.DONE.value, "finished_at": now, "outcomes": outcomes},
                option=self.client.write_option(last_update_time=snapshot.update_time),
            )
        except google_exceptions.FailedPrecondition:
            return self.get_run(user_id, run_id, with_counts=True)  # another worker marked it first
        run.state, run.finished_at = RunState.DONE, now
        return run

    def record_failure(
        self,
        user_id: str,
        run_id: str | None,
        message_id: str,
        error: str,
        now: datetime,
        expire_at: datetime | None = None,
    ) -> None:
        marker_ref = self._user(user_id).collection("messages").document(message_id)

        @firestore.transactional
        def record(transaction: firestore.Transaction) -> None:
            raise_if_deleted(self.client, transaction, user_id)
            if marker_ref.get(transaction=transaction).exists:
                return
            marker = ProcessedMarker(
                message_id, None, None, None, run_id, now, outcome="failed", error=error, expire_at=expire_at
            )
            transaction.set(marker_ref, marker_to_doc(marker))

        record(self.client.transaction())

    # Sheet rows: users/{uid}/sheet/layout and its row shards are written only by sheet syncs (and by
    # connecting a sheet, deleting or restoring an application), never by workers, so syncing does not
    # contend with the worker's transactions. The layout holds the next free row, the rows to blank and
    # the tab prepared; each application's row and what was written on it (~200 bytes) live in one of
    # LAYOUT_SHARDS documents by its id, so 20,000 applications stay far below Firestore's 1 MiB a
    # document. (Layouts written before the shards kept "rows" and "written" in the layout: read too.)

    def _layout(self, user_id: str) -> Any:
        return self._user(user_id).collection("sheet").document("layout")

    def _shards(self, user_id: str) -> list[Any]:
        sheet = self._user(user_id).collection("sheet")
        return [sheet.document(f"rows-{index:02d}") for index in range(LAYOUT_SHARDS)]

    def _shard_of(self, user_id: str, app_id: str) -> Any:
        return self._shards(user_id)[zlib.crc32(app_id.encode()) % LAYOUT_SHARDS]

    def _rows_and_written(self, snapshots: list[Any]) -> tuple[dict[str, int], dict[str, str]]:
        """Every application's row and encoded memory over the layout and shard snapshots given."""
        rows: dict[str, int] = {}
        written: dict[str, str] = {}
        for snapshot in snapshots:
            doc = snapshot.to_dict() or {}
            rows.update({app_id: int(row) for app_id, row in (doc.get("rows") or {}).items()})
            written.update(doc.get("written") or {})
        return rows, written

    def _read_layout(
        self, user_id: str, transaction: Any = None
    ) -> tuple[dict, dict[str, int], dict[str, str]]:
        """The layout document, and every row and memory (layout and all shards in one read)."""
        refs = [self._layout(user_id), *self._shards(user_id)]
        snapshots = {s.reference.path: s for s in self.client.get_all(refs, transaction=transaction)}
        ordered = [snapshots[ref.path] for ref in refs]
        rows, written = self._rows_and_written(ordered)
        return ordered[0].to_dict() or {}, rows, written

    def changed_applications(self, user_id: str) -> list[ChangedApplication]:
        query = (
            self._user(user_id)
            .collection("applications")
            .where(filter=FieldFilter("sheet_dirty", "==", True))
        )
        return [
            ChangedApplication(application_from_doc(doc.id, doc.to_dict()), doc.update_time)
            for doc in query.stream()
        ]

    def place_rows(self, user_id: str, app_ids: list[str], first_free_row: int) -> SheetPlacement:
        layout_ref = self._layout(user_id)

        @firestore.transactional
        def place(transaction: firestore.Transaction) -> SheetPlacement:
            raise_if_deleted(self.client, transaction, user_id)
            layout, rows, _ = self._read_layout(user_id, transaction)
            next_row = max(int(layout.get("next_row", FIRST_DATA_ROW)), first_free_row)
            new: dict[Any, dict[str, int]] = {}
            for app_id in app_ids:
                if app_id not in rows:
                    rows[app_id], next_row = next_row, next_row + 1
                    new.setdefault(self._shard_of(user_id, app_id), {})[app_id] = rows[app_id]
            for shard, placed in new.items():
                transaction.set(shard, {"rows": placed}, merge=True)
            if new:
                transaction.set(layout_ref, {"next_row": next_row}, merge=True)
            return SheetPlacement(
                {app_id: rows[app_id] for app_id in app_ids}, sorted(set(layout.get("rows_to_clear", [])))
            )

        return place(self.client.transaction())

    def mark_synced(
        self,
        user_id: str,
        written: list[ChangedApplication],
        placement: SheetPlacement,
        remembered: dict[str, RowMemory] | None = None,
    ) -> bool:
        if remembered:
            # What is on the sheet now, whatever happens to the applications below.
            by_shard: dict[Any, dict[str, str]] = {}
            for app_id, on_row in remembered.items():
                by_shard.setdefault(self._shard_of(user_id, app_id), {})[app_id] = _encode_memory(on_row)
            batch = self.client.batch()
            for shard, memory in by_shard.items():
                batch.set(shard, {"written": memory}, merge=True)
            batch.commit()
        applications = self._user(user_id).collection("applications")
        # Each application marked synced only if unchanged since read; all in BatchWrite calls (each
        # write succeeds or fails alone), not one call each: a backfill's sync marks hundreds.
        written_refs = [applications.document(change.application.app_id) for change in written]
        unchanged = [self.client.write_option(last_update_time=change.token) for change in written]
        rows = [placement.rows[change.application.app_id] for change in written]
        outcomes = self._write_each(
            [
                (ref, {"row_number": row, "sheet_dirty": False}, option)
                for ref, row, option in zip(written_refs, rows, unchanged, strict=True)
            ]
        )
        # Changed since read, so the row just written may be older than the application: keep it
        # marked changed whatever happened meanwhile, and have it written again. (NotFound: deleted
        # meanwhile; its row is blanked by the sync that sees the deletion.)
        again = [
            (ref, {"row_number": row, "sheet_dirty": True}, None)
            for ref, row, code in zip(written_refs, rows, outcomes, strict=True)
            if code == code_pb2.FAILED_PRECONDITION
        ]
        self._write_each(again)
        changed_meanwhile = bool(again)
        if placement.rows_to_clear:
            self._layout(user_id).set(
                {"rows_to_clear": firestore.ArrayRemove(placement.rows_to_clear)}, merge=True
            )
        return changed_meanwhile

    def _write_each(self, updates: list[tuple[Any, dict, Any]]) -> list[int]:
        """Apply (document, fields, precondition) updates in BatchWrite calls, each update on its own;
        their status codes in order. NotFound and FailedPrecondition are for the caller; any other
        failure is raised (the sync is then retried, its applications still marked changed)."""
        codes: list[int] = []
        for start in range(0, len(updates), _BATCH_WRITES):
            batch = BulkWriteBatch(self.client)
            for ref, fields, option in updates[start : start + _BATCH_WRITES]:
                batch.update(ref, fields, option=option)
            statuses = batch.commit().status
            for status in statuses:
                if status.code not in (code_pb2.OK, code_pb2.NOT_FOUND, code_pb2.FAILED_PRECONDITION):
                    raise google_exceptions.from_grpc_status(status.code, status.message)
            codes += [status.code for status in statuses]
        return codes

    def sheet_memory(self, user_id: str) -> SheetMemory:
        layout, rows, written = self._read_layout(user_id)
        return SheetMemory(
            rows=rows,
            written={app_id: _decode_memory(text) for app_id, text in written.items()},
            cleared=frozenset(layout.get("cleared") or []),
        )

    def remember_cleared_rows(self, user_id: str, app_ids: list[str]) -> None:
        self._layout(user_id).set({"cleared": firestore.ArrayUnion(app_ids)}, merge=True)

    def acquire_sync_lease(self, user_id: str, holder: str, now: datetime, seconds: float) -> bool:
        """Take the user's sheet-sync lease unless another live sync holds it."""
        lease_ref = self._user(user_id).collection("sheet").document("lease")

        @firestore.transactional
        def acquire(transaction: firestore.Transaction) -> bool:
            raise_if_deleted(self.client, transaction, user_id)
            lease = lease_ref.get(transaction=transaction).to_dict() or {}
            until = lease.get("until")
            if until is not None and lease.get("holder") != holder and until > now:
                return False
            transaction.set(lease_ref, {"holder": holder, "until": now + timedelta(seconds=seconds)})
            return True

        return acquire(self.client.transaction())

    def release_sync_lease(self, user_id: str, holder: str) -> None:
        lease_ref = self._user(user_id).collection("sheet").document("lease")

        @firestore.transactional
        def release(transaction: firestore.Transaction) -> None:
            if (lease_ref.get(transaction=transaction).to_dict() or {}).get("holder") == holder:
                transaction.delete(lease_ref)

        release(self.client.transaction())

    def prepared_tab(self, user_id: str, sheet_id: str) -> str | None:
        """The tab, when prepared for these columns (a sheet prepared for fewer gets the new headers)."""
        layout = self._layout(user_id).get().to_dict() or {}
        if layout.get("prepared_sheet_id") != sheet_id or layout.get("prepared_header") != list(HEADER):
            return None
        return layout.get("tab_title")

    def remember_prepared_tab(self, user_id: str, sheet_id: str | None, title: str | None) -> None:
        prepared = {"prepared_sheet_id": sheet_id, "tab_title": title, "prepared_header": list(HEADER)}
        self._layout(user_id).set(prepared, merge=True)

    def connect_sheet(self, user_id: str, sheet_id: str | None) -> None:
        """Point the user at a sheet (or none): every application gets a row there at the next sync."""
        user_ref = self._user(user_id)
        batch = self.client.batch()
        batch.set(user_ref, {"sheet_id": sheet_id}, merge=True)
        batch.set(self._layout(user_id), {"rows": {}, "next_row": FIRST_DATA_ROW, "rows_to_clear": []})
        for shard in self._shards(user_id):
            batch.delete(shard)
        pending = 2 + LAYOUT_SHARDS
        for snapshot in user_ref.collection("applications").select(["row_number"]).stream():
            batch.update(
                snapshot.reference,
                {"row_number": None, "sheet_dirty": True, "version": firestore.Increment(1)},
            )
            pending += 1
            if pending == 450:  # Firestore caps a batch at 500 writes
                batch.commit()
                batch, pending = self.client.batch(), 0
        batch.commit()

    def restore_row(self, user_id: str, app_id: str, row: int | None) -> None:
        """Give a record brought back by an undo its old row, when that row is still free here."""
        layout_ref = self._layout(user_id)

        @firestore.transactional
        def restore(transaction: firestore.Transaction) -> None:
            layout, rows, _ = self._read_layout(user_id, transaction)
            free = row is not None and row < int(layout.get("next_row", FIRST_DATA_ROW))
            if not free or row in rows.values() or app_id in rows:
                return  # another sheet since, or taken: the next sync gives it a new row
            transaction.set(self._shard_of(user_id, app_id), {"rows": {app_id: row}}, merge=True)
            transaction.set(layout_ref, {"rows_to_clear": firestore.ArrayRemove([row])}, merge=True)

        restore(self.client.transaction())

    def forget_row(self, user_id: str, app_id: str, row: int | None) -> None:
        """A deleted application's row is blanked at the next sync and never reused."""
        gone = {"rows": {app_id: firestore.DELETE_FIELD}, "written": {app_id: firestore.DELETE_FIELD}}
        update: dict[str, Any] = {**gone, "cleared": firestore.ArrayRemove([app_id])}
        if row:
            update["rows_to_clear"] = firestore.ArrayUnion([row])
        batch = self.client.batch()
        batch.set(self._layout(user_id), update, merge=True)  # and from a layout from before the shards
        batch.set(self._shard_of(user_id, app_id), gone, merge=True)
        batch.commit()


# One string per application in the layout document (a map of maps would index every cell):
# "<written at, ISO 8601>|<fingerprint>,<fingerprint>,...".


def _encode_memory(memory: RowMemory) -> str:
    return f"{memory.written_at.isoformat()}|{','.join(memory.cells)}"


def _decode_memory(text: str) -> RowMemory:
    written_at, _, cells = text.partition("|")
    return RowMemory(datetime.fromisoformat(written_at), tuple(cells.split(",")))
