"""The composition root: the one place real adapters are built, lazily, once per process.

Handlers take a `Services` argument. Tests hand in fakes or emulator-backed adapters by argument,
`Services(settings, applications=fake, queue=recording_queue)`; whatever is not handed in is built
from the settings on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from infra.settings import Settings
from tracker.accounts import UserAccount
from tracker.errors import GrantRevoked
from tracker.extraction import Extractor
from tracker.ports import ApplicationStore, Mailbox, OAuthStates, SheetWriter, TaskQueue, UserRecords

if TYPE_CHECKING:  # the Google clients are imported where they are built, not by every function
    from google.cloud import firestore

    from infra.google_oauth import GoogleOAuth
    from infra.token_cipher import TokenCipher

CREDENTIALS_CACHE_SIZE = 1000


class Services:
    """The adapters one process uses, each built once on first use unless handed in."""

    def __init__(
        self,
        settings: Settings,
        *,
        firestore: firestore.Client | None = None,
        applications: ApplicationStore | None = None,
        accounts: UserRecords | None = None,
        oauth_states: OAuthStates | None = None,
        queue: TaskQueue | None = None,
        oauth: GoogleOAuth | None = None,
        cipher: TokenCipher | None = None,
        extractor: Extractor | None = None,
        mailbox_for: Callable[[UserAccount], Mailbox] | None = None,
        sheet_for: Callable[[UserAccount], SheetWriter] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        self._firestore = firestore
        self._applications = applications
        self._accounts = accounts
        self._oauth_states = oauth_states
        self._queue = queue
        self._oauth = oauth
        self._cipher = cipher
        self._extractor = extractor
        self._mailbox_for = mailbox_for
        self._sheet_for = sheet_for
        self._clock = clock
        self._credentials: dict[tuple[str, str], Any] = {}

    @property
    def firestore(self) -> firestore.Client:
        if self._firestore is None:
            from google.cloud import firestore

            self._firestore = firestore.Client(project=self.settings.project_id)
        return self._firestore

    @property
    def applications(self) -> ApplicationStore:
        if self._applications is None:
            from infra.firestore_store import FirestoreApplicationStore

            self._applications = FirestoreApplicationStore(self.firestore)
        return self._applications

    @property
    def accounts(self) -> UserRecords:
        if self._accounts is None:
            from infra.firestore_accounts import FirestoreAccountStore

            self._accounts = FirestoreAccountStore(self.firestore)
        return self._accounts

    @property
    def oauth_states(self) -> OAuthStates:
        if self._oauth_states is None:
            from infra.firestore_oauth_states import FirestoreOAuthStates

            self._oauth_states = FirestoreOAuthStates(self.firestore)
        return self._oauth_states

    @property
    def queue(self) -> TaskQueue:
        if self._queue is None:
            from infra.tasks import CloudTaskQueue, tasks_client

            self._queue = CloudTaskQueue(self.settings, tasks_client(self.settings))
        return self._queue

    @property
    def oauth(self) -> GoogleOAuth:
        if self._oauth is None:
            from infra.google_oauth import GoogleOAuth

            self._oauth = GoogleOAuth(self.settings)
        return self._oauth

    @property
    def cipher(self) -> TokenCipher:
        if self._cipher is None:
            from infra.token_cipher import TokenCipher

            self._cipher = TokenCipher(self.settings.token_encryption_key)
        return self._cipher

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from infra.extractors import build_extractor

            self._extractor = build_extractor(self.settings)
        return self._extractor

    def user_credentials(self, user: UserAccount) -> Any:
        """The user's Google credentials, kept per instance so an access token serves until it expires
        (one token refresh per user and hour, not one per message)."""
        from infra.google_credentials import user_credentials

        if user.reconnect_needed or not user.encrypted_refresh_token:
            raise GrantRevoked("reconnect your Google account")
        key = (user.user_id, user.encrypted_refresh_token)
        credentials = self._credentials.get(key)
        if credentials is None:
            refresh_token = self.cipher.decrypt(user.encrypted_refresh_token, user.user_id)
            credentials = user_credentials(self.settings, refresh_token)
            if len(self._credentials) >= CREDENTIALS_CACHE_SIZE:
                self._credentials.clear()
            self._credentials[key] = credentials
        return credentials

    def mailbox_for(self, user: UserAccount) -> Mailbox:
        if self._mailbox_for is not None:
            return self._mailbox_for(user)
        from infra.gmail import GmailMailbox, gmail_service

        return GmailMailbox(gmail_service(self.settings, self.user_credentials(user)))

    def sheet_for(self, user: UserAccount) -> SheetWriter:
        if self._sheet_for is not None:
            return self._sheet_for(user)
        from infra.sheets import GoogleSheet, sheets_service

        return GoogleSheet(sheets_service(self.settings, self.user_credentials(user)))

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)


@functools.cache
def default_services() -> Services:
    """The process's services from its environment, secrets resolved (cold start)."""
    from infra.secrets import with_secrets_resolved

    return Services(with_secrets_resolved(Settings.from_env()))
