"""spreadsheets.batchUpdate requests: the structural edits the tracker makes, applied atomically.

infra/sheets.py freezes the header row (updateSheetProperties with the field mask
"gridProperties.frozenRowCount") and adds rows or columns before writing past the grid
(appendDimension). Those are served; any other request or field is a 400, so a client never
believes an unsupported edit happened.
"""

from __future__ import annotations

import copy

from devstack.fake_google.errors import invalid_argument
from devstack.fake_google.spreadsheet import Sheet, Spreadsheet

_FROZEN_ROWS = "gridProperties.frozenRowCount"


def apply_requests(spreadsheet: Spreadsheet, requests: list[dict]) -> list[dict]:
    """Apply all `requests` or none (a 400 leaves the spreadsheet untouched); one reply per request."""
    edited = copy.deepcopy(spreadsheet)
    for position, entry in enumerate(requests):
        if not isinstance(entry, dict) or len(entry) != 1:
            raise invalid_argument(f"Invalid requests[{position}]: exactly one kind of request expected")
        ((kind, body),) = entry.items()
        _apply_one(edited, kind, body or {}, position)
    # Commit into the same object: concurrent requests may already hold a reference to it.
    spreadsheet.sheets = edited.sheets
    return [{} for _ in requests]


def _apply_one(spreadsheet: Spreadsheet, kind: str, body: dict, position: int) -> None:
    where = f"requests[{position}].{kind}"
    if kind == "updateSheetProperties":
        fields = [part.strip() for part in body.get("fields", "").split(",") if part.strip()]
        if fields != [_FROZEN_ROWS]:
            raise invalid_argument(f"Invalid {where}: the fake updates {_FROZEN_ROWS} only, not {fields}")
        properties = body.get("properties", {})
        sheet = _sheet(spreadsheet, properties.get("sheetId", 0), where)
        sheet.frozen_row_count = int(properties.get("gridProperties", {}).get("frozenRowCount") or 0)
    elif kind == "appendDimension":
        sheet = _sheet(spreadsheet, body.get("sheetId"), where)
        length = int(body.get("length", 0))
        if length <= 0:
            raise invalid_argument(f"Invalid {where}: length must be positive")
        if body.get("dimension") == "COLUMNS":
            sheet.column_count += length
        else:
            sheet.row_count += length
    else:
        raise invalid_argument(
            f"Invalid JSON payload received. Unknown name \"{kind}\" at 'requests[{position}]': "
            "Cannot find field (or the fake does not support it)."
        )


def _sheet(spreadsheet: Spreadsheet, sheet_id: object, where: str) -> Sheet:
    sheet = spreadsheet.sheet_with_id(int(sheet_id or 0))
    if sheet is None:
        raise invalid_argument(f"Invalid {where}: No grid with id: {sheet_id}")
    return sheet
