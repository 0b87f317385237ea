"""Gmail adapter (Mailbox port): list new message ids, read history, get raw messages."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from googleapiclient.errors import HttpError

from infra.google_credentials import execute, google_service
from infra.settings import Settings
from tracker.errors import HistoryExpired
from tracker.service_ports import MessagePage, RawMessage

# Mail the user wrote, drafts and chats are never about an application they received.
_EXCLUDED_LABELS = {"SENT", "DRAFT", "CHAT", "SPAM", "TRASH"}
_QUERY_EXCLUSIONS = "-in:sent -in:drafts -in:chats"


def gmail_service(settings: Settings, credentials):
    return google_service("gmail", "v1", settings, credentials)


class GmailMailbox:
    """One user's Gmail through the real API client."""

    def __init__(self, service) -> None:
        self.users = service.users()

    def current_history_id(self) -> str:
        return str(execute(self.users.getProfile(userId="me"))["historyId"])

    def list_message_page(self, after: datetime, page_token: str | None, page_size: int) -> MessagePage:
        query = f"after:{int(after.timestamp())} {_QUERY_EXCLUSIONS}"
        response = execute(
            self.users.messages().list(userId="me", q=query, maxResults=page_size, pageToken=page_token)
        )
        ids = [message["id"] for message in response.get("messages", [])]
        # Gmail lists newest first; within a page the tracker works oldest first.
        return MessagePage(ids[::-1], response.get("nextPageToken"))

    def list_added_page(self, history_id: str, page_token: str | None, page_size: int) -> MessagePage:
        request = self.users.history().list(
            userId="me",
            startHistoryId=history_id,
            historyTypes="messageAdded",
            maxResults=page_size,
            pageToken=page_token,
        )
        try:
            response = execute(request)
        except HttpError as error:
            if error.resp.status == 404:
                raise HistoryExpired(history_id) from error
            raise
        ids: list[str] = []
        for record in response.get("history", []):
            for added in record.get("messagesAdded", []):
                message = added["message"]
                if not _EXCLUDED_LABELS.intersection(message.get("labelIds", [])):
                    ids.append(message["id"])
        return MessagePage(
            list(dict.fromkeys(ids)),
            response.get("nextPageToken"),
            str(response.get("historyId", history_id)),
        )

    def get_message(self, message_id: str) -> RawMessage | None:
        try:
            response = execute(self.users.messages().get(userId="me", id=message_id, format="raw"))
        except HttpError as error:
            if error.resp.status == 404:
                return None
            raise
        internal_ms = response.get("internalDate")
        return RawMessage(
            message_id=response["id"],
            thread_id=response.get("threadId"),
            raw=base64.urlsafe_b64decode(response["raw"] + "=" * (-len(response["raw"]) % 4)),
            internal_date=datetime.fromtimestamp(int(internal_ms) / 1000, tz=UTC) if internal_ms else None,
            label_ids=tuple(response.get("labelIds", [])),
        )
