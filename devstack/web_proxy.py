"""One origin for the web page and the browser-facing functions: the local stand-in for the load balancer.

    /auth/...  -> the auth function, path unchanged (it routes /auth/google/login/ and the like)
    /api/...   -> the api function, without the /api prefix (it routes /users/, /jobs/, ...)
    /...       -> the files in web/, with the security headers below

So the session cookie is first-party and the page needs no CORS (docs/decisions/2026-12-one-origin.md).

    python -m devstack.web_proxy --port P --web-root web --auth URL --api URL
"""

from __future__ import annotations

import argparse
from pathlib import Path

import urllib3
from werkzeug.security import safe_join
from werkzeug.wrappers import Request, Response

from devstack.servers import serve_forever

# The page's policy: scripts, styles and data only from this origin; no inline script or style, no
# eval, no framing. The deployed page carries the same headers (Hosting / load balancer config).
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # Ignored over plain http (the local stack); in force on the deployed https origin.
    "Strict-Transport-Security": "max-age=31536000",
}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}
# Headers that belong to one hop, not to the request or response being relayed.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


class WebProxy:
    """A WSGI app serving `web_root` and relaying /auth/ and /api/ to the two functions."""

    def __init__(self, web_root: Path, auth_url: str, api_url: str) -> None:
        self.web_root = web_root
        self.upstreams = {"/auth/": (auth_url.rstrip("/"), "/auth/"), "/api/": (api_url.rstrip("/"), "/")}
        self.http = urllib3.PoolManager(maxsize=16, retries=False, timeout=urllib3.Timeout(total=60))

    def __call__(self, environ, start_response):
        request = Request(environ)
        response = self._answer(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response(environ, start_response)

    def _answer(self, request: Request) -> Response:
        for prefix, (upstream, replacement) in self.upstreams.items():
            if request.path.startswith(prefix):
                return self._relay(request, upstream + replacement + request.path[len(prefix) :])
        if request.method not in ("GET", "HEAD"):
            return Response("method not allowed\n", status=405, headers={"Allow": "GET, HEAD"})
        return self._static(request.path)

    def _relay(self, request: Request, url: str) -> Response:
        query = request.query_string.decode("latin-1")
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["X-Forwarded-Host"] = request.host
        headers["X-Forwarded-Proto"] = request.scheme
        # A fresh connection per request: a kept-alive one that the function's server had closed was
        # reset on reuse and the page got a 500 (seen once in a full run). Local traffic, no cost.
        headers["Connection"] = "close"
        upstream = self.http.request(
            request.method,
            url + (f"?{query}" if query else ""),
            body=request.get_data(),
            headers=headers,
            redirect=False,
            decode_content=False,
        )
        response = Response(upstream.data, status=upstream.status)
        response.headers.clear()
        for name, value in upstream.headers.items():  # every Set-Cookie, each on its own
            if name.lower() not in HOP_BY_HOP:
                response.headers.add(name, value)
        return response

    def _static(self, path: str) -> Response:
        relative = path.lstrip("/") or "index.html"
        if relative.endswith("/"):
            relative += "index.html"
        joined = safe_join(str(self.web_root), relative)
        file = Path(joined) if joined else None
        if file is None or not file.is_file():
            return Response("not found\n", status=404, content_type="text/plain; charset=utf-8")
        content_type = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        # no-cache: the browser revalidates, so an edited file shows on the next load.
        return Response(file.read_bytes(), content_type=content_type, headers={"Cache-Control": "no-cache"})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m devstack.web_proxy", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--web-root", type=Path, required=True)
    parser.add_argument("--auth", required=True, help="the auth function's base URL")
    parser.add_argument("--api", required=True, help="the api function's base URL")
    args = parser.parse_args(argv)
    serve_forever(WebProxy(args.web_root, args.auth, args.api), args.port)


if __name__ == "__main__":
    main()
