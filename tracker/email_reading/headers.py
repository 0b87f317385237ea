"""Header values to plain text: encoded words decoded, folding undone, byte-string reprs unwrapped."""

from __future__ import annotations

import ast
import base64
import binascii
import quopri
import re
from email.header import Header, decode_header, make_header

from tracker.email_reading.charsets import decode_bytes, repair_surrogates

# Folding undone and spaces collapsed in one pass: one header is one line. ("\s*\r?\n" took
# quadratic time over a long run of spaces without a newline.)
_WHITESPACE = re.compile(r"\s+")
# Control characters have no business in a header (NUL and friends upset stores and sheets).
_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F])
# Those characters, tested for first: translating with a deleting table visits every character slowly.
_HAS_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
# Some exports write a header as Python's repr of its bytes: "b'Your application'".
_BYTES_REPR = re.compile(r"""^b(['"]).*\1$""", re.S)
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")

# Readable header text is cut to these. Subject and sender are copied into every event and into the
# employer's document (Firestore's 1 MiB limit) and the sheet: no real one is anywhere near as long.
HEADER_CHARS = 2_000
SUBJECT_CHARS = 1_000
SENDER_CHARS = 1_000
# Encoded words take up to ~9 source characters per character (Q-encoded CJK): a value is cut to
# this many times its limit before decoding, so no work is done on text that can't be kept.
_SOURCE_CHARS_PER_CHAR = 10


def header_text(value: object, limit: int = HEADER_CHARS) -> str:
    """A header value as one line of readable text of at most `limit` characters ('' for None or
    anything unreadable)."""
    if value is None:
        return ""
    source_limit = limit * _SOURCE_CHARS_PER_CHAR
    if isinstance(value, Header):
        text = _header_object_text(value)
    elif isinstance(value, bytes):
        text = decode_bytes(value[:source_limit])
    else:
        text = repair_surrogates(str(value)[:source_limit])
    text = _unwrap_bytes_repr(text[:source_limit])
    if "=?" in text:
        text = _decode_encoded_words(text)
    if _HAS_CONTROL.search(text):
        text = text.translate(_CONTROL)
    return _WHITESPACE.sub(" ", text).strip()[:limit].rstrip()


def _header_object_text(value: Header) -> str:
    # The stdlib wraps raw 8-bit header bytes as charset "unknown-8bit"; read them as UTF-8 (or cp1252).
    try:
        parts = decode_header(value)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return ""
    texts = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            texts.append(decode_bytes(chunk, None if charset in (None, "unknown-8bit") else charset))
        else:
            texts.append(chunk)
    return "".join(texts)


def _unwrap_bytes_repr(text: str) -> str:
    if not _BYTES_REPR.match(text):
        return text
    try:
        raw = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text
    return decode_bytes(raw) if isinstance(raw, bytes) else text


def _decode_encoded_words(text: str) -> str:
    try:
        return str(make_header(decode_header(text)))
    except (UnicodeError, LookupError, ValueError, AssertionError, IndexError, TypeError):
        return _ENCODED_WORD.sub(_decode_one_word, text)


def _decode_one_word(match: re.Match[str]) -> str:
    """One encoded word, decoded leniently when the stdlib refuses the whole header."""
    charset, encoding, payload = match.groups()
    try:
        if encoding in "bB":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, charset)
