"""The port to which application sits on which row of the user's sheet, and which rows are out of date:
the part of the stored data only the sheet sync reads and writes (tracker/sheet_sync.py). tracker/ports.py
joins it to the account's port as UserRecords; infra/ implements it in production."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tracker.models import Application
from tracker.sheet_edits import RowMemory, SheetMemory


@dataclass(frozen=True)
class ChangedApplication:
    """An application whose row is out of date, and the store's token for "unchanged since read"."""

    application: Application
    token: object


@dataclass(frozen=True)
class SheetPlacement:
    """Row numbers for the applications being written, and rows of deleted ones to blank."""

    rows: dict[str, int]
    rows_to_clear: list[int]


class SheetRowStore(Protocol):
    """Which application sits on which sheet row, and which rows are out of date."""

    def changed_applications(self, user_id: str) -> list[ChangedApplication]: ...

    def place_rows(self, user_id: str, app_ids: list[str], first_free_row: int) -> SheetPlacement:
        """Stable row numbers for `app_ids` (existing ones kept, new ones from the first free row)."""

    def mark_synced(
        self,
        user_id: str,
        written: list[ChangedApplication],
        placement: SheetPlacement,
        remembered: dict[str, RowMemory] | None = None,
    ) -> bool:
        """Record the rows and what was written on them; clear "changed" only where the application
        is unchanged since read.

        True when some application changed meanwhile: it stays changed and needs another sync."""

    def sheet_memory(self, user_id: str) -> SheetMemory:
        """Every application's row, what the syncs last wrote on it, and the rows the user cleared."""

    def remember_cleared_rows(self, user_id: str, app_ids: list[str]) -> None:
        """The user cleared these applications' rows: they are never written again on this sheet."""

    def prepared_tab(self, user_id: str, sheet_id: str) -> str | None:
        """The tab title of `sheet_id` if it was prepared (header, frozen row) already."""

    def remember_prepared_tab(self, user_id: str, sheet_id: str | None, title: str | None) -> None:
        """Remember (or, with None, forget) that the sheet is prepared, so syncs skip the reads."""

    def connect_sheet(self, user_id: str, sheet_id: str | None) -> None:
        """Point the user at a sheet (or none): every application gets a row there at the next sync."""

    def acquire_sync_lease(self, user_id: str, holder: str, now: datetime, seconds: float) -> bool:
        """Take the user's sheet-sync lease unless another live sync holds it."""

    def release_sync_lease(self, user_id: str, holder: str) -> None: ...
