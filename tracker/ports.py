"""The ports the domain and the handlers work through to stored data: every read and write of it. infra/
implements them in production; tracker/memory_store.py implements the application store in memory for the
offline `track` command and as the fake in unit tests. The ports to outside services (Gmail, Cloud Tasks,
Sheets, Google sign-in, the token cipher) are tracker/service_ports.py's; the sheet rows' port, which
UserRecords joins to the account's, is tracker/sheet_ports.py's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from tracker.accounts import FetchRun, ListingProgress, SyncCheckpoint, UserAccount
from tracker.digests import ApplicationDigest
from tracker.model_calls import ModelCall, ModelCallPage
from tracker.models import Application, ApplicationEvent, Kind
from tracker.service_ports import TaskQueue
from tracker.sheet_ports import SheetRowStore

T = TypeVar("T")


@dataclass(frozen=True)
class ProcessedMarker:
    """Proof that one message was handled, written in the same transaction as its effects.

    `outcome` is what it counts as on its fetch run (one of OUTCOMES); `error` is set when the
    message failed for good (it is then not retried by later fetches). Run counters are counted
    from markers, so no document is written by every worker (a Firestore hot spot).
    """

    message_id: str
    kind: Kind | None
    app_id: str | None
    thread_id: str | None
    run_id: str | None
    processed_at: datetime
    outcome: str = "skipped"
    error: str | None = None
    # When Firestore's TTL deletes it (the user's retention period: tracker/retention.py).
    expire_at: datetime | None = None


OUTCOMES = ("application", "new_application", "skipped", "failed")
# The alias of a thread or requisition whose mail named different employers: it names none.
SEVERAL_EMPLOYERS = "*"


@dataclass(frozen=True)
class TaskReads:
    """What a worker task reads before its message, in one round trip: its user, its run (without
    counts; None without a run id) and the message's marker (None: not handled yet)."""

    user: UserAccount | None
    run: FetchRun | None
    marker: ProcessedMarker | None


class UserTransaction(Protocol):
    """One user's data inside one atomic unit of work. All reads come before any write."""

    def lock_company(self, company_key: str) -> None:
        """Serialise every transaction touching this employer (no two can create its applications)."""

    def application(self, app_id: str) -> Application | None: ...

    def get_marker(self, message_id: str) -> ProcessedMarker | None: ...

    def application_digests(self, company_key: str) -> dict[str, ApplicationDigest | None]:
        """The employer group's application ids, in the group's order, each with its digest as last saved
        (tracker/digests.py; None: none kept, read the application)."""

    def applications(self, app_ids: list[str]) -> list[Application]:
        """These applications as stored (those that exist), read together."""

    def employer_history(self, company_key: str) -> dict[str, list[ApplicationEvent]]:
        """The employer's recorded emails, by the application they are on."""

    def employer_alias(self, placeholder: str) -> str | None:
        """The employer key recorded mail of this thread or requisition named (match_keys.placeholder_keys;
        SEVERAL_EMPLOYERS when it named more than one), None when none has; locks the placeholder."""

    def save_employer_alias(self, placeholder: str, company_key: str) -> None: ...

    def new_application_id(self) -> str: ...

    def save_application(self, application: Application) -> None: ...

    def delete_application(self, app_id: str) -> None: ...

    def add_event(self, app_id: str, event: ApplicationEvent) -> None: ...

    def remove_event(self, app_id: str, message_id: str) -> None: ...

    def save_marker(self, marker: ProcessedMarker) -> None: ...

    def correction(self, token: str) -> Correction | None:
        """The user's merge or split with this undo token, while it can still be undone."""

    def save_correction(self, correction: Correction) -> None: ...

    def delete_correction(self, token: str) -> None: ...


@dataclass(frozen=True)
class RecordBefore:
    """One record as it was before a merge or split: the stored application and its emails' ids."""

    application: Application
    message_ids: list[str]


@dataclass(frozen=True)
class Correction:
    """A merge or split the user made, kept so that it can be undone: the records before it, and
    the ids of the records it left (`kind` is "merge" or "split")."""

    token: str
    kind: str
    before: list[RecordBefore]
    after: list[str]
    made_at: datetime


class ApplicationStore(Protocol):
    """Runs units of work on one user's applications atomically, retrying on contention."""

    def in_transaction(self, user_id: str, work: Callable[[UserTransaction], T]) -> T: ...

    def list_applications(self, user_id: str) -> list[Application]: ...

    def list_events(self, user_id: str, app_id: str) -> list[ApplicationEvent]: ...

    def timelines(self, user_id: str) -> dict[str, list[ApplicationEvent]]:
        """Every application's emails, by application id, in a few reads (for the numbers)."""

    def get_application(self, user_id: str, app_id: str) -> Application | None: ...

    def get_marker(self, user_id: str, message_id: str) -> ProcessedMarker | None:
        """The message's processed marker, read outside any transaction (one read)."""

    def query_applications(self, user_id: str, query: ApplicationQuery) -> tuple[list[Application], int]:
        """One page of the user's applications matching `query`, and how many match in all."""

    def delete_user_data(self, user_id: str) -> None:
        """Every record of the user: applications, timelines, markers, runs, indexes, sheet layout."""

    def key_version(self, user_id: str) -> int:
        """The version of the matching keys the user's records were saved under (tracker/rekeying.py);
        0 when none is recorded (records saved before versions were kept)."""

    def set_key_version(self, user_id: str, version: int) -> None:
        """Record that the user's records are keyed by `version`; never recreates a deleted user."""

    def employer_aliases(self, user_id: str) -> dict[str, str]:
        """Every thread's or requisition's placeholder that names an employer, with that employer's key
        (ports.UserTransaction.employer_alias), read outside any transaction."""


ORDER_FIELDS = {
    "updated_at": "updated_at",
    "applied_at": "applied_at",
    "company": "company_key",
    "status": "status_rank",
}


@dataclass(frozen=True)
class ApplicationQuery:
    """Which applications to list, in what order, which page. `order_field` is a stored field name."""

    offset: int = 0
    limit: int = 10
    status: str | None = None
    company_prefix: str | None = None
    order_field: str = "updated_at"
    descending: bool = True
    tag: str | None = None
    needs_review: bool | None = None

    def select(self, applications: list[Application]) -> tuple[list[Application], int]:
        """This query over applications in hand, as Firestore answers it: filtered, ordered by the
        stored field (missing values first when ascending), then the page; and how many match."""
        matching = [
            a
            for a in applications
            if (self.status is None or a.status.value == self.status)
            and (self.company_prefix is None or a.company_key.startswith(self.company_prefix))
            and (self.tag is None or self.tag in a.tags)
            and (self.needs_review is None or (a.needs_review is not None) == self.needs_review)
        ]
        present = [a for a in matching if stored_value(a, self.order_field) is not None]
        present.sort(key=lambda a: stored_value(a, self.order_field), reverse=self.descending)
        missing = [a for a in matching if stored_value(a, self.order_field) is None]
        ordered = present + missing if self.descending else missing + present
        return ordered[self.offset : self.offset + self.limit], len(matching)


def stored_value(application: Application, field_name: str) -> Any:
    """The value of one of ORDER_FIELDS' stored fields (status_rank is stored, not an attribute)."""
    return application.status.rank if field_name == "status_rank" else getattr(application, field_name)


class AccountStore(Protocol):
    """Users, their sync checkpoint and their fetch runs."""

    def get_user(self, user_id: str) -> UserAccount | None: ...

    def task_reads(self, user_id: str, run_id: str | None, message_id: str) -> TaskReads:
        """The user, one of their runs and a message's marker in one read: a worker needs all three."""

    def save_user(self, user: UserAccount) -> None: ...

    def set_start_date(self, user_id: str, start_date: datetime, read_again: bool = False) -> None:
        """The date mail is read from; `read_again` also forgets where the last fetch stopped, so the
        next one lists everything from that date (already processed messages are skipped)."""

    def users_with_auto_fetch(self, after: str = "", limit: int | None = None) -> list[UserAccount]:
        """Users with auto-fetch on, by id: the first `limit` (all if None) whose id sorts after `after`."""

    def user_ids(self, after: str = "", limit: int = 500) -> list[str]:
        """Every user's id, in order: the first `limit` that sort after `after`."""

    def update_settings(self, user_id: str, values: dict[str, Any]) -> None:
        """Write these settings (validated UserSettings field values) and leave the others as they are."""

    def list_runs(self, user_id: str, limit: int = 100) -> list[FetchRun]:
        """The user's latest runs, newest first."""

    def get_run(
        self, user_id: str, run_id: str, with_counts: bool = False, counts_may_lag: bool = False
    ) -> FetchRun | None:
        """The run; with its message counters counted from the markers when `with_counts`. With
        `counts_may_lag` (a page polling the run) a running run's counts may be a few seconds old."""

    def start_run(self, run: FetchRun) -> None: ...

    def start_run_once(self, run: FetchRun) -> FetchRun:
        """Store `run` unless a run with its id exists; returns the stored one (a retry starts nothing)."""

    def processed_message_ids(self, user_id: str, message_ids: list[str]) -> set[str]: ...

    def processed_message_runs(self, user_id: str, message_ids: list[str]) -> dict[str, str | None]:
        """Those of `message_ids` with a processed marker, each with the run that handled it."""

    def record_listing_page(
        self, user_id: str, run_id: str, before: ListingProgress, after: ListingProgress, listed: int
    ) -> FetchRun | None:
        """Store the run's listing progress `after` and its new `listed` total, only if the stored
        progress is still `before` (else None: another task listed that page first)."""

    def finish_listing(
        self, user_id: str, run_id: str, listed: int, checkpoint: SyncCheckpoint, now: datetime
    ) -> FetchRun:
        """Record the run's listed count and advance the checkpoint, atomically."""

    def fail_run(self, user_id: str, run_id: str, error: str, now: datetime) -> None: ...

    def complete_run_if_done(
        self,
        user_id: str,
        run_id: str,
        now: datetime,
        with_counts: bool = True,
        seen: FetchRun | None = None,
    ) -> FetchRun | None:
        """Mark the run done (once) when all its messages are handled; return it. `with_counts=False`
        (a worker after each message, which only needs the marking) leaves the counters unread while
        the run is not done, as get_run does, and may skip counting while the run can't be done yet;
        then `seen`, the run as the worker read it before its message, may spare reading it again."""

    def record_failure(
        self,
        user_id: str,
        run_id: str | None,
        message_id: str,
        error: str,
        now: datetime,
        expire_at: datetime | None = None,
    ) -> None:
        """Mark a message failed for good and count it on its run, once; the marker ends at
        `expire_at` as every other (the user's retention: tracker/retention.py)."""

    def mark_reconnect_needed(self, user_id: str) -> None:
        """Flag the user's grant as dead; never recreates a deleted user."""

    def add_session(self, user_id: str, session_id: str, expires_at: datetime, now: datetime) -> None:
        """Record a new browser session (and forget the user's expired ones)."""

    def end_session(self, user_id: str, session_id: str) -> None: ...

    def end_all_sessions(self, user_id: str) -> None:
        """Sign the user out everywhere: every session cookie of theirs stops working."""

    def tombstone(self, user_id: str, now: datetime) -> None:
        """Mark the user deleted, before their data goes: from then on no transaction writes for them."""

    def is_tombstoned(self, user_id: str) -> bool: ...

    def clear_tombstone(self, user_id: str) -> None:
        """The same Google account signs up again, after its old data is gone."""

    def set_calendar_token(self, user_id: str, token_hash: str | None) -> None:
        """Replace (or, with None, revoke) the hash of the user's calendar feed token."""

    def user_for_calendar_token(self, token_hash: str) -> str | None:
        """The id of the user whose calendar feed token has this hash, if any."""

    def set_notifications_seen(self, user_id: str, seen_at: datetime) -> None:
        """The user has seen every notification up to `seen_at`."""

    def forget_row(self, user_id: str, app_id: str, row: int | None) -> None:
        """A deleted application's sheet row is blanked at the next sync and never reused."""

    def restore_row(self, user_id: str, app_id: str, row: int | None) -> None:
        """Give a record brought back by an undo its old sheet row again (when that row is still
        free on the connected sheet; else it gets a new one at the next sync)."""


class ModelCallLog(Protocol):
    """Every model call made about a user's mail, for the user to read (tracker/model_calls.py)."""

    def record(self, user_id: str, call: ModelCall) -> None:
        """Add one call (its `at` set); nothing is written for a deleted user."""

    def page(self, user_id: str, offset: int, limit: int) -> ModelCallPage:
        """The user's calls, newest first: `limit` of them from `offset`, and the total."""


class UserRecords(AccountStore, SheetRowStore, Protocol):
    """Everything kept per user besides applications: the account, its fetch runs, its sheet rows."""


@dataclass(frozen=True)
class OverThePorts:
    """What a service layer runs over: one process's stores and task queue, and `clock` for "now"."""

    applications: ApplicationStore
    accounts: UserRecords
    queue: TaskQueue
    clock: Callable[[], datetime]


class OAuthStates(Protocol):
    """Single-use OAuth states."""

    def spend(self, nonce: str, now: datetime) -> bool:
        """True the first time a state nonce is spent, False on every reuse."""
