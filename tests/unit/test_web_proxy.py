"""The one-origin proxy: web files with the security headers, /auth/ and /api/ relayed to the functions."""

from __future__ import annotations

import pytest
from werkzeug.test import Client
from werkzeug.wrappers import Request, Response

from devstack.servers import serve_in_thread
from devstack.web_proxy import WebProxy


@Request.application
def echo_function(request: Request) -> Response:
    """Stands in for a function: answers with what it received and sets two cookies."""
    response = Response(f"{request.method} {request.full_path} {request.get_data(as_text=True)}")
    response.headers["X-Seen-Cookie"] = request.cookies.get("session", "")
    response.set_cookie("session", "s", httponly=True, samesite="Strict")
    response.set_cookie("csrf_token", "c", samesite="Strict")
    return response


@pytest.fixture(scope="module")
def upstream():
    server = serve_in_thread(echo_function)
    yield server.url
    server.stop()


@pytest.fixture
def client(tmp_path, upstream):
    (tmp_path / "index.html").write_text("<!doctype html><title>page</title>")
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "app.js").write_text("export {};")
    return Client(WebProxy(tmp_path, auth_url=upstream + "/", api_url=upstream + "/"))


def test_the_page_is_served_with_a_policy_that_forbids_inline_script(client):
    response = client.get("/")
    assert response.status_code == 200 and b"<title>page</title>" in response.data
    policy = response.headers["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_modules_are_served_as_javascript_and_nothing_outside_web_is(client):
    assert client.get("/js/app.js").headers["Content-Type"].startswith("text/javascript")
    assert client.get("/../pyproject.toml").status_code == 404
    assert client.get("/missing.js").status_code == 404
    assert client.post("/").status_code == 405


def test_api_paths_lose_their_prefix_and_auth_paths_keep_theirs(client):
    assert client.get("/api/jobs/?page=2").get_data(as_text=True).startswith("GET /jobs/?page=2")
    assert client.post("/api/users/create_sheet/", data="{}").get_data(as_text=True) == (
        "POST /users/create_sheet/? {}"
    )
    assert client.get("/auth/google/login/").get_data(as_text=True).startswith("GET /auth/google/login/")


def test_cookies_pass_both_ways_each_set_cookie_on_its_own(client):
    client.set_cookie("session", "abc")
    response = client.get("/api/users/")
    assert response.headers["X-Seen-Cookie"] == "abc"
    cookies = response.headers.getlist("Set-Cookie")
    assert len(cookies) == 2 and all("SameSite=Strict" in cookie for cookie in cookies)
