"""Fault injection shared by the fake servers: a seeded rate of 429, 500, timeouts and dropped connections.

A fake calls `FaultPlan.draw(service)` at the start of each request and, when it returns a fault,
answers with `fault_response(...)` instead of doing the work. Configured over the fake's
/_devstack/faults endpoint with the JSON shape of `FaultPlan.from_json`.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from dataclasses import dataclass, field

FAULT_KINDS = ("429", "500", "timeout", "drop")


@dataclass
class FaultPlan:
    """`rate` of requests to `services` (empty: all) fail, each with a kind drawn from `kinds`."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    services: tuple[str, ...] = ()
    timeout_seconds: float = 2.0
    seed: int = 0
    injected: dict[str, int] = field(default_factory=dict)
    _random: random.Random = field(default_factory=random.Random, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_json(cls, body: dict) -> FaultPlan:
        kinds = tuple(body.get("kinds") or FAULT_KINDS)
        unknown = set(kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        rate = float(body.get("rate", 0.0))
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        plan = cls(
            rate=rate,
            kinds=kinds,
            services=tuple(body.get("services") or ()),
            timeout_seconds=float(body.get("timeout_seconds", 2.0)),
            seed=int(body.get("seed", 0)),
        )
        plan._random.seed(plan.seed)
        return plan

    def to_json(self) -> dict:
        return {
            "rate": self.rate,
            "kinds": list(self.kinds),
            "services": list(self.services),
            "timeout_seconds": self.timeout_seconds,
            "seed": self.seed,
            "injected": dict(self.injected),
        }

    def draw(self, service: str) -> str | None:
        """The fault to inject into this request to `service`, or None to serve it normally."""
        if self.rate <= 0 or (self.services and service not in self.services):
            return None
        with self._lock:
            if self._random.random() >= self.rate:
                return None
            kind = self._random.choice(self.kinds)
            self.injected[kind] = self.injected.get(kind, 0) + 1
            return kind


def drop_connection(environ: dict) -> None:
    """Close the client's socket without an answer (werkzeug's dev server exposes it)."""
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def stall(seconds: float) -> None:
    """Hold the request long enough for the client's timeout to fire."""
    time.sleep(seconds)
