"""spreadsheets.values semantics: input parsing, rendering, and read / write / append / clear.

RAW stores what it is given; USER_ENTERED turns numeric text into numbers, TRUE/FALSE into
booleans and drops a leading apostrophe. Formulas are stored as text, except that
=HYPERLINK(url, label) renders as its label. FORMATTED_VALUE renders everything as strings;
trailing empty cells and rows are trimmed, like the real API.
"""

from __future__ import annotations

import re

from devstack.fake_google.a1 import column_letters, format_a1
from devstack.fake_google.errors import invalid_argument
from devstack.fake_google.spreadsheet import CellValue, GridRange, Sheet, check_within_grid

_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_HYPERLINK = re.compile(r'^=HYPERLINK\(\s*"[^"]*"\s*[,;]\s*"([^"]*)"\s*\)$', re.IGNORECASE)
INPUT_OPTIONS = ("RAW", "USER_ENTERED")


def parse_input(value: object, input_option: str) -> CellValue | None:
    """The stored value for one written cell; None (JSON null) leaves the cell unchanged."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if not isinstance(value, str):
        raise invalid_argument(f"Invalid value: {value!r}")
    if input_option == "RAW":
        return value
    if value.startswith("'"):
        return value[1:]
    if value.upper() in ("TRUE", "FALSE"):
        return value.upper() == "TRUE"
    if _NUMBER.match(value.strip()):
        number = float(value)
        return (
            int(number) if number.is_integer() and "e" not in value.lower() and "." not in value else number
        )
    return value


def render(value: CellValue, render_option: str) -> CellValue:
    """A stored value as valueRenderOption asks: FORMATTED_VALUE (default) gives strings."""
    if render_option in ("UNFORMATTED_VALUE", "FORMULA"):
        if render_option == "UNFORMATTED_VALUE" and isinstance(value, str):
            return _formula_display(value)
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.10g}"
    if isinstance(value, int):
        return str(value)
    return _formula_display(value)


def _formula_display(text: str) -> str:
    match = _HYPERLINK.match(text)
    return match.group(1) if match else text


def as_rows(values: list, major_dimension: str) -> list[list]:
    if not isinstance(values, list) or not all(isinstance(row, list) for row in values):
        raise invalid_argument("Invalid values: expected a list of lists")
    if major_dimension.upper() != "COLUMNS":
        return values
    height = max((len(column) for column in values), default=0)
    return [[column[i] if i < len(column) else None for column in values] for i in range(height)]


def read_values(grid: GridRange, render_option: str, major_dimension: str) -> dict:
    """A ValueRange for `grid`: {range, majorDimension, values?}."""
    top, left, bottom, right = grid.closed()
    rows: list[list] = []
    for row in range(top, bottom + 1):
        cells = grid.sheet.cells.get(row)
        if not cells:
            rows.append([])
            continue
        used = [c for c in cells if left <= c <= right]
        width = max(used) - left + 1 if used else 0
        rows.append([_rendered(grid.sheet, row, left + i, render_option) for i in range(width)])
    while rows and not rows[-1]:
        rows.pop()
    if major_dimension.upper() == "COLUMNS":
        width = max((len(r) for r in rows), default=0)
        rows = [[r[c] if c < len(r) else "" for r in rows] for c in range(width)]
        rows = [_trim_trailing_empty(column) for column in rows]
    body: dict = {"range": grid.a1(), "majorDimension": major_dimension.upper() or "ROWS"}
    if rows:
        body["values"] = rows
    return body


def _rendered(sheet: Sheet, row: int, col: int, render_option: str) -> CellValue:
    value = sheet.value(row, col)
    return "" if value is None else render(value, render_option)


def _trim_trailing_empty(cells: list) -> list:
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def plan_write(grid: GridRange, rows: list[list]) -> tuple[int, int, int, int]:
    """The rectangle (top, left, bottom, right) `rows` will cover, checked against range and grid."""
    height = len(rows)
    width = max((len(row) for row in rows), default=0)
    bottom, right = grid.top + max(height, 1) - 1, grid.left + max(width, 1) - 1
    if not grid.single_cell:
        if grid.bottom is not None and bottom > grid.bottom:
            raise invalid_argument(
                f"Requested writing within range [{grid.a1()}], but tried writing to row [{bottom + 1}]"
            )
        if grid.right is not None and right > grid.right:
            raise invalid_argument(
                f"Requested writing within range [{grid.a1()}], but tried writing to column "
                f"[{column_letters(right)}]"
            )
    check_within_grid(grid.sheet, grid.top, grid.left, bottom, right)
    return grid.top, grid.left, bottom, right


def write_values(grid: GridRange, rows: list[list], input_option: str, spreadsheet_id: str) -> dict:
    """Write a planned block (call `plan_write` first) and answer an UpdateValuesResponse."""
    top, left, bottom, right = plan_write(grid, rows)
    written_rows, written_cols, written_cells = 0, 0, 0
    for r, row in enumerate(rows):
        row_written = False
        for c, raw in enumerate(row):
            value = parse_input(raw, input_option)
            if value is None:
                continue
            grid.sheet.set_value(top + r, left + c, value)
            written_cells += 1
            written_cols = max(written_cols, c + 1)
            row_written = True
        written_rows += row_written
    body = {
        "spreadsheetId": spreadsheet_id,
        "updatedRange": format_a1(grid.sheet.title, top, left, bottom, right),
    }
    if written_cells:
        body.update(updatedRows=written_rows, updatedColumns=written_cols, updatedCells=written_cells)
    return body
