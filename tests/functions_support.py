"""Driving the function handlers in tests: a Flask test client per handler, sessions, services."""

from __future__ import annotations

import base64
import secrets
from dataclasses import replace

import flask

from functions.session import CSRF_COOKIE, CSRF_HEADER, issue_session
from infra.bootstrap import Services
from infra.settings import Settings
from tracker.accounts import UserAccount

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
WEB_ORIGIN = "http://127.0.0.1:8000"


def settings_for_tests(**overrides) -> Settings:
    """Settings as a deployment would have them, with fresh secrets and no real endpoints."""
    base = Settings(
        project_id="job-tracker-test",
        session_secret=secrets.token_urlsafe(48),
        token_encryption_key=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        google_client_id="test-client.apps.googleusercontent.com",
        google_client_secret="test-secret",
        frontend_url=WEB_ORIGIN + "/",
        allowed_redirect_origins=(WEB_ORIGIN,),
        cors_origins=(WEB_ORIGIN,),
        auth_callback_url="http://127.0.0.1:9999/auth/google/callback/",
    )
    return replace(base, **overrides)


def function_client(handler, services: Services) -> flask.testing.FlaskClient:
    """A test client whose every request goes to `handler(request, services)`, as Functions Framework does."""
    app = flask.Flask(f"test-{handler.__module__}")

    @app.route("/", defaults={"path": ""}, methods=METHODS)
    @app.route("/<path:path>", methods=METHODS)
    def entry(path):
        return handler(flask.request, services)

    return app.test_client()


def sign_in(client: flask.testing.FlaskClient, services: Services, user_id: str) -> str:
    """Give the client a valid session for `user_id` (signed up if new); returns its CSRF token."""
    if services.accounts.get_user(user_id) is None:
        services.accounts.save_user(UserAccount(user_id, f"{user_id}@example.com", user_id))
    response = flask.Response()
    session = issue_session(response, user_id, services.settings, services.accounts, services.now())
    for header in response.headers.getlist("Set-Cookie"):
        name, _, rest = header.partition("=")
        client.set_cookie(name, rest.split(";")[0])
    return session.csrf_token


def csrf_headers(client: flask.testing.FlaskClient) -> dict[str, str]:
    cookie = client.get_cookie(CSRF_COOKIE)
    return {CSRF_HEADER: cookie.value} if cookie else {}
