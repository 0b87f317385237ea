"""`python -m devstack.fake_openai --port N`: serve the fake OpenAI API on 127.0.0.1 until stopped."""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from devstack.fake_openai import create_app
from devstack.servers import serve_forever


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m devstack.fake_openai", description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="port on 127.0.0.1")
    parser.add_argument("--api-key", action="append", help="accepted Bearer key (repeatable; default: any)")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args()
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # a clean exit status for the stack runner
    serve_forever(create_app(api_keys=args.api_key), args.port)


if __name__ == "__main__":
    main()
