"""The per-user model-call log on Firestore (ModelCallLog port): users/{uid}/model_calls/{auto id}.

Each document holds what tracker/model_calls.ModelCall holds (ids, counts, field names, a reason
tag; no mail text, no answer values) and `expire_at`, the Firestore TTL field (terraform/data.tf)
that removes it after the user's retention period. The account's deletion removes
the collection with the rest of the user's tree.
"""

from __future__ import annotations

from typing import Any

from google.cloud import firestore

from infra.firestore_codec import model_call_from_doc, model_call_to_doc, raise_if_deleted
from infra.firestore_transaction import run_in_transaction
from tracker.model_calls import ModelCall, ModelCallPage

COLLECTION = "model_calls"
TRANSACTION_ATTEMPTS = 5  # the client library's default


class FirestoreModelCallLog:
    """ModelCallLog on Firestore."""

    def __init__(self, client: firestore.Client) -> None:
        self.client = client

    def _calls(self, user_id: str) -> Any:
        return self.client.collection("users").document(user_id).collection(COLLECTION)

    def record(self, user_id: str, call: ModelCall) -> None:
        ref = self._calls(user_id).document()

        def write(transaction: firestore.Transaction) -> None:
            # In a transaction with the tombstone read, so a worker in flight adds nothing to a
            # deleted account's tree; begun by that read (no BeginTransaction round trip).
            raise_if_deleted(self.client, transaction, user_id)
            transaction.set(ref, model_call_to_doc(call))

        run_in_transaction(self.client, write, TRANSACTION_ATTEMPTS)

    def page(self, user_id: str, offset: int, limit: int) -> ModelCallPage:
        calls = self._calls(user_id)
        total = int(calls.count().get()[0][0].value)
        if offset >= total:
            return ModelCallPage([], total)
        newest_first = calls.order_by("at", direction=firestore.Query.DESCENDING).offset(offset).limit(limit)
        return ModelCallPage([model_call_from_doc(doc.to_dict()) for doc in newest_first.stream()], total)
