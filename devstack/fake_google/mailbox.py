"""One user's Gmail mailbox: messages kept newest first, threads, and the history log.

Built for thousands of messages: ids index the messages, a sorted list gives newest-first pages
with cursor page tokens, and history records are an ascending list searched by bisection.
"""

from __future__ import annotations

import base64
import bisect
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

FIRST_HISTORY_ID = 1000
DEFAULT_LABELS = ("INBOX", "UNREAD")
_HEADER_PARSER = BytesHeaderParser()


class HistoryExpired(Exception):
    """startHistoryId is older than the history this mailbox still keeps."""


@dataclass
class StoredMessage:
    """A message as Gmail holds it."""

    message_id: str
    thread_id: str
    label_ids: list[str]
    internal_ms: int
    raw: bytes
    history_id: int
    sequence: int

    @property
    def sort_key(self) -> tuple[int, int]:
        """Ascending order of this key is Gmail's newest-first order."""
        return (-self.internal_ms, -self.sequence)

    def summary(self) -> dict:
        """What messages.get answers besides the raw bytes (no snippet: production reads none)."""
        return {
            "id": self.message_id,
            "threadId": self.thread_id,
            "labelIds": list(self.label_ids),
            "sizeEstimate": len(self.raw),
            "historyId": str(self.history_id),
            "internalDate": str(self.internal_ms),
        }


@dataclass(frozen=True)
class NewMessage:
    """A message to deliver: RFC 822 bytes plus what Gmail would decide on arrival."""

    raw: bytes
    label_ids: tuple[str, ...] | None = None
    internal_ms: int | None = None
    thread_id: str | None = None


def _page_token(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def _read_page_token(token: str) -> str:
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()


class Mailbox:
    def __init__(self, email: str, next_number: Callable[[], int]) -> None:
        self.email = email
        self._next_number = next_number
        self._lock = threading.Lock()
        self._by_id: dict[str, StoredMessage] = {}
        self._ordered: list[StoredMessage] = []
        self._threads_by_message_id_header: dict[str, str] = {}
        self._thread_ids: set[str] = set()
        self._history: list[tuple[int, str]] = []  # (history id, message id), ascending
        self._oldest_valid_start = 0
        self.history_id = FIRST_HISTORY_ID
        # messages.list repeats this many messages of each page at the top of the next, as Gmail does
        # when mail arriving mid-listing shifts the pages (a test's arrangement).
        self.repeat_on_next_page = 0

    def deliver(self, messages: Iterable[NewMessage]) -> list[StoredMessage]:
        """Add messages (each gets an id, thread and history record); returns them in input order."""
        stored = []
        with self._lock:
            for new in messages:
                stored.append(self._deliver_one(new))
            self._ordered.sort(key=lambda m: m.sort_key)
        return stored

    def get(self, message_id: str) -> StoredMessage | None:
        with self._lock:
            return self._by_id.get(message_id)

    def profile(self) -> dict:
        with self._lock:
            return {
                "emailAddress": self.email,
                "messagesTotal": len(self._by_id),
                "threadsTotal": len(self._thread_ids),
                "historyId": str(self.history_id),
            }

    def list_page(
        self, matches: Callable[[StoredMessage], bool], page_token: str | None, max_results: int
    ) -> tuple[list[StoredMessage], str | None, int]:
        """Newest-first matches after the page token: (page, next token or None, total matches)."""
        with self._lock:
            ordered = list(self._ordered)
        start = 0
        if page_token:
            millis, sequence = _read_page_token(page_token).split(":")
            after_key = (-int(millis), -int(sequence))
            start = bisect.bisect_right(ordered, after_key, key=lambda m: m.sort_key)
            repeated = 0
            while start > 0 and repeated < self.repeat_on_next_page:
                start -= 1
                repeated += matches(ordered[start])
        total = sum(1 for m in ordered if matches(m))
        page: list[StoredMessage] = []
        next_token = None
        for message in ordered[start:]:
            if not matches(message):
                continue
            if len(page) == max_results:
                last = page[-1]
                next_token = _page_token(f"{last.internal_ms}:{last.sequence}")
                break
            page.append(message)
        return page, next_token, total

    def history_page(
        self, start_history_id: int, page_token: str | None, max_results: int
    ) -> tuple[list[dict], str | None, int]:
        """History records after `start_history_id`: (records, next token or None, current id)."""
        with self._lock:
            if start_history_id < self._oldest_valid_start:
                raise HistoryExpired(start_history_id)
            after = int(_read_page_token(page_token)) if page_token else start_history_id
            first = bisect.bisect_right(self._history, (after, "\uffff"))
            candidates = self._history[first:]
            current = self.history_id
            by_id = self._by_id
        records: list[dict] = []
        next_token = None
        for history_id, message_id in candidates:
            message = by_id[message_id]
            if len(records) == max_results:
                next_token = _page_token(records[-1]["id"])
                break
            short = {"id": message.message_id, "threadId": message.thread_id}
            added = {**short, "labelIds": list(message.label_ids)}
            records.append(
                {"id": str(history_id), "messages": [short], "messagesAdded": [{"message": added}]}
            )
        return records, next_token, current

    def expire_history_before(self, history_id: int) -> int:
        """Forget history records older than `history_id`; a startHistoryId below it then 404s."""
        with self._lock:
            keep_from = bisect.bisect_left(self._history, (history_id, ""))
            dropped = keep_from
            del self._history[:keep_from]
            self._oldest_valid_start = max(self._oldest_valid_start, history_id)
            return dropped

    def _deliver_one(self, new: NewMessage) -> StoredMessage:
        headers = _HEADER_PARSER.parsebytes(new.raw)
        internal_ms = new.internal_ms if new.internal_ms is not None else _date_header_ms(headers)
        number = self._next_number()
        message_id = f"{internal_ms & 0xFFFFFFFFFFF:011x}{number & 0xFFFFF:05x}"
        self.history_id += 1
        message = StoredMessage(
            message_id=message_id,
            thread_id=new.thread_id or self._thread_of(headers) or message_id,
            label_ids=list(new.label_ids if new.label_ids is not None else DEFAULT_LABELS),
            internal_ms=internal_ms,
            raw=new.raw,
            history_id=self.history_id,
            sequence=number,
        )
        self._by_id[message_id] = message
        self._ordered.append(message)
        self._thread_ids.add(message.thread_id)
        self._history.append((self.history_id, message_id))
        own_id = str(headers.get("Message-ID", "")).strip()
        if own_id:
            self._threads_by_message_id_header.setdefault(own_id, message.thread_id)
        return message

    def _thread_of(self, headers: Message) -> str | None:
        referenced = str(headers.get("References", "")).split() + str(headers.get("In-Reply-To", "")).split()
        for reference in reversed(referenced):
            thread_id = self._threads_by_message_id_header.get(reference.strip())
            if thread_id:
                return thread_id
        return None


def _date_header_ms(headers: Message) -> int:
    try:
        sent = parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return int(time.time() * 1000)
    if sent.tzinfo is None:  # RFC 5322 "-0000": no zone information, read as UTC
        return int(sent.replace(tzinfo=UTC).timestamp() * 1000)
    return int(sent.timestamp() * 1000)
