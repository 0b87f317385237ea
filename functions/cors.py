"""CORS for the browser-facing functions: only the configured frontend origins, with credentials."""

from __future__ import annotations

import flask

from infra.settings import Settings

ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"
ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"


def allowed_origin(request: flask.Request, settings: Settings) -> str | None:
    origin = request.headers.get("Origin")
    return origin if origin and origin in settings.cors_origins else None


def preflight(request: flask.Request, settings: Settings) -> flask.Response:
    """The answer to an OPTIONS preflight: 204 for an allowed origin, 403 otherwise."""
    origin = allowed_origin(request, settings)
    response = flask.Response(status=204 if origin else 403)
    if origin:
        response.headers.update(
            {
                "Access-Control-Allow-Methods": ALLOWED_METHODS,
                "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                "Access-Control-Max-Age": "600",
            }
        )
    return with_cors(response, request, settings)


def with_cors(response: flask.Response, request: flask.Request, settings: Settings) -> flask.Response:
    origin = allowed_origin(request, settings)
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers.add("Vary", "Origin")
    return response
