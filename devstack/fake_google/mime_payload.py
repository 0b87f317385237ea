"""Gmail's view of stored RFC 822 bytes: the `payload` part tree, the snippet and attachments.

Parsed with the standard library email package; header values are unfolded and RFC 2047-decoded
as Gmail returns them; body data is the transfer-decoded bytes, base64url encoded.
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


def header_list(part: Message) -> list[dict[str, str]]:
    """[{name, value}] in order; a header the parser cannot decode is returned raw."""
    headers = []
    for name, raw_value in part.raw_items():
        try:
            value = str(part.policy.header_fetch_parse(name, raw_value))
        except Exception:  # a malformed header must not hide the message
            value = str(raw_value)
        headers.append({"name": name, "value": value})
    return headers


def payload_tree(message: Message, message_id: str) -> dict:
    """The `payload` of format=full: partId, mimeType, filename, headers, body, parts."""
    return _part_node(message, "", message_id)


def metadata_payload(message: Message, only_headers: list[str]) -> dict:
    """The `payload` of format=metadata: headers, filtered by `metadataHeaders` when given."""
    wanted = {name.lower() for name in only_headers}
    headers = [h for h in header_list(message) if not wanted or h["name"].lower() in wanted]
    return {
        "partId": "",
        "mimeType": message.get_content_type(),
        "filename": "",
        "headers": headers,
    }


def attachment_id(message_id: str, part_id: str) -> str:
    return "ANGjdJ" + base64.urlsafe_b64encode(f"{message_id}:{part_id}".encode()).decode().rstrip("=")


def attachment_bytes(message: Message, message_id: str, wanted_id: str) -> bytes | None:
    """The decoded bytes of the attachment named by `wanted_id`, or None."""
    for part_id, part in _leaves(message, ""):
        if _is_attachment(part) and attachment_id(message_id, part_id) == wanted_id:
            return _leaf_bytes(part)
    return None


def has_attachment(message: Message) -> bool:
    return any(_is_attachment(part) for _, part in _leaves(message, ""))


def snippet(message: Message) -> str:
    """About 200 characters of the body text, whitespace collapsed and HTML-escaped like Gmail."""
    text = _first_text(message, "text/plain")
    if text is None:
        markup = _first_text(message, "text/html") or ""
        text = html.unescape(_TAG.sub(" ", _STYLE_OR_SCRIPT.sub(" ", markup)))
    short = _WHITESPACE.sub(" ", text).strip()[:SNIPPET_LENGTH]
    return html.escape(short, quote=True).replace("&#x27;", "&#39;")


def _part_node(part: Message, part_id: str, message_id: str) -> dict:
    node: dict = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": _filename(part),
        "headers": header_list(part),
    }
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        node["body"] = {"size": 0}
        node["parts"] = [
            _part_node(child, _child_id(part_id, index), message_id)
            for index, child in enumerate(part.get_payload())
        ]
        return node
    data = _leaf_bytes(part)
    if _is_attachment(part):
        node["body"] = {"attachmentId": attachment_id(message_id, part_id), "size": len(data)}
    elif data:
        node["body"] = {"size": len(data), "data": b64url(data)}
    else:
        node["body"] = {"size": 0}
    return node


def _child_id(parent_id: str, index: int) -> str:
    return f"{parent_id}.{index}" if parent_id else str(index)


def _leaves(part: Message, part_id: str):
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for index, child in enumerate(part.get_payload()):
            yield from _leaves(child, _child_id(part_id, index))
    else:
        yield part_id, part


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
    for _, part in _leaves(message, ""):
        if part.get_content_type() == content_type and not _is_attachment(part):
            data = _leaf_bytes(part)
            charset = part.get_content_charset() or "utf-8"
            try:
                return data.decode(charset, errors="replace")
            except LookupError:
                return data.decode("utf-8", errors="replace")
    return None
