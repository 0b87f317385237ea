"""The ports to the outside services the domain and the handlers call: Gmail, Cloud Tasks, Google Sheets,
Google sign-in and the cipher that seals refresh tokens. infra/ implements them (one adapter a service);
tests hand in fakes. The ports to stored data are tracker/ports.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class RawMessage:
    """One Gmail message as fetched: its RFC 822 bytes and Gmail's own facts about it."""

    message_id: str
    thread_id: str | None
    raw: bytes
    internal_date: datetime | None
    label_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessagePage:
    """One page of a mailbox listing: its ids (oldest first within the page), the next page's token
    (None on the last page) and, listing history, the mailbox's newest history id."""

    message_ids: list[str]
    next_page_token: str | None
    history_id: str | None = None


class Mailbox(Protocol):
    """One user's Gmail, read-only."""

    def current_history_id(self) -> str: ...

    def list_message_page(self, after: datetime, page_token: str | None, page_size: int) -> MessagePage:
        """One page of the messages received after `after` (relevant labels only)."""

    def list_added_page(self, history_id: str, page_token: str | None, page_size: int) -> MessagePage:
        """One page of the messages added since `history_id`; raises HistoryExpired."""

    def get_message(self, message_id: str) -> RawMessage | None:
        """The message, or None when it no longer exists."""


class TaskQueue(Protocol):
    """Cloud Tasks: one named task per unit of work, so a repeat is refused, not run twice."""

    def enqueue_fetch(self, user_id: str, run_id: str, page: int = 0) -> bool:
        """The task that lists the run's mail from its `page`-th page on (0: the run's first task)."""

    def enqueue_message(
        self, user_id: str, run_id: str, message_id: str, not_before: datetime | None = None
    ) -> bool:
        """False when a task for this (user, message) exists or existed recently. `not_before`: not
        dispatched before then."""

    def message_task_run(self, user_id: str, message_id: str) -> str | None:
        """The run id of the pending task for this (user, message), if there is one."""

    def enqueue_sheet_sync(self, user_id: str, not_before: datetime) -> bool: ...

    def enqueue_schedule_page(self, round_id: str, after: str) -> bool:
        """The task for one page of a daily round: the users after `after`; False when it exists."""

    def enqueue_run_sweep(self, user_id: str, run_id: str, progress: int, not_before: datetime) -> bool:
        """A look at the run at `not_before`: it ends FAILED unless its progress (messages handled
        plus pages listed) passed `progress` by then (tracker/fetching.py sweep_run)."""


class SheetWriter(Protocol):
    """One user's Google Sheet, written through the Sheets API."""

    def create(self, title: str) -> str:
        """A new spreadsheet the app may write (and only that one); returns its id."""

    def prepare(self, sheet_id: str) -> str:
        """Make sure the header row is there and frozen; return the tab's title."""

    def write_rows(self, sheet_id: str, sheet_title: str, rows: dict[int, list[str]]) -> None:
        """Write every given row (row number -> cells) in one batch."""

    def read_rows(self, sheet_id: str, sheet_title: str) -> list[list[str]]:
        """The app's columns of every row, header first, in one read (trailing empty cells and rows
        left out, as Sheets returns them)."""


@dataclass(frozen=True)
class GoogleIdentity:
    """Who signed in, from the verified ID token, and the tokens the grant gave."""

    sub: str
    email: str
    name: str
    refresh_token: str | None
    access_token: str
    scopes: tuple[str, ...]


class GoogleSignIn(Protocol):
    """Google's OAuth: the consent page, the code traded for who signed in, and revoking a grant."""

    def authorization_url(self, state: str, verifier: str, scopes: tuple[str, ...]) -> str: ...

    def exchange_code(self, code: str, verifier: str) -> GoogleIdentity: ...

    def revoke(self, token: str) -> bool:
        """True when Google revoked the grant (or it was gone already)."""


class Cipher(Protocol):
    """Refresh tokens sealed at rest, each bound to its user (another user's id can't open it)."""

    def encrypt(self, plaintext: str, user_id: str) -> str: ...

    def decrypt(self, token: str, user_id: str) -> str:
        """The plaintext; ValueError when the token can't be opened (retired key, wrong user, damage)."""
