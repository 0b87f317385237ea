"""Sheets API v4: spreadsheets.create/get/batchUpdate and spreadsheets.values.*.

Paths as googleapiclient builds them with api_endpoint=BASE_URL: /v4/spreadsheets/{id}...,
with ":verb" suffixes (":batchUpdate", "/values/{range}:append", "/values:batchGet").
Access: the owner only; with just drive.file, only sheets this client created (or was granted).
"""

from __future__ import annotations

import secrets

from flask import Blueprint, jsonify, request

from devstack.fake_google import sheet_values
from devstack.fake_google.auth import (
    DRIVE,
    DRIVE_FILE,
    DRIVE_READONLY,
    SPREADSHEETS,
    SPREADSHEETS_READONLY,
    bearer_token,
    require_any_scope,
)
from devstack.fake_google.calls import start_call
from devstack.fake_google.errors import invalid_argument, not_found, permission_denied
from devstack.fake_google.sheet_requests import apply_requests
from devstack.fake_google.spreadsheet import GridRange, Spreadsheet
from devstack.fake_google.state import get_state

sheets_api = Blueprint("sheets", __name__, url_prefix="/v4/spreadsheets")

READ_SCOPES = frozenset({SPREADSHEETS, SPREADSHEETS_READONLY, DRIVE, DRIVE_READONLY})
WRITE_SCOPES = frozenset({SPREADSHEETS, DRIVE})


def new_spreadsheet(owner_email: str, title: str, sheet_properties: list[dict]) -> Spreadsheet:
    """A spreadsheet with the given tabs (default one "Sheet1", sheetId 0), stored in the state."""
    spreadsheet = Spreadsheet(
        spreadsheet_id=secrets.token_urlsafe(33), owner_email=owner_email, title=title, sheets=[]
    )
    for properties in sheet_properties or [{"title": "Sheet1", "sheetId": 0}]:
        spreadsheet.add_sheet(properties)
    state = get_state()
    with state.lock:
        state.spreadsheets[spreadsheet.spreadsheet_id] = spreadsheet
    return spreadsheet


@sheets_api.post("")
def create_spreadsheet():
    start_call("sheets", "create")
    token = bearer_token()
    require_any_scope(token, WRITE_SCOPES | {DRIVE_FILE})
    body = request.get_json(silent=True) or {}
    sheets = [entry.get("properties", {}) for entry in body.get("sheets", [])]
    title = body.get("properties", {}).get("title") or "Untitled spreadsheet"
    spreadsheet = new_spreadsheet(token.email, title, sheets)
    spreadsheet.app_client_ids.add(token.client_id)
    return jsonify(spreadsheet.resource(request.host_url))


@sheets_api.route("/<path:rest>", methods=["GET", "POST", "PUT"])
def spreadsheet_call(rest: str):
    head, _, sub_path = rest.partition("/")
    spreadsheet_id, _, verb = head.partition(":")
    range_text = None
    if sub_path:
        resource, values_verb, range_text = _values_route(sub_path)
        key = None if verb else (request.method, resource, values_verb)
    else:
        key = (request.method, verb, "")
    if key not in _ROUTES:
        raise not_found()
    method_name, write, handler = _ROUTES[key]
    spreadsheet = _open(spreadsheet_id, method_name, write)
    state = get_state()
    with state.lock:
        return handler(spreadsheet, range_text)


def _values_route(sub_path: str) -> tuple[str, str, str | None]:
    """("values", verb, range) for "values/{range}[:verb]" or "values:verb"; ("?", "", None) otherwise."""
    if sub_path.startswith("values:"):
        return "values", sub_path[len("values:") :], None
    if sub_path.startswith("values/"):
        range_text = sub_path[len("values/") :]
        for verb in ("append", "clear"):
            if range_text.endswith(":" + verb):
                return "values", verb, range_text[: -len(verb) - 1]
        return "values", "", range_text
    return "?", "", None


def _open(spreadsheet_id: str, method_name: str, write: bool) -> Spreadsheet:
    start_call("sheets", method_name)
    token = bearer_token()
    broad = WRITE_SCOPES if write else READ_SCOPES
    require_any_scope(token, broad | {DRIVE_FILE})
    spreadsheet = get_state().spreadsheets.get(spreadsheet_id)
    if spreadsheet is None:
        raise not_found()
    if spreadsheet.owner_email != token.email:
        raise permission_denied()
    if not set(token.scopes) & broad and token.client_id not in spreadsheet.app_client_ids:
        raise permission_denied()
    return spreadsheet


def _get(spreadsheet: Spreadsheet, _range: str | None):
    return jsonify(spreadsheet.resource(request.host_url))


def _batch_update(spreadsheet: Spreadsheet, _range: str | None):
    body = request.get_json(silent=True) or {}
    replies = apply_requests(spreadsheet, body.get("requests", []))
    answer: dict = {"spreadsheetId": spreadsheet.spreadsheet_id, "replies": replies}
    if body.get("includeSpreadsheetInResponse"):
        answer["updatedSpreadsheet"] = spreadsheet.resource(request.host_url)
    return jsonify(answer)


def _render_options() -> tuple[str, str]:
    return request.args.get("valueRenderOption", "FORMATTED_VALUE"), request.args.get(
        "majorDimension", "ROWS"
    )


def _values_get(spreadsheet: Spreadsheet, range_text: str | None):
    grid = spreadsheet.resolve(range_text or "")
    return jsonify(sheet_values.read_values(grid, *_render_options()))


def _values_batch_get(spreadsheet: Spreadsheet, _range: str | None):
    grids = [spreadsheet.resolve(text) for text in request.args.getlist("ranges")]
    value_ranges = [sheet_values.read_values(grid, *_render_options()) for grid in grids]
    return jsonify({"spreadsheetId": spreadsheet.spreadsheet_id, "valueRanges": value_ranges})


def _input_option(value: str | None) -> str:
    if value not in sheet_values.INPUT_OPTIONS:
        raise invalid_argument("'valueInputOption' is required but not specified")
    return value


def _values_update(spreadsheet: Spreadsheet, range_text: str | None):
    option = _input_option(request.args.get("valueInputOption"))
    body = request.get_json(silent=True) or {}
    grid = spreadsheet.resolve(range_text or "")
    rows = sheet_values.as_rows(body.get("values", []), body.get("majorDimension", "ROWS"))
    response = sheet_values.write_values(grid, rows, option, spreadsheet.spreadsheet_id)
    _include_values(response, spreadsheet)
    return jsonify(response)


def _values_batch_update(spreadsheet: Spreadsheet, _range: str | None):
    body = request.get_json(silent=True) or {}
    option = _input_option(body.get("valueInputOption"))
    planned: list[tuple[GridRange, list[list]]] = []
    for entry in body.get("data", []):
        grid = spreadsheet.resolve(entry.get("range", ""))
        rows = sheet_values.as_rows(entry.get("values", []), entry.get("majorDimension", "ROWS"))
        sheet_values.plan_write(grid, rows)  # every range is checked before anything is written
        planned.append((grid, rows))
    responses = [
        sheet_values.write_values(g, rows, option, spreadsheet.spreadsheet_id) for g, rows in planned
    ]
    answer: dict = {"spreadsheetId": spreadsheet.spreadsheet_id}
    totals = {
        "totalUpdatedRows": sum(r.get("updatedRows", 0) for r in responses),
        "totalUpdatedColumns": sum(r.get("updatedColumns", 0) for r in responses),
        "totalUpdatedCells": sum(r.get("updatedCells", 0) for r in responses),
        "totalUpdatedSheets": len(
            {
                grid.sheet.sheet_id
                for (grid, _), r in zip(planned, responses, strict=True)
                if r.get("updatedCells")
            }
        ),
    }
    answer.update({key: value for key, value in totals.items() if value})
    answer["responses"] = responses
    return jsonify(answer)


def _values_append(spreadsheet: Spreadsheet, range_text: str | None):
    option = _input_option(request.args.get("valueInputOption"))
    body = request.get_json(silent=True) or {}
    grid = spreadsheet.resolve(range_text or "")
    if grid.single_cell:  # "A1" means "the table that starts here", not just that cell
        grid = GridRange(grid.sheet, grid.top, grid.left, None, None)
    rows = sheet_values.as_rows(body.get("values", []), body.get("majorDimension", "ROWS"))
    row, column, table_range = sheet_values.append_position(grid)
    sheet = grid.sheet
    if request.args.get("insertDataOption", "OVERWRITE") == "INSERT_ROWS":
        sheet.insert_rows(row, len(rows))
    elif row + len(rows) > sheet.row_count:
        sheet.row_count = row + len(rows)  # append grows the grid instead of failing
    target = GridRange(sheet, row, column, None, None, single_cell=True)
    updates = sheet_values.write_values(target, rows, option, spreadsheet.spreadsheet_id)
    answer: dict = {"spreadsheetId": spreadsheet.spreadsheet_id, "updates": updates}
    if table_range:
        answer["tableRange"] = table_range
    return jsonify(answer)


def _values_clear(spreadsheet: Spreadsheet, range_text: str | None):
    grid = spreadsheet.resolve(range_text or "")
    grid.sheet.clear(*grid.closed())
    return jsonify({"spreadsheetId": spreadsheet.spreadsheet_id, "clearedRange": grid.a1()})


def _values_batch_clear(spreadsheet: Spreadsheet, _range: str | None):
    grids = [spreadsheet.resolve(text) for text in (request.get_json(silent=True) or {}).get("ranges", [])]
    for grid in grids:
        grid.sheet.clear(*grid.closed())
    return jsonify({"spreadsheetId": spreadsheet.spreadsheet_id, "clearedRanges": [g.a1() for g in grids]})


def _include_values(response: dict, spreadsheet: Spreadsheet) -> None:
    if request.args.get("includeValuesInResponse", "false").lower() == "true":
        grid = spreadsheet.resolve(response["updatedRange"])
        response["updatedData"] = sheet_values.read_values(grid, *_render_options())


# (HTTP method, verb or "values", values verb) -> (counter name, needs write access, handler)
_ROUTES: dict[tuple, tuple[str, bool, object]] = {
    ("GET", "", ""): ("get", False, _get),
    ("POST", "batchUpdate", ""): ("batchUpdate", True, _batch_update),
    ("GET", "values", ""): ("values.get", False, _values_get),
    ("PUT", "values", ""): ("values.update", True, _values_update),
    ("POST", "values", "append"): ("values.append", True, _values_append),
    ("POST", "values", "clear"): ("values.clear", True, _values_clear),
    ("GET", "values", "batchGet"): ("values.batchGet", False, _values_batch_get),
    ("POST", "values", "batchUpdate"): ("values.batchUpdate", True, _values_batch_update),
    ("POST", "values", "batchClear"): ("values.batchClear", True, _values_batch_clear),
}
