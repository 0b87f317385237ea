"""Google's JSON error envelope, as the REST APIs (Gmail, Sheets, IAM) send it.

`ApiError` is raised anywhere inside a request; the app turns it into
{"error": {"code", "message", "errors": [...], "status"}} with the right HTTP status.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Response, jsonify

# HTTP status -> (canonical status, legacy "reason") as Google pairs them.
_CANONICAL = {
    400: ("INVALID_ARGUMENT", "badRequest"),
    401: ("UNAUTHENTICATED", "authError"),
    403: ("PERMISSION_DENIED", "forbidden"),
    404: ("NOT_FOUND", "notFound"),
    429: ("RESOURCE_EXHAUSTED", "rateLimitExceeded"),
    500: ("INTERNAL", "backendError"),
    503: ("UNAVAILABLE", "backendError"),
}

NOT_FOUND_MESSAGE = "Requested entity was not found."
INSUFFICIENT_SCOPES_MESSAGE = "Request had insufficient authentication scopes."
INVALID_CREDENTIALS_MESSAGE = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "
    "other valid authentication credential. See "
    "https://developers.google.com/identity/sign-in/web/devconsole-project."
)


class ApiError(Exception):
    """An error answer from a Google REST API; `reason` overrides the legacy per-error reason."""

    def __init__(
        self,
        code: int,
        message: str,
        reason: str | None = None,
        headers: dict[str, str] | None = None,
        details: list[dict] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.headers = headers or {}
        self.details = details

    def body(self) -> dict:
        status, default_reason = _CANONICAL.get(self.code, ("UNKNOWN", "unknown"))
        legacy = {"message": self.message, "domain": "global", "reason": self.reason or default_reason}
        error = {"code": self.code, "message": self.message, "errors": [legacy], "status": status}
        if self.details:
            error["details"] = self.details
        return {"error": error}

    def to_response(self) -> Response:
        response = jsonify(self.body())
        response.status_code = self.code
        response.headers.update(self.headers)
        return response


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND_MESSAGE, reason="notFound")


def unauthenticated() -> ApiError:
    return ApiError(
        401,
        INVALID_CREDENTIALS_MESSAGE,
        reason="authError",
        headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'},
    )


def insufficient_scopes(needed: Iterable[str] = ()) -> ApiError:
    """Google's answer to a token without the method's scope: 403, the ErrorInfo reason, and a
    WWW-Authenticate header naming the scopes that would do."""
    challenge = 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"'
    if needed:
        challenge += f', scope="{" ".join(sorted(needed))}"'
    return ApiError(
        403,
        INSUFFICIENT_SCOPES_MESSAGE,
        reason="insufficientPermissions",
        headers={"WWW-Authenticate": challenge},
        details=[
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                "domain": "googleapis.com",
            }
        ],
    )


def permission_denied(message: str = "The caller does not have permission") -> ApiError:
    return ApiError(403, message)


def invalid_argument(message: str) -> ApiError:
    return ApiError(400, message, reason="invalidArgument")
