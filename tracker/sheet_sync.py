"""Bring a user's sheet and their applications together: read the user's edits in the sheet (one
values.get), take them as manual edits (tracker/sheet_edits.py's rule), then write every changed
application's row in one Sheets batch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tracker.accounts import UserAccount
from tracker.errors import SheetChanged
from tracker.service_ports import SheetWriter
from tracker.sheet_edits import RowMemory, SheetDecision, find_sheet_edits
from tracker.sheet_layout import FIRST_DATA_ROW, HEADER, row_values
from tracker.sheet_ports import SheetRowStore

# (user id, app id, {field: cell text}, when the row was last written) -> what became of the edits
TakeSheetEdits = Callable[[str, str, dict[str, str], datetime], SheetDecision | None]


@dataclass(frozen=True)
class SheetSyncResult:
    rows_written: int
    rows_cleared: int
    needs_another_sync: bool = False
    edits_taken: int = 0


def sync_sheet(
    user: UserAccount,
    rows: SheetRowStore,
    sheet: SheetWriter,
    take_edits: TakeSheetEdits,
    now: datetime,
) -> SheetSyncResult:
    """Take the user's sheet edits, then write the changed applications (and blank deleted ones'
    rows), each with its ghosting as of `now`. Nothing without a sheet."""
    if not user.sheet_id:
        return SheetSyncResult(0, 0)
    title = rows.prepared_tab(user.user_id, user.sheet_id)
    if title is None:
        # Sheets allows 300 reads a minute per project (all users together): prepare once, not per sync.
        title = sheet.prepare(user.sheet_id)
        rows.remember_prepared_tab(user.user_id, user.sheet_id, title)
    try:
        grid = sheet.read_rows(user.sheet_id, title)
        memory = rows.sheet_memory(user.user_id)
        found = find_sheet_edits(grid, memory)
        taken = 0
        for app_id, (typed, written_at) in found.edited.items():
            decision = take_edits(user.user_id, app_id, typed, written_at)
            taken += len(decision.changes.changed_fields()) if decision else 0
        if found.cleared:
            rows.remember_cleared_rows(user.user_id, found.cleared)
        cleared = memory.cleared | set(found.cleared)
        # A row the user cleared stays clear: its application is not written there again.
        changed = [c for c in rows.changed_applications(user.user_id) if c.application.app_id not in cleared]
        # Rows the user typed below ours stay theirs: new rows start after the last used one.
        first_free = max(len(grid) + 1, FIRST_DATA_ROW)
        placement = rows.place_rows(user.user_id, [c.application.app_id for c in changed], first_free)
        cells: dict[int, list[str]] = {row: [""] * len(HEADER) for row in placement.rows_to_clear}
        remembered: dict[str, RowMemory] = {}
        for change in changed:
            values = row_values(change.application, now=now, ghosting_days=user.settings.ghosting_days)
            cells[placement.rows[change.application.app_id]] = values
            remembered[change.application.app_id] = RowMemory.of(values, now)
        if cells:
            sheet.write_rows(user.sheet_id, title, cells)
    except SheetChanged:
        rows.remember_prepared_tab(user.user_id, None, None)  # the tab was renamed or removed: prepare again
        raise
    changed_meanwhile = rows.mark_synced(user.user_id, changed, placement, remembered)
    return SheetSyncResult(
        len(changed), len(placement.rows_to_clear), needs_another_sync=changed_meanwhile, edits_taken=taken
    )
