"""Gmail's view of stored RFC 822 bytes: base64url for format=raw, and the snippet every format has.

Parsed with the standard library email package.
"""

from __future__ import annotations

import base64
import email
import html
import re
from email import policy
from email.message import Message

SNIPPET_LENGTH = 200
_TAG = re.compile(r"<[^>]+>")
_STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b.*?</\1>", re.IGNORECASE | re.DOTALL)
_WHITESPACE = re.compile(r"\s+")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def parse_rfc822(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=policy.default)


def snippet(message: Message) -> str:
    """About 200 characters of the body text, whitespace collapsed and HTML-escaped like Gmail."""
    text = _first_text(message, "text/plain")
    if text is None:
        markup = _first_text(message, "text/html") or ""
        text = html.unescape(_TAG.sub(" ", _STYLE_OR_SCRIPT.sub(" ", markup)))
    short = _WHITESPACE.sub(" ", text).strip()[:SNIPPET_LENGTH]
    return html.escape(short, quote=True).replace("&#x27;", "&#39;")


def _leaves(part: Message):
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for child in part.get_payload():
            yield from _leaves(child)
    else:
        yield part


def _leaf_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822" and part.is_multipart():
        return part.get_payload(0).as_bytes()
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:  # undecodable RFC 2231 names
        return ""


def _is_attachment(part: Message) -> bool:
    return bool(_filename(part)) or part.get_content_disposition() == "attachment"


def _first_text(message: Message, content_type: str) -> str | None:
    for part in _leaves(message):
        if part.get_content_type() == content_type and not _is_attachment(part):
            data = _leaf_bytes(part)
            charset = part.get_content_charset() or "utf-8"
            try:
                return data.decode(charset, errors="replace")
            except LookupError:
                return data.decode("utf-8", errors="replace")
    return None
