"""Browser sessions: a signed JWT in an HttpOnly cookie, and a CSRF token bound to it.

State-changing requests must echo the session's CSRF token in the X-CSRF-Token header (the
frontend reads it from the readable `__Host-csrf_token` cookie): a cross-site form can't. The page and
the functions share one origin (docs/decisions/2026-12-one-origin.md), so both cookies are
SameSite=Strict: no other site's page, link or form ever sends them. Both are `__Host-` cookies
(Secure, Path=/, no Domain): no subdomain or plain-http page can set or overwrite them. Chromium and
Firefox treat http://127.0.0.1 and localhost as secure, so the local stack uses the same cookies.

A session is revocable: the cookie names a session id that must be among the user's live sessions
(UserAccount.sessions), read on every request. Logging out ends that session, signing out everywhere
ends all of them, and deleting the account deletes the user (docs/decisions/2026-12-revocable-sessions.md).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import flask
import jwt
import werkzeug

from functions.http import Problem, unauthenticated
from infra.settings import Settings
from tracker.ports import AccountStore

SESSION_COOKIE = "__Host-session"
CSRF_COOKIE = "__Host-csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_ALGORITHM = "HS256"
_AUDIENCE = "job-tracker-session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Session:
    user_id: str
    csrf_token: str
    session_id: str


def issue_session(
    response: werkzeug.Response, user_id: str, settings: Settings, accounts: AccountStore, now: datetime
) -> Session:
    """Record a new session for the user and set its session and CSRF cookies on `response`."""
    issued = int(now.timestamp())
    csrf = secrets.token_urlsafe(32)
    session_id = "s" + secrets.token_hex(16)  # a plain Firestore field name: the key in user.sessions
    accounts.add_session(user_id, session_id, now + timedelta(seconds=settings.session_ttl_seconds), now)
    claims = {
        "sub": user_id,
        "aud": _AUDIENCE,
        "iat": issued,
        "exp": issued + settings.session_ttl_seconds,
        "sid": session_id,
        "csrf": csrf,
    }
    token = jwt.encode(claims, settings.session_secret, algorithm=_ALGORITHM)
    common: dict[str, Any] = {"max_age": settings.session_ttl_seconds, "secure": True, "path": "/"}
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", **common)
    response.set_cookie(CSRF_COOKIE, csrf, httponly=False, samesite="Strict", **common)
    return Session(user_id, csrf, session_id)


def clear_session(response: werkzeug.Response) -> None:
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", secure=True, httponly=True, samesite="Strict")


def read_session(request: flask.Request, settings: Settings, accounts: AccountStore) -> Session:
    """The request's live session; 401 when missing, forged, tampered with, expired or ended."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise unauthenticated("no session cookie: log in first")
    try:
        claims = jwt.decode(
            token,
            settings.session_secret,
            algorithms=[_ALGORITHM],
            audience=_AUDIENCE,
            options={"require": ["exp", "iat", "sub", "sid", "csrf"]},
        )
    except jwt.ExpiredSignatureError as error:
        raise unauthenticated("session expired: log in again") from error
    except jwt.InvalidTokenError as error:
        raise unauthenticated("invalid session") from error
    session = Session(str(claims["sub"]), str(claims["csrf"]), str(claims["sid"]))
    user = accounts.get_user(session.user_id)
    if user is None:
        raise unauthenticated("this account no longer exists: log in again")
    if session.session_id not in user.sessions:
        raise unauthenticated("this session has ended: log in again")
    return session


def require_csrf(request: flask.Request, session: Session) -> None:
    """403 unless a state-changing request carries the session's CSRF token."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent or not hmac.compare_digest(sent, session.csrf_token):
        raise Problem(403, "csrf_failed", f"missing or wrong {CSRF_HEADER} header")
