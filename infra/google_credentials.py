"""Google API access for a user: credentials from the stored refresh token, clients, retried calls."""

from __future__ import annotations

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from infra.settings import Settings
from tracker.errors import GrantRevoked, TransientFailure


def user_credentials(settings: Settings, refresh_token: str, scopes: list[str] | None = None) -> Credentials:
    """Credentials that mint access tokens from the refresh token at the configured token endpoint."""
    return Credentials(
        token=None,
        refresh_token=refresh_token,
        token_uri=settings.google_token_uri,
        client_id=settings.google_client_id,
        client_secret=settings.google_client_secret,
        scopes=scopes or None,
    )


# httplib2 waits forever by default; a stalled Google call must fail and be retried instead.
HTTP_TIMEOUT_SECONDS = 30
RETRIES = 5


def authorized_http(
    credentials, timeout: float = HTTP_TIMEOUT_SECONDS
) -> google_auth_httplib2.AuthorizedHttp:
    """An HTTP transport for googleapiclient that signs requests and gives up after `timeout`."""
    return google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))


def google_service(api: str, version: str, settings: Settings, credentials):
    """The real discovery-based client for `api`, pointed at the configured endpoint (the fake locally)."""
    options = {"api_endpoint": settings.google_api_endpoint} if settings.google_api_endpoint else None
    return build(
        api,
        version,
        http=authorized_http(credentials),
        client_options=options,
        static_discovery=True,
        cache_discovery=False,
    )


def execute(request):
    """Run a request, retrying 429/5xx with exponential backoff and jitter (googleapiclient's
    num_retries); a revoked grant becomes GrantRevoked, other token failures a TransientFailure."""
    try:
        return request.execute(num_retries=RETRIES)
    except RefreshError as error:
        raise_if_revoked(error)
        raise TransientFailure(str(error)) from error
    except HttpError as error:
        if is_insufficient_scope(error):
            # The user unticked a permission (or removed it at their Google account): no retry helps.
            raise GrantRevoked("the Google grant lacks a permission the app needs") from error
        raise


def is_insufficient_scope(error: HttpError) -> bool:
    """Google's 403 for a token without the method's scope: the WWW-Authenticate challenge says
    error="insufficient_scope"; the body's reason is ACCESS_TOKEN_SCOPE_INSUFFICIENT (the legacy
    one insufficientPermissions)."""
    if error.resp.status != 403:
        return False
    if "insufficient_scope" in str(error.resp.get("www-authenticate", "")):
        return True
    content = error.content.decode("utf-8", "replace") if isinstance(error.content, bytes) else ""
    return "ACCESS_TOKEN_SCOPE_INSUFFICIENT" in content or '"insufficientPermissions"' in content


def is_revoked_grant(error: RefreshError) -> bool:
    """invalid_grant means the user revoked access or the token expired: only reconnecting helps."""
    return "invalid_grant" in str(error)


def raise_if_revoked(error: RefreshError) -> None:
    if is_revoked_grant(error):
        raise GrantRevoked("the Google grant was revoked or has expired") from error
