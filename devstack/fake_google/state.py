"""Everything the fake Google remembers, in memory: users, OAuth clients, grants, mailboxes, sheets.

One `FakeGoogleState` per app, reached from a request with `get_state()`. The top-level maps are
guarded by `lock`; mailboxes and the grant store lock themselves; spreadsheet edits hold `lock`.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections import Counter
from dataclasses import dataclass

from flask import current_app

from devstack.fake_google.grants import GrantStore
from devstack.fake_google.mailbox import Mailbox
from devstack.fake_google.signing import TokenSigner
from devstack.fake_google.spreadsheet import Spreadsheet
from devstack.faults import FaultPlan

DEFAULT_ISSUER = "https://accounts.google.com"
EXTENSION_KEY = "fake_google"


def stable_numeric_id(text: str, digits: int = 21) -> str:
    """A Google-looking numeric id (like `sub`) that is the same for the same text on every run."""
    number = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:12], "big")
    return "1" + str(number % 10 ** (digits - 1)).zfill(digits - 1)


@dataclass
class FakeUser:
    email: str
    name: str
    sub: str
    deny_consent: bool = False
    # Scopes this user unticks at Google's granular consent screen: the grant and the token response's
    # `scope` leave them out, as Google's do.
    withheld_scopes: tuple[str, ...] = ()

    @property
    def picture(self) -> str:
        return f"https://lh3.googleusercontent.com/a/fake-{self.sub}"


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]


class FakeGoogleState:
    """The whole fake's memory; `reset()` forgets everything but the signing key and issuer."""

    def __init__(self, issuer_url: str = DEFAULT_ISSUER) -> None:
        self.issuer_url = issuer_url
        self.signer = TokenSigner()
        self.lock = threading.RLock()
        self._message_numbers = itertools.count(1)
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.users: dict[str, FakeUser] = {}
            self.clients: dict[str, OAuthClient] = {}
            self.grants = GrantStore()
            self.mailboxes: dict[str, Mailbox] = {}
            self.spreadsheets: dict[str, Spreadsheet] = {}
            self.fault_plan = FaultPlan()
            self.counters: Counter[str] = Counter()

    def upsert_user(
        self,
        email: str,
        name: str | None = None,
        deny_consent: bool = False,
        withheld_scopes: tuple[str, ...] = (),
    ) -> FakeUser:
        key = email.strip().lower()
        with self.lock:
            user = FakeUser(
                email=key,
                name=name or key.split("@")[0].replace(".", " ").title(),
                sub=stable_numeric_id(key),
                deny_consent=deny_consent,
                withheld_scopes=withheld_scopes,
            )
            self.users[key] = user
            if key not in self.mailboxes:
                self.mailboxes[key] = Mailbox(key, self.next_message_number)
            return user

    def user(self, email: str | None) -> FakeUser | None:
        if not email:
            return None
        with self.lock:
            return self.users.get(email.strip().lower())

    def mailbox(self, email: str) -> Mailbox:
        with self.lock:
            return self.mailboxes[email]

    def register_client(self, client_id: str, client_secret: str, redirect_uris: list[str]) -> OAuthClient:
        client = OAuthClient(client_id, client_secret, tuple(redirect_uris))
        with self.lock:
            self.clients[client_id] = client
        return client

    def client(self, client_id: str | None) -> OAuthClient | None:
        with self.lock:
            return self.clients.get(client_id or "")

    def next_message_number(self) -> int:
        with self.lock:
            return next(self._message_numbers)

    def count(self, call_name: str) -> None:
        with self.lock:
            self.counters[call_name] += 1


def get_state() -> FakeGoogleState:
    """The state of the app serving the current request."""
    return current_app.extensions[EXTENSION_KEY]
