"""The /_devstack/ control endpoints (not Google's): arrange and inspect the fake from tests.

JSON in, JSON out. `client.FakeGoogleControl` wraps every endpoint; see it for the shapes.
"""

from __future__ import annotations

import base64
import binascii
import html

from flask import Blueprint, Response, jsonify, request

from devstack.fake_google.auth import IDENTITY_SCOPES, normalize_scopes
from devstack.fake_google.errors import ApiError, invalid_argument, not_found
from devstack.fake_google.identity import user_id_token
from devstack.fake_google.mailbox import NewMessage
from devstack.fake_google.sheet_values import render
from devstack.fake_google.sheets import new_spreadsheet
from devstack.fake_google.spreadsheet import spreadsheet_url
from devstack.fake_google.state import FakeUser, get_state
from devstack.faults import FaultPlan

control_api = Blueprint("control", __name__, url_prefix="/_devstack")
sheet_view = Blueprint("sheet_view", __name__)


def _body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise invalid_argument("Expected a JSON object")
    return body


def _known_user(email: str) -> FakeUser:
    user = get_state().user(email)
    if user is None:
        raise ApiError(404, f"No such user: {email}")
    return user


def _user_json(user: FakeUser) -> dict:
    return {
        "email": user.email,
        "name": user.name,
        "sub": user.sub,
        "deny_consent": user.deny_consent,
        "withheld_scopes": list(user.withheld_scopes),
    }


@control_api.post("/reset")
def reset():
    get_state().reset()
    return jsonify({})


@control_api.post("/clients")
def register_client():
    body = _body()
    if not body.get("client_id") or not body.get("client_secret"):
        raise invalid_argument("client_id and client_secret are required")
    client = get_state().register_client(
        body["client_id"], body["client_secret"], body.get("redirect_uris", [])
    )
    return jsonify({"client_id": client.client_id, "redirect_uris": list(client.redirect_uris)})


@control_api.post("/users")
def create_user():
    body = _body()
    if "@" not in str(body.get("email", "")):
        raise invalid_argument("email is required")
    user = get_state().upsert_user(
        body["email"],
        body.get("name"),
        bool(body.get("deny_consent", False)),
        normalize_scopes(" ".join(body.get("withheld_scopes") or [])),
    )
    return jsonify(_user_json(user))


@control_api.post("/users/<email>/messages")
def add_messages(email: str):
    user = _known_user(email)
    entries = _body().get("messages", [])
    new_messages = [
        NewMessage(
            raw=_decode_base64(entry.get("raw", "")),
            label_ids=tuple(entry["labelIds"]) if entry.get("labelIds") is not None else None,
            internal_ms=int(entry["internalDate"]) if entry.get("internalDate") is not None else None,
            thread_id=entry.get("threadId"),
        )
        for entry in entries
    ]
    mailbox = get_state().mailbox(user.email)
    stored = mailbox.deliver(new_messages)
    return jsonify(
        {
            "ids": [m.message_id for m in stored],
            "messages": [
                {"id": m.message_id, "threadId": m.thread_id, "historyId": str(m.history_id)} for m in stored
            ],
            "historyId": str(mailbox.history_id),
        }
    )


@control_api.post("/users/<email>/history/expire")
def expire_history(email: str):
    user = _known_user(email)
    before = _body().get("before")
    if before is None:
        raise invalid_argument("before (a history id) is required")
    dropped = get_state().mailbox(user.email).expire_history_before(int(before))
    return jsonify({"dropped": dropped})


@control_api.post("/users/<email>/listing")
def arrange_listing(email: str):
    """{"repeat_on_next_page": n}: messages.list lists each page's last n messages again on the next."""
    user = _known_user(email)
    repeat = _body().get("repeat_on_next_page")
    if not isinstance(repeat, int) or repeat < 0:
        raise invalid_argument("repeat_on_next_page (a count, 0 or more) is required")
    get_state().mailbox(user.email).repeat_on_next_page = repeat
    return jsonify({"repeat_on_next_page": repeat})


@control_api.post("/users/<email>/revoke")
def revoke_user_grants(email: str):
    user = _known_user(email)
    return jsonify({"revoked": get_state().grants.revoke_user(user.email)})


@control_api.post("/users/<email>/expire-access-tokens")
def expire_access_tokens(email: str):
    user = _known_user(email)
    return jsonify({"expired": get_state().grants.expire_access_tokens(user.email)})


@control_api.post("/tokens")
def issue_tokens():
    """Consent without the browser: a token response for (email, client_id, scopes)."""
    body = _body()
    user = _known_user(str(body.get("email", "")))
    client = get_state().client(body.get("client_id"))
    if client is None:
        raise invalid_argument("client_id must be a registered client")
    raw_scopes = body.get("scopes", "")
    scopes = normalize_scopes(" ".join(raw_scopes) if isinstance(raw_scopes, list) else raw_scopes)
    token = get_state().grants.grant_directly(user.email, client.client_id, scopes)
    answer: dict = {
        "access_token": token.token,
        "refresh_token": token.grant.refresh_token,
        "expires_in": token.expires_in,
        "scope": " ".join(scopes),
        "token_type": "Bearer",
    }
    if set(scopes) & IDENTITY_SCOPES:
        answer["id_token"] = user_id_token(user, client.client_id, scopes, None)
    return jsonify(answer)


@control_api.post("/users/<email>/sheets")
def create_sheet(email: str):
    """A spreadsheet the user already owns; `client_id` also opens it to that client's drive.file."""
    user = _known_user(email)
    body = request.get_json(silent=True) or {}
    titles = body.get("sheets") or ["Sheet1"]
    properties = [{"title": title, **({"sheetId": 0} if i == 0 else {})} for i, title in enumerate(titles)]
    spreadsheet = new_spreadsheet(user.email, body.get("title") or "My job applications", properties)
    if body.get("client_id"):
        spreadsheet.app_client_ids.add(body["client_id"])
    return jsonify(
        {
            "spreadsheetId": spreadsheet.spreadsheet_id,
            "spreadsheetUrl": spreadsheet_url(request.host_url, spreadsheet.spreadsheet_id),
        }
    )


@control_api.get("/sheets/<spreadsheet_id>")
def read_sheet(spreadsheet_id: str):
    return jsonify(_sheet_snapshot(spreadsheet_id))


@control_api.get("/faults")
def get_faults():
    return jsonify(get_state().fault_plan.to_json())


@control_api.put("/faults")
def set_faults():
    try:
        plan = FaultPlan.from_json(_body())
    except (ValueError, TypeError) as error:
        raise invalid_argument(str(error)) from error
    get_state().fault_plan = plan
    return jsonify(plan.to_json())


@control_api.post("/id_tokens")
def sign_id_token():
    """Sign `claims` with the fake's key, as Google would: tests make tokens Google would not mint
    now (an expired one)."""
    claims = _body().get("claims")
    if not isinstance(claims, dict):
        raise invalid_argument("claims must be an object")
    return jsonify({"token": get_state().signer.sign(claims)})


@control_api.get("/counters")
def get_counters():
    state = get_state()
    with state.lock:
        return jsonify(dict(state.counters))


@control_api.post("/counters/reset")
def reset_counters():
    state = get_state()
    with state.lock:
        state.counters.clear()
    return jsonify({})


@sheet_view.get("/spreadsheets/d/<spreadsheet_id>/edit")
def view_sheet(spreadsheet_id: str):
    """A read-only HTML table per tab, so the spreadsheetUrl opens something in a demo."""
    snapshot = _sheet_snapshot(spreadsheet_id)
    parts = [f"<h1>{html.escape(snapshot['title'])}</h1>"]
    for sheet in snapshot["sheets"]:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
            for row in sheet["values"]
        )
        parts.append(f"<h2>{html.escape(sheet['title'])}</h2><table border=1>{rows}</table>")
    page = f"<!doctype html><html><head><meta charset='utf-8'></head><body>{''.join(parts)}</body></html>"
    return Response(page, content_type="text/html")


def _sheet_snapshot(spreadsheet_id: str) -> dict:
    """Every tab's full cell grid as FORMATTED_VALUE strings, trailing empties trimmed."""
    state = get_state()
    with state.lock:
        spreadsheet = state.spreadsheets.get(spreadsheet_id)
        if spreadsheet is None:
            raise not_found()
        sheets = []
        for sheet in spreadsheet.sheets:
            height = max(sheet.cells, default=-1) + 1
            values = []
            for row in range(height):
                cells = sheet.cells.get(row, {})
                width = max(cells, default=-1) + 1
                values.append(
                    [render(cells[c], "FORMATTED_VALUE") if c in cells else "" for c in range(width)]
                )
            sheets.append({**sheet.properties(), "values": values})
        return {
            "spreadsheetId": spreadsheet.spreadsheet_id,
            "title": spreadsheet.title,
            "owner": spreadsheet.owner_email,
            "appClientIds": sorted(spreadsheet.app_client_ids),
            "sheets": sheets,
        }


def _decode_base64(text: str) -> bytes:
    """Standard or URL-safe base64, padding optional."""
    normalized = text.strip().replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(normalized + "=" * (-len(normalized) % 4), validate=True)
    except binascii.Error as error:
        raise invalid_argument("raw must be base64 of the RFC 822 bytes") from error
