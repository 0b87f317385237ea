"""The start of every Google call: count it per (service, method), then maybe inject a fault.

Counter names are "<service>.<method>", e.g. "gmail.messages.get", "sheets.values.batchUpdate",
"oauth.token". Faults come from the shared `FaultPlan` drawn with service "gmail", "sheets" or
"oauth"; they are raised as `InjectedFault` and answered in Google's own error shapes.
"""

from __future__ import annotations

from flask import Response, jsonify, request

from devstack.fake_google.errors import ApiError
from devstack.fake_google.state import get_state
from devstack.faults import drop_connection, stall

RETRY_AFTER_SECONDS = "1"


class InjectedFault(Exception):
    """A fault the plan chose for this request; `response` is what the client gets."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def start_call(service: str, method: str, oauth_style: bool = False) -> None:
    """Count this call; raise `InjectedFault` when the fault plan picks it.

    `oauth_style` answers like the OAuth token endpoint ({"error", "error_description"}) instead
    of the REST APIs' {"error": {...}} envelope.
    """
    state = get_state()
    state.count(f"{service}.{method}")
    kind = state.fault_plan.draw(service)
    if kind is None:
        return
    if kind == "drop":
        drop_connection(request.environ)
    if kind == "timeout":
        stall(state.fault_plan.timeout_seconds)
    status = {"429": 429, "500": 500}.get(kind, 503)
    raise InjectedFault(_fault_response(status, oauth_style))


def _fault_response(status: int, oauth_style: bool) -> Response:
    if oauth_style:
        error = {429: "rate_limit_exceeded", 500: "internal_failure", 503: "temporarily_unavailable"}[status]
        response = jsonify({"error": error, "error_description": "Injected fault"})
        response.status_code = status
    else:
        message = {
            429: "Resource has been exhausted (e.g. check quota).",
            500: "Internal error encountered.",
            503: "The service is currently unavailable.",
        }[status]
        response = ApiError(status, message).to_response()
    if status in (429, 503):
        response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response
