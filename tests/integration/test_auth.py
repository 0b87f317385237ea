"""The auth function against the fake Google's real OAuth wire format and the Firestore emulator."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from devstack.fake_google.client import FakeGoogleControl
from functions import api, auth
from infra.bootstrap import Services
from tests.functions_support import WEB_ORIGIN, function_client, settings_for_tests
from tracker.accounts import SyncCheckpoint

pytestmark = pytest.mark.emulator
CALLBACK = "http://127.0.0.1:9999/auth/google/callback/"


@pytest.fixture(scope="module")
def fake_google(fake_google_url):
    return fake_google_url


@pytest.fixture
def services(firestore_client, fake_google):
    settings = settings_for_tests()
    settings = replace(
        settings,
        google_auth_uri=f"{fake_google}/o/oauth2/v2/auth",
        google_token_uri=f"{fake_google}/token",
        google_revoke_uri=f"{fake_google}/revoke",
        google_certs_url=f"{fake_google}/oauth2/v3/certs",
        google_api_endpoint=fake_google,
        auth_callback_url=CALLBACK,
    )
    control = FakeGoogleControl(fake_google)
    control.register_client(settings.google_client_id, settings.google_client_secret, [CALLBACK])
    return Services(settings, firestore=firestore_client)


@pytest.fixture
def google_user(fake_google):
    email = f"auth-{uuid.uuid4().hex[:8]}@example.com"
    FakeGoogleControl(fake_google).create_user(email, "Auth Tester")
    return email


def start_login(client, redirect_uri=WEB_ORIGIN + "/"):
    response = client.get("/auth/google/login/", query_string={"redirect_uri": redirect_uri})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def consent(google_url: str, email: str) -> dict[str, str]:
    """The user picks their account on Google's page; returns the callback's query parameters."""
    answer = requests.get(f"{google_url}&authuser={email}", allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    location = answer.headers["Location"]
    assert location.startswith(CALLBACK)
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


def test_login_asks_google_for_offline_access_with_pkce_and_narrow_scopes(services):
    client = function_client(auth.handle, services)
    query = parse_qs(urlsplit(start_login(client)).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert query["access_type"] == ["offline"]
    scopes = set(query["scope"][0].split())
    assert "https://www.googleapis.com/auth/gmail.readonly" in scopes
    assert "https://www.googleapis.com/auth/drive.file" in scopes
    assert "https://mail.google.com/" not in scopes and "https://www.googleapis.com/auth/drive" not in scopes


def test_full_sign_in_sets_a_session_that_the_api_accepts(services, google_user, firestore_client):
    client = function_client(auth.handle, services)
    callback = consent(start_login(client), google_user)
    landed = client.get("/auth/google/callback/", query_string=callback)
    assert landed.status_code == 302 and landed.headers["Location"] == WEB_ORIGIN + "/"
    cookies = landed.headers.getlist("Set-Cookie")
    session = next(c for c in cookies if c.startswith("session="))
    assert "HttpOnly" in session and "SameSite=Strict" in session
    api_client = function_client(api.handle, services)
    api_client.set_cookie("session", client.get_cookie("session").value)
    assert api_client.get("/users/").get_json()["email"] == google_user


def test_refresh_token_is_not_readable_in_firestore(services, google_user, firestore_client):
    client = function_client(auth.handle, services)
    client.get("/auth/google/callback/", query_string=consent(start_login(client), google_user))
    (user_doc,) = [
        d for d in firestore_client.collection("users").stream() if d.to_dict().get("email") == google_user
    ]
    stored = user_doc.to_dict()["refresh_token"]
    assert stored.startswith(f"v2:{services.cipher.key_id}:")  # names the key that sealed it
    user = services.accounts.get_user(user_doc.id)
    refresh_token = services.cipher.decrypt(stored, user.user_id)
    assert refresh_token not in str(user_doc.to_dict())
    with pytest.raises(ValueError):
        services.cipher.decrypt(stored, "another-user")


def test_callback_with_a_state_from_another_browser_is_refused(services, google_user):
    mine = function_client(auth.handle, services)
    theirs = function_client(auth.handle, services)
    callback = consent(start_login(theirs), google_user)
    start_login(mine)
    refused = mine.get("/auth/google/callback/", query_string=callback)
    assert refused.status_code == 400 and refused.get_json()["error"] == "invalid_state"
    assert mine.get_cookie("session") is None


def test_callback_without_a_sign_in_in_progress_is_refused(services):
    refused = function_client(auth.handle, services).get("/auth/google/callback/?code=x&state=y")
    assert refused.status_code == 400 and refused.get_json()["error"] == "invalid_state"


def test_a_reused_state_is_refused(services, google_user):
    client = function_client(auth.handle, services)
    callback = consent(start_login(client), google_user)
    state_cookie = client.get_cookie("oauth_state", path="/auth/").value
    assert client.get("/auth/google/callback/", query_string=callback).status_code == 302
    client.set_cookie("oauth_state", state_cookie, path="/auth/")
    replay = client.get("/auth/google/callback/", query_string=callback)
    assert replay.status_code == 400 and replay.get_json()["error"] == "invalid_state"


def test_redirect_targets_outside_the_allowlist_are_refused(services):
    client = function_client(auth.handle, services)
    refused = client.get("/auth/google/login/", query_string={"redirect_uri": "https://evil.example/steal"})
    assert refused.status_code == 400 and refused.get_json()["error"] == "invalid_redirect"


def test_denied_consent_lands_on_the_frontend_with_the_error(services, fake_google):
    email = f"denier-{uuid.uuid4().hex[:8]}@example.com"
    FakeGoogleControl(fake_google).create_user(email, deny_consent=True)
    client = function_client(auth.handle, services)
    callback = consent(start_login(client), email)
    landed = client.get("/auth/google/callback/", query_string=callback)
    assert landed.status_code == 302 and "login_error=access_denied" in landed.headers["Location"]
    assert client.get_cookie("session") is None


def test_logout_clears_the_session(services, google_user):
    client = function_client(auth.handle, services)
    client.get("/auth/google/callback/", query_string=consent(start_login(client), google_user))
    assert client.get_cookie("session") is not None
    assert client.post("/auth/logout/").status_code == 200
    assert client.get_cookie("session") is None


def test_reconnecting_after_a_revoked_grant_lists_mail_again_from_the_start_date(services, google_user):
    client = function_client(auth.handle, services)
    client.get("/auth/google/callback/", query_string=consent(start_login(client), google_user))
    (user,) = [u for u in _users(services) if u.email == google_user]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    user.sync = SyncCheckpoint(
        start_date=start, history_id="4242", last_fetch_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    user.reconnect_needed = True
    services.accounts.save_user(user)
    again = function_client(auth.handle, services)
    again.get("/auth/google/callback/", query_string=consent(start_login(again), google_user))
    reconnected = services.accounts.get_user(user.user_id)
    assert reconnected.reconnect_needed is False
    assert reconnected.sync == SyncCheckpoint(start_date=start)


def _users(services):
    from infra.firestore_codec import user_from_doc

    return [user_from_doc(d.id, d.to_dict()) for d in services.firestore.collection("users").stream()]


def test_deleting_the_account_revokes_the_google_grant(services, google_user, fake_google):
    client = function_client(auth.handle, services)
    client.get("/auth/google/callback/", query_string=consent(start_login(client), google_user))
    (user,) = [u for u in _users(services) if u.email == google_user]
    refresh_token = services.cipher.decrypt(user.encrypted_refresh_token, user.user_id)
    api_client = function_client(api.handle, services)
    api_client.set_cookie("session", client.get_cookie("session").value)
    csrf = client.get_cookie("csrf_token").value
    api_client.set_cookie("csrf_token", csrf)
    deleted = api_client.delete("/users/", headers={"X-CSRF-Token": csrf})
    assert deleted.status_code == 200 and deleted.get_json() == {
        "status": "deleted",
        "google_grant_revoked": True,
    }
    refused = requests.post(
        f"{fake_google}/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": services.settings.google_client_id,
            "client_secret": services.settings.google_client_secret,
        },
        timeout=10,
    )
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    assert services.accounts.get_user(user.user_id) is None
