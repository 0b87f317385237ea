"""Google OAuth 2.0 web-server flow: authorization URL with PKCE, code exchange, ID token, revoke."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import urlencode

import google.auth.exceptions
import google.auth.transport.requests
import jwt
import requests
from google.oauth2 import id_token as google_id_token

from infra.settings import Settings
from tracker.errors import InvalidInput, TransientFailure
from tracker.service_ports import GoogleIdentity

_ISSUERS = ("accounts.google.com", "https://accounts.google.com")
TIMEOUT_SECONDS = 15


def new_code_verifier() -> str:
    """A PKCE code verifier (RFC 7636: 43-128 unreserved characters)."""
    return secrets.token_urlsafe(64)


def code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class GoogleOAuth:
    """The GoogleSignIn port over Google's OAuth endpoints (or devstack's fake, by settings)."""

    def __init__(self, settings: Settings, http: requests.Session | None = None) -> None:
        self.settings = settings
        self.http = http or requests.Session()

    def authorization_url(self, state: str, verifier: str, scopes: tuple[str, ...]) -> str:
        """Where to send the browser: consent for offline access to exactly `scopes`."""
        query = {
            "client_id": self.settings.google_client_id,
            "redirect_uri": self.settings.auth_callback_url,
            "response_type": "code",
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": code_challenge(verifier),
            "code_challenge_method": "S256",
            "access_type": "offline",
            "include_granted_scopes": "true",
            "prompt": "consent",
        }
        return f"{self.settings.google_auth_uri}?{urlencode(query)}"

    def exchange_code(self, code: str, verifier: str) -> GoogleIdentity:
        """Trade the authorization code for tokens and verify who they belong to."""
        response = self._post(
            self.settings.google_token_uri,
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self.settings.auth_callback_url,
                "client_id": self.settings.google_client_id,
                "client_secret": self.settings.google_client_secret,
                "code_verifier": verifier,
            },
        )
        if response.status_code in (400, 401):
            raise InvalidInput(f"Google refused the authorization code: {_oauth_error(response)}")
        if response.status_code != 200:
            raise TransientFailure(f"token endpoint answered {response.status_code}")
        tokens = response.json()
        claims = self.verify_id_token(tokens["id_token"])
        return GoogleIdentity(
            sub=str(claims["sub"]),
            email=claims.get("email", ""),
            name=claims.get("name", ""),
            refresh_token=tokens.get("refresh_token"),
            access_token=tokens["access_token"],
            scopes=tuple(tokens.get("scope", "").split()),
        )

    def verify_id_token(self, token: str) -> dict:
        """The token's claims after checking signature, audience, expiry and issuer."""
        try:
            claims = google_id_token.verify_token(
                token,
                google.auth.transport.requests.Request(session=self.http),
                audience=self.settings.google_client_id,
                certs_url=self.settings.google_certs_url,
            )
        except (ValueError, google.auth.exceptions.GoogleAuthError, jwt.InvalidTokenError) as error:
            raise InvalidInput(f"Google's ID token did not verify: {error}") from error
        if claims.get("iss") not in _ISSUERS:
            raise InvalidInput("ID token from an unexpected issuer")
        if not claims.get("email_verified", False):
            raise InvalidInput("the Google account's email is not verified")
        return dict(claims)

    def revoke(self, token: str) -> bool:
        """Revoke a grant (refresh or access token). True when Google confirmed it."""
        response = self._post(self.settings.google_revoke_uri, {"token": token})
        return response.status_code == 200

    def _post(self, url: str, form: dict) -> requests.Response:
        try:
            return self.http.post(url, data=form, timeout=TIMEOUT_SECONDS)
        except requests.RequestException as error:
            raise TransientFailure(f"could not reach {url}: {error}") from error


def _oauth_error(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    return str(body.get("error_description") or body.get("error") or response.status_code)
