"""Edits the user makes in their sheet, read back at each sync (the two-way sheet).

The rule (README, "Editing in the sheet"):
- Each sync remembers, per application, a fingerprint of every cell it wrote and when it wrote them.
  At the next sync a cell of the app's columns whose value differs from that memory was edited in
  the sheet after that write; a cell that matches was not.
- Company, job title, status, tags and notes edited in the sheet become manual edits, exactly as
  if made through the API (they win over later emails; the timeline records them, source "sheet").
- A field changed by hand in the app since the row was last written wins over the sheet's edit of
  it: the app's change is known to be after that write, the sheet's only to be before now, and a
  sync follows each app edit within seconds. An edit in the sheet after the app's change reached
  the sheet wins. Changes from emails never beat the sheet: a hand edit beats extraction.
- A value the tracker can't take (an unknown status, an empty company) is not applied; the row is
  written again with the tracker's value.
- A row whose Applied or Source email link cell no longer holds what the tracker wrote was moved
  (sorted, rows inserted or deleted): nothing is read from it. A row whose every app cell is empty
  was cleared by the user: it is never written again (the application stays in the app).
- Only the app's columns (A to the last one in sheet_layout.HEADER) are read or written: columns the
  user added to the right are never touched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tracker.editing import ManualChanges, last_manual_edit, parse_notes, parse_status, parse_tags, parse_text
from tracker.errors import InvalidInput
from tracker.models import Application
from tracker.sheet_layout import FIRST_DATA_ROW, HEADER

# Where each field the user may edit in the sheet is, and which cells say the row is still the one written.
EDITABLE_COLUMNS = {"company": 0, "job_title": 1, "status": 2, "tags": 6, "notes": 7}
IDENTITY_COLUMNS = (3, 5)  # Applied, Source email link: the tracker's own, never edited by hand


def fingerprint(cell: str) -> str:
    """A short, stable digest of a cell's text: enough to tell a changed cell from an unchanged one."""
    return hashlib.sha256(cell.encode()).hexdigest()[:10]


@dataclass(frozen=True)
class RowMemory:
    """What the tracker last wrote on an application's row: when, and a fingerprint per cell."""

    written_at: datetime
    cells: tuple[str, ...]

    @classmethod
    def of(cls, values: list[str], written_at: datetime) -> RowMemory:
        return cls(written_at, tuple(fingerprint(value) for value in values))


@dataclass(frozen=True)
class SheetMemory:
    """The sync's memory of a user's sheet: rows, what was written on them, rows the user cleared."""

    rows: dict[str, int] = field(default_factory=dict)
    written: dict[str, RowMemory] = field(default_factory=dict)
    cleared: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SheetEdits:
    """What the user changed in the sheet since the last write: cell texts per application, by field,
    each with when its row was last written; and the applications whose row they cleared."""

    edited: dict[str, tuple[dict[str, str], datetime]]
    cleared: list[str]


def _cells(grid: list[list[str]], row: int) -> list[str]:
    cells = grid[row - 1] if 0 < row <= len(grid) else []
    return [str(cell) for cell in (list(cells) + [""] * len(HEADER))[: len(HEADER)]]


def find_sheet_edits(grid: list[list[str]], memory: SheetMemory) -> SheetEdits:
    """Compare the sheet as read (row 1 first, the app's columns) with what the tracker wrote."""
    edited: dict[str, tuple[dict[str, str], datetime]] = {}
    cleared: list[str] = []
    for app_id, row in sorted(memory.rows.items(), key=lambda item: item[1]):
        remembered = memory.written.get(app_id)
        if remembered is None or app_id in memory.cleared or row < FIRST_DATA_ROW:
            continue  # never written since the two-way sheet began, or cleared before
        cells = _cells(grid, row)
        now = tuple(fingerprint(cell) for cell in cells)
        if now == remembered.cells:
            continue
        if not any(cells):
            cleared.append(app_id)
            continue
        if any(now[column] != remembered.cells[column] for column in IDENTITY_COLUMNS):
            continue  # not the row that was written here: moved, or overwritten by hand
        changed = {
            name: cells[column].strip()
            for name, column in EDITABLE_COLUMNS.items()
            if now[column] != remembered.cells[column]
        }
        if changed:
            edited[app_id] = (changed, remembered.written_at)
    return SheetEdits(edited, cleared)


_PARSERS: dict[str, Callable[[str], object]] = {
    "company": lambda text: parse_text("company", text),
    "job_title": lambda text: parse_text("job_title", text),
    "status": parse_status,
    "tags": lambda text: parse_tags([tag for tag in text.split(",") if tag.strip()]),
    "notes": parse_notes,
}


@dataclass(frozen=True)
class SheetDecision:
    """What one application's sheet edits become: the changes to make by hand, and the fields whose
    sheet value is not taken (with why); when any is refused, the row must be written again."""

    changes: ManualChanges
    refused: dict[str, str]

    @property
    def rewrite_row(self) -> bool:
        return bool(self.refused)


def decide_sheet_edits(
    application: Application, cells: dict[str, str], written_at: datetime
) -> SheetDecision:
    """Apply the module's rule to one application's edited cells."""
    values: dict[str, object] = {}
    refused: dict[str, str] = {}
    for name, text in cells.items():
        changed_in_app = last_manual_edit(application, name)
        if changed_in_app is not None and changed_in_app > written_at:
            refused[name] = "changed in the app since the sheet was last written"
            continue
        try:
            values[name] = _PARSERS[name](text)
        except InvalidInput as error:
            refused[name] = str(error)
    tags = values.get("tags")
    changes = ManualChanges(
        company=values.get("company"),  # type: ignore[arg-type]
        job_title=values.get("job_title"),  # type: ignore[arg-type]
        status=values.get("status"),  # type: ignore[arg-type]
        tags=tuple(tags) if isinstance(tags, tuple) else None,
        notes=values.get("notes"),  # type: ignore[arg-type]
    )
    return SheetDecision(changes, refused)
