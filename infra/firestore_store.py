"""The application store on Firestore: transactional units of work, and the reads and edits the API needs.

Layout (docs/DESIGN.md): users/{uid}/applications/{app_id}/events/{message_id},
users/{uid}/messages/{message_id} (processed markers), users/{uid}/fetch_runs/{run_id}, and
users/{uid}/companies/{key}: an employer's application ids and recorded emails, read and written by
every transaction about that employer (infra/firestore_unit.py).
"""

from __future__ import annotations

import random
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
)
from infra.firestore_unit import FirestoreUserTransaction, KeyedLocks
from tracker.editing import ManualChanges, apply_manual_changes, manual_application
from tracker.models import Application, ApplicationEvent
from tracker.names import company_key as company_key_of
from tracker.names import employer_group
from tracker.ports import ApplicationQuery

T = TypeVar("T")
TRANSACTION_ATTEMPTS = 20
CONTENTION_RETRIES = 8


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


class FirestoreApplicationStore:
    """ApplicationStore on Firestore, plus the application reads and edits the API needs."""

    def __init__(self, client: firestore.Client) -> None:
        self.client = client
        self._local_locks = KeyedLocks()

    def user_ref(self, user_id: str) -> Any:
        return self.client.collection("users").document(user_id)

    def applications(self, user_id: str) -> Any:
        return self.user_ref(user_id).collection("applications")

    def in_transaction(self, user_id: str, work: Callable[[FirestoreUserTransaction], T]) -> T:
        user_ref = self.user_ref(user_id)

        @firestore.transactional
        def run(transaction: firestore.Transaction) -> T:
            unit = FirestoreUserTransaction(transaction, user_ref, self._local_locks)
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
        """Delete an application, its timeline and its emails from its employer's history (so that a
        later re-plan does not bring them back); its sheet row is blanked at the next sync."""

        def work(tx: FirestoreUserTransaction) -> Application | None:
            application = tx.application(app_id)
            if application is None:
                return None
            tx.lock_company(application.company_key)
            tx.delete_application(app_id)
            return application

        return self.in_transaction(user_id, work)

    def edit_application(self, user_id: str, app_id: str, changes: ManualChanges) -> Application | None:
        """Apply the user's changes atomically, moving the application between employers if renamed."""

        def work(tx: FirestoreUserTransaction) -> Application | None:
            application = tx.application(app_id)
            if application is None:
                return None
            old_key = application.company_key
            new_key = company_key_of(changes.company) if changes.company else old_key
            for key in sorted({employer_group(old_key), employer_group(new_key)}):
                tx.lock_company(key)
            apply_manual_changes(application, changes)
            tx.save_application(application)  # moves it (and its emails) to the new employer's index
            return application

        return self.in_transaction(user_id, work)

    def add_application(self, user_id: str, changes: ManualChanges, applied_at: datetime) -> Application:
        """A new application typed in by the user, in its employer's index like any other."""

        def work(tx: FirestoreUserTransaction) -> Application:
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
