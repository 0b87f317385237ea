"""spreadsheets.batchUpdate requests: the structural edits the tracker needs, applied atomically.

Supported: updateSheetProperties (with a `fields` mask), updateSpreadsheetProperties (title),
addSheet, deleteSheet, appendDimension. Pure formatting requests are accepted and ignored.
Anything else is a 400, so a client never believes an unsupported edit happened.
"""

from __future__ import annotations

import copy

from devstack.fake_google.errors import invalid_argument
from devstack.fake_google.spreadsheet import Sheet, Spreadsheet

# Accepted and ignored: they change how the sheet looks, never its values or structure.
FORMATTING_REQUESTS = frozenset(
    {
        "repeatCell",
        "updateBorders",
        "autoResizeDimensions",
        "updateDimensionProperties",
        "setBasicFilter",
        "clearBasicFilter",
        "addConditionalFormatRule",
        "setDataValidation",
        "mergeCells",
        "unmergeCells",
        "addBanding",
    }
)
_SHEET_FIELDS = {
    "title": ("title",),
    "index": ("index",),
    "gridProperties.rowCount": ("gridProperties", "rowCount"),
    "gridProperties.columnCount": ("gridProperties", "columnCount"),
    "gridProperties.frozenRowCount": ("gridProperties", "frozenRowCount"),
    "gridProperties.frozenColumnCount": ("gridProperties", "frozenColumnCount"),
}
_SHEET_ATTRIBUTES = {
    "title": "title",
    "index": "index",
    "gridProperties.rowCount": "row_count",
    "gridProperties.columnCount": "column_count",
    "gridProperties.frozenRowCount": "frozen_row_count",
    "gridProperties.frozenColumnCount": "frozen_column_count",
}
_DEFAULTS = {"title": "", "index": 0}


def apply_requests(spreadsheet: Spreadsheet, requests: list[dict]) -> list[dict]:
    """Apply all `requests` or none (a 400 leaves the spreadsheet untouched); one reply per request."""
    edited = copy.deepcopy(spreadsheet)
    replies = []
    for position, entry in enumerate(requests):
        if not isinstance(entry, dict) or len(entry) != 1:
            raise invalid_argument(f"Invalid requests[{position}]: exactly one kind of request expected")
        ((kind, body),) = entry.items()
        replies.append(_apply_one(edited, kind, body or {}, position))
    # Commit into the same object: concurrent requests may already hold a reference to it.
    spreadsheet.title, spreadsheet.sheets = edited.title, edited.sheets
    spreadsheet.next_sheet_id = edited.next_sheet_id
    return replies


def expand_field_mask(mask: str) -> list[str]:
    """'gridProperties(frozenRowCount,rowCount),title' -> ['gridProperties.frozenRowCount', ...]."""
    paths: list[str] = []
    depth, current = 0, ""
    for char in mask + ",":
        if char == "," and depth == 0:
            paths.extend(_expand_one(current.strip()))
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    return [p for p in paths if p]


def _expand_one(path: str) -> list[str]:
    if "(" not in path:
        return [path]
    prefix, inner = path.split("(", 1)
    return [f"{prefix}.{sub}" for sub in expand_field_mask(inner.rstrip(")"))]


def _apply_one(spreadsheet: Spreadsheet, kind: str, body: dict, position: int) -> dict:
    where = f"requests[{position}].{kind}"
    if kind == "updateSheetProperties":
        properties = body.get("properties", {})
        sheet = _sheet(spreadsheet, properties.get("sheetId", 0), where)
        _update_sheet(spreadsheet, sheet, properties, body.get("fields", ""), where)
        return {}
    if kind == "updateSpreadsheetProperties":
        fields = expand_field_mask(body.get("fields", ""))
        if "title" in fields or "*" in fields:
            spreadsheet.title = body.get("properties", {}).get("title", spreadsheet.title)
        return {}
    if kind == "addSheet":
        return {"addSheet": {"properties": spreadsheet.add_sheet(body.get("properties", {})).properties()}}
    if kind == "deleteSheet":
        sheet = _sheet(spreadsheet, body.get("sheetId"), where)
        if len(spreadsheet.sheets) == 1:
            raise invalid_argument(f"Invalid {where}: You can't remove all the sheets in a document.")
        spreadsheet.sheets.remove(sheet)
        for index, remaining in enumerate(spreadsheet.sheets):
            remaining.index = index
        return {}
    if kind == "appendDimension":
        sheet = _sheet(spreadsheet, body.get("sheetId"), where)
        length = int(body.get("length", 0))
        if length <= 0:
            raise invalid_argument(f"Invalid {where}: length must be positive")
        if body.get("dimension") == "COLUMNS":
            sheet.column_count += length
        else:
            sheet.row_count += length
        return {}
    if kind in FORMATTING_REQUESTS:
        return {}
    raise invalid_argument(
        f"Invalid JSON payload received. Unknown name \"{kind}\" at 'requests[{position}]': "
        "Cannot find field (or the fake does not support it)."
    )


def _sheet(spreadsheet: Spreadsheet, sheet_id: object, where: str) -> Sheet:
    sheet = spreadsheet.sheet_with_id(int(sheet_id or 0))
    if sheet is None:
        raise invalid_argument(f"Invalid {where}: No grid with id: {sheet_id}")
    return sheet


def _update_sheet(spreadsheet: Spreadsheet, sheet: Sheet, properties: dict, mask: str, where: str) -> None:
    if not mask:
        raise invalid_argument(f"Invalid {where}: You must specify which fields to update.")
    fields = expand_field_mask(mask)
    if "*" in fields:
        fields = list(_SHEET_FIELDS)
    for path in fields:
        if path not in _SHEET_FIELDS:
            continue  # tabColor, hidden, ...: how it looks, not what it holds
        value: object = properties
        for key in _SHEET_FIELDS[path]:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            value = _DEFAULTS.get(path, 0)
        if path == "title" and value != sheet.title and spreadsheet.sheet_titled(str(value)):
            raise invalid_argument(
                f'Invalid {where}: A sheet with the name "{value}" already exists. Please enter another name.'
            )
        setattr(sheet, _SHEET_ATTRIBUTES[path], value if path == "title" else int(value))
