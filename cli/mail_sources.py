"""Mail exported from a mailbox, read one message at a time: mbox (Google Takeout), .eml folders, JSONL.

Each source yields `SourceMessage`s in input order without holding more than one message in memory,
so a mailbox of several GB streams through. A message that can't be read is yielded with `error`
set, so the caller can report its position and go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from pathlib import Path

from cli.files import jsonl_records
from tracker.email_reading import email_from_fields
from tracker.email_reading.headers import HEADER_CHARS
from tracker.email_reading.mime import read_raw_email
from tracker.models import EmailMessage

_MBOX_FROM_QUOTED = re.compile(rb"^>+From ")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
# Real header blocks are a few KB (long Received chains and signatures included); the header parser
# reads everything it is given line by line, body too, so it gets only this much of the message.
_THREAD_HEADER_BYTES = 256_000


@dataclass(frozen=True)
class SourceMessage:
    """One message of an export: `position` says where it is (for error reports). `skipped` says why
    it could not be read within its reading budget (its `email` then holds only what was read)."""

    position: str
    email: EmailMessage | None = None
    error: str | None = None
    skipped: str | None = None


def read_messages(path: Path) -> Iterator[SourceMessage]:
    """The messages of an mbox file, a folder of .eml files or a JSON Lines file, in input order."""
    if path.is_dir():
        return _read_eml_folder(path)
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return _read_jsonl(path)
    return _read_mbox(path)


def thread_of(raw: bytes) -> str | None:
    """A thread id from the headers: Gmail's (Takeout's X-GM-THRID), else the conversation's first
    Message-ID (References, In-Reply-To, else the message's own), as mail clients thread."""
    try:
        head = raw[:_THREAD_HEADER_BYTES]
        end = min((i for i in (head.find(b"\n\n"), head.find(b"\r\n\r\n")) if i >= 0), default=len(head))
        headers = BytesHeaderParser().parsebytes(head[:end])
        gmail_thread = str(headers.get("X-GM-THRID") or "").strip()
        if gmail_thread:
            return f"gm-{gmail_thread}"
        for name in ("References", "In-Reply-To", "Message-ID"):
            ids = _MESSAGE_ID.findall(str(headers.get(name) or "")[:HEADER_CHARS])
            if ids:
                return ids[0]
    except Exception:  # a thread id is a hint; unreadable headers just mean none
        return None
    return None


def _from_raw(raw: bytes, position: str, fallback_id: str) -> SourceMessage:
    try:
        reading = read_raw_email(raw, thread_id=thread_of(raw))
    except Exception as error:  # read_raw_email is built not to raise; a bug must not stop the import
        return SourceMessage(position, error=f"unreadable message: {error}")
    email = reading.email
    if not email.message_id:
        email = EmailMessage(
            message_id=fallback_id,
            sender=email.sender,
            subject=email.subject,
            body=email.body,
            received_at=email.received_at,
            thread_id=email.thread_id,
            quoted=email.quoted,
        )
    return SourceMessage(position, email, skipped=reading.skipped)


def _mbox_messages(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, raw bytes) per message of an mbox (mboxrd: '>From ' lines unquoted)."""
    lines: list[bytes] = []
    start = 0
    previous_blank = True
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith(b"From ") and previous_blank:
                if lines:
                    yield start, b"".join(lines)
                lines, start = [], number
                previous_blank = False
                continue
            if _MBOX_FROM_QUOTED.match(line):
                line = line[1:]
            lines.append(line)
            previous_blank = line in (b"\n", b"\r\n")
    if lines and any(line.strip() for line in lines):
        yield start, b"".join(lines)


def _read_mbox(path: Path) -> Iterator[SourceMessage]:
    for index, (line_number, raw) in enumerate(_mbox_messages(path), start=1):
        yield _from_raw(raw, f"message {index} (line {line_number})", f"mbox-{index}")


def _read_eml_folder(path: Path) -> Iterator[SourceMessage]:
    for file in sorted(path.rglob("*.eml")):
        try:
            raw = file.read_bytes()
        except OSError as error:
            yield SourceMessage(str(file), error=f"can't read: {error}")
            continue
        yield _from_raw(raw, str(file), file.name)


def _read_jsonl(path: Path) -> Iterator[SourceMessage]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in jsonl_records(handle):
            position = f"line {line.line_number}"
            record = line.record
            if record is None:
                yield SourceMessage(position, error=line.problem)
                continue
            yield SourceMessage(
                position,
                email_from_fields(
                    str(record.get("id") or f"line-{line.line_number}"),
                    _text(record.get("from")),
                    _text(record.get("date")),
                    _text(record.get("subject")),
                    _text(record.get("body")),
                ),
            )


def _text(value: object) -> str:
    return "" if value is None else str(value)
