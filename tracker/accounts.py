"""Users and fetch runs: what the tracker keeps about a person and about each fetch."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tracker.user_settings import UserSettings


@dataclass
class SyncCheckpoint:
    """Where the next fetch continues: a Gmail historyId, else the start date / last fetch time."""

    start_date: datetime | None = None
    history_id: str | None = None
    last_fetch_at: datetime | None = None


@dataclass
class UserAccount:
    """A signed-up user. `refresh_token` is the encrypted form; only infra/ can read it."""

    user_id: str
    email: str
    google_sub: str
    name: str = ""
    encrypted_refresh_token: str | None = None
    scopes: list[str] = field(default_factory=list)
    sheet_id: str | None = None
    created_at: datetime | None = None
    sync: SyncCheckpoint = field(default_factory=SyncCheckpoint)
    reconnect_needed: bool = False
    # SHA-256 of the user's calendar feed token (the token itself is shown once, never stored).
    calendar_token_hash: str | None = None
    # Until when the user has seen their notifications (None: never looked).
    notifications_seen_at: datetime | None = None
    settings: UserSettings = field(default_factory=UserSettings)
    # The user's live browser sessions: session id -> when it expires. A session cookie is honoured
    # only while its id is here, so logging out, signing out everywhere and deletion end it at once.
    sessions: dict[str, datetime] = field(default_factory=dict)

    @property
    def first_time_user(self) -> bool:
        """True until the user has chosen the date from which mail is read."""
        return self.sync.start_date is None


class RunState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"

    @property
    def task_status(self) -> str:
        """The original app's Celery words for this state."""
        return {
            RunState.QUEUED: "PENDING",
            RunState.RUNNING: "STARTED",
            RunState.DONE: "SUCCESS",
            RunState.FAILED: "FAILURE",
        }[self]


RUN_COUNTERS = ("listed", "processed", "applications", "new_applications", "skipped", "failed")


def counters_from_outcomes(listed: int, outcomes: dict[str, int]) -> dict[str, int]:
    """A run's counters from how many of its messages ended with each marker outcome.

    processed counts every message handled (skipped ones too); applications every email that went
    to an application, new_applications those that started one; failed ones are not processed.
    """
    new = outcomes.get("new_application", 0)
    applications = outcomes.get("application", 0) + new
    skipped = outcomes.get("skipped", 0)
    return {
        "listed": listed,
        "processed": applications + skipped,
        "applications": applications,
        "new_applications": new,
        "skipped": skipped,
        "failed": outcomes.get("failed", 0),
    }


@dataclass(frozen=True)
class ListingProgress:
    """How far a fetch has listed the user's mail, so that a follow-up task goes on from there.

    `after` is set for a date query (a first fetch, or history Gmail no longer keeps); None lists
    Gmail's history since the user's checkpoint. `history_id` is the checkpoint stored once the
    listing is done. `page_token` is the next page's (None after the last page). `last_message_id`:
    the last message listed, whose task is due last (tracker/fetching.py paces a run's tasks).
    `last_page` holds the ids of the page listed last: Gmail lists a message again at the top of the
    next page when mail arriving mid-listing shifts the pages, and that one is enqueued and counted
    already."""

    pages: int = 0
    page_token: str | None = None
    after: datetime | None = None
    history_id: str | None = None
    last_message_id: str | None = None
    last_page: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.pages > 0 and self.page_token is None


@dataclass
class FetchRun:
    """One fetch of one user's mail, and how far its messages have got."""

    run_id: str
    user_id: str
    state: RunState = RunState.QUEUED
    started_at: datetime | None = None
    finished_at: datetime | None = None
    listing_done: bool = False
    error: str | None = None
    counters: dict[str, int] = field(default_factory=dict)
    listing: ListingProgress = field(default_factory=ListingProgress)

    def count(self, name: str) -> int:
        return self.counters.get(name, 0)

    @property
    def all_messages_handled(self) -> bool:
        """Listing has finished and every listed message was processed or failed for good."""
        return self.listing_done and self.count("processed") + self.count("failed") >= self.count("listed")
