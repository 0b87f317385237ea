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
from tracker.models import Application, ApplicationEvent
from tracker.ports import ProcessedMarker

T = TypeVar("T")


@dataclass
class _UserData:
    applications: dict[str, Application] = field(default_factory=dict)
    events: dict[str, dict[str, ApplicationEvent]] = field(default_factory=dict)
    markers: dict[str, ProcessedMarker] = field(default_factory=dict)
    # Indexes, so that tracking a mailbox of many thousands of messages stays linear.
    app_by_thread: dict[str, str] = field(default_factory=dict)
    apps_by_company: dict[str, set[str]] = field(default_factory=dict)


class _MemoryTransaction:
    def __init__(self, data: _UserData, ids: itertools.count) -> None:
        self._data = data
        self._ids = ids
        self._applications: dict[str, Application] = {}
        self._events: list[tuple[str, ApplicationEvent]] = []
        self._markers: list[ProcessedMarker] = []

    def lock_company(self, company_key: str) -> None:
        """The store's lock already serialises every transaction."""

    def get_marker(self, message_id: str) -> ProcessedMarker | None:
        return self._data.markers.get(message_id)

    def application_for_thread(self, thread_id: str) -> Application | None:
        app_id = self._data.app_by_thread.get(thread_id)
        application = self._data.applications.get(app_id) if app_id else None
        return copy.deepcopy(application) if application else None

    def applications_at_company(self, company_key: str) -> list[Application]:
        app_ids = self._data.apps_by_company.get(company_key, ())
        return [copy.deepcopy(self._data.applications[app_id]) for app_id in sorted(app_ids)]

    def new_application_id(self) -> str:
        return f"app-{next(self._ids):06d}"

    def save_application(self, application: Application) -> None:
        self._applications[application.app_id] = copy.deepcopy(application)

    def add_event(self, app_id: str, event: ApplicationEvent) -> None:
        self._events.append((app_id, event))

    def save_marker(self, marker: ProcessedMarker) -> None:
        self._markers.append(marker)

    def commit(self) -> None:
        self._data.applications.update(self._applications)
        for application in self._applications.values():
            self._data.apps_by_company.setdefault(application.company_key, set()).add(application.app_id)
        for app_id, event in self._events:
            self._data.events.setdefault(app_id, {})[event.message_id] = event
        for marker in self._markers:
            self._data.markers[marker.message_id] = marker
            if marker.thread_id and marker.app_id:
                self._data.app_by_thread.setdefault(marker.thread_id, marker.app_id)


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

    def run_counters(self, user_id: str, run_id: str, listed: int = 0) -> dict[str, int]:
        """The run's counters, counted from its markers as the Firestore store does."""
        with self._lock:
            markers = self._users.get(user_id, _UserData()).markers.values()
            outcomes = Counter(m.outcome for m in markers if m.run_id == run_id)
        return counters_from_outcomes(listed, outcomes)
