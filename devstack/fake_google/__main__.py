"""`python -m devstack.fake_google --port N [--issuer-url URL]`: serve the fake in the foreground."""

from __future__ import annotations

import argparse

from devstack.fake_google.app import create_app
from devstack.fake_google.state import DEFAULT_ISSUER
from devstack.servers import serve_forever


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m devstack.fake_google", description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="TCP port on 127.0.0.1")
    parser.add_argument("--issuer-url", default=DEFAULT_ISSUER, help="`iss` of user id tokens")
    args = parser.parse_args(argv)
    serve_forever(create_app(issuer_url=args.issuer_url), args.port)


if __name__ == "__main__":
    main()
