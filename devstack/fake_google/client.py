"""`FakeGoogleControl`: a small Python client for the fake's /_devstack/ endpoints.

control = FakeGoogleControl(server.url)
control.register_client("web-client", "secret", ["http://127.0.0.1:8080/auth/callback"])
control.create_user("ada@example.com")
ids = control.add_messages("ada@example.com", [rfc822_bytes])
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import quote

import requests

GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SPREADSHEETS = "https://www.googleapis.com/auth/spreadsheets"
DRIVE_FILE = "https://www.googleapis.com/auth/drive.file"


class FakeGoogleControl:
    """Arrange and inspect a running fake Google at `base_url` (no trailing slash needed)."""

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        response = self._session.request(
            method, f"{self.base_url}/_devstack{path}", json=body, timeout=self._timeout
        )
        response.raise_for_status()
        return response.json()

    @staticmethod
    def _user_path(email: str) -> str:
        return "/users/" + quote(email, safe="@")

    def reset(self) -> None:
        """Forget every user, client, grant, message, sheet, counter and fault."""
        self._call("POST", "/reset")

    def register_client(self, client_id: str, client_secret: str, redirect_uris: Iterable[str]) -> None:
        self._call(
            "POST",
            "/clients",
            {"client_id": client_id, "client_secret": client_secret, "redirect_uris": list(redirect_uris)},
        )

    def create_user(
        self,
        email: str,
        name: str | None = None,
        deny_consent: bool = False,
        withheld_scopes: Iterable[str] = (),
    ) -> dict:
        """Create (or replace) a Google account; returns {email, name, sub, deny_consent, withheld_scopes}.

        `withheld_scopes` are the boxes the user unticks at the consent screen: never granted."""
        body = {"email": email, "name": name, "deny_consent": deny_consent}
        return self._call("POST", "/users", {**body, "withheld_scopes": list(withheld_scopes)})

    def add_messages(
        self,
        email: str,
        raw_messages: Iterable[bytes],
        label_ids: list[str] | None = None,
        internal_dates: Iterable[datetime | None] | None = None,
        thread_ids: Iterable[str | None] | None = None,
    ) -> list[str]:
        """Deliver RFC 822 messages to a mailbox; returns their Gmail ids in the same order.

        `label_ids` applies to all (default INBOX, UNREAD); internal dates default to the Date header;
        threads default to In-Reply-To/References matching, else a new thread.
        """
        raws = list(raw_messages)
        dates = list(internal_dates) if internal_dates is not None else [None] * len(raws)
        threads = list(thread_ids) if thread_ids is not None else [None] * len(raws)
        entries = []
        for raw, date, thread_id in zip(raws, dates, threads, strict=True):
            entry: dict = {"raw": base64.b64encode(raw).decode("ascii")}
            if label_ids is not None:
                entry["labelIds"] = label_ids
            if date is not None:
                entry["internalDate"] = int(date.timestamp() * 1000)
            if thread_id is not None:
                entry["threadId"] = thread_id
            entries.append(entry)
        return self._call("POST", self._user_path(email) + "/messages", {"messages": entries})["ids"]

    def add_message(self, email: str, raw: bytes, **options) -> str:
        """Deliver one message; `options` as for add_messages but singular (label_ids, ...)."""
        date = options.pop("internal_date", None)
        thread_id = options.pop("thread_id", None)
        return self.add_messages(email, [raw], internal_dates=[date], thread_ids=[thread_id], **options)[0]

    def expire_history_before(self, email: str, history_id: int | str) -> int:
        """Drop history older than `history_id`; history.list from an older start then 404s."""
        return self._call("POST", self._user_path(email) + "/history/expire", {"before": int(history_id)})[
            "dropped"
        ]

    def repeat_on_next_page(self, email: str, count: int) -> None:
        """Make messages.list list each page's last `count` messages again at the top of the next."""
        self._call("POST", self._user_path(email) + "/listing", {"repeat_on_next_page": count})

    def revoke_user_grants(self, email: str) -> int:
        """The user removes the app in their Google account: every grant of theirs is revoked."""
        return self._call("POST", self._user_path(email) + "/revoke")["revoked"]

    def expire_access_tokens(self, email: str) -> int:
        """Make the user's access tokens expire now (refresh tokens keep working)."""
        return self._call("POST", self._user_path(email) + "/expire-access-tokens")["expired"]

    def issue_tokens(self, email: str, client_id: str, scopes: Iterable[str]) -> dict:
        """Consent without a browser: {access_token, refresh_token, expires_in, scope, id_token, ...}."""
        return self._call("POST", "/tokens", {"email": email, "client_id": client_id, "scopes": list(scopes)})

    def create_sheet(
        self,
        owner: str,
        title: str = "My job applications",
        sheets: list[str] | None = None,
        client_id: str | None = None,
    ) -> dict:
        """An existing spreadsheet owned by `owner`: {spreadsheetId, spreadsheetUrl}.

        `client_id` makes it reachable by that client with only the drive.file scope (as if picked).
        """
        body: dict = {"title": title, "sheets": sheets or ["Sheet1"]}
        if client_id:
            body["client_id"] = client_id
        return self._call("POST", self._user_path(owner) + "/sheets", body)

    def type_in_sheet(
        self, email: str, client_id: str, spreadsheet_id: str, a1_range: str, rows: list[list[str]]
    ) -> dict:
        """The sheet's owner types into cells, as the Sheets UI does: a values.update (USER_ENTERED)
        through the Sheets API itself, with a token of their own (any registered client)."""
        token = self.issue_tokens(email, client_id, [SPREADSHEETS])["access_token"]
        response = self._session.put(
            f"{self.base_url}/v4/spreadsheets/{spreadsheet_id}/values/{quote(a1_range, safe='')}",
            params={"valueInputOption": "USER_ENTERED"},
            json={"values": rows},
            headers={"Authorization": f"Bearer {token}"},
            timeout=self._timeout,
        )
        response.raise_for_status()
        return response.json()

    def read_sheet(self, spreadsheet_id: str) -> dict:
        """{spreadsheetId, title, owner, sheets: [{sheetId, title, gridProperties, values}]}."""
        return self._call("GET", f"/sheets/{spreadsheet_id}")

    def sheet_values(self, spreadsheet_id: str, sheet_title: str | None = None) -> list[list[str]]:
        """One tab's full grid as strings (the first tab by default)."""
        sheets = self.read_sheet(spreadsheet_id)["sheets"]
        chosen = sheets[0] if sheet_title is None else next(s for s in sheets if s["title"] == sheet_title)
        return chosen["values"]

    def set_faults(self, rate: float, kinds: Iterable[str] | None = None, **plan) -> dict:
        """Install a FaultPlan (devstack/faults.py), e.g. set_faults(1.0, ["429"], services=["gmail"])."""
        body = {"rate": rate, **plan}
        if kinds is not None:
            body["kinds"] = list(kinds)
        if "services" in body:
            body["services"] = list(body["services"])
        return self._call("PUT", "/faults", body)

    def clear_faults(self) -> None:
        self.set_faults(0.0)

    def faults(self) -> dict:
        return self._call("GET", "/faults")

    def sign_id_token(self, claims: dict) -> str:
        """A JWT over `claims` signed with the fake's key (served at /oauth2/v3/certs)."""
        return self._call("POST", "/id_tokens", {"claims": claims})["token"]

    def counters(self) -> dict[str, int]:
        """Calls per "<service>.<method>", e.g. {"gmail.messages.get": 120, "oauth.token": 2}."""
        return self._call("GET", "/counters")

    def reset_counters(self) -> None:
        self._call("POST", "/counters/reset")
