"""Task handlers accept only OIDC tokens minted for the Cloud Tasks / Scheduler service accounts.

IAM already refuses other callers in Google Cloud; verifying here too keeps a misconfigured
ingress from opening the worker to the internet.
"""

from __future__ import annotations

import threading
import time

import flask
import google.auth.transport.requests
import jwt
from google.auth import exceptions as auth_exceptions
from google.oauth2 import id_token

from functions.http import Problem, unauthenticated
from infra.settings import Settings

_CERTS_TTL_SECONDS = 300


class _CachingRequest(google.auth.transport.requests.Request):
    """google-auth's Request, remembering the public certificates for a few minutes."""

    _cache: dict[str, tuple[float, object]] = {}
    _lock = threading.Lock()

    def __call__(self, url, method="GET", **kwargs):
        if method != "GET":
            return super().__call__(url, method=method, **kwargs)
        with self._lock:
            cached = self._cache.get(url)
            if cached and time.monotonic() - cached[0] < _CERTS_TTL_SECONDS:
                return cached[1]
        response = super().__call__(url, method=method, **kwargs)
        if response.status == 200:
            with self._lock:
                self._cache[url] = (time.monotonic(), response)
        return response


def require_invoker(request: flask.Request, settings: Settings, audience: str) -> str:
    """The calling service account's email; 401/403 unless the request carries a valid token for it."""
    if not settings.verify_oidc:
        return "unverified"
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise unauthenticated("a Bearer OIDC token is required")
    try:
        claims = id_token.verify_token(
            header.removeprefix("Bearer "),
            _CachingRequest(),
            audience=audience,
            certs_url=settings.google_certs_url,
        )
    # google-auth verifies with PyJWT when it is installed, so its errors come as either kind.
    except (ValueError, auth_exceptions.GoogleAuthError, jwt.InvalidTokenError) as error:
        raise unauthenticated(f"invalid OIDC token: {error}") from error
    email = claims.get("email", "")
    if not claims.get("email_verified") or email not in settings.invoker_service_accounts:
        raise Problem(403, "forbidden", f"{email or 'caller'} may not invoke this function")
    return email
