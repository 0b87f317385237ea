"""What reading one raw message may cost: bytes, MIME parts, nesting depth, header size and time.

Anyone who knows an address can send a message built to stall the stdlib's MIME parser: millions of
short lines, parts nested hundreds deep (every line is checked against every open boundary, and the
parser recurses once per level), a Content-Type with 100,000 parameters (quadratic), 10,000 parts.
The parser is fed one chunk at a time and stopped where the message goes over budget; whatever was
parsed up to there (headers first, then parts in order) is still read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.feedparser import BytesFeedParser
from email.message import Message
from email.policy import Compat32


@dataclass(frozen=True)
class ReadingBudget:
    """Limits for reading one raw message; a message beyond them is read only up to them."""

    # Gmail's limit for a message one can send; beyond it are attachments we never read anyway.
    raw_bytes: int = 25_000_000
    # Real mail has a handful of parts, nested four or five deep; a forward of a forward a few more.
    parts: int = 500
    depth: int = 20
    # A 25 MB attachment is 340,000 lines of base64. The parser handles a header block in one go, so
    # the time budget can't stop it there: this bounds that (and every other per-line cost).
    lines: int = 500_000
    # Reading a real message takes milliseconds (a 25 MB one about 0.3 s on an idle core, 1.4 s on a
    # loaded one): the size limits above bound the work; this is only the net for what they miss, set
    # so that a busy instance never skips a real message.
    seconds: float = 5.0


DEFAULT_BUDGET = ReadingBudget()

# Raw header values as the parser keeps them. A Content-* header needs far less than this (its
# parameters are parsed in quadratic time); 16 KB holds a 1 KB subject in any encoding.
HEADER_SOURCE_CHARS = 16_000
CONTENT_HEADER_SOURCE_CHARS = 1_000
MAX_HEADERS_PER_PART = 1_000
_CHUNK_BYTES = 16_384


class _HeaderCappingPolicy(Compat32):
    """compat32 (what the rest of email_reading expects) with every header value cut to a budget."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        limit = CONTENT_HEADER_SOURCE_CHARS if name.lower().startswith("content-") else HEADER_SOURCE_CHARS
        return name, value[:limit]


_POLICY = _HeaderCappingPolicy()


class _OverBudget(Exception):
    """Stops the parser mid-message; `reason` names the budget."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BoundedParse:
    """The parsed message (None only if not even its headers could be read) and why parsing stopped
    early, if it did: `over_budget` names the budget, `timed_out` says it was the time budget."""

    message: Message | None
    over_budget: str | None = None
    timed_out: bool = False


def parse_within_budget(
    raw: bytes, budget: ReadingBudget = DEFAULT_BUDGET, deadline: float | None = None
) -> BoundedParse:
    """Parse `raw` (compat32) no further than `budget` allows; `deadline` is a time.monotonic() value."""
    deadline = time.monotonic() + budget.seconds if deadline is None else deadline
    counter = _PartCounter(budget)
    parser = BytesFeedParser(_factory=counter.new_part, policy=_POLICY)
    counter.reset()  # the parser made one part at construction, to learn the factory's signature
    over_budget = None
    timed_out = False
    data = bytes(raw or b"")
    if len(data) > budget.raw_bytes:
        over_budget = f"{budget.raw_bytes:,} bytes"
        data = data[: budget.raw_bytes]
    if data.count(b"\n") > budget.lines:
        over_budget = f"{budget.lines:,} lines"
        data = data[: _end_of_line(data, budget.lines)]
    try:
        for start in range(0, len(data), _CHUNK_BYTES):
            parser.feed(data[start : start + _CHUNK_BYTES])
            if time.monotonic() > deadline and start + _CHUNK_BYTES < len(data):
                over_budget, timed_out = f"{budget.seconds:g} s", True
                break
        else:
            return BoundedParse(parser.close(), over_budget)
    except _OverBudget as stop:
        over_budget = stop.reason
    except Exception:  # noqa: BLE001 - the stdlib parser is lenient, but bad input must never escape
        return BoundedParse(counter.root, "a MIME structure the parser can't read")
    return BoundedParse(counter.root, over_budget, timed_out)


def _end_of_line(data: bytes, line: int) -> int:
    """The offset just past the `line`-th newline of `data` (which has more than that many)."""
    low, high = 0, len(data)  # bisect on the count of newlines before an offset: each count runs in C
    while low < high:
        middle = (low + high) // 2
        if data.count(b"\n", 0, middle) < line:
            low = middle + 1
        else:
            high = middle
    return low


class _PartCounter:
    """The parser's message factory: counts parts and nesting, and stops the parser past the budget."""

    def __init__(self, budget: ReadingBudget) -> None:
        self.budget = budget
        self.parts = 0
        self.root: Message | None = None

    def reset(self) -> None:
        self.parts, self.root = 0, None

    def new_part(self, policy: Compat32 = _POLICY) -> Message:
        if self.parts >= self.budget.parts:
            raise _OverBudget(f"{self.budget.parts} MIME parts")
        self.parts += 1
        part = _BoundedMessage(self.budget.depth, policy)
        if self.root is None:
            self.root = part
        return part


class _BoundedMessage(Message):
    """A stdlib message that stops the parser when it would nest deeper than its budget or hold more
    headers than any real one (real mail has a few dozen; 100,000 Received lines take seconds)."""

    def __init__(self, max_depth: int, policy: Compat32) -> None:
        super().__init__(policy)
        self.max_depth = max_depth
        self.depth = 0

    def attach(self, payload: Message) -> None:  # type: ignore[override]
        if isinstance(payload, _BoundedMessage):
            if self.depth + 1 > self.max_depth:
                raise _OverBudget(f"MIME nesting {self.max_depth} deep")
            payload.depth = self.depth + 1
        super().attach(payload)

    def set_raw(self, name: str, value: str) -> None:
        if len(self) >= MAX_HEADERS_PER_PART:
            raise _OverBudget(f"{MAX_HEADERS_PER_PART:,} headers in one part")
        super().set_raw(name, value)
