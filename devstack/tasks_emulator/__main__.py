"""`python -m devstack.tasks_emulator --port N [--id-token-endpoint URL]`: serve until SIGTERM or Ctrl-C.

Prints one line, "tasks emulator listening on 127.0.0.1:PORT", once it accepts calls (useful with --port 0).
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from dataclasses import replace

from devstack.tasks_emulator import EmulatorDefaults, start_tasks_emulator


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m devstack.tasks_emulator", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--id-token-endpoint", help="base URL serving generateIdToken (the fake Google)")
    parser.add_argument("--tombstone-seconds", type=float, help="how long a used task name stays taken")
    parser.add_argument("--dispatch-deadline", type=float, help="default per-attempt deadline, seconds")
    parser.add_argument("--min-backoff", type=float, help="default retry_config.min_backoff, seconds")
    parser.add_argument("--max-backoff", type=float, help="default retry_config.max_backoff, seconds")
    parser.add_argument("--max-attempts", type=int, help="default retry_config.max_attempts (-1: unlimited)")
    parser.add_argument("--max-concurrency", type=int, help="cap on attempts in flight per queue")
    parser.add_argument("--log-level", default="INFO", help="DEBUG logs every attempt")
    return parser.parse_args()


def _defaults_from(args: argparse.Namespace) -> EmulatorDefaults:
    defaults = EmulatorDefaults()
    retry_changes = {
        name: value
        for name, value in (
            ("min_backoff", args.min_backoff),
            ("max_backoff", args.max_backoff),
            ("max_attempts", args.max_attempts),
        )
        if value is not None
    }
    emulator_changes = {
        name: value
        for name, value in (
            ("tombstone_seconds", args.tombstone_seconds),
            ("dispatch_deadline", args.dispatch_deadline),
            ("max_concurrency", args.max_concurrency),
        )
        if value is not None
    }
    return replace(defaults, retry=replace(defaults.retry, **retry_changes), **emulator_changes)


def main() -> None:
    args = _parse_args()
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    stop_requested = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop_requested.set())
    signal.signal(signal.SIGINT, lambda *_: stop_requested.set())
    emulator = start_tasks_emulator(args.port, args.id_token_endpoint, _defaults_from(args))
    print(f"tasks emulator listening on {emulator.address}", flush=True)
    try:
        stop_requested.wait()
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
