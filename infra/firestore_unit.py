"""One user's unit of work inside one Firestore transaction, with point reads only.

Queries inside a transaction lock whole ranges (the emulator locks far more), so every lookup goes
through a document: users/{uid}/companies/{key} holds an employer's application ids and the emails
recorded for it (so its applications can be re-planned), and is the lock that serialises all work
on that employer. Writes are buffered, in order, until the unit's reads are done (Firestore allows
no read after a write in a transaction).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from google.cloud import firestore

from infra.firestore_codec import (
    application_from_doc,
    application_to_doc,
    correction_from_doc,
    correction_to_doc,
    event_from_doc,
    event_to_doc,
    marker_from_doc,
    marker_to_doc,
)
from tracker.digests import ApplicationDigest, digest_of
from tracker.errors import AccountDeleted, TransientFailure
from tracker.models import Application, ApplicationEvent
from tracker.names import employer_group
from tracker.ports import Correction, ProcessedMarker


def doc_key(text: str) -> str:
    """A document id for arbitrary text (ids can't contain '/', and long ones are slow)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# How long a unit waits for another thread's lock on one employer before it gives up and is retried.
LOCK_WAIT_SECONDS = 20.0


class KeyedLocks:
    """In-process locks by key, held by one thread until `release_all`.

    Two transactions that read then write one document deadlock until a lock timeout on the
    emulator (Firestore breaks the tie sooner, with wound-wait). Work on one employer inside one
    instance therefore waits here first; across instances Firestore's own locking still decides.
    A unit locks its placeholders before its employer, but the groups it links to (a spelled form's,
    a role's, an agency's) only once it has read them: two units may each hold what the other waits
    for. The wait is therefore bounded: past `wait_seconds` the unit fails as a TransientFailure (its
    caller releases every lock it holds; the task is retried), never a thread blocked for good.
    """

    def __init__(self, wait_seconds: float = LOCK_WAIT_SECONDS) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._held = threading.local()
        self._wait_seconds = wait_seconds

    def acquire(self, key: str) -> None:
        held = self._held.__dict__.setdefault("keys", [])
        if key in held:
            return
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        if not lock.acquire(timeout=self._wait_seconds):
            raise TransientFailure(f"another unit of work has held the lock on {key!r} too long")
        held.append(key)

    def release_all(self) -> None:
        for key in self._held.__dict__.pop("keys", []):
            self._locks[key].release()


class _Employer:
    """An employer's document as read, changed in memory, and written back at the end."""

    def __init__(self, company_key: str, doc: dict) -> None:
        self.company_key = company_key
        self.existed = bool(doc)
        self.app_ids: list[str] = list(doc.get("app_ids", []))
        # For a thread's or requisition's placeholder: the employer its mail named (ports.employer_alias).
        self.alias_of: str | None = doc.get("alias_of")
        self._alias_read = self.alias_of
        # Each application's digest as last saved (tracker/digests.py): a re-plan reads only what it changes.
        self.digests: dict[str, ApplicationDigest | None] = {
            app_id: ApplicationDigest.from_list(stored)
            for app_id, stored in (doc.get("digests") or {}).items()
        }
        self.history: dict[str, dict[str, ApplicationEvent]] = {}
        for entry in doc.get("events", []):
            self.history.setdefault(entry["app_id"], {})[entry["message_id"]] = event_from_doc(
                entry["message_id"], entry
            )

    def to_doc(self) -> dict:
        events = [
            {**event_to_doc(event), "message_id": message_id, "app_id": app_id}
            for app_id, events in self.history.items()
            for message_id, event in events.items()
        ]
        digests = {app_id: digest.to_list() for app_id, digest in self.digests.items() if digest is not None}
        doc = {
            "company_key": self.company_key,
            "app_ids": self.app_ids,
            "digests": digests,
            "events": events,
            "touched_at": firestore.SERVER_TIMESTAMP,
        }
        return doc | ({"alias_of": self.alias_of} if self.alias_of is not None else {})

    @property
    def unused(self) -> bool:
        """Read (a thread's placeholder, looked at by mail naming its employer) but never written:
        there is nothing to keep, and no document is made for it."""
        return not self.existed and not self.app_ids and not self.history and self.alias_of is None

    @property
    def unchanged_alias(self) -> bool:
        """A placeholder's document naming the employer it named when read, and holding nothing else (a
        sender domain's or a spelling's, looked up by every email from it): writing it back would cost a
        write an email for nothing."""
        return (
            self.existed
            and self.alias_of is not None
            and self.alias_of == self._alias_read
            and not self.app_ids
            and not self.history
            and not self.digests
        )


class FirestoreUserTransaction:
    """The UserTransaction port over one Firestore transaction."""

    def __init__(
        self,
        transaction: firestore.Transaction,
        user_ref: Any,
        local_locks: KeyedLocks,
        tombstone_ref: Any = None,
    ) -> None:
        self._tx = transaction
        self._user = user_ref
        self._local_locks = local_locks
        # The user's tombstone, read with the unit's first read (one round trip less per transaction)
        # or before its writes when it reads nothing: a deleted user's unit writes nothing.
        self._tombstone_unread = tombstone_ref
        # Employers locked whose documents are read with the unit's next read (one round trip less).
        self._employers_unread: list[str] = []
        self._employers: dict[str, _Employer] = {}
        self._employer_of: dict[str, str] = {}  # app id -> company key
        self._pending: list[tuple[Any, dict | None]] = []  # (ref, data to set; None deletes)

    def _ref(self, *path: str) -> Any:
        ref = self._user
        for collection, doc_id in zip(path[::2], path[1::2], strict=True):
            ref = ref.collection(collection).document(doc_id)
        return ref

    def _company_ref(self, company_key: str) -> Any:
        return self._ref("companies", doc_key(company_key or "_unknown"))

    def _get(self, ref: Any) -> Any:
        """One document, read in the transaction together with what waits to be read: the user's
        tombstone (the first time) and the employers locked since the last read."""
        return self._get_all([ref])[0]

    def _get_all(self, refs: list[Any]) -> list[Any]:
        tombstone, self._tombstone_unread = self._tombstone_unread, None
        employers, self._employers_unread = self._employers_unread, []
        employer_refs = [self._company_ref(key) for key in employers]
        wanted = ([tombstone] if tombstone is not None else []) + employer_refs + refs
        if not wanted:
            return []
        snapshots = {snapshot.reference.path: snapshot for snapshot in self._tx.get_all(wanted)}
        if tombstone is not None and snapshots[tombstone.path].exists:
            raise AccountDeleted(f"user {self._user.id} deleted their account")
        for company_key, company_ref in zip(employers, employer_refs, strict=True):
            self._add_employer(_Employer(company_key, snapshots[company_ref.path].to_dict() or {}))
        return [snapshots[ref.path] for ref in refs]

    def _add_employer(self, employer: _Employer) -> None:
        self._employers[employer.company_key] = employer
        for app_id in employer.app_ids:
            self._employer_of[app_id] = employer.company_key

    def _employer(self, company_key: str) -> _Employer:
        """A locked employer's document, read now if it waits to be."""
        self._read_employers()
        return self._employers[company_key]

    def _read_employers(self) -> None:
        """Read the employers locked but not read yet, if any."""
        if self._employers_unread:
            self._get_all([])

    def application(self, app_id: str) -> Application | None:
        snapshot = self._get(self._ref("applications", app_id))
        return application_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def lock_company(self, company_key: str) -> None:
        """Lock the employer group's document (one per `names.employer_group`): in this instance now, in
        Firestore when the unit next reads, in the same round trip."""
        company_key = employer_group(company_key)
        if company_key in self._employers or company_key in self._employers_unread:
            return
        self._local_locks.acquire(f"{self._user.id}/{company_key}")
        self._employers_unread.append(company_key)  # read (and locked in Firestore) with the next read

    def get_marker(self, message_id: str) -> ProcessedMarker | None:
        snapshot = self._get(self._ref("messages", message_id))
        return marker_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def application_digests(self, company_key: str) -> dict[str, ApplicationDigest | None]:
        """The employer group's application ids in the group's order, with their digests (its document)."""
        self.lock_company(company_key)
        employer = self._employer(employer_group(company_key))
        return {app_id: employer.digests.get(app_id) for app_id in employer.app_ids}

    def applications(self, app_ids: list[str]) -> list[Application]:
        """These applications, read in one round trip (with what waits to be read), in the order asked."""
        if not app_ids:
            self._read_employers()
            return []
        snapshots = self._get_all([self._ref("applications", app_id) for app_id in app_ids])
        found = [application_from_doc(s.id, s.to_dict() or {}) for s in snapshots if s.exists]
        for application in found:
            # Its digest as read (the document is written back): one indexed before digests were kept,
            # or by an older fingerprint, gets it now.
            employer = self._employers.get(self._employer_of.get(application.app_id, ""))
            if employer is not None:
                employer.digests[application.app_id] = digest_of(application)
        return found

    def employer_history(self, company_key: str) -> dict[str, list[ApplicationEvent]]:
        self.lock_company(company_key)
        history = self._employer(employer_group(company_key)).history
        return {app_id: list(events.values()) for app_id, events in history.items()}

    def employer_alias(self, placeholder: str) -> str | None:
        self.lock_company(placeholder)
        return self._employer(employer_group(placeholder)).alias_of

    def save_employer_alias(self, placeholder: str, company_key: str) -> None:
        self._employer(employer_group(placeholder)).alias_of = company_key

    def new_application_id(self) -> str:
        return self._user.collection("applications").document().id

    def save_application(self, application: Application) -> None:
        """Save it, in its employer's index (moved there from another employer if its company changed)."""
        self._read_employers()  # so the application's old employer is known
        group = employer_group(application.company_key)
        if group not in self._employers:  # a re-plan gave mail of its thread no employer: its placeholder
            self.lock_company(group)
            self._read_employers()
        old_key = self._employer_of.get(application.app_id)
        if old_key is not None and old_key != group:
            old = self._employers[old_key]
            old.app_ids.remove(application.app_id)
            moved = old.history.pop(application.app_id, {})
            old.digests.pop(application.app_id, None)
            self._employers[group].history.setdefault(application.app_id, {}).update(moved)
        employer = self._employers[group]
        employer.digests[application.app_id] = digest_of(application)
        if application.app_id not in employer.app_ids:
            employer.app_ids.append(application.app_id)
        self._employer_of[application.app_id] = group
        self._pending.append((self._ref("applications", application.app_id), application_to_doc(application)))

    def delete_application(self, app_id: str) -> None:
        """Delete it and its emails (their markers stay: those emails are not read again)."""
        self._read_employers()
        employer = self._employers[self._employer_of.pop(app_id)]
        employer.app_ids.remove(app_id)
        employer.digests.pop(app_id, None)
        for message_id in employer.history.pop(app_id, {}):
            self._pending.append((self._ref("applications", app_id, "events", message_id), None))
        self._pending.append((self._ref("applications", app_id), None))

    def add_event(self, app_id: str, event: ApplicationEvent) -> None:
        self._read_employers()
        employer = self._employers[self._employer_of[app_id]]
        employer.history.setdefault(app_id, {})[event.message_id] = event
        ref = self._ref("applications", app_id, "events", event.message_id)
        self._pending.append((ref, event_to_doc(event)))

    def remove_event(self, app_id: str, message_id: str) -> None:
        self._read_employers()
        employer = self._employers[self._employer_of[app_id]]
        employer.history.get(app_id, {}).pop(message_id, None)
        self._pending.append((self._ref("applications", app_id, "events", message_id), None))

    def save_marker(self, marker: ProcessedMarker) -> None:
        self._pending.append((self._ref("messages", marker.message_id), marker_to_doc(marker)))

    def correction(self, token: str) -> Correction | None:
        snapshot = self._get(self._ref("corrections", token))
        return correction_from_doc(snapshot.id, snapshot.to_dict()) if snapshot.exists else None

    def save_correction(self, correction: Correction) -> None:
        self._pending.append((self._ref("corrections", correction.token), correction_to_doc(correction)))

    def delete_correction(self, token: str) -> None:
        self._pending.append((self._ref("corrections", token), None))

    def flush(self) -> None:
        """Hand the buffered writes to the transaction, in order; every employer read is written back (but
        a placeholder read and left unused, `_Employer.unused`, or read and left as it was,
        `_Employer.unchanged_alias`)."""
        self._get_all([])  # the tombstone and the employers locked but not read yet
        for employer in self._employers.values():
            if not (employer.unused or employer.unchanged_alias):
                self._tx.set(self._company_ref(employer.company_key), employer.to_doc())
        for ref, data in self._pending:
            if data is None:
                self._tx.delete(ref)
            else:
                self._tx.set(ref, data)
        self._pending.clear()
