"""Fakes for the ports the in-memory store does not cover, shared by unit and handler tests."""

from __future__ import annotations

from datetime import datetime


class RecordingQueue:
    """TaskQueue that records what was asked for; like Cloud Tasks, one task per name (repeats refused)."""

    def __init__(self) -> None:
        self.fetches: list[tuple[str, str]] = []
        self.listing_pages: list[tuple[str, str, int]] = []  # follow-up fetch tasks: where they start
        self.messages: dict[tuple[str, str], str] = {}
        self.sheet_syncs: list[str] = []
        self.sync_windows: list[datetime] = []
        self.schedule_pages: list[tuple[str, str]] = []
        self.sweeps: list[dict] = []

    def enqueue_fetch(self, user_id: str, run_id: str, page: int = 0) -> bool:
        if page:
            if (user_id, run_id, page) in self.listing_pages:
                return False
            self.listing_pages.append((user_id, run_id, page))
            return True
        if (user_id, run_id) in self.fetches:
            return False
        self.fetches.append((user_id, run_id))
        return True

    def enqueue_message(self, user_id: str, run_id: str, message_id: str, not_before=None) -> bool:
        if (user_id, message_id) in self.messages:
            return False
        self.messages[(user_id, message_id)] = run_id
        return True

    def message_task_run(self, user_id: str, message_id: str) -> str | None:
        return self.messages.get((user_id, message_id))

    def enqueue_sheet_sync(self, user_id: str, not_before: datetime) -> bool:
        self.sheet_syncs.append(user_id)
        self.sync_windows.append(not_before)
        return True

    def enqueue_schedule_page(self, round_id: str, after: str) -> bool:
        if (round_id, after) in self.schedule_pages:
            return False
        self.schedule_pages.append((round_id, after))
        return True

    def enqueue_run_sweep(self, user_id: str, run_id: str, progress: int, not_before: datetime) -> bool:
        """Recorded as the fetch task's payload, to be posted by the test when it likes."""
        self.sweeps.append(
            {"user_id": user_id, "run_id": run_id, "sweep_progress": progress, "at": not_before}
        )
        return True


class ForgottenRows:
    """The AccountStore calls deleting, merging or splitting records make: rows to blank at the next
    sync, and rows an undo gives back."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, int | None]] = []
        self.restored: list[tuple[str, str, int | None]] = []

    def forget_row(self, user_id: str, app_id: str, row: int | None) -> None:
        self.rows.append((user_id, app_id, row))

    def restore_row(self, user_id: str, app_id: str, row: int | None) -> None:
        self.restored.append((user_id, app_id, row))
