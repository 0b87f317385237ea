"""Fixtures shared by the whole suite: isolated environment and logging, emulators, fakes."""

from __future__ import annotations

import logging
import os
import uuid

import pytest

PROJECT_ID = "job-tracker-test"


@pytest.fixture(autouse=True)
def isolated_environment():
    """Each test gets back the environment and root log handlers it started with."""
    saved_env = dict(os.environ)
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    yield
    os.environ.clear()
    os.environ.update(saved_env)
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)


@pytest.fixture(scope="session")
def firestore_emulator():
    """One Firestore emulator for the session; tests keep apart by unique user ids."""
    from devstack.firestore_emulator import FirestoreEmulator

    with FirestoreEmulator() as emulator:
        yield emulator


@pytest.fixture
def firestore_client(firestore_emulator, monkeypatch):
    """A real google-cloud-firestore client talking to the emulator."""
    from google.cloud import firestore

    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_emulator.host)
    return firestore.Client(project=PROJECT_ID)


@pytest.fixture
def user_id() -> str:
    """A fresh user id, so tests sharing an emulator never see each other's data."""
    return f"user-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="module")
def fake_google_url():
    """A fake Google (Gmail, Sheets, OAuth) served in this process for the module's tests."""
    from devstack.fake_google import create_app
    from devstack.servers import serve_in_thread

    server = serve_in_thread(create_app())
    yield server.url
    server.stop()


@pytest.fixture
def google_account(fake_google_url) -> dict:
    """A Google account at the fake Google that consented to the tracker: its email, the fake's
    control client, settings pointing at the fake, and the account's credentials."""
    from dataclasses import replace

    from devstack.fake_google.client import FakeGoogleControl
    from infra.google_credentials import user_credentials
    from infra.settings import GOOGLE_SCOPES_GMAIL, GOOGLE_SCOPES_SHEETS_CREATED
    from tests.functions_support import settings_for_tests

    google = fake_google_url
    settings = replace(settings_for_tests(), google_api_endpoint=google, google_token_uri=f"{google}/token")
    control = FakeGoogleControl(google)
    control.register_client(
        settings.google_client_id, settings.google_client_secret, [settings.auth_callback_url]
    )
    email = f"adapter-{uuid.uuid4().hex[:8]}@example.com"
    control.create_user(email)
    tokens = control.issue_tokens(
        email,
        settings.google_client_id,
        ["openid", "email", GOOGLE_SCOPES_GMAIL, GOOGLE_SCOPES_SHEETS_CREATED],
    )
    credentials = user_credentials(settings, tokens["refresh_token"])
    return {"email": email, "control": control, "settings": settings, "credentials": credentials}


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """The whole local stack, started once for the end-to-end and web tests and stopped afterwards."""
    from devstack.stack import LocalStack

    # The functions log at DEBUG, the level at which libraries would log what they send and receive:
    # the log scan (tests/e2e/test_no_mail_in_logs.py) reads the most any deployment could log.
    local = LocalStack(state_dir=tmp_path_factory.mktemp("devstack"), env_overrides={"LOG_LEVEL": "DEBUG"})
    local.start()
    try:
        yield local
    finally:
        local.stop()
