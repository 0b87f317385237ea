"""A body of unknown encoding (as JSONL exports carry it) to readable text.

Exports hold bodies in every state: plain text, HTML, quoted-printable or base64 without their
headers, a whole raw MIME message, a multipart body without its top-level headers, or debris
such as the repr of Python objects. We recognise each by its shape and decode it.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

from tracker.email_reading.budget import parse_within_budget
from tracker.email_reading.charsets import decode_bytes
from tracker.email_reading.html_text import html_to_text, looks_like_html
from tracker.email_reading.mime import message_body_text

# No two quantifiers over the same characters side by side ("\s*,?\s*" was quadratic over spaces).
_OBJECT_REPR = re.compile(r"^\s*+\[?\s*+(?:<[\w.]+ object at 0x[0-9a-fA-F]+>\s*+(?:,\s*+)?)+\]?\s*$")
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?\S")
_MIME_HEADER = re.compile(r"^(?:content-type|mime-version|content-transfer-encoding):", re.I | re.M)
_BOUNDARY_START = re.compile(r"^\s*--([^\s]{1,200})\r?\n(?=[A-Za-z-]+:)")
_QP_MARK = re.compile(r"=(?:[0-9A-F]{2}|\r?\n)")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
# Possessive: giving back line breaks to "\s*" can never help, and trying it was quadratic.
_BASE64_BODY = re.compile(r"^[A-Za-z0-9+/\r\n]++={0,2}\s*$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)

_MAX_NESTING = 3


def decode_loose_body(body: str | bytes | None) -> str:
    """Readable text of a body whose transfer encoding and format are unknown ('' for none)."""
    if body is None:
        return ""
    text = decode_bytes(body) if isinstance(body, bytes) else str(body)
    try:
        return _decode(text, depth=0)
    except Exception:  # noqa: BLE001 - decoding is best effort; the raw text is better than a crash
        return text


def _decode(text: str, depth: int, decoded_qp: bool = False) -> str:
    if not text.strip() or _OBJECT_REPR.match(text):
        return ""
    if depth < _MAX_NESTING:
        mime_text = _as_mime_message(text)
        if mime_text is not None:
            return mime_text
        data = _as_base64(text)
        if data is not None:
            return _decode(_bytes_to_text(data), depth + 1, decoded_qp)
        # Decoding twice would turn literal "=92" left by the first pass into bytes.
        if not decoded_qp and _looks_quoted_printable(text):
            data = quopri.decodestring(text.encode("utf-8", errors="surrogateescape"))
            return _decode(_bytes_to_text(data), depth + 1, decoded_qp=True)
    if looks_like_html(text):
        return html_to_text(text)
    return text


def _as_mime_message(text: str) -> str | None:
    """The body text when `text` is a raw message or a multipart body missing its headers."""
    head = text.lstrip()[:4000]
    boundary = _BOUNDARY_START.match(head)
    if boundary:
        token = boundary.group(1)
        header = f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{token}"\n\n'
        raw = header + text.lstrip()
    elif _HEADER_LINE.match(head) and _MIME_HEADER.search(head.split("\n\n", 1)[0]):
        raw = text.lstrip()
    else:
        return None
    message = parse_within_budget(raw.encode("utf-8", errors="surrogateescape")).message
    return message_body_text(message) if message is not None else ""


def _as_base64(text: str) -> bytes | None:
    compact = text.strip()
    if len(compact) < 16 or not _BASE64_BODY.match(compact):
        return None
    lines = [line.strip() for line in compact.splitlines() if line.strip()]
    # Encoders wrap at a fixed width: every line but the last has the same length.
    if len(lines) > 1 and len({len(line) for line in lines[:-1]}) != 1:
        return None
    if len(lines) == 1 and (" " in compact or len(compact) % 4):
        return None
    try:
        data = base64.b64decode("".join(lines), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if _mostly_text(data) else None


def _mostly_text(data: bytes) -> bool:
    sample = data[:2000]
    if not sample:
        return False
    text = decode_bytes(sample)
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable / len(text) > 0.95


def _looks_quoted_printable(text: str) -> bool:
    sample = text[:20000]
    marks = _QP_MARK.findall(sample)
    if len(marks) < 2:
        return False
    return bool(_QP_SOFT_BREAK.search(sample)) or len(marks) >= 4


def _bytes_to_text(data: bytes) -> str:
    charset = _META_CHARSET.search(data[:4000])
    return decode_bytes(data, charset.group(1).decode("ascii") if charset else None)
