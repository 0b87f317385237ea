"""The application store on Firestore (ApplicationStore port): transactional units of work and reads.

Layout (docs/DESIGN.md): users/{uid}/applications/{app_id}/events/{message_id},
users/{uid}/messages/{message_id} (processed markers), users/{uid}/fetch_runs/{run_id}, and
users/{uid}/companies/{key}: an employer's application ids and recorded emails, read and written by
every transaction about that employer (infra/firestore_unit.py).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from google.api_core import exceptions as google_exceptions
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from infra.firestore_codec import (
    TOMBSTONES,
    application_from_doc,
    event_from_doc,
    marker_from_doc,
)
from infra.firestore_transaction import run_in_transaction
from infra.firestore_unit import FirestoreUserTransaction, KeyedLocks
from tracker.models import Application, ApplicationEvent
from tracker.ports import ApplicationQuery, ProcessedMarker
from tracker.statuses import EARLIEST

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
            # Backoff jitter, not a secret: the standard generator is right here.
            time.sleep(random.uniform(0, 0.05 * 2**tries))  # nosec B311
    raise AssertionError("unreachable")


class FirestoreApplicationStore:
    """ApplicationStore on Firestore."""

    def __init__(self, client: firestore.Client) -> None:
        self.client = client
        self._local_locks = KeyedLocks()

    def user_ref(self, user_id: str) -> Any:
        return self.client.collection("users").document(user_id)

    def applications(self, user_id: str) -> Any:
        return self.user_ref(user_id).collection("applications")

    def in_transaction(self, user_id: str, work: Callable[[FirestoreUserTransaction], T]) -> T:
        user_ref = self.user_ref(user_id)
        tombstone = self.client.collection(TOMBSTONES).document(user_id)

        def run(transaction: firestore.Transaction) -> T:
            unit = FirestoreUserTransaction(transaction, user_ref, self._local_locks, tombstone)
            result = work(unit)
            unit.flush()
            return result

        try:
            # Begun by its first read (infra/firestore_transaction.py): one round trip less.
            return retry_on_contention(lambda: run_in_transaction(self.client, run, TRANSACTION_ATTEMPTS))
        finally:
            self._local_locks.release_all()

    def list_applications(self, user_id: str) -> list[Application]:
        return [application_from_doc(doc.id, doc.to_dict()) for doc in self.applications(user_id).stream()]

    def get_application(self, user_id: str, app_id: str) -> Application | None:
        snapshot = self.applications(user_id).document(app_id).get()
        return application_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def get_marker(self, user_id: str, message_id: str) -> ProcessedMarker | None:
        snapshot = self.user_ref(user_id).collection("messages").document(message_id).get()
        return marker_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def list_events(self, user_id: str, app_id: str) -> list[ApplicationEvent]:
        events = self.applications(user_id).document(app_id).collection("events").stream()
        found = [event_from_doc(doc.id, doc.to_dict()) for doc in events]
        return sorted(found, key=lambda e: e.received_at or EARLIEST)

    def timelines(self, user_id: str) -> dict[str, list[ApplicationEvent]]:
        """From the employers' documents, which hold every recorded email: one query, not one per
        application."""
        found: dict[str, list[ApplicationEvent]] = {}
        for doc in self.user_ref(user_id).collection("companies").stream():
            for entry in (doc.to_dict() or {}).get("events", []):
                found.setdefault(entry["app_id"], []).append(event_from_doc(entry["message_id"], entry))
        return found

    def query_applications(self, user_id: str, query: ApplicationQuery) -> tuple[list[Application], int]:
        """One page of the user's applications matching `query`, and how many match in all."""
        found = self.applications(user_id)
        if query.tag:
            # A user's records with one tag are few: they are read whole and the rest of the query is
            # answered here, so tags need no composite index per filter and sort.
            tagged = found.where(filter=FieldFilter("tags", "array_contains", query.tag)).stream()
            return query.select([application_from_doc(doc.id, doc.to_dict()) for doc in tagged])
        if query.needs_review is not None:  # with a tag too, the tag's query above answers
            # The review list is short: one equality query, filtered and paged here (no composite
            # index for every combination with the other filters and sorts).
            flagged = found.where(filter=FieldFilter("in_review", "==", query.needs_review)).stream()
            return query.select([application_from_doc(doc.id, doc.to_dict()) for doc in flagged])
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

    def key_version(self, user_id: str) -> int:
        snapshot = self.user_ref(user_id).get(field_paths=["key_version"])
        return int((snapshot.to_dict() or {}).get("key_version") or 0) if snapshot.exists else 0

    def set_key_version(self, user_id: str, version: int) -> None:
        try:
            self.user_ref(user_id).update({"key_version": version})
        except google_exceptions.NotFound:
            pass  # the user was deleted meanwhile: nothing to record, nothing recreated

    def employer_aliases(self, user_id: str) -> dict[str, str]:
        """From the placeholders' documents (only the two fields read: an employer's holds its emails)."""
        companies = self.user_ref(user_id).collection("companies").select(["company_key", "alias_of"])
        found = {}
        for doc in companies.stream():
            fields = doc.to_dict() or {}
            if isinstance(fields.get("alias_of"), str) and fields.get("company_key"):
                found[fields["company_key"]] = fields["alias_of"]
        return found

    def delete_user_data(self, user_id: str) -> None:
        """Every document of the user: applications, timelines, markers, runs, indexes, sheet layout.

        The user document goes first, and with it their sessions and the user a task would look up."""
        self.user_ref(user_id).delete()
        self.client.recursive_delete(self.user_ref(user_id))
