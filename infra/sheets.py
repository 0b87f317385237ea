"""Google Sheets adapter (SheetWriter port): header, frozen row, and one values.batchUpdate per sync.

A new sheet's grid has 1,000 rows and Sheets refuses a write past the grid (400 "exceeds grid
limits"): rows are added (appendDimension) before a sync writes past them.
"""

from __future__ import annotations

import re

from googleapiclient.errors import HttpError

from infra.google_credentials import execute, google_service
from infra.settings import Settings
from tracker.errors import Conflict, SheetChanged
from tracker.sheet_layout import HEADER, LAST_COLUMN, ORIGINAL_COLUMNS, quoted_tab, row_range

# A values.get of whole columns answers the range clipped to the grid ('Applications'!A1:I1000).
_LAST_ROW = re.compile(r"![A-Z]+\d+:[A-Z]+(\d+)$")


def sheets_service(settings: Settings, credentials):
    return google_service("sheets", "v4", settings, credentials)


class GoogleSheet:
    """A user's spreadsheets through the real API client."""

    def __init__(self, service) -> None:
        self.spreadsheets = service.spreadsheets()
        self._grid_rows: dict[tuple[str, str], int] = {}  # rows in a tab's grid, as its last read said

    def create(self, title: str) -> str:
        """A new spreadsheet laid out for the tracker; returns its id."""
        body = {"properties": {"title": title}, "sheets": [{"properties": {"title": "Applications"}}]}
        spreadsheet = execute(self.spreadsheets.create(body=body))
        self.prepare(spreadsheet["spreadsheetId"])
        return spreadsheet["spreadsheetId"]

    def prepare(self, sheet_id: str) -> str:
        """Write the header and freeze it when missing; return the first tab's title.

        Conflict when the sheet does not exist or the grant does not cover it (drive.file only
        reaches sheets the app created).
        """
        try:
            spreadsheet = execute(self.spreadsheets.get(spreadsheetId=sheet_id))
        except HttpError as error:
            if error.resp.status in (403, 404):
                raise Conflict(
                    "the tracker can't open that sheet: create one with /users/create_sheet/, "
                    "or share access to it by signing in again"
                ) from error
            raise
        tab = spreadsheet["sheets"][0]["properties"]
        title = tab["title"]
        header_range = f"{quoted_tab(title)}!A1:{LAST_COLUMN}1"
        current = execute(self.spreadsheets.values().get(spreadsheetId=sheet_id, range=header_range))
        cells = (current.get("values") or [[]])[0]
        if cells != list(HEADER):
            _refuse_to_cover_own_columns(cells)
            execute(
                self.spreadsheets.values().update(
                    spreadsheetId=sheet_id,
                    range=header_range,
                    valueInputOption="RAW",
                    body={"values": [list(HEADER)]},
                )
            )
        if tab.get("gridProperties", {}).get("frozenRowCount", 0) < 1:
            freeze = {
                "updateSheetProperties": {
                    "properties": {"sheetId": tab["sheetId"], "gridProperties": {"frozenRowCount": 1}},
                    "fields": "gridProperties.frozenRowCount",
                }
            }
            execute(self.spreadsheets.batchUpdate(spreadsheetId=sheet_id, body={"requests": [freeze]}))
        return title

    def read_rows(self, sheet_id: str, sheet_title: str) -> list[list[str]]:
        """One values.get of the app's columns (formatted values: what the user sees and typed)."""
        request = self.spreadsheets.values().get(
            spreadsheetId=sheet_id, range=f"{quoted_tab(sheet_title)}!A:{LAST_COLUMN}"
        )
        try:
            response = execute(request)
        except HttpError as error:
            if error.resp.status == 400:  # "Unable to parse range": the tab is not there any more
                raise SheetChanged(f"tab {sheet_title!r} not found in the sheet") from error
            raise
        last_row = _LAST_ROW.search(response.get("range", ""))
        if last_row:
            self._grid_rows[(sheet_id, sheet_title)] = int(last_row.group(1))
        return [[str(cell) for cell in row] for row in response.get("values", [])]

    def write_rows(self, sheet_id: str, sheet_title: str, rows: dict[int, list[str]]) -> None:
        """One values.batchUpdate; rows added to the grid first when the last read showed it too short
        (or, without such a read, when Sheets says so: then the write is tried once more)."""
        last_row = max(rows, default=0)
        if last_row > self._grid_rows.get((sheet_id, sheet_title), last_row):
            self._grow_grid(sheet_id, sheet_title, last_row)
        try:
            self._write(sheet_id, sheet_title, rows)
        except HttpError as error:
            if not _past_the_grid(error):
                raise
            self._grow_grid(sheet_id, sheet_title, last_row)
            self._write(sheet_id, sheet_title, rows)

    def _write(self, sheet_id: str, sheet_title: str, rows: dict[int, list[str]]) -> None:
        data = [
            {"range": row_range(row, sheet_title), "values": [cells]} for row, cells in sorted(rows.items())
        ]
        body = {"valueInputOption": "RAW", "data": data}
        try:
            execute(self.spreadsheets.values().batchUpdate(spreadsheetId=sheet_id, body=body))
        except HttpError as error:
            if error.resp.status == 400 and not _past_the_grid(error):
                # "Unable to parse range": the tab is not there any more
                raise SheetChanged(f"tab {sheet_title!r} not found in the sheet") from error
            raise

    def _grow_grid(self, sheet_id: str, sheet_title: str, last_row: int) -> None:
        """Give the tab at least `last_row` rows, and as many again to spare (a long backfill's syncs
        then add rows a few times, not at every sync), and the app's columns: one get, one batchUpdate."""
        response = execute(self.spreadsheets.get(spreadsheetId=sheet_id, fields="sheets.properties"))
        tabs = [sheet["properties"] for sheet in response.get("sheets", [])]
        tab = next((tab for tab in tabs if tab.get("title") == sheet_title), None)
        if tab is None:
            raise SheetChanged(f"tab {sheet_title!r} not found in the sheet")
        grid = tab.get("gridProperties", {})
        rows_now, columns_now = int(grid.get("rowCount", 0)), int(grid.get("columnCount", 0))
        requests = []
        if rows_now < last_row:
            requests.append(_append(tab["sheetId"], "ROWS", 2 * last_row - rows_now))
            rows_now = 2 * last_row
        if columns_now < len(HEADER):  # the user deleted columns
            requests.append(_append(tab["sheetId"], "COLUMNS", len(HEADER) - columns_now))
        if requests:
            execute(self.spreadsheets.batchUpdate(spreadsheetId=sheet_id, body={"requests": requests}))
        self._grid_rows[(sheet_id, sheet_title)] = rows_now


def _append(tab_id: int, dimension: str, length: int) -> dict:
    return {"appendDimension": {"sheetId": tab_id, "dimension": dimension, "length": length}}


def _past_the_grid(error: HttpError) -> bool:
    """Sheets' 400 for a range past the grid: "Range (...) exceeds grid limits. Max rows: 1000, ..."."""
    return error.resp.status == 400 and b"exceeds grid limits" in (error.content or b"")


def _refuse_to_cover_own_columns(header: list[str]) -> None:
    """A sheet laid out before the tracker had a column may hold the user's own one there: never
    write over it. (The original six columns were always the tracker's.)"""
    taken = [
        f"{chr(ord('A') + index)} ({cell!r})"
        for index, cell in enumerate(header)
        if index >= ORIGINAL_COLUMNS and cell and cell != HEADER[index]
    ]
    if taken:
        raise Conflict(
            f"the tracker now writes {', '.join(HEADER[ORIGINAL_COLUMNS:])} in columns "
            f"{chr(ord('A') + ORIGINAL_COLUMNS)} to {LAST_COLUMN}, where your sheet has your own column(s) "
            f"{', '.join(taken)}: move them right of column {LAST_COLUMN}, then sync again"
        )
