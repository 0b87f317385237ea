"""The auth function: Google sign-in (OAuth 2.0 web-server flow with PKCE) and logout.

The OAuth state is bound to the browser: a signed, expiring cookie holds the state nonce, the PKCE
verifier and where to land; the callback must present the same nonce, and each nonce is spent once.
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
import time
from urllib.parse import urlencode, urlsplit

import flask
import jwt
import werkzeug

from functions.http import Problem, Router, json_errors, with_security_headers
from functions.session import clear_session, issue_session, read_session, require_csrf
from infra.bootstrap import Services
from infra.google_oauth import new_code_verifier
from tracker.accounts import SyncCheckpoint, UserAccount
from tracker.errors import TrackerError
from tracker.service_ports import GoogleIdentity

# Secure and no Domain; it can't be a __Host- cookie, which must have Path=/, and only /auth/ needs it.
STATE_COOKIE = "__Secure-oauth_state"
STATE_TTL_SECONDS = 600
_STATE_AUDIENCE = "job-tracker-oauth-state"


def _allowed_redirect(target: str | None, services: Services) -> str:
    """The frontend URL to land on; only origins on the allowlist (no open redirects)."""
    settings = services.settings
    if not target:
        return settings.frontend_url
    parts = urlsplit(target)
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.scheme not in ("http", "https") or origin not in settings.redirect_origins:
        raise Problem(
            400, "invalid_redirect", f"redirect_uri must be on one of: {', '.join(settings.redirect_origins)}"
        )
    return target


def login(request: flask.Request, services: Services) -> werkzeug.Response:
    settings = services.settings
    landing = _allowed_redirect(request.args.get("redirect_uri"), services)
    nonce, verifier = secrets.token_urlsafe(32), new_code_verifier()
    now = int(time.time())
    state_cookie = jwt.encode(
        {
            "nonce": nonce,
            "verifier": verifier,
            "landing": landing,
            "aud": _STATE_AUDIENCE,
            "iat": now,
            "exp": now + STATE_TTL_SECONDS,
        },
        settings.session_secret,
        algorithm="HS256",
    )
    response = flask.redirect(services.oauth.authorization_url(nonce, verifier, settings.google_scopes))
    response.set_cookie(
        STATE_COOKIE,
        state_cookie,
        max_age=STATE_TTL_SECONDS,
        httponly=True,
        secure=True,
        samesite="Lax",
        path="/auth/",
    )
    return response


def _read_state_cookie(request: flask.Request, services: Services) -> dict:
    token = request.cookies.get(STATE_COOKIE)
    if not token:
        raise Problem(400, "invalid_state", "no sign-in in progress in this browser: start again")
    try:
        return jwt.decode(
            token, services.settings.session_secret, algorithms=["HS256"], audience=_STATE_AUDIENCE
        )
    except jwt.ExpiredSignatureError as error:
        raise Problem(400, "invalid_state", "the sign-in took too long: start again") from error
    except jwt.InvalidTokenError as error:
        raise Problem(400, "invalid_state", "sign-in state is invalid: start again") from error


def callback(request: flask.Request, services: Services) -> werkzeug.Response:
    pending = _read_state_cookie(request, services)
    state = request.args.get("state", "")
    if not hmac.compare_digest(state.encode(), str(pending["nonce"]).encode()):
        raise Problem(400, "invalid_state", "state does not match this browser's sign-in")
    if not services.oauth_states.spend(state, services.now()):
        raise Problem(400, "invalid_state", "this sign-in was already used: start again")
    landing = pending["landing"]
    if request.args.get("error"):
        response = flask.redirect(_with_query(landing, login_error=request.args["error"]))
    else:
        code = request.args.get("code")
        if not code:
            raise Problem(400, "invalid_input", "missing code")
        identity = services.oauth.exchange_code(code, pending["verifier"])
        missing = [scope for scope in services.settings.required_scopes if scope not in identity.scopes]
        if missing:
            response = _refuse_partial_grant(identity, missing, landing, services)
        else:
            user = _sign_in(identity, services)
            response = flask.redirect(landing)
            issue_session(response, user.user_id, services.settings, services.accounts, services.now())
    response.delete_cookie(STATE_COOKIE, path="/auth/", secure=True, httponly=True, samesite="Lax")
    return response


def _refuse_partial_grant(
    identity: GoogleIdentity, missing: list[str], landing: str, services: Services
) -> werkzeug.Response:
    """Consent left out a scope the app needs (Google's consent screen lets the user untick each):
    no sign-in, the grant handed back, and the page told which permissions were missing."""
    with contextlib.suppress(TrackerError):  # Google unreachable: the unused grant just lapses
        services.oauth.revoke(identity.refresh_token or identity.access_token)
    names = " ".join(scope.rsplit("/", 1)[-1] for scope in missing)  # gmail.readonly drive.file
    return flask.redirect(_with_query(landing, login_error="missing_scopes", missing_scopes=names))


def _sign_in(identity: GoogleIdentity, services: Services) -> UserAccount:
    """Create or refresh the user's record; a new refresh token replaces the old, encrypted."""
    accounts = services.accounts
    user_id = identity.sub
    if accounts.is_tombstoned(user_id):
        # Signing up again after deleting the account: finish that deletion (it may have stopped
        # half-way), then start afresh.
        services.applications.delete_user_data(user_id)
        accounts.clear_tombstone(user_id)
    user = accounts.get_user(user_id) or UserAccount(
        user_id=user_id, email=identity.email, google_sub=identity.sub, created_at=services.now()
    )
    user.email, user.name = identity.email, identity.name
    if identity.refresh_token:
        user.encrypted_refresh_token = services.cipher.encrypt(identity.refresh_token, user_id)
        user.scopes = list(identity.scopes)
        if user.reconnect_needed:
            # Mail listed while the grant was dead was never processed: list again from the start
            # date next time (the processed markers make that cheap).
            user.sync = SyncCheckpoint(start_date=user.sync.start_date)
        user.reconnect_needed = False
    elif not user.encrypted_refresh_token:
        user.reconnect_needed = True
    accounts.save_user(user)
    return user


def logout(request: flask.Request, services: Services) -> werkzeug.Response:
    """End this browser's session (and its cookies). Needs the CSRF header when there is a session."""
    return _end_sessions(request, services, everywhere=False)


def logout_everywhere(request: flask.Request, services: Services) -> werkzeug.Response:
    """End every session of the user, on every device: a stolen cookie stops working too."""
    return _end_sessions(request, services, everywhere=True)


def _end_sessions(request: flask.Request, services: Services, everywhere: bool) -> werkzeug.Response:
    accounts = services.accounts
    try:
        session = read_session(request, services.settings, accounts)
    except Problem:
        session = None  # already ended, or never was: nothing to protect, the cookies go all the same
    if session is not None:
        require_csrf(request, session)
        if everywhere:
            accounts.end_all_sessions(session.user_id)
        else:
            accounts.end_session(session.user_id, session.session_id)
    response = flask.jsonify({"status": "logged out everywhere" if everywhere else "logged out"})
    clear_session(response)
    return response


def _with_query(url: str, **params: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"


ROUTER = Router(
    [
        ("GET", "/auth/google/login/", login),
        ("GET", "/auth/google/callback/", callback),
        ("POST", "/auth/logout/", logout),
        ("POST", "/auth/logout_everywhere/", logout_everywhere),
    ]
)


def handle(request: flask.Request, services: Services) -> werkzeug.Response:
    response = _answer(request, services)
    response.headers.setdefault("Cache-Control", "no-store")
    return with_security_headers(response)


@json_errors
def _answer(request: flask.Request, services: Services) -> werkzeug.Response:
    handler, params = ROUTER.resolve(request.method, request.path)
    return handler(request, services, **params)
