"""Google OAuth 2.0 web-server flow: /o/oauth2/v2/auth, /token and /revoke.

There is no human at the consent screen: `authuser=<email>` or `login_hint=<email>` of a known
user approves at once; otherwise an account chooser lists the users as links a browser test can
click. A user created with deny_consent gets error=access_denied; one with withheld_scopes is
granted the requested scopes less those (Google's granular consent).
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, redirect, request

from devstack.fake_google.auth import IDENTITY_SCOPES, KNOWN_SCOPES, normalize_scopes
from devstack.fake_google.calls import start_call
from devstack.fake_google.grants import AccessToken, OAuthError
from devstack.fake_google.identity import user_id_token
from devstack.fake_google.state import OAuthClient, get_state

oauth_api = Blueprint("oauth", __name__)


@oauth_api.get("/o/oauth2/v2/auth")
@oauth_api.get("/o/oauth2/auth")
def authorize():
    start_call("oauth", "authorize")
    state = get_state()
    args = request.args
    client = state.client(args.get("client_id"))
    if client is None:
        return _error_page("invalid_client", "The OAuth client was not found.")
    redirect_uri = args.get("redirect_uri", "")
    if redirect_uri not in client.redirect_uris:
        return _error_page(
            "redirect_uri_mismatch",
            f"You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. "
            f"redirect_uri={redirect_uri}",
        )
    if args.get("response_type") != "code":
        return _error_page("unsupported_response_type", f"Invalid response_type: {args.get('response_type')}")
    scopes = normalize_scopes(args.get("scope", ""))
    if not scopes:
        return _error_page("invalid_request", "Missing required parameter: scope")
    unknown = [s for s in scopes if s not in KNOWN_SCOPES]
    if unknown:
        return _error_page("invalid_scope", f"Some requested scopes were invalid: {' '.join(unknown)}")
    method = args.get("code_challenge_method", "plain")
    if args.get("code_challenge") and method not in ("plain", "S256"):
        return _error_page("invalid_request", f"Invalid code_challenge_method: {method}")

    user = state.user(args.get("authuser")) or state.user(args.get("login_hint"))
    if user is None:
        return _account_chooser()
    answer: dict[str, str] = {}
    if user.deny_consent:
        answer["error"] = "access_denied"
    else:
        # Granular consent: what the user unticked is not granted, and the code's `scope` says so.
        scopes = tuple(scope for scope in scopes if scope not in user.withheld_scopes)
        answer["code"] = state.grants.issue_code(
            email=user.email,
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            scopes=scopes,
            offline=args.get("access_type") == "offline",
            nonce=args.get("nonce"),
            code_challenge=args.get("code_challenge"),
            code_challenge_method=method,
        )
        answer["scope"] = " ".join(scopes)
    if "state" in args:
        answer["state"] = args["state"]
    separator = "&" if "?" in redirect_uri else "?"
    return redirect(f"{redirect_uri}{separator}{urlencode(answer)}", code=302)


@oauth_api.post("/token")
@oauth_api.post("/o/oauth2/token")
def token():
    start_call("oauth", "token", oauth_style=True)
    try:
        client = _authenticated_client()
        form = request.form
        grant_type = form.get("grant_type", "")
        if grant_type == "authorization_code":
            issued = get_state().grants.redeem_code(
                form.get("code", ""), client.client_id, form.get("redirect_uri"), form.get("code_verifier")
            )
            return _token_response(issued, include_refresh_token=True)
        if grant_type == "refresh_token":
            requested = normalize_scopes(form.get("scope", "")) or None
            refreshed = get_state().grants.refresh(form.get("refresh_token", ""), client.client_id, requested)
            return _token_response(refreshed, include_refresh_token=False)
        raise OAuthError("unsupported_grant_type", f"Invalid grant_type: {grant_type}")
    except OAuthError as error:
        return _oauth_error(error)


@oauth_api.post("/revoke")
@oauth_api.post("/o/oauth2/revoke")
def revoke():
    start_call("oauth", "revoke", oauth_style=True)
    value = request.form.get("token") or request.args.get("token", "")
    if not get_state().grants.revoke(value):
        return _oauth_error(OAuthError("invalid_token", "Token expired or revoked"))
    return jsonify({})


def _authenticated_client() -> OAuthClient:
    client_id = request.form.get("client_id")
    client_secret = request.form.get("client_secret")
    basic = request.authorization
    if basic is not None and basic.type == "basic":
        client_id, client_secret = basic.username, basic.password
    if not client_id:
        raise OAuthError("invalid_request", "Could not determine client ID from request.")
    client = get_state().client(client_id)
    if client is None:
        raise OAuthError("invalid_client", "The OAuth client was not found.", status=401)
    if client_secret != client.client_secret:
        raise OAuthError("invalid_client", "Unauthorized", status=401)
    return client


def _token_response(issued: AccessToken, include_refresh_token: bool) -> Response:
    body: dict = {
        "access_token": issued.token,
        "expires_in": issued.expires_in,
        "scope": " ".join(issued.scopes),
        "token_type": "Bearer",
    }
    if include_refresh_token and issued.grant.refresh_token:
        body["refresh_token"] = issued.grant.refresh_token
    user = get_state().user(issued.email)
    if user is not None and set(issued.scopes) & IDENTITY_SCOPES:
        body["id_token"] = user_id_token(user, issued.client_id, issued.scopes, issued.nonce)
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-cache, no-store, max-age=0, must-revalidate"
    return response


def _oauth_error(error: OAuthError) -> Response:
    response = jsonify({"error": error.error, "error_description": error.description})
    response.status_code = error.status
    return response


_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body>{body}</body></html>
"""


def _error_page(error: str, description: str) -> Response:
    """Google's "Access blocked" page (HTTP 400); the error code is also in data-error for tests."""
    shown_code = 401 if error == "invalid_client" else 400
    body = (
        f'<h1>Access blocked: authorization error</h1><p class="error-code" data-error="{error}">'
        f"Error {shown_code}: {html.escape(error)}</p><p>{html.escape(description)}</p>"
    )
    return Response(_PAGE.format(title="Error", body=body), status=400, content_type="text/html")


def _account_chooser() -> Response:
    state = get_state()
    with state.lock:
        users = sorted(state.users.values(), key=lambda u: u.email)
    kept = [(name, value) for name, value in request.args.items(multi=True) if name != "authuser"]
    links = ""
    for user in users:
        href = request.path + "?" + urlencode([*kept, ("authuser", user.email)])
        links += f'<li><a class="account" href="{html.escape(href)}">{html.escape(user.email)}</a></li>'

    body = f"<h1>Choose an account</h1><ul>{links}</ul>"
    return Response(_PAGE.format(title="Sign in - Google Accounts", body=body), content_type="text/html")
