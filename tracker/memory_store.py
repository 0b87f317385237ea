"""The store port backed by dicts: for the offline `track` command and fast tests.

Transactions are serialised by one lock and applied only when the unit of work returns, so a
failure inside it leaves nothing half-written, as with Firestore.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from tracker.accounts import counters_from_outcomes
from tracker.digests import ApplicationDigest, digest_of
from tracker.models import Application, ApplicationEvent
from tracker.names import employer_group
from tracker.ports import ApplicationQuery, Correction, ProcessedMarker

T = TypeVar("T")


@dataclass
class _UserData:
    applications: dict[str, Application] = field(default_factory=dict)
    events: dict[str, dict[str, ApplicationEvent]] = field(default_factory=dict)
    markers: dict[str, ProcessedMarker] = field(default_factory=dict)
    # The employer index by group (names.employer_group), so that tracking a mailbox of many
    # thousands of messages stays linear.
    apps_by_company: dict[str, set[str]] = field(default_factory=dict)
    corrections: dict[str, Correction] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # placeholder -> employer key (ports)
    key_version: int = 0  # tracker/rekeying.py


class _MemoryTransaction:
    """Reads see the committed data; writes are collected and applied together by `commit`."""

    def __init__(self, data: _UserData, ids: itertools.count) -> None:
        self._data = data
        self._ids = ids
        self._saved: dict[str, Application] = {}
        self._deleted: set[str] = set()
        self._added: list[tuple[str, ApplicationEvent]] = []
        self._removed: list[tuple[str, str]] = []
        self._markers: list[ProcessedMarker] = []
        self._corrections: dict[str, Correction | None] = {}
        self._aliases: dict[str, str] = {}

    def lock_company(self, company_key: str) -> None:
        """The store's lock already serialises every transaction."""

    def application(self, app_id: str) -> Application | None:
        found = self._data.applications.get(app_id)
        return copy.deepcopy(found) if found is not None else None

    def get_marker(self, message_id: str) -> ProcessedMarker | None:
        return self._data.markers.get(message_id)

    def application_digests(self, company_key: str) -> dict[str, ApplicationDigest | None]:
        app_ids = self._data.apps_by_company.get(employer_group(company_key), ())
        return {app_id: digest_of(self._data.applications[app_id]) for app_id in sorted(app_ids)}

    def applications(self, app_ids: list[str]) -> list[Application]:
        found = (self._data.applications.get(app_id) for app_id in app_ids)
        return [copy.deepcopy(application) for application in found if application is not None]

    def employer_history(self, company_key: str) -> dict[str, list[ApplicationEvent]]:
        app_ids = self._data.apps_by_company.get(employer_group(company_key), ())
        return {app_id: list(self._data.events.get(app_id, {}).values()) for app_id in sorted(app_ids)}

    def employer_alias(self, placeholder: str) -> str | None:
        return self._data.aliases.get(placeholder)

    def save_employer_alias(self, placeholder: str, company_key: str) -> None:
        self._aliases[placeholder] = company_key

    def new_application_id(self) -> str:
        return f"app-{next(self._ids):06d}"

    def save_application(self, application: Application) -> None:
        self._saved[application.app_id] = copy.deepcopy(application)

    def delete_application(self, app_id: str) -> None:
        self._deleted.add(app_id)

    def add_event(self, app_id: str, event: ApplicationEvent) -> None:
        self._added.append((app_id, event))

    def remove_event(self, app_id: str, message_id: str) -> None:
        self._removed.append((app_id, message_id))

    def save_marker(self, marker: ProcessedMarker) -> None:
        self._markers.append(marker)

    def correction(self, token: str) -> Correction | None:
        return copy.deepcopy(self._data.corrections.get(token))

    def save_correction(self, correction: Correction) -> None:
        self._corrections[correction.token] = copy.deepcopy(correction)

    def delete_correction(self, token: str) -> None:
        self._corrections[token] = None

    def commit(self) -> None:
        data = self._data
        for token, correction in self._corrections.items():
            if correction is None:
                data.corrections.pop(token, None)
            else:
                data.corrections[token] = correction
        for app_id, message_id in self._removed:
            data.events.get(app_id, {}).pop(message_id, None)
        for app_id in self._deleted:
            application = data.applications.pop(app_id, None)
            data.events.pop(app_id, None)
            if application is not None:
                data.apps_by_company.get(employer_group(application.company_key), set()).discard(app_id)
        for application in self._saved.values():
            old = data.applications.get(application.app_id)
            group = employer_group(application.company_key)
            if old is not None and employer_group(old.company_key) != group:
                data.apps_by_company.get(employer_group(old.company_key), set()).discard(application.app_id)
            data.applications[application.app_id] = application
            data.apps_by_company.setdefault(group, set()).add(application.app_id)
        for app_id, event in self._added:
            data.events.setdefault(app_id, {})[event.message_id] = event
        for marker in self._markers:
            data.markers[marker.message_id] = marker
        data.aliases.update(self._aliases)


class MemoryApplicationStore:
    """ApplicationStore in memory. Application ids are sequential per store, in creation order."""

    def __init__(self) -> None:
        self._users: dict[str, _UserData] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def in_transaction(self, user_id: str, work: Callable[[_MemoryTransaction], T]) -> T:
        with self._lock:
            tx = _MemoryTransaction(self._users.setdefault(user_id, _UserData()), self._ids)
            result = work(tx)
            tx.commit()
            return result

    def list_applications(self, user_id: str) -> list[Application]:
        with self._lock:
            data = self._users.get(user_id, _UserData())
            return [copy.deepcopy(a) for a in data.applications.values()]

    def list_events(self, user_id: str, app_id: str) -> list[ApplicationEvent]:
        with self._lock:
            data = self._users.get(user_id, _UserData())
            return list(data.events.get(app_id, {}).values())

    def timelines(self, user_id: str) -> dict[str, list[ApplicationEvent]]:
        with self._lock:
            data = self._users.get(user_id, _UserData())
            return {app_id: list(events.values()) for app_id, events in data.events.items()}

    def get_marker(self, user_id: str, message_id: str) -> ProcessedMarker | None:
        with self._lock:
            found = self._users.get(user_id, _UserData()).markers.get(message_id)
            return copy.deepcopy(found) if found is not None else None

    def get_application(self, user_id: str, app_id: str) -> Application | None:
        with self._lock:
            found = self._users.get(user_id, _UserData()).applications.get(app_id)
            return copy.deepcopy(found) if found is not None else None

    def query_applications(self, user_id: str, query: ApplicationQuery) -> tuple[list[Application], int]:
        return query.select(self.list_applications(user_id))

    def delete_user_data(self, user_id: str) -> None:
        with self._lock:
            self._users.pop(user_id, None)

    def key_version(self, user_id: str) -> int:
        with self._lock:
            return self._users.get(user_id, _UserData()).key_version

    def set_key_version(self, user_id: str, version: int) -> None:
        with self._lock:
            if user_id in self._users:
                self._users[user_id].key_version = version

    def employer_aliases(self, user_id: str) -> dict[str, str]:
        with self._lock:
            return dict(self._users.get(user_id, _UserData()).aliases)

    def run_counters(self, user_id: str, run_id: str, listed: int = 0) -> dict[str, int]:
        """The run's counters, counted from its markers as the Firestore store does."""
        with self._lock:
            markers = self._users.get(user_id, _UserData()).markers.values()
            outcomes = Counter(m.outcome for m in markers if m.run_id == run_id)
        return counters_from_outcomes(listed, outcomes)
