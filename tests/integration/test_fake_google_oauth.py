"""The fake Google's OAuth 2.0 and identity endpoints, driven by requests and the real google-auth."""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from google.auth.exceptions import RefreshError
from google.auth.transport.requests import Request
from google.oauth2 import id_token
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

from devstack.fake_google import create_app
from devstack.fake_google.client import GMAIL_READONLY, FakeGoogleControl
from devstack.servers import RunningServer, serve_in_thread

CLIENT_ID = "tracker-web.apps.googleusercontent.com"
CLIENT_SECRET = "tracker-secret"
REDIRECT_URI = "http://127.0.0.1:8999/auth/callback"
SCOPES = f"openid email profile {GMAIL_READONLY}"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    running = serve_in_thread(create_app())
    FakeGoogleControl(running.url).register_client(CLIENT_ID, CLIENT_SECRET, [REDIRECT_URI])
    yield running
    running.stop()


@pytest.fixture
def control(server: RunningServer) -> FakeGoogleControl:
    return FakeGoogleControl(server.url)


@pytest.fixture
def user(control: FakeGoogleControl) -> str:
    email = f"seeker-{uuid.uuid4().hex[:8]}@example.com"
    control.create_user(email, name="Ada Seeker")
    return email


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def authorize_url(server: RunningServer, challenge: str, **extra: str) -> str:
    params = {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "response_type": "code",
        "scope": SCOPES,
        "state": "xyz-state",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "access_type": "offline",
        "prompt": "consent",
        **extra,
    }
    return f"{server.url}/o/oauth2/v2/auth?{urlencode(params)}"


def approve(server: RunningServer, email: str, challenge: str, **extra: str) -> dict[str, str]:
    """Follow the authorize URL as the browser would; the redirect's query parameters."""
    response = requests.get(
        authorize_url(server, challenge, login_hint=email, **extra), allow_redirects=False, timeout=5
    )
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT_URI
    return {name: values[0] for name, values in parse_qs(location.query).items()}


def exchange(server: RunningServer, code: str, verifier: str) -> requests.Response:
    return requests.post(
        f"{server.url}/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "code_verifier": verifier,
        },
        timeout=5,
    )


def signed_in(server: RunningServer, email: str, **extra: str) -> dict:
    verifier, challenge = pkce_pair()
    code = approve(server, email, challenge, **extra)["code"]
    response = exchange(server, code, verifier)
    assert response.status_code == 200, response.text
    return response.json()


def credentials_from(server: RunningServer, tokens: dict) -> Credentials:
    return Credentials(
        tokens["access_token"],
        refresh_token=tokens["refresh_token"],
        token_uri=f"{server.url}/token",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )


def test_code_flow_with_pkce_returns_google_shaped_tokens(server, user):
    verifier, challenge = pkce_pair()
    redirect = approve(server, user, challenge)

    tokens = exchange(server, redirect["code"], verifier).json()

    assert redirect["state"] == "xyz-state"
    assert redirect["scope"].split() == [
        "openid",
        "https://www.googleapis.com/auth/userinfo.email",
        "https://www.googleapis.com/auth/userinfo.profile",
        GMAIL_READONLY,
    ]
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 3599
    assert tokens["scope"] == redirect["scope"]
    assert {"access_token", "refresh_token", "id_token"} <= tokens.keys()


def test_without_offline_access_there_is_no_refresh_token(server, user):
    verifier, challenge = pkce_pair()
    code = approve(server, user, challenge, access_type="online")["code"]

    assert "refresh_token" not in exchange(server, code, verifier).json()


def test_wrong_verifier_and_reused_code_are_invalid_grant(server, user):
    verifier, challenge = pkce_pair()
    code = approve(server, user, challenge)["code"]

    wrong = exchange(server, code, "not-the-verifier")
    first = exchange(server, code, verifier)
    reused = exchange(server, code, verifier)

    assert (wrong.status_code, wrong.json()["error"]) == (400, "invalid_grant")
    assert first.status_code == 200
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")


def test_client_authentication_by_basic_auth_and_wrong_secret(server, user):
    verifier, challenge = pkce_pair()
    code = approve(server, user, challenge)["code"]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
        "code_verifier": verifier,
    }

    wrong = requests.post(f"{server.url}/token", data=form, auth=(CLIENT_ID, "nope"), timeout=5)
    right = requests.post(f"{server.url}/token", data=form, auth=(CLIENT_ID, CLIENT_SECRET), timeout=5)

    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
    assert right.status_code == 200


def test_account_chooser_links_approve_as_that_user(server, user):
    _, challenge = pkce_pair()
    chooser = requests.get(authorize_url(server, challenge), timeout=5)
    assert chooser.status_code == 200 and 'class="account"' in chooser.text
    link = next(
        part.split('"')[0] for part in chooser.text.split('class="account" href="')[1:] if user in part
    )

    followed = requests.get(server.url + link.replace("&amp;", "&"), allow_redirects=False, timeout=5)

    assert followed.status_code == 302
    assert "code=" in followed.headers["Location"]


def test_authorize_refuses_unregistered_redirects_and_clients(server, user):
    _, challenge = pkce_pair()

    bad_redirect = requests.get(
        authorize_url(server, challenge, redirect_uri="http://evil.example/cb"), timeout=5
    )
    bad_client = requests.get(authorize_url(server, challenge, client_id="who.apps"), timeout=5)

    assert bad_redirect.status_code == 400 and "redirect_uri_mismatch" in bad_redirect.text
    assert bad_client.status_code == 400 and "invalid_client" in bad_client.text


def test_a_user_who_denies_consent_is_sent_back_with_access_denied(server, control):
    email = f"refuser-{uuid.uuid4().hex[:8]}@example.com"
    control.create_user(email, deny_consent=True)
    _, challenge = pkce_pair()

    assert approve(server, email, challenge) == {"error": "access_denied", "state": "xyz-state"}


def test_google_auth_credentials_refresh_against_the_token_endpoint(server, user):
    tokens = signed_in(server, user)
    credentials = credentials_from(server, tokens)

    credentials.refresh(Request())

    assert credentials.token and credentials.token != tokens["access_token"]
    gmail = build(
        "gmail",
        "v1",
        credentials=credentials,
        client_options={"api_endpoint": server.url},
        static_discovery=True,
    )
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == user


def test_id_token_verifies_against_the_published_keys(server, user):
    tokens = signed_in(server, user, nonce="n-0S6")

    claims = id_token.verify_token(
        tokens["id_token"], Request(), audience=CLIENT_ID, certs_url=f"{server.url}/oauth2/v3/certs"
    )

    assert claims["iss"] == "https://accounts.google.com"
    assert claims["email"] == user and claims["email_verified"] is True
    assert claims["name"] == "Ada Seeker" and claims["nonce"] == "n-0S6"
    userinfo = requests.get(
        f"{server.url}/oauth2/v3/userinfo",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=5,
    ).json()
    assert userinfo["sub"] == claims["sub"] and userinfo["email"] == user


def test_revoking_the_refresh_token_ends_the_whole_grant(server, user):
    tokens = signed_in(server, user)

    revoked = requests.post(f"{server.url}/revoke", data={"token": tokens["refresh_token"]}, timeout=5)

    assert revoked.status_code == 200
    with pytest.raises(RefreshError, match="invalid_grant"):
        credentials_from(server, tokens).refresh(Request())
    profile = requests.get(
        f"{server.url}/gmail/v1/users/me/profile",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=5,
    )
    assert profile.status_code == 401
    assert profile.json()["error"]["status"] == "UNAUTHENTICATED"


def test_removing_the_app_in_the_google_account_revokes_every_grant(server, control, user):
    first, second = signed_in(server, user), signed_in(server, user)

    assert control.revoke_user_grants(user) == 2
    for tokens in (first, second):
        with pytest.raises(RefreshError):
            credentials_from(server, tokens).refresh(Request())


def test_service_account_id_tokens_verify_with_the_same_keys(server):
    account = "tasks-invoker@job-tracker.iam.gserviceaccount.com"
    audience = "https://worker.example.run.app"

    response = requests.post(
        f"{server.url}/v1/projects/-/serviceAccounts/{account}:generateIdToken",
        json={"audience": audience, "includeEmail": True},
        timeout=5,
    )
    claims = id_token.verify_token(
        response.json()["token"], Request(), audience=audience, certs_url=f"{server.url}/oauth2/v3/certs"
    )

    assert claims["iss"] == "https://accounts.google.com"
    assert claims["email"] == account and claims["email_verified"] is True


def test_discovery_document_points_at_this_server(server):
    document = requests.get(f"{server.url}/.well-known/openid-configuration", timeout=5).json()

    assert document["token_endpoint"] == f"{server.url}/token"
    assert document["jwks_uri"] == f"{server.url}/oauth2/v3/certs"
    assert document["authorization_endpoint"] == f"{server.url}/o/oauth2/v2/auth"


def test_token_endpoint_faults_use_the_oauth_error_shape(server, control, user):
    verifier, challenge = pkce_pair()
    code = approve(server, user, challenge)["code"]
    control.reset_counters()
    control.set_faults(1.0, ["500"], services=["oauth"])
    try:
        failed = exchange(server, code, verifier)
    finally:
        control.clear_faults()

    assert failed.status_code == 500 and failed.json()["error"] == "internal_failure"
    assert control.counters() == {"oauth.token": 1}
    assert control.faults()["injected"] == {}  # a new plan starts a new count
