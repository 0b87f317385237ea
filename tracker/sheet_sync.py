"""Bring a user's sheet up to date: every changed application's row, in one Sheets batch."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.accounts import UserAccount
from tracker.ports import SheetRowStore, SheetWriter
from tracker.sheet_layout import HEADER, row_values


@dataclass(frozen=True)
class SheetSyncResult:
    rows_written: int
    rows_cleared: int
    new_rows: int


def sync_sheet(user: UserAccount, rows: SheetRowStore, sheet: SheetWriter) -> SheetSyncResult:
    """Write the user's changed applications to their sheet. Nothing to do without a sheet."""
    if not user.sheet_id:
        return SheetSyncResult(0, 0, 0)
    changed = rows.dirty_applications(user.user_id)
    to_clear = sorted(set(user.sheet_rows_to_clear))
    if not changed and not to_clear:
        return SheetSyncResult(0, 0, 0)
    title = sheet.prepare(user.sheet_id)
    unplaced = [a.app_id for a in changed if a.row_number is None]
    placed: dict[str, int] = {}
    if unplaced:
        first_free = max(user.sheet_next_row, sheet.last_used_row(user.sheet_id, title) + 1)
        placed = rows.assign_rows(user.user_id, unplaced, first_free)
    cells: dict[int, list[str]] = {row: [""] * len(HEADER) for row in to_clear}
    for application in changed:
        row = application.row_number or placed[application.app_id]
        cells[row] = row_values(application)
    sheet.write_rows(user.sheet_id, title, cells)
    rows.mark_synced(user.user_id, {a.app_id: a.version for a in changed}, to_clear)
    return SheetSyncResult(rows_written=len(changed), rows_cleared=len(to_clear), new_rows=len(placed))
