"""Who someone is: id tokens, the JWKS and discovery document, userinfo, and service-account
id tokens (what IAM Credentials' generateIdToken gives Cloud Tasks / Scheduler).
"""

from __future__ import annotations

import time

from flask import Blueprint, jsonify, request

from devstack.fake_google.auth import (
    IDENTITY_SCOPES,
    USERINFO_EMAIL,
    USERINFO_PROFILE,
    bearer_token,
    require_any_scope,
)
from devstack.fake_google.calls import start_call
from devstack.fake_google.errors import ApiError, invalid_argument
from devstack.fake_google.state import DEFAULT_ISSUER, FakeUser, get_state, stable_numeric_id

identity_api = Blueprint("identity", __name__)

ID_TOKEN_LIFETIME_SECONDS = 3600
SERVICE_ACCOUNT_SUFFIX = ":generateIdToken"


def user_id_token(user: FakeUser, client_id: str, scopes: tuple[str, ...], nonce: str | None) -> str:
    """The id_token Google's token endpoint returns for this user and client."""
    state = get_state()
    now = int(time.time())
    claims: dict = {
        "iss": state.issuer_url,
        "azp": client_id,
        "aud": client_id,
        "sub": user.sub,
        "iat": now,
        "exp": now + ID_TOKEN_LIFETIME_SECONDS,
    }
    if USERINFO_EMAIL in scopes:
        claims.update(email=user.email, email_verified=True)
    if USERINFO_PROFILE in scopes:
        claims.update(name=user.name, picture=user.picture)
    if nonce:
        claims["nonce"] = nonce
    return state.signer.sign(claims)


@identity_api.get("/oauth2/v3/certs")
def certs():
    start_call("oauth", "certs")
    return jsonify(get_state().signer.jwks())


@identity_api.get("/.well-known/openid-configuration")
def openid_configuration():
    start_call("oauth", "discovery")
    base = request.host_url.rstrip("/")
    return jsonify(
        {
            "issuer": get_state().issuer_url,
            "authorization_endpoint": f"{base}/o/oauth2/v2/auth",
            "token_endpoint": f"{base}/token",
            "userinfo_endpoint": f"{base}/v1/userinfo",
            "revocation_endpoint": f"{base}/revoke",
            "jwks_uri": f"{base}/oauth2/v3/certs",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "claims_supported": [
                "aud",
                "email",
                "email_verified",
                "exp",
                "iat",
                "iss",
                "name",
                "picture",
                "sub",
            ],
            "code_challenge_methods_supported": ["plain", "S256"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
        }
    )


@identity_api.get("/oauth2/v3/userinfo")
@identity_api.get("/v1/userinfo")
@identity_api.get("/oauth2/v2/userinfo")
def userinfo():
    start_call("oauth", "userinfo")
    token = bearer_token()
    require_any_scope(token, IDENTITY_SCOPES)
    user = get_state().user(token.email)
    if user is None:
        raise ApiError(401, "The user no longer exists.")
    info: dict = {"sub": user.sub}
    if USERINFO_PROFILE in token.scopes:
        info.update(name=user.name, picture=user.picture)
    if USERINFO_EMAIL in token.scopes:
        info.update(email=user.email, email_verified=True)
    return jsonify(info)


@identity_api.post("/v1/projects/<project>/serviceAccounts/<path:account_and_verb>")
def generate_id_token(project: str, account_and_verb: str):
    """IAM Credentials generateIdToken; no caller auth is checked locally."""
    start_call("oauth", "generateIdToken")
    if not account_and_verb.endswith(SERVICE_ACCOUNT_SUFFIX):
        raise ApiError(404, "Method not found.")
    account = account_and_verb[: -len(SERVICE_ACCOUNT_SUFFIX)]
    body = request.get_json(silent=True) or {}
    audience = body.get("audience")
    if not audience:
        raise invalid_argument("Audience must be specified.")
    now = int(time.time())
    unique_id = stable_numeric_id("service-account:" + account)
    claims: dict = {
        "iss": DEFAULT_ISSUER,  # always Google's: Cloud Tasks / Scheduler tokens are verified as such
        "aud": audience,
        "azp": unique_id,
        "sub": unique_id,
        "iat": now,
        "exp": now + ID_TOKEN_LIFETIME_SECONDS,
    }
    if body.get("includeEmail"):
        claims.update(email=account, email_verified=True)
    return jsonify({"token": get_state().signer.sign(claims)})
