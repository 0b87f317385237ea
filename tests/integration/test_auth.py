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
from functions.session import CSRF_COOKIE, SESSION_COOKIE
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
    session = next(c for c in cookies if c.startswith(f"{SESSION_COOKIE}="))
    assert "HttpOnly" in session and "SameSite=Strict" in session and "Secure" in session
    assert "Path=/" in session and "Domain" not in session  # what a __Host- cookie must be
    api_client = function_client(api.handle, services)
    api_client.set_cookie(SESSION_COOKIE, client.get_cookie(SESSION_COOKIE).value)
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
    assert mine.get_cookie(SESSION_COOKIE) is None


def test_callback_without_a_sign_in_in_progress_is_refused(services):
    refused = function_client(auth.handle, services).get("/auth/google/callback/?code=x&state=y")
    assert refused.status_code == 400 and refused.get_json()["error"] == "invalid_state"


def test_a_reused_state_is_refused(services, google_user):
    client = function_client(auth.handle, services)
    callback = consent(start_login(client), google_user)
    state_cookie = client.get_cookie(auth.STATE_COOKIE, path="/auth/").value
    assert client.get("/auth/google/callback/", query_string=callback).status_code == 302
    client.set_cookie(auth.STATE_COOKIE, state_cookie, path="/auth/")
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
    assert client.get_cookie(SESSION_COOKIE) is None


def test_logout_clears_the_session(services, google_user):
    client = function_client(auth.handle, services)
    client.get("/auth/google/callback/", query_string=consent(start_login(client), google_user))
    assert client.get_cookie(SESSION_COOKIE) is not None
    csrf = client.get_cookie(CSRF_COOKIE).value
    assert client.post("/auth/logout/", headers={"X-CSRF-Token": csrf}).status_code == 200
    assert client.get_cookie(SESSION_COOKIE) is None


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
    api_client.set_cookie(SESSION_COOKIE, client.get_cookie(SESSION_COOKIE).value)
    csrf = client.get_cookie(CSRF_COOKIE).value
    api_client.set_cookie(CSRF_COOKIE, csrf)
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


# --- Revocable sessions: a cookie works only while its session is live (functions/session.py) ------


def browser(services, google_user):
    """A browser that signed in through the real flow: its auth client and an api client with the same
    cookies (one origin: the browser sends both functions the same cookie jar)."""
    auth_client = function_client(auth.handle, services)
    auth_client.get("/auth/google/callback/", query_string=consent(start_login(auth_client), google_user))
    api_client = function_client(api.handle, services)
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        api_client.set_cookie(name, auth_client.get_cookie(name).value)
    return auth_client, api_client


def csrf_of(client) -> dict[str, str]:
    return {"X-CSRF-Token": client.get_cookie(CSRF_COOKIE).value}


def stolen_copy(services, client):
    """Another client holding a copy of `client`'s cookies, as an attacker who stole them would."""
    thief = function_client(api.handle, services)
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        thief.set_cookie(name, client.get_cookie(name).value)
    return thief


def test_a_logged_out_cookie_is_401_and_the_other_devices_stay_signed_in(services, google_user):
    laptop_auth, laptop = browser(services, google_user)
    _, phone = browser(services, google_user)
    thief = stolen_copy(services, laptop)
    assert thief.get("/users/").status_code == 200

    assert laptop_auth.post("/auth/logout/", headers=csrf_of(laptop_auth)).status_code == 200

    refused = thief.get("/users/")
    assert refused.status_code == 401 and "ended" in refused.get_json()["detail"]
    assert thief.post("/jobs/fetch_emails/", headers=csrf_of(thief)).status_code == 401
    assert phone.get("/users/").status_code == 200


def test_signing_out_everywhere_ends_every_session_of_the_user(services, google_user):
    laptop_auth, laptop = browser(services, google_user)
    _, phone = browser(services, google_user)
    thief = stolen_copy(services, phone)

    ended = laptop_auth.post("/auth/logout_everywhere/", headers=csrf_of(laptop_auth))

    assert ended.status_code == 200 and ended.get_json() == {"status": "logged out everywhere"}
    for client in (laptop, phone, thief):
        assert client.get("/users/").status_code == 401
    _, again = browser(services, google_user)  # signing in again works
    assert again.get("/users/").status_code == 200


def test_a_deleted_users_cookie_is_401_and_writes_nothing(services, google_user):
    _, laptop = browser(services, google_user)
    _, phone = browser(services, google_user)
    user_id = laptop.get("/users/").get_json()["id"]

    assert laptop.delete("/users/", headers=csrf_of(laptop)).status_code == 200

    assert phone.get("/users/").status_code == 401
    refused = phone.post("/jobs/", json={"company": "Acme", "title": "Analyst"}, headers=csrf_of(phone))
    assert refused.status_code == 401
    user_ref = services.firestore.collection("users").document(user_id)
    assert not user_ref.get().exists and list(user_ref.collections()) == []


def test_logout_and_sign_out_everywhere_need_the_csrf_header_while_signed_in(services, google_user):
    auth_client, api_client = browser(services, google_user)
    for path in ("/auth/logout/", "/auth/logout_everywhere/"):
        refused = auth_client.post(path)
        assert refused.status_code == 403 and refused.get_json()["error"] == "csrf_failed"
    assert api_client.get("/users/").status_code == 200


def test_logging_out_without_a_live_session_just_clears_the_cookies(services):
    client = function_client(auth.handle, services)
    client.set_cookie(SESSION_COOKIE, "not-a-session")
    answer = client.post("/auth/logout/")
    assert answer.status_code == 200 and client.get_cookie(SESSION_COOKIE) is None


def test_signing_up_again_after_deleting_the_account_starts_afresh(services, google_user):
    _, first = browser(services, google_user)
    first.post("/users/remove_sheet_id/", headers=csrf_of(first))
    user_id = first.get("/users/").get_json()["id"]
    assert first.delete("/users/", headers=csrf_of(first)).status_code == 200
    assert services.accounts.is_tombstoned(user_id)

    _, second = browser(services, google_user)

    assert second.get("/users/").get_json()["first_time_user"] is True
    assert not services.accounts.is_tombstoned(user_id)


# --- Scopes: Google's consent screen lets the user untick each permission -------------------------


@pytest.mark.parametrize(
    "withheld",
    [
        ["https://www.googleapis.com/auth/gmail.readonly"],
        ["https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/drive.file"],
    ],
    ids=["no-gmail", "no-gmail-no-drive"],
)
def test_a_sign_in_without_a_needed_scope_is_refused_naming_it(services, fake_google, withheld):
    email = f"unticked-{uuid.uuid4().hex[:8]}@example.com"
    control = FakeGoogleControl(fake_google)
    control.create_user(email, "Unticked", withheld_scopes=withheld)
    client = function_client(auth.handle, services)

    landed = client.get("/auth/google/callback/", query_string=consent(start_login(client), email))

    assert landed.status_code == 302
    query = parse_qs(urlsplit(landed.headers["Location"]).query)
    assert query["login_error"] == ["missing_scopes"]
    assert query["missing_scopes"] == [" ".join(scope.rsplit("/", 1)[-1] for scope in withheld)]
    assert client.get_cookie(SESSION_COOKIE) is None
    assert [u for u in _users(services) if u.email == email] == []
    assert control.revoke_user_grants(email) == 0  # the partial grant was handed back already
