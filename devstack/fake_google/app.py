"""The fake Google app: one Flask app, one port, dispatching by path to each API's blueprint."""

from __future__ import annotations

from flask import Flask

from devstack.fake_google.calls import InjectedFault
from devstack.fake_google.control import control_api, sheet_view
from devstack.fake_google.errors import ApiError
from devstack.fake_google.gmail import gmail_api
from devstack.fake_google.identity import identity_api
from devstack.fake_google.oauth import oauth_api
from devstack.fake_google.sheets import sheets_api
from devstack.fake_google.state import DEFAULT_ISSUER, EXTENSION_KEY, FakeGoogleState


def create_app(issuer_url: str = DEFAULT_ISSUER) -> Flask:
    """A fresh fake with empty state; `issuer_url` is the `iss` of user id tokens.

    Keep the default "https://accounts.google.com" so google-auth's issuer checks pass
    (verify_oauth2_token); the state is at `app.extensions["fake_google"]`.
    """
    app = Flask(__name__, static_folder=None)
    app.extensions[EXTENSION_KEY] = FakeGoogleState(issuer_url)
    app.json.sort_keys = False  # keep Google's field order, easier to read side by side
    for blueprint in (oauth_api, identity_api, gmail_api, sheets_api, control_api, sheet_view):
        app.register_blueprint(blueprint)
    app.register_error_handler(ApiError, lambda error: error.to_response())
    app.register_error_handler(InjectedFault, lambda fault: fault.response)
    app.register_error_handler(404, lambda _: ApiError(404, "Not Found", reason="notFound").to_response())
    app.register_error_handler(405, lambda _: ApiError(405, "Method Not Allowed").to_response())
    return app
