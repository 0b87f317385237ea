"""Sheets API v4 as infra/sheets.py calls it: spreadsheets.create/get/batchUpdate and values.get,
update and batchUpdate; values.clear too, for tests that play the person editing the sheet.

Paths as googleapiclient builds them with api_endpoint=BASE_URL: /v4/spreadsheets/{id}...,
with ":verb" suffixes (":batchUpdate", "/values/{range}:clear", "/values:batchUpdate").
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
        if range_text.endswith(":clear"):
            return "values", "clear", range_text[: -len(":clear")]
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
    return jsonify({"spreadsheetId": spreadsheet.spreadsheet_id, "replies": replies})


def _render_options() -> tuple[str, str]:
    return request.args.get("valueRenderOption", "FORMATTED_VALUE"), request.args.get(
        "majorDimension", "ROWS"
    )


def _values_get(spreadsheet: Spreadsheet, range_text: str | None):
    grid = spreadsheet.resolve(range_text or "")
    return jsonify(sheet_values.read_values(grid, *_render_options()))


def _input_option(value: str | None) -> str:
    if value not in sheet_values.INPUT_OPTIONS:
        raise invalid_argument("'valueInputOption' is required but not specified")
    return value


def _values_update(spreadsheet: Spreadsheet, range_text: str | None):
    option = _input_option(request.args.get("valueInputOption"))
    body = request.get_json(silent=True) or {}
    grid = spreadsheet.resolve(range_text or "")
    rows = sheet_values.as_rows(body.get("values", []), body.get("majorDimension", "ROWS"))
    return jsonify(sheet_values.write_values(grid, rows, option, spreadsheet.spreadsheet_id))


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


def _values_clear(spreadsheet: Spreadsheet, range_text: str | None):
    grid = spreadsheet.resolve(range_text or "")
    grid.sheet.clear(*grid.closed())
    return jsonify({"spreadsheetId": spreadsheet.spreadsheet_id, "clearedRange": grid.a1()})


# (HTTP method, verb or "values", values verb) -> (counter name, needs write access, handler)
_ROUTES: dict[tuple, tuple[str, bool, object]] = {
    ("GET", "", ""): ("get", False, _get),
    ("POST", "batchUpdate", ""): ("batchUpdate", True, _batch_update),
    ("GET", "values", ""): ("values.get", False, _values_get),
    ("PUT", "values", ""): ("values.update", True, _values_update),
    ("POST", "values", "clear"): ("values.clear", True, _values_clear),
    ("POST", "values", "batchUpdate"): ("values.batchUpdate", True, _values_batch_update),
}
