"""Scopes and Bearer-token checks shared by the Gmail, Sheets and userinfo endpoints."""

from __future__ import annotations

from flask import request

from devstack.fake_google.errors import ApiError, insufficient_scopes, unauthenticated
from devstack.fake_google.grants import AccessToken
from devstack.fake_google.state import get_state

_AUTH = "https://www.googleapis.com/auth/"
OPENID = "openid"
USERINFO_EMAIL = _AUTH + "userinfo.email"
USERINFO_PROFILE = _AUTH + "userinfo.profile"
GMAIL_READONLY = _AUTH + "gmail.readonly"
GMAIL_METADATA = _AUTH + "gmail.metadata"
GMAIL_MODIFY = _AUTH + "gmail.modify"
GMAIL_FULL = "https://mail.google.com/"
SPREADSHEETS = _AUTH + "spreadsheets"
SPREADSHEETS_READONLY = _AUTH + "spreadsheets.readonly"
DRIVE = _AUTH + "drive"
DRIVE_READONLY = _AUTH + "drive.readonly"
DRIVE_FILE = _AUTH + "drive.file"

# Google answers "email"/"profile" requests with the long userinfo.* names.
_SHORT_NAMES = {"email": USERINFO_EMAIL, "profile": USERINFO_PROFILE}
KNOWN_SCOPES = frozenset(
    {
        OPENID,
        USERINFO_EMAIL,
        USERINFO_PROFILE,
        GMAIL_READONLY,
        GMAIL_METADATA,
        GMAIL_MODIFY,
        GMAIL_FULL,
        SPREADSHEETS,
        SPREADSHEETS_READONLY,
        DRIVE,
        DRIVE_READONLY,
        DRIVE_FILE,
    }
)
GMAIL_READ_SCOPES = frozenset({GMAIL_READONLY, GMAIL_MODIFY, GMAIL_FULL})
IDENTITY_SCOPES = frozenset({OPENID, USERINFO_EMAIL, USERINFO_PROFILE})


def normalize_scopes(scope_param: str) -> tuple[str, ...]:
    """Space-separated scopes as Google echoes them: long names, first occurrence order, no repeats."""
    normalized: list[str] = []
    for scope in scope_param.split():
        long_name = _SHORT_NAMES.get(scope, scope)
        if long_name not in normalized:
            normalized.append(long_name)
    return tuple(normalized)


def bearer_token() -> AccessToken:
    """The live access token of this request, or a 401 exactly as Google sends it."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise unauthenticated()
    token = get_state().grants.lookup(value.strip())
    if token is None:
        raise unauthenticated()
    return token


def require_any_scope(token: AccessToken, scopes: frozenset[str] | set[str]) -> None:
    if not set(token.scopes) & set(scopes):
        raise insufficient_scopes(scopes)


def check_user_id(token: AccessToken, user_id: str) -> None:
    """Gmail's userId path segment must be "me" or the token owner's own address."""
    if user_id != "me" and user_id.lower() != token.email:
        raise ApiError(403, f"Delegation denied for {token.email}", reason="forbidden")
