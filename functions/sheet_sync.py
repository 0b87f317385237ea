"""The sheet_sync function: one coalesced Cloud Task per user per window; one Sheets batch."""

from __future__ import annotations

import flask

from functions.http import json_errors
from functions.tasks_common import ok, task_payload
from infra.bootstrap import Services
from tracker.errors import Conflict, GrantRevoked
from tracker.sheet_sync import sync_sheet


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    payload = task_payload(request, services, services.settings.sheet_sync_url, ("user_id",))
    user = services.accounts.get_user(payload["user_id"])
    if user is None or not user.sheet_id:
        return ok(result="no sheet")
    try:
        result = sync_sheet(user, services.accounts, services.sheet_for(user))
    except GrantRevoked:
        services.accounts.mark_reconnect_needed(user.user_id)
        return ok(result="reconnect needed")
    except Conflict as error:
        return ok(result=f"sheet not writable: {error}")
    return ok(rows_written=result.rows_written, rows_cleared=result.rows_cleared)
