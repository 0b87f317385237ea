"""A Firestore read-write transaction that begins with its first read.

The client library begins every transaction with a BeginTransaction call of its own, then reads. The
Firestore API also lets the first BatchGetDocuments begin it (`new_transaction`: the first answer
carries the transaction's id), which saves a round trip per transaction: a quarter of the worker's
time per message went to BeginTransaction on the emulator (bench/README.md). The rest, reads after
the first, buffered writes and the commit, is the library's Transaction unchanged.

`run_in_transaction` retries a commit that Firestore aborted (lock contention) up to `attempts`
times, each retry keeping its place in line (`retry_transaction`), as `firestore.transactional` does;
an abort while reading is raised, as there (infra/firestore_store.py retries those with backoff).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from google.api_core import exceptions as google_exceptions
from google.api_core import gapic_v1
from google.cloud import firestore
from google.cloud.firestore_v1.base_client import _parse_batch_get
from google.cloud.firestore_v1.types import common

T = TypeVar("T")


class ReadBegunTransaction(firestore.Transaction):
    """A Transaction whose first get_all begins it; `retry_of` is the aborted attempt's id, if any."""

    def __init__(self, client: firestore.Client, retry_of: bytes | None = None) -> None:
        super().__init__(client)
        self._retry_of = retry_of

    def get_all(  # type: ignore[override]
        self, references: list, retry: Any = gapic_v1.method.DEFAULT, timeout: float | None = None
    ) -> Iterator[Any]:
        if self.in_progress:
            return super().get_all(references, retry=retry, timeout=timeout)
        client = self._client
        request, reference_map, kwargs = client._prep_get_all(references, None, None, retry, timeout)
        del request["transaction"]
        read_write = common.TransactionOptions.ReadWrite(retry_transaction=self._retry_of or b"")
        request["new_transaction"] = common.TransactionOptions(read_write=read_write)
        snapshots = []
        for response in client._firestore_api.batch_get_documents(
            request=request, metadata=client._rpc_metadata, **kwargs
        ):
            if response.transaction:
                self._id = response.transaction
            if response._pb.WhichOneof("result"):
                snapshots.append(_parse_batch_get(response, reference_map, client))
        if not self.in_progress:
            raise google_exceptions.Unknown("BatchGetDocuments began no transaction")
        return iter(snapshots)


def run_in_transaction(
    client: firestore.Client, work: Callable[[ReadBegunTransaction], T], attempts: int
) -> T:
    """`work(transaction)` then its commit; again in a new transaction while the commit is aborted."""
    retry_of: bytes | None = None
    aborted: Exception | None = None
    for _ in range(attempts):
        transaction = ReadBegunTransaction(client, retry_of)
        try:
            result = work(transaction)
            if not transaction.in_progress:  # nothing read: begin it the library's way
                transaction._begin(retry_id=retry_of)
        except BaseException:
            if transaction.in_progress:
                transaction._rollback()
            raise
        try:
            transaction._commit()
            return result
        except google_exceptions.Aborted as error:
            aborted = error
            retry_of = retry_of or transaction._id
            transaction._clean_up()
    raise ValueError(f"Failed to commit transaction in {attempts} attempts.") from aborted
