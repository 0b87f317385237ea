"""A1 notation as the Sheets API reads it: 'Sheet name'!A1:F10, Sheet1!A:F, A2:F, B3, 2:5, Sheet1.

Parsing is pure; `A1Range.bare_text` keeps a range written without "!" so the caller can prefer an
existing sheet of that name (Google reads "Sheet1" as a sheet, "B3" as a cell of the first sheet).
Rows and columns here are 0-based; None means "open" (to the edge of the grid).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_COLUMN_LETTERS = 3
_ENDPOINT = re.compile(r"^\$?([A-Za-z]{1,3})?\$?([1-9][0-9]*)?$")
_PLAIN_SHEET_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class A1Error(ValueError):
    """Not a range the Sheets API could parse."""


@dataclass(frozen=True)
class A1Range:
    """A parsed range. `start_*`/`end_*` None means open; `whole_sheet` means no cells were named."""

    sheet_name: str | None
    start_row: int | None = None
    start_col: int | None = None
    end_row: int | None = None
    end_col: int | None = None
    single_cell: bool = False
    bare_text: str | None = None

    @property
    def whole_sheet(self) -> bool:
        return (self.start_row, self.start_col, self.end_row, self.end_col) == (None,) * 4


def column_index(letters: str) -> int:
    """'A' -> 0, 'Z' -> 25, 'AA' -> 26."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1


def column_letters(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def quote_sheet_name(name: str) -> str:
    """The sheet name as Google writes it in ranges: bare when plain, else quoted with '' escapes."""
    if _PLAIN_SHEET_NAME.match(name):
        return name
    return "'" + name.replace("'", "''") + "'"


def format_a1(sheet_name: str, top: int, left: int, bottom: int, right: int) -> str:
    """A closed rectangle as Google echoes it: Sheet1!A1:F10, or Sheet1!B3 for one cell."""
    start = f"{column_letters(left)}{top + 1}"
    end = f"{column_letters(right)}{bottom + 1}"
    cells = start if (top, left) == (bottom, right) else f"{start}:{end}"
    return f"{quote_sheet_name(sheet_name)}!{cells}"


def parse_a1(text: str) -> A1Range:
    stripped = text.strip()
    if not stripped:
        raise A1Error(text)
    if stripped.startswith("'"):
        sheet_name, rest = _quoted_sheet_name(stripped)
        if rest == "":
            return A1Range(sheet_name=sheet_name)
        if not rest.startswith("!") or rest == "!":
            raise A1Error(text)
        return _with_cells(sheet_name, rest[1:], text)
    if "!" in stripped:
        sheet_name, cells = stripped.split("!", 1)
        if not sheet_name or not cells:
            raise A1Error(text)
        return _with_cells(sheet_name, cells, text)
    try:
        return _with_cells(None, stripped, text, bare_text=stripped)
    except A1Error:
        return A1Range(sheet_name=stripped)  # not cells: a sheet name written bare


def _quoted_sheet_name(text: str) -> tuple[str, str]:
    name = []
    index = 1
    while index < len(text):
        char = text[index]
        if char == "'":
            if text[index + 1 : index + 2] == "'":
                name.append("'")
                index += 2
                continue
            return "".join(name), text[index + 1 :]
        name.append(char)
        index += 1
    raise A1Error(text)


def _with_cells(sheet_name: str | None, cells: str, text: str, bare_text: str | None = None) -> A1Range:
    if ":" in cells:
        first, second = cells.split(":", 1)
        start_col, start_row = _endpoint(first, text)
        end_col, end_row = _endpoint(second, text)
        if (start_col is None) != (end_col is None) and start_row is None and end_row is None:
            raise A1Error(text)
        if start_row is not None and end_row is not None and start_row > end_row:
            start_row, end_row = end_row, start_row
        if start_col is not None and end_col is not None and start_col > end_col:
            start_col, end_col = end_col, start_col
        return A1Range(
            sheet_name,
            start_row=start_row if start_row is not None else (0 if start_col is not None else None),
            start_col=start_col if start_col is not None else (0 if start_row is not None else None),
            end_row=end_row,
            end_col=end_col,
            bare_text=bare_text,
        )
    col, row = _endpoint(cells, text)
    if col is None or row is None:
        raise A1Error(text)
    return A1Range(sheet_name, row, col, row, col, single_cell=True, bare_text=bare_text)


def _endpoint(part: str, text: str) -> tuple[int | None, int | None]:
    match = _ENDPOINT.match(part.strip())
    if not match or not (match.group(1) or match.group(2)):
        raise A1Error(text)
    letters, digits = match.groups()
    return (column_index(letters) if letters else None, int(digits) - 1 if digits else None)
