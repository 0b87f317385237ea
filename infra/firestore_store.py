"""The application store on Firestore: the worker's transactional unit of work and the reads the API needs.

Layout (docs/DESIGN.md): users/{uid}/applications/{app_id}/events/{message_id},
users/{uid}/messages/{message_id} (processed markers), users/{uid}/fetch_runs/{run_id}, and
users/{uid}/company_locks/{key} which every transaction touching an employer reads and writes, so
two concurrent emails about one employer are serialised and can't both create its application.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from google.api_core import exceptions as google_exceptions
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from infra.firestore_codec import (
    application_from_doc,
    application_to_doc,
    event_from_doc,
    event_to_doc,
    marker_from_doc,
    marker_to_doc,
)
from tracker.editing import ManualChanges, apply_manual_changes, manual_application
from tracker.models import Application, ApplicationEvent
from tracker.names import company_key as company_key_of
from tracker.ports import ApplicationQuery, ProcessedMarker

T = TypeVar("T")
TRANSACTION_ATTEMPTS = 20
CONTENTION_RETRIES = 8


class _FirestoreUserTransaction:
    """UserTransaction over one Firestore transaction, with point reads only.

    Queries inside a transaction lock whole ranges (the emulator locks far more), so every lookup
    goes through a document: users/{uid}/companies/{key} lists an employer's application ids and is
    the lock that serialises work on that employer; users/{uid}/threads/{id} names the application
    a Gmail thread belongs to. Writes are buffered until the unit of work's reads are done.
    """

    def __init__(self, transaction: firestore.Transaction, user_ref: Any, local_locks: _KeyedLocks) -> None:
        self._tx = transaction
        self._user = user_ref
        self._local_locks = local_locks
        self._companies: dict[str, list[str]] = {}
        self._thread_apps: dict[str, str | None] = {}
        self._pending: list[tuple[Any, dict]] = []

    def _company_ref(self, company_key: str) -> Any:
        return self._user.collection("companies").document(_doc_key(company_key or "_unknown"))

    def _thread_ref(self, thread_id: str) -> Any:
        return self._user.collection("threads").document(_doc_key(thread_id))

    def application(self, app_id: str) -> Application | None:
        snapshot = self._user.collection("applications").document(app_id).get(transaction=self._tx)
        return application_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def lock_company(self, company_key: str) -> None:
        self._local_locks.acquire(f"{self._user.id}/{company_key}")
        snapshot = self._company_ref(company_key).get(transaction=self._tx)
        self._companies[company_key] = list((snapshot.to_dict() or {}).get("app_ids", []))

    def get_marker(self, message_id: str) -> ProcessedMarker | None:
        snapshot = self._user.collection("messages").document(message_id).get(transaction=self._tx)
        return marker_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def application_for_thread(self, thread_id: str) -> Application | None:
        snapshot = self._thread_ref(thread_id).get(transaction=self._tx)
        app_id = (snapshot.to_dict() or {}).get("app_id")
        self._thread_apps[thread_id] = app_id
        return self.application(app_id) if app_id else None

    def applications_at_company(self, company_key: str) -> list[Application]:
        if company_key not in self._companies:
            self.lock_company(company_key)
        found = (self.application(app_id) for app_id in self._companies[company_key])
        return [application for application in found if application is not None]

    def new_application_id(self) -> str:
        return self._user.collection("applications").document().id

    def remove_from_company(self, company_key: str, app_id: str) -> None:
        """The application no longer belongs to this employer (its company was edited)."""
        app_ids = self._companies.setdefault(company_key, [])
        if app_id in app_ids:
            app_ids.remove(app_id)

    def save_application(self, application: Application) -> None:
        app_ids = self._companies.setdefault(application.company_key, [])
        if application.app_id not in app_ids:
            app_ids.append(application.app_id)
        ref = self._user.collection("applications").document(application.app_id)
        self._pending.append((ref, application_to_doc(application)))

    def add_event(self, app_id: str, event: ApplicationEvent) -> None:
        ref = (
            self._user.collection("applications")
            .document(app_id)
            .collection("events")
            .document(event.message_id)
        )
        self._pending.append((ref, event_to_doc(event)))
        if event.thread_id and not self._thread_apps.get(event.thread_id):
            self._thread_apps[event.thread_id] = app_id
            self._pending.append((self._thread_ref(event.thread_id), {"app_id": app_id}))

    def save_marker(self, marker: ProcessedMarker) -> None:
        ref = self._user.collection("messages").document(marker.message_id)
        self._pending.append((ref, marker_to_doc(marker)))

    def flush(self) -> None:
        """Hand the buffered writes to the transaction; every company read is written back (the lock)."""
        for company_key, app_ids in self._companies.items():
            self._tx.set(
                self._company_ref(company_key),
                {"company_key": company_key, "app_ids": app_ids, "touched_at": firestore.SERVER_TIMESTAMP},
            )
        for ref, data in self._pending:
            self._tx.set(ref, data)
        self._pending.clear()


def retry_on_contention(attempt: Callable[[], T], retries: int = CONTENTION_RETRIES) -> T:
    """Run a transaction again when a read lost a lock race (Aborted before commit).

    The client retries failed commits itself, but not reads aborted by lock contention.
    """
    for tries in range(retries):
        try:
            return attempt()
        except google_exceptions.Aborted:
            if tries == retries - 1:
                raise
            time.sleep(random.uniform(0, 0.05 * 2**tries))
    raise AssertionError("unreachable")


def _doc_key(text: str) -> str:
    """A document id for arbitrary text (ids can't contain '/', and long ones are slow)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class _KeyedLocks:
    """In-process locks by key, held by one thread until `release_all`.

    Two transactions that read then write one document deadlock until a lock timeout on the
    emulator (Firestore breaks the tie sooner, with wound-wait). Work on one employer inside one
    instance therefore waits here first; across instances Firestore's own locking still decides.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._held = threading.local()

    def acquire(self, key: str) -> None:
        held = self._held.__dict__.setdefault("keys", [])
        if key in held:
            return
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        lock.acquire()
        held.append(key)

    def release_all(self) -> None:
        for key in self._held.__dict__.pop("keys", []):
            self._locks[key].release()


class FirestoreApplicationStore:
    """ApplicationStore on Firestore, plus the application reads and edits the API needs."""

    def __init__(self, client: firestore.Client) -> None:
        self.client = client
        self._local_locks = _KeyedLocks()

    def user_ref(self, user_id: str) -> Any:
        return self.client.collection("users").document(user_id)

    def applications(self, user_id: str) -> Any:
        return self.user_ref(user_id).collection("applications")

    def in_transaction(self, user_id: str, work: Callable[[_FirestoreUserTransaction], T]) -> T:
        user_ref = self.user_ref(user_id)

        @firestore.transactional
        def run(transaction: firestore.Transaction) -> T:
            unit = _FirestoreUserTransaction(transaction, user_ref, self._local_locks)
            result = work(unit)
            unit.flush()
            return result

        try:
            return retry_on_contention(
                lambda: run(self.client.transaction(max_attempts=TRANSACTION_ATTEMPTS))
            )
        finally:
            self._local_locks.release_all()

    def list_applications(self, user_id: str) -> list[Application]:
        return [application_from_doc(doc.id, doc.to_dict()) for doc in self.applications(user_id).stream()]

    def get_application(self, user_id: str, app_id: str) -> Application | None:
        snapshot = self.applications(user_id).document(app_id).get()
        return application_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def save_application(self, user_id: str, application: Application) -> None:
        self.applications(user_id).document(application.app_id).set(application_to_doc(application))

    def list_events(self, user_id: str, app_id: str) -> list[ApplicationEvent]:
        events = self.applications(user_id).document(app_id).collection("events").stream()
        found = [event_from_doc(doc.id, doc.to_dict()) for doc in events]
        return sorted(found, key=lambda e: e.received_at or datetime.min.replace(tzinfo=UTC))

    def delete_application(self, user_id: str, app_id: str) -> Application | None:
        """Delete an application, its timeline and its place in the employer's index."""
        application = self.get_application(user_id, app_id)
        if application is None:
            return None
        ref = self.applications(user_id).document(app_id)
        batch = self.client.batch()
        for event in ref.collection("events").list_documents():
            batch.delete(event)
        batch.delete(ref)
        company = (
            self.user_ref(user_id)
            .collection("companies")
            .document(_doc_key(application.company_key or "_unknown"))
        )
        batch.set(company, {"app_ids": firestore.ArrayRemove([app_id])}, merge=True)
        batch.commit()
        return application

    def edit_application(self, user_id: str, app_id: str, changes: ManualChanges) -> Application | None:
        """Apply the user's changes atomically, moving the application between employers if renamed."""

        def work(tx: _FirestoreUserTransaction) -> Application | None:
            application = tx.application(app_id)
            if application is None:
                return None
            old_key = application.company_key
            new_key = company_key_of(changes.company) if changes.company else old_key
            for key in sorted({old_key, new_key}):
                tx.lock_company(key)
            apply_manual_changes(application, changes)
            if new_key != old_key:
                tx.remove_from_company(old_key, app_id)
            tx.save_application(application)
            return application

        return self.in_transaction(user_id, work)

    def add_application(self, user_id: str, changes: ManualChanges, applied_at: datetime) -> Application:
        """A new application typed in by the user, in its employer's index like any other."""

        def work(tx: _FirestoreUserTransaction) -> Application:
            application = manual_application(tx.new_application_id(), changes, applied_at)
            tx.lock_company(application.company_key)
            tx.save_application(application)
            return application

        return self.in_transaction(user_id, work)

    def query_applications(self, user_id: str, query: ApplicationQuery) -> tuple[list[Application], int]:
        """One page of the user's applications matching `query`, and how many match in all."""
        found = self.applications(user_id)
        if query.status:
            found = found.where(filter=FieldFilter("status", "==", query.status))
        if query.company_prefix:
            found = found.where(filter=FieldFilter("company_key", ">=", query.company_prefix)).where(
                filter=FieldFilter("company_key", "<", query.company_prefix + "\uf8ff")
            )
        total = int(found.count().get()[0][0].value)
        if query.offset >= total:
            return [], total  # past the last match (and no huge offset sent to Firestore)
        direction = firestore.Query.DESCENDING if query.descending else firestore.Query.ASCENDING
        if query.company_prefix and query.order_field != "company_key":
            found = found.order_by("company_key")  # a range filter's field must be ordered on first
        page = found.order_by(query.order_field, direction=direction).offset(query.offset).limit(query.limit)
        return [application_from_doc(doc.id, doc.to_dict()) for doc in page.stream()], total

    def delete_user_data(self, user_id: str) -> None:
        """Every document of the user: applications, timelines, markers, runs, indexes, sheet layout."""
        self.client.recursive_delete(self.user_ref(user_id))
