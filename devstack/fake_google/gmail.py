"""Gmail API v1 (users.getProfile, messages.list/get, attachments.get, history.list, labels.list).

Paths as googleapiclient builds them with api_endpoint=BASE_URL: /gmail/v1/users/{userId}/...
"""

from __future__ import annotations

import re

from flask import Blueprint, jsonify, request

from devstack.fake_google import mime_payload
from devstack.fake_google.auth import (
    GMAIL_METADATA,
    GMAIL_READ_SCOPES,
    bearer_token,
    check_user_id,
    require_any_scope,
)
from devstack.fake_google.calls import start_call
from devstack.fake_google.errors import ApiError, invalid_argument, not_found
from devstack.fake_google.gmail_query import QueryError, label_key, parse_query
from devstack.fake_google.grants import AccessToken
from devstack.fake_google.mailbox import HistoryExpired, Mailbox, StoredMessage
from devstack.fake_google.state import get_state

gmail_api = Blueprint("gmail", __name__, url_prefix="/gmail/v1/users/<user_id>")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
FORMATS = ("full", "metadata", "minimal", "raw")
SYSTEM_LABELS = (
    "INBOX",
    "SPAM",
    "TRASH",
    "UNREAD",
    "STARRED",
    "IMPORTANT",
    "SENT",
    "DRAFT",
    "CATEGORY_PERSONAL",
    "CATEGORY_SOCIAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_UPDATES",
    "CATEGORY_FORUMS",
)
_MESSAGE_ID = re.compile(r"^[0-9a-f]{1,24}$")


def _open_mailbox(
    user_id: str, method: str, allow_metadata_scope: bool = True
) -> tuple[Mailbox, AccessToken]:
    start_call("gmail", method)
    token = bearer_token()
    allowed = set(GMAIL_READ_SCOPES) | ({GMAIL_METADATA} if allow_metadata_scope else set())
    require_any_scope(token, allowed)
    check_user_id(token, user_id)
    return get_state().mailbox(token.email), token


def _metadata_only(token: AccessToken) -> bool:
    return not set(token.scopes) & GMAIL_READ_SCOPES


def _page_size(default: int = DEFAULT_PAGE_SIZE) -> int:
    try:
        requested = int(request.args.get("maxResults", default))
    except ValueError as error:
        raise invalid_argument("Invalid maxResults") from error
    return max(1, min(requested, MAX_PAGE_SIZE))


@gmail_api.get("/profile")
def get_profile(user_id: str):
    mailbox, _ = _open_mailbox(user_id, "getProfile")
    return jsonify(mailbox.profile())


@gmail_api.get("/messages")
def list_messages(user_id: str):
    mailbox, token = _open_mailbox(user_id, "messages.list")
    q = request.args.get("q", "")
    if q and _metadata_only(token):
        raise ApiError(403, "Metadata scope does not support 'q' parameter", reason="forbidden")
    try:
        query = parse_query(q)
    except QueryError as error:
        raise invalid_argument(str(error)) from error
    wanted_labels = [label_key(label) for label in request.args.getlist("labelIds")]
    include_spam_trash = request.args.get("includeSpamTrash", "false").lower() == "true"
    hide_spam_trash = not (
        include_spam_trash or query.mentions_spam_or_trash or {"spam", "trash"} & set(wanted_labels)
    )

    def matches(message: StoredMessage) -> bool:
        have = {label_key(label) for label in message.label_ids}
        if hide_spam_trash and have & {"spam", "trash"}:
            return False
        return all(label in have for label in wanted_labels) and query.matches(message)

    try:
        page, next_token, total = mailbox.list_page(matches, request.args.get("pageToken"), _page_size())
    except ValueError as error:  # a page token this server did not issue
        raise invalid_argument("Invalid pageToken") from error
    body: dict = {}
    if page:
        body["messages"] = [{"id": m.message_id, "threadId": m.thread_id} for m in page]
    if next_token:
        body["nextPageToken"] = next_token
    body["resultSizeEstimate"] = total
    return jsonify(body)


@gmail_api.get("/messages/<message_id>")
def get_message(user_id: str, message_id: str):
    mailbox, token = _open_mailbox(user_id, "messages.get")
    message_format = request.args.get("format", "full").lower()
    if message_format not in FORMATS:
        raise invalid_argument(f"Invalid value at 'format' ({request.args.get('format')})")
    if _metadata_only(token) and message_format in ("full", "raw"):
        raise ApiError(
            403, f"Metadata scope doesn't allow format {message_format.upper()}", reason="forbidden"
        )
    message = _find_message(mailbox, message_id)
    body = message.summary()
    if message_format == "raw":
        body["raw"] = mime_payload.b64url(message.raw)
    elif message_format == "full":
        body["payload"] = mime_payload.payload_tree(message.parsed(), message.message_id)
    elif message_format == "metadata":
        wanted = request.args.getlist("metadataHeaders")
        body["payload"] = mime_payload.metadata_payload(message.parsed(), wanted)
    return jsonify(body)


@gmail_api.get("/messages/<message_id>/attachments/<attachment_id>")
def get_attachment(user_id: str, message_id: str, attachment_id: str):
    mailbox, _ = _open_mailbox(user_id, "messages.attachments.get", allow_metadata_scope=False)
    message = _find_message(mailbox, message_id)
    data = mime_payload.attachment_bytes(message.parsed(), message.message_id, attachment_id)
    if data is None:
        raise invalid_argument("Invalid attachment token")
    return jsonify({"attachmentId": attachment_id, "size": len(data), "data": mime_payload.b64url(data)})


@gmail_api.get("/history")
def list_history(user_id: str):
    mailbox, _ = _open_mailbox(user_id, "history.list")
    start = request.args.get("startHistoryId", "")
    if not start.isdigit():
        raise invalid_argument(
            "Invalid startHistoryId" if start else "Missing required field: startHistoryId"
        )
    history_types = request.args.getlist("historyTypes")
    try:
        records, next_token, current = mailbox.history_page(
            int(start), request.args.get("labelId"), request.args.get("pageToken"), _page_size()
        )
    except HistoryExpired as error:
        raise not_found() from error
    except ValueError as error:
        raise invalid_argument("Invalid pageToken") from error
    if history_types and "messageAdded" not in history_types:
        records, next_token = [], None  # the fake only records message additions
    body: dict = {}
    if records:
        body["history"] = records
    if next_token:
        body["nextPageToken"] = next_token
    body["historyId"] = str(current)
    return jsonify(body)


@gmail_api.get("/labels")
def list_labels(user_id: str):
    _open_mailbox(user_id, "labels.list")
    labels = [{"id": name, "name": name, "type": "system"} for name in SYSTEM_LABELS]
    return jsonify({"labels": labels})


def _find_message(mailbox: Mailbox, message_id: str) -> StoredMessage:
    if not _MESSAGE_ID.match(message_id):
        raise invalid_argument("Invalid id value")
    message = mailbox.get(message_id)
    if message is None:
        raise not_found()
    return message
