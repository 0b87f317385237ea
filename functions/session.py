"""Browser sessions: a signed JWT in an HttpOnly cookie, and a CSRF token bound to it.

State-changing requests must echo the session's CSRF token in the X-CSRF-Token header (the
frontend reads it from the readable `csrf_token` cookie): a cross-site form can't. The page and the
functions share one origin (docs/decisions/2026-12-one-origin.md), so both cookies are SameSite=Strict:
no other site's page, link or form ever sends them.
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

import flask
import jwt
import werkzeug

from functions.http import Problem, unauthenticated
from infra.settings import Settings

SESSION_COOKIE = "session"
CSRF_COOKIE = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_ALGORITHM = "HS256"
_AUDIENCE = "job-tracker-session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Session:
    user_id: str
    csrf_token: str


def issue_session(response: werkzeug.Response, user_id: str, settings: Settings) -> Session:
    """Set the session and CSRF cookies on `response`."""
    now = int(time.time())
    csrf = secrets.token_urlsafe(32)
    claims = {
        "sub": user_id,
        "aud": _AUDIENCE,
        "iat": now,
        "exp": now + settings.session_ttl_seconds,
        "jti": secrets.token_urlsafe(16),
        "csrf": csrf,
    }
    token = jwt.encode(claims, settings.session_secret, algorithm=_ALGORITHM)
    common: dict[str, Any] = {
        "max_age": settings.session_ttl_seconds,
        "secure": settings.cookie_secure,
        "path": "/",
    }
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", **common)
    response.set_cookie(CSRF_COOKIE, csrf, httponly=False, samesite="Strict", **common)
    return Session(user_id, csrf)


def clear_session(response: werkzeug.Response, settings: Settings) -> None:
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", secure=settings.cookie_secure, samesite="Strict")


def read_session(request: flask.Request, settings: Settings) -> Session:
    """The request's valid session; 401 when missing, forged, tampered with or expired."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise unauthenticated("no session cookie: log in first")
    try:
        claims = jwt.decode(
            token,
            settings.session_secret,
            algorithms=[_ALGORITHM],
            audience=_AUDIENCE,
            options={"require": ["exp", "iat", "sub", "csrf"]},
        )
    except jwt.ExpiredSignatureError as error:
        raise unauthenticated("session expired: log in again") from error
    except jwt.InvalidTokenError as error:
        raise unauthenticated("invalid session") from error
    return Session(str(claims["sub"]), str(claims["csrf"]))


def require_csrf(request: flask.Request, session: Session) -> None:
    """403 unless a state-changing request carries the session's CSRF token."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent or not hmac.compare_digest(sent, session.csrf_token):
        raise Problem(403, "csrf_failed", f"missing or wrong {CSRF_HEADER} header")
