"""A spreadsheet as the Sheets API sees it: sheets (tabs) with grid properties and sparse cells.

Cells hold typed values (str, int, float, bool); formatting for the wire lives in sheet_values.py.
Ranges resolve against the grid: reading or writing past rowCount/columnCount is a 400, as in
Google; appendDimension (sheet_requests.py) grows the grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devstack.fake_google.a1 import A1Error, A1Range, column_letters, format_a1, parse_a1, quote_sheet_name
from devstack.fake_google.errors import invalid_argument

CellValue = str | int | float | bool
DEFAULT_ROWS = 1000
DEFAULT_COLUMNS = 26


@dataclass
class Sheet:
    sheet_id: int
    title: str
    index: int
    row_count: int = DEFAULT_ROWS
    column_count: int = DEFAULT_COLUMNS
    frozen_row_count: int = 0
    frozen_column_count: int = 0
    cells: dict[int, dict[int, CellValue]] = field(default_factory=dict)  # row -> column -> value

    def properties(self) -> dict:
        """SheetProperties as Google returns them (zero-valued fields omitted, as proto3 JSON does)."""
        grid = {"rowCount": self.row_count, "columnCount": self.column_count}
        if self.frozen_row_count:
            grid["frozenRowCount"] = self.frozen_row_count
        if self.frozen_column_count:
            grid["frozenColumnCount"] = self.frozen_column_count
        return {
            "sheetId": self.sheet_id,
            "title": self.title,
            "index": self.index,
            "sheetType": "GRID",
            "gridProperties": grid,
        }

    def value(self, row: int, col: int) -> CellValue | None:
        return self.cells.get(row, {}).get(col)

    def set_value(self, row: int, col: int, value: CellValue) -> None:
        if value == "":
            self.cells.get(row, {}).pop(col, None)
            if row in self.cells and not self.cells[row]:
                del self.cells[row]
        else:
            self.cells.setdefault(row, {})[col] = value

    def clear(self, top: int, left: int, bottom: int, right: int) -> None:
        for row in [r for r in self.cells if top <= r <= bottom]:
            for col in [c for c in self.cells[row] if left <= c <= right]:
                del self.cells[row][col]
            if not self.cells[row]:
                del self.cells[row]


@dataclass(frozen=True)
class GridRange:
    """A range resolved against one sheet; `bottom`/`right` None means open to the grid edge."""

    sheet: Sheet
    top: int
    left: int
    bottom: int | None
    right: int | None
    single_cell: bool = False

    def closed(self) -> tuple[int, int, int, int]:
        bottom = self.sheet.row_count - 1 if self.bottom is None else self.bottom
        right = self.sheet.column_count - 1 if self.right is None else self.right
        return self.top, self.left, bottom, right

    def a1(self) -> str:
        return format_a1(self.sheet.title, *self.closed())


@dataclass
class Spreadsheet:
    spreadsheet_id: str
    owner_email: str
    title: str
    sheets: list[Sheet]
    app_client_ids: set[str] = field(default_factory=set)  # clients that may open it with drive.file
    next_sheet_id: int = 1

    def resource(self, base_url: str) -> dict:
        return {
            "spreadsheetId": self.spreadsheet_id,
            "properties": {
                "title": self.title,
                "locale": "en_US",
                "autoRecalc": "ON_CHANGE",
                "timeZone": "Etc/GMT",
            },
            "sheets": [{"properties": sheet.properties()} for sheet in self.sheets],
            "spreadsheetUrl": spreadsheet_url(base_url, self.spreadsheet_id),
        }

    def sheet_titled(self, title: str) -> Sheet | None:
        return next((s for s in self.sheets if s.title == title), None)

    def sheet_with_id(self, sheet_id: int) -> Sheet | None:
        return next((s for s in self.sheets if s.sheet_id == sheet_id), None)

    def add_sheet(self, properties: dict) -> Sheet:
        """A new tab from SheetProperties; 400 when the title is taken."""
        title = properties.get("title") or f"Sheet{len(self.sheets) + 1}"
        if self.sheet_titled(title):
            raise invalid_argument(
                f'A sheet with the name "{title}" already exists. Please enter another name.'
            )
        sheet_id = properties.get("sheetId")
        if sheet_id is None:
            sheet_id = 0 if not self.sheets else self.next_sheet_id
        self.next_sheet_id = max(self.next_sheet_id, int(sheet_id)) + 1
        grid = properties.get("gridProperties", {})
        sheet = Sheet(
            sheet_id=int(sheet_id),
            title=title,
            index=len(self.sheets),
            row_count=int(grid.get("rowCount", DEFAULT_ROWS)),
            column_count=int(grid.get("columnCount", DEFAULT_COLUMNS)),
            frozen_row_count=int(grid.get("frozenRowCount", 0)),
            frozen_column_count=int(grid.get("frozenColumnCount", 0)),
        )
        self.sheets.append(sheet)
        return sheet

    def resolve(self, text: str) -> GridRange:
        """The A1 range `text` on this spreadsheet; 400 "Unable to parse range" when it names nothing."""
        try:
            parsed = parse_a1(text)
        except A1Error as error:
            raise invalid_argument(f"Unable to parse range: {text}") from error
        sheet = self._sheet_for(parsed, text)
        if parsed.bare_text is not None and self.sheet_titled(parsed.bare_text):
            parsed = A1Range(sheet_name=parsed.bare_text)
        if parsed.whole_sheet:
            return GridRange(sheet, 0, 0, None, None)
        grid = GridRange(
            sheet,
            top=parsed.start_row or 0,
            left=parsed.start_col or 0,
            bottom=parsed.end_row,
            right=parsed.end_col,
            single_cell=parsed.single_cell,
        )
        check_within_grid(sheet, grid.top, grid.left, *grid.closed()[2:])
        return grid

    def _sheet_for(self, parsed: A1Range, text: str) -> Sheet:
        if parsed.bare_text is not None and self.sheet_titled(parsed.bare_text):
            return self.sheet_titled(parsed.bare_text)
        if parsed.sheet_name is None:
            return self.sheets[0]
        sheet = self.sheet_titled(parsed.sheet_name)
        if sheet is None:
            raise invalid_argument(f"Unable to parse range: {text}")
        return sheet


def check_within_grid(sheet: Sheet, top: int, left: int, bottom: int, right: int) -> None:
    if bottom >= sheet.row_count or right >= sheet.column_count or top >= sheet.row_count:
        cell = f"{column_letters(left)}{top + 1}"
        if (bottom, right) != (top, left):
            cell += f":{column_letters(right)}{bottom + 1}"
        raise invalid_argument(
            f"Range ({quote_sheet_name(sheet.title)}!{cell}) exceeds grid limits. "
            f"Max rows: {sheet.row_count}, max columns: {sheet.column_count}"
        )


def spreadsheet_url(base_url: str, spreadsheet_id: str) -> str:
    """Where a person opens the sheet; the fake serves a read-only HTML view there."""
    return f"{base_url.rstrip('/')}/spreadsheets/d/{spreadsheet_id}/edit"
