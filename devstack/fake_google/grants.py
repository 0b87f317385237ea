"""OAuth grants: authorization codes, refresh tokens and access tokens, and how they die.

A grant is one user's consent to one client for some scopes. Every token belongs to a grant, so
revoking any of them (or the user removing the app) kills the refresh token and all access tokens.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field

CODE_LIFETIME_SECONDS = 600
ACCESS_TOKEN_LIFETIME_SECONDS = 3599


class OAuthError(Exception):
    """An error answer from the token or revoke endpoint: {"error", "error_description"}."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status


@dataclass
class Grant:
    email: str
    client_id: str
    scopes: tuple[str, ...]
    refresh_token: str | None
    revoked: bool = False


@dataclass
class AuthorizationCode:
    code: str
    email: str
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    offline: bool
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str
    expires_at: float
    used: bool = False


@dataclass
class AccessToken:
    token: str
    grant: Grant
    scopes: tuple[str, ...]
    expires_at: float
    nonce: str | None = field(default=None, repr=False)

    @property
    def email(self) -> str:
        return self.grant.email

    @property
    def client_id(self) -> str:
        return self.grant.client_id

    @property
    def expires_in(self) -> int:
        return max(0, round(self.expires_at - time.time()))


def pkce_s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class GrantStore:
    """Thread-safe store of codes, grants and tokens (opaque random strings, Google-like prefixes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._codes: dict[str, AuthorizationCode] = {}
        self._grants: list[Grant] = []
        self._by_refresh_token: dict[str, Grant] = {}
        self._access_tokens: dict[str, AccessToken] = {}

    def issue_code(
        self,
        email: str,
        client_id: str,
        redirect_uri: str,
        scopes: tuple[str, ...],
        offline: bool,
        nonce: str | None = None,
        code_challenge: str | None = None,
        code_challenge_method: str = "plain",
    ) -> str:
        code = "4/0" + secrets.token_urlsafe(40)
        with self._lock:
            self._codes[code] = AuthorizationCode(
                code=code,
                email=email,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scopes=scopes,
                offline=offline,
                nonce=nonce,
                code_challenge=code_challenge,
                code_challenge_method=code_challenge_method,
                expires_at=time.time() + CODE_LIFETIME_SECONDS,
            )
        return code

    def redeem_code(
        self, code: str, client_id: str, redirect_uri: str | None, code_verifier: str | None
    ) -> AccessToken:
        """Exchange a code once; the new grant's first access token carries the code's nonce."""
        with self._lock:
            issued = self._codes.get(code)
            if issued is None:
                raise OAuthError("invalid_grant", "Malformed auth code.")
            if issued.used or issued.expires_at < time.time() or issued.client_id != client_id:
                raise OAuthError("invalid_grant", "Bad Request")
            if redirect_uri != issued.redirect_uri:
                raise OAuthError("redirect_uri_mismatch", "Bad Request")
            _check_pkce(issued, code_verifier)
            issued.used = True
            grant = self._new_grant(issued.email, issued.client_id, issued.scopes, issued.offline)
            token = self._new_access_token(grant, grant.scopes)
            token.nonce = issued.nonce
            return token

    def grant_directly(self, email: str, client_id: str, scopes: tuple[str, ...]) -> AccessToken:
        """A consented, offline grant without the browser dance (control endpoint for tests)."""
        with self._lock:
            grant = self._new_grant(email, client_id, scopes, offline=True)
            return self._new_access_token(grant, scopes)

    def refresh(self, refresh_token: str, client_id: str, scopes: tuple[str, ...] | None) -> AccessToken:
        with self._lock:
            grant = self._by_refresh_token.get(refresh_token)
            if grant is None or grant.revoked:
                raise OAuthError("invalid_grant", "Token has been expired or revoked.")
            if grant.client_id != client_id:
                raise OAuthError("unauthorized_client", "Unauthorized")
            if scopes and not set(scopes) <= set(grant.scopes):
                raise OAuthError("invalid_scope", "Bad Request")
            return self._new_access_token(grant, scopes or grant.scopes)

    def lookup(self, token: str) -> AccessToken | None:
        """The live access token for a Bearer value; None when unknown, expired or revoked."""
        with self._lock:
            found = self._access_tokens.get(token)
        if found is None or found.grant.revoked or found.expires_at <= time.time():
            return None
        return found

    def revoke(self, token: str) -> bool:
        """Revoke the grant behind a refresh or access token; False when the token is unknown."""
        with self._lock:
            grant = self._by_refresh_token.get(token)
            if grant is None and token in self._access_tokens:
                grant = self._access_tokens[token].grant
            if grant is None or grant.revoked:
                return False
            grant.revoked = True
            return True

    def revoke_user(self, email: str) -> int:
        """Revoke every grant of a user (removing the app in their Google account); how many."""
        with self._lock:
            live = [g for g in self._grants if g.email == email and not g.revoked]
            for grant in live:
                grant.revoked = True
            return len(live)

    def expire_access_tokens(self, email: str) -> int:
        """Make a user's access tokens expired now (refresh tokens stay valid)."""
        with self._lock:
            mine = [t for t in self._access_tokens.values() if t.email == email]
            for token in mine:
                token.expires_at = time.time() - 1
            return len(mine)

    def _new_grant(self, email: str, client_id: str, scopes: tuple[str, ...], offline: bool) -> Grant:
        refresh_token = "1//0" + secrets.token_urlsafe(48) if offline else None
        grant = Grant(email=email, client_id=client_id, scopes=scopes, refresh_token=refresh_token)
        self._grants.append(grant)
        if refresh_token:
            self._by_refresh_token[refresh_token] = grant
        return grant

    def _new_access_token(self, grant: Grant, scopes: tuple[str, ...]) -> AccessToken:
        token = AccessToken(
            token="ya29." + secrets.token_urlsafe(64),
            grant=grant,
            scopes=scopes,
            expires_at=time.time() + ACCESS_TOKEN_LIFETIME_SECONDS,
        )
        self._access_tokens[token.token] = token
        return token


def _check_pkce(issued: AuthorizationCode, code_verifier: str | None) -> None:
    if issued.code_challenge is None:
        return
    if not code_verifier:
        raise OAuthError("invalid_grant", "Missing code verifier.")
    expected = pkce_s256(code_verifier) if issued.code_challenge_method == "S256" else code_verifier
    if not secrets.compare_digest(expected, issued.code_challenge):
        raise OAuthError("invalid_grant", "Invalid code verifier.")
