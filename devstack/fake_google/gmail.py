"""Gmail API v1 as infra/gmail.py calls it: users.getProfile, messages.list (q: after:, in:),
messages.get (format raw), history.list (messageAdded). Spam and trash are left out of lists, as
Gmail does unless asked (production never asks).

Paths as googleapiclient builds them with api_endpoint=BASE_URL: /gmail/v1/users/{userId}/...
"""

from __future__ import annotations

import base64
import re

from flask import Blueprint, jsonify, request

from devstack.fake_google.auth import GMAIL_READ_SCOPES, bearer_token, check_user_id, require_any_scope
from devstack.fake_google.calls import start_call
from devstack.fake_google.errors import invalid_argument, not_found
from devstack.fake_google.gmail_query import QueryError, parse_query
from devstack.fake_google.mailbox import HistoryExpired, Mailbox, StoredMessage
from devstack.fake_google.state import get_state

gmail_api = Blueprint("gmail", __name__, url_prefix="/gmail/v1/users/<user_id>")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
_MESSAGE_ID = re.compile(r"^[0-9a-f]{1,24}$")


def _open_mailbox(user_id: str, method: str) -> Mailbox:
    start_call("gmail", method)
    token = bearer_token()
    require_any_scope(token, GMAIL_READ_SCOPES)
    check_user_id(token, user_id)
    return get_state().mailbox(token.email)


def _page_size(default: int = DEFAULT_PAGE_SIZE) -> int:
    try:
        requested = int(request.args.get("maxResults", default))
    except ValueError as error:
        raise invalid_argument("Invalid maxResults") from error
    return max(1, min(requested, MAX_PAGE_SIZE))


@gmail_api.get("/profile")
def get_profile(user_id: str):
    return jsonify(_open_mailbox(user_id, "getProfile").profile())


@gmail_api.get("/messages")
def list_messages(user_id: str):
    mailbox = _open_mailbox(user_id, "messages.list")
    try:
        query = parse_query(request.args.get("q", ""))
    except QueryError as error:
        raise invalid_argument(str(error)) from error

    def matches(message: StoredMessage) -> bool:
        return not {"SPAM", "TRASH"} & set(message.label_ids) and query(message)

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
    mailbox = _open_mailbox(user_id, "messages.get")
    message_format = request.args.get("format", "full").lower()
    if message_format != "raw":
        raise invalid_argument(f"format {message_format} is not served by the fake (only raw)")
    message = _find_message(mailbox, message_id)
    return jsonify({**message.summary(), "raw": base64.urlsafe_b64encode(message.raw).decode("ascii")})


@gmail_api.get("/history")
def list_history(user_id: str):
    mailbox = _open_mailbox(user_id, "history.list")
    start = request.args.get("startHistoryId", "")
    if not start.isdigit():
        raise invalid_argument(
            "Invalid startHistoryId" if start else "Missing required field: startHistoryId"
        )
    history_types = request.args.getlist("historyTypes")
    try:
        records, next_token, current = mailbox.history_page(
            int(start), request.args.get("pageToken"), _page_size()
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


def _find_message(mailbox: Mailbox, message_id: str) -> StoredMessage:
    if not _MESSAGE_ID.match(message_id):
        raise invalid_argument("Invalid id value")
    message = mailbox.get(message_id)
    if message is None:
        raise not_found()
    return message
