"""Single-use OAuth states: a callback's state is accepted once, then remembered as spent."""

from __future__ import annotations

from datetime import datetime, timedelta

from google.api_core import exceptions as google_exceptions
from google.cloud import firestore

STATE_LIFETIME = timedelta(minutes=10)


class FirestoreOAuthStates:
    def __init__(self, client: firestore.Client) -> None:
        self.client = client

    def spend(self, nonce: str, now: datetime) -> bool:
        """True the first time a state nonce is spent, False on every reuse."""
        ref = self.client.collection("oauth_states").document(nonce)
        try:
            # expire_at lets a Firestore TTL policy delete spent states once they can't be replayed.
            ref.create({"spent_at": now, "expire_at": now + STATE_LIFETIME})
        except google_exceptions.AlreadyExists:
            return False
        return True
