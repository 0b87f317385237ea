"""The composition root: the one place real adapters are built, lazily, once per process.

Handlers take a `Services` argument; tests build one over the emulators and fakes and pass it in.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from infra.settings import Settings
from tracker.accounts import UserAccount
from tracker.errors import GrantRevoked

CREDENTIALS_CACHE_SIZE = 1000


@dataclass
class Services:
    settings: Settings
    _built: dict[str, Any] = field(default_factory=dict)

    def _once(self, name: str, build):
        if name not in self._built:
            self._built[name] = build()
        return self._built[name]

    @property
    def firestore(self):
        from google.cloud import firestore

        return self._once("firestore", lambda: firestore.Client(project=self.settings.project_id))

    @property
    def applications(self):
        from infra.firestore_store import FirestoreApplicationStore

        return self._once("applications", lambda: FirestoreApplicationStore(self.firestore))

    @property
    def accounts(self):
        from infra.firestore_accounts import FirestoreAccountStore

        return self._once("accounts", lambda: FirestoreAccountStore(self.firestore))

    @property
    def oauth_states(self):
        from infra.firestore_oauth_states import FirestoreOAuthStates

        return self._once("oauth_states", lambda: FirestoreOAuthStates(self.firestore))

    @property
    def queue(self):
        from infra.tasks import CloudTaskQueue, tasks_client

        return self._once("queue", lambda: CloudTaskQueue(self.settings, tasks_client(self.settings)))

    @property
    def oauth(self):
        from infra.google_oauth import GoogleOAuth

        return self._once("oauth", lambda: GoogleOAuth(self.settings))

    @property
    def cipher(self):
        from infra.token_cipher import TokenCipher

        return self._once("cipher", lambda: TokenCipher(self.settings.token_encryption_key))

    @property
    def extractor(self):
        from infra.extractors import build_extractor

        return self._once("extractor", lambda: build_extractor(self.settings))

    def user_credentials(self, user: UserAccount):
        """The user's Google credentials, kept per instance so an access token serves until it expires
        (one token refresh per user and hour, not one per message)."""
        from infra.google_credentials import user_credentials

        if user.reconnect_needed or not user.encrypted_refresh_token:
            raise GrantRevoked("reconnect your Google account")
        key = (user.user_id, user.encrypted_refresh_token)
        cache = self._built.setdefault("credentials", {})
        credentials = cache.get(key)
        if credentials is None:
            refresh_token = self.cipher.decrypt(user.encrypted_refresh_token, user.user_id)
            credentials = user_credentials(self.settings, refresh_token)
            if len(cache) >= CREDENTIALS_CACHE_SIZE:
                cache.clear()
            cache[key] = credentials
        return credentials

    def mailbox_for(self, user: UserAccount):
        from infra.gmail import GmailMailbox, gmail_service

        return GmailMailbox(gmail_service(self.settings, self.user_credentials(user)))

    def sheet_for(self, user: UserAccount):
        from infra.sheets import GoogleSheet, sheets_service

        return GoogleSheet(sheets_service(self.settings, self.user_credentials(user)))

    def now(self) -> datetime:
        return datetime.now(UTC)


@functools.cache
def default_services() -> Services:
    """The process's services from its environment, secrets resolved (cold start)."""
    from infra.secrets import with_secrets_resolved

    return Services(with_secrets_resolved(Settings.from_env()))
