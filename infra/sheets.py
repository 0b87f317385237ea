"""Google Sheets adapter (SheetWriter port): header, frozen row, and one values.batchUpdate per sync."""

from __future__ import annotations

from googleapiclient.errors import HttpError

from infra.google_credentials import execute, google_service
from infra.settings import Settings
from tracker.errors import Conflict, SheetChanged
from tracker.sheet_layout import HEADER, LAST_COLUMN, ORIGINAL_COLUMNS, quoted_tab, row_range


def sheets_service(settings: Settings, credentials):
    return google_service("sheets", "v4", settings, credentials)


class GoogleSheet:
    """A user's spreadsheets through the real API client."""

    def __init__(self, service) -> None:
        self.spreadsheets = service.spreadsheets()

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
        return [[str(cell) for cell in row] for row in response.get("values", [])]

    def write_rows(self, sheet_id: str, sheet_title: str, rows: dict[int, list[str]]) -> None:
        data = [
            {"range": row_range(row, sheet_title), "values": [cells]} for row, cells in sorted(rows.items())
        ]
        body = {"valueInputOption": "RAW", "data": data}
        try:
            execute(self.spreadsheets.values().batchUpdate(spreadsheetId=sheet_id, body=body))
        except HttpError as error:
            if error.resp.status == 400:  # "Unable to parse range": the tab is not there any more
                raise SheetChanged(f"tab {sheet_title!r} not found in the sheet") from error
            raise


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
