"""Bring a user's sheet up to date: every changed application's row, in one Sheets batch."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.accounts import UserAccount
from tracker.errors import SheetChanged
from tracker.ports import SheetRowStore, SheetWriter
from tracker.sheet_layout import FIRST_DATA_ROW, HEADER, row_values


@dataclass(frozen=True)
class SheetSyncResult:
    rows_written: int
    rows_cleared: int
    needs_another_sync: bool = False


def sync_sheet(user: UserAccount, rows: SheetRowStore, sheet: SheetWriter) -> SheetSyncResult:
    """Write the user's changed applications (and blank deleted ones' rows). Nothing without a sheet."""
    if not user.sheet_id:
        return SheetSyncResult(0, 0)
    changed = rows.changed_applications(user.user_id)
    if not changed and not rows.place_rows(user.user_id, [], FIRST_DATA_ROW).rows_to_clear:
        return SheetSyncResult(0, 0)  # nothing to write: not even a Sheets call
    title = rows.prepared_tab(user.user_id, user.sheet_id)
    if title is None:
        # Sheets allows 300 reads a minute per project (all users together): prepare once, not per sync.
        title = sheet.prepare(user.sheet_id)
        rows.remember_prepared_tab(user.user_id, user.sheet_id, title)
    first_free = FIRST_DATA_ROW
    if any(c.application.row_number is None for c in changed):
        # Rows the user typed below ours stay theirs: new rows start after the last used one.
        first_free = sheet.last_used_row(user.sheet_id, title) + 1
    placement = rows.place_rows(user.user_id, [c.application.app_id for c in changed], first_free)
    cells: dict[int, list[str]] = {row: [""] * len(HEADER) for row in placement.rows_to_clear}
    for change in changed:
        cells[placement.rows[change.application.app_id]] = row_values(change.application)
    try:
        sheet.write_rows(user.sheet_id, title, cells)
    except SheetChanged:
        rows.remember_prepared_tab(user.user_id, None, None)  # the tab was renamed or removed: prepare again
        raise
    changed_meanwhile = rows.mark_synced(user.user_id, changed, placement)
    return SheetSyncResult(len(changed), len(placement.rows_to_clear), needs_another_sync=changed_meanwhile)
