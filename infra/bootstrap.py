"""The composition root: the one place real adapters are built, lazily, once per process.

Handlers take a `Services` argument. Tests hand in fakes or emulator-backed adapters by argument,
`Services(settings, applications=fake, queue=recording_queue)`; whatever is not handed in is built
from the settings on first use.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from infra.settings import Settings
from tracker.accounts import UserAccount
from tracker.correction_use_cases import Corrections
from tracker.errors import GrantRevoked
from tracker.extraction import Extractor
from tracker.ports import ApplicationStore, ModelCallLog, OAuthStates, UserRecords
from tracker.rekeying import Rekeying
from tracker.service_ports import Cipher, GoogleSignIn, Mailbox, SheetWriter, TaskQueue
from tracker.use_cases import UseCases

if TYPE_CHECKING:  # the Google clients are imported where they are built, not by every function
    from google.cloud import firestore

CREDENTIALS_CACHE_SIZE = 1000
# Each holds its own parsed discovery document (~0.5 MB): 20 a thread took the worker from 160 to
# 224 MB with 50 users fetching at once (8 threads locally).
MAILBOXES_PER_THREAD = 4


class Adapters(TypedDict, total=False):
    """What a test may hand in instead of the real thing; each name is a `Services` attribute."""

    firestore: firestore.Client
    applications: ApplicationStore
    accounts: UserRecords
    model_calls: ModelCallLog
    oauth_states: OAuthStates
    queue: TaskQueue
    oauth: GoogleSignIn
    cipher: Cipher
    extractor: Extractor
    mailbox_for: Callable[[UserAccount], Mailbox]
    sheet_for: Callable[[UserAccount], SheetWriter]
    now: Callable[[], datetime]


class Services:
    """The adapters one process uses, each built once on first use unless handed in."""

    def __init__(self, settings: Settings, **adapters: Unpack[Adapters]) -> None:
        self.settings = settings
        self._credentials: dict[tuple[str, str], Any] = {}
        self._per_thread = threading.local()
        # Handed-in adapters shadow the built ones: cached properties and methods yield to the
        # instance's own attributes.
        vars(self).update(adapters)

    @functools.cached_property
    def firestore(self) -> firestore.Client:
        from google.cloud import firestore

        return firestore.Client(project=self.settings.project_id)

    @functools.cached_property
    def applications(self) -> ApplicationStore:
        from infra.firestore_store import FirestoreApplicationStore

        return FirestoreApplicationStore(self.firestore)

    @functools.cached_property
    def accounts(self) -> UserRecords:
        from infra.firestore_accounts import FirestoreAccountStore

        return FirestoreAccountStore(self.firestore)

    @functools.cached_property
    def model_calls(self) -> ModelCallLog:
        from infra.firestore_model_calls import FirestoreModelCallLog

        return FirestoreModelCallLog(self.firestore)

    @functools.cached_property
    def oauth_states(self) -> OAuthStates:
        from infra.firestore_oauth_states import FirestoreOAuthStates

        return FirestoreOAuthStates(self.firestore)

    @functools.cached_property
    def queue(self) -> TaskQueue:
        from infra.tasks import CloudTaskQueue, tasks_client

        return CloudTaskQueue(self.settings, tasks_client(self.settings))

    @functools.cached_property
    def oauth(self) -> GoogleSignIn:
        from infra.google_oauth import GoogleOAuth

        return GoogleOAuth(self.settings)

    @functools.cached_property
    def cipher(self) -> Cipher:
        from infra.token_cipher import TokenCipher

        return TokenCipher(self.settings.token_encryption_key)

    @functools.cached_property
    def extractor(self) -> Extractor:
        from infra.extractors import build_extractor

        return build_extractor(self.settings)

    @functools.cached_property
    def use_cases(self) -> UseCases:
        return UseCases(self.applications, self.accounts, self.queue, self.now)

    @functools.cached_property
    def rekeying(self) -> Rekeying:
        return Rekeying(self.applications, self.accounts, self.queue, self.now)

    @functools.cached_property
    def corrections(self) -> Corrections:
        return Corrections(self.applications, self.accounts, self.queue, self.now)

    def user_credentials(self, user: UserAccount) -> Any:
        """The user's Google credentials, kept per instance so an access token serves until it expires
        (one token refresh per user and hour, not one per message)."""
        from infra.google_credentials import user_credentials

        if user.reconnect_needed or not user.encrypted_refresh_token:
            raise GrantRevoked("reconnect your Google account")
        key = (user.user_id, user.encrypted_refresh_token)
        credentials = self._credentials.get(key)
        if credentials is None:
            try:
                refresh_token = self.cipher.decrypt(user.encrypted_refresh_token, user.user_id)
            except ValueError as error:  # a key retired too early, or a corrupted field
                raise GrantRevoked(f"the stored Google grant can't be read ({error})") from error
            credentials = user_credentials(self.settings, refresh_token)
            if len(self._credentials) >= CREDENTIALS_CACHE_SIZE:
                self._credentials.clear()
            self._credentials[key] = credentials
        return credentials

    def mailbox_for(self, user: UserAccount) -> Mailbox:
        """The user's Gmail, kept per thread (an API client and its HTTP connection are not safe to
        share between threads): building one reads the API's discovery document and a new client
        opens a new connection, which cost the worker more than a message's Gmail get did."""
        from infra.gmail import GmailMailbox, gmail_service

        credentials = self.user_credentials(user)
        kept: dict[tuple[str, str], Mailbox] = self._per_thread.__dict__.setdefault("mailboxes", {})
        key = (user.user_id, user.encrypted_refresh_token or "")
        mailbox = kept.get(key)
        if mailbox is None:
            if len(kept) >= MAILBOXES_PER_THREAD:
                kept.clear()
            mailbox = kept[key] = GmailMailbox(gmail_service(self.settings, credentials))
        return mailbox

    def sheet_for(self, user: UserAccount) -> SheetWriter:
        from infra.sheets import GoogleSheet, sheets_service

        return GoogleSheet(sheets_service(self.settings, self.user_credentials(user)))

    def now(self) -> datetime:
        return datetime.now(UTC)


@functools.cache
def default_services() -> Services:
    """The process's services from its environment, secrets resolved (cold start)."""
    from infra.secrets import with_secrets_resolved

    return Services(with_secrets_resolved(Settings.from_env()))
