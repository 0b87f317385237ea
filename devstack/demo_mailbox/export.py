"""Write a generated mailbox in the formats other commands read: an mbox as Google Takeout writes it, a
folder of .eml files, JSONL of readable emails, and the ground truth as JSONL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from devstack.demo_mailbox.model import DemoEmail

# Gmail label ids as Takeout spells them in X-Gmail-Labels.
_TAKEOUT_LABELS = {
    "INBOX": "Inbox",
    "IMPORTANT": "Important",
    "CATEGORY_UPDATES": "Category Updates",
    "CATEGORY_PROMOTIONS": "Category Promotions",
    "CATEGORY_SOCIAL": "Category Social",
    "CATEGORY_PERSONAL": "Category Personal",
    "CATEGORY_FORUMS": "Category Forums",
    "UNREAD": "Unread",
}
_FROM_LINE = re.compile(rb"^(>*From )", re.M)


def write_mbox(mailbox: Iterable[DemoEmail], path: str | Path) -> Path:
    """An mbox like Google Takeout's: "From <thread>@xxx <date>" separators, X-GM-THRID and
    X-Gmail-Labels headers first, LF line ends, and mboxrd quoting of body lines starting with ">*From "."""
    path = Path(path)
    with path.open("wb") as out:
        for email in mailbox:
            out.write(takeout_entry(email))
    return path


def takeout_entry(email: DemoEmail) -> bytes:
    """One message as it appears in a Takeout mbox, separator line and trailing blank line included."""
    thread = int(email.thread_id, 16)
    stamp = email.received_at.strftime("%a %b %d %H:%M:%S +0000 %Y")
    labels = [_TAKEOUT_LABELS.get(label, label) for label in email.labels if label != "UNREAD"]
    labels.append("Unread" if "UNREAD" in email.labels else "Opened")
    head = f"From {thread}@xxx {stamp}\nX-GM-THRID: {thread}\nX-Gmail-Labels: {','.join(labels)}\n"
    body = mboxrd_quote(email.raw.replace(b"\r\n", b"\n"))
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n\n"


def mboxrd_quote(message: bytes) -> bytes:
    """Add one ">" to every line that starts with any number of ">" followed by "From " (mboxrd)."""
    return _FROM_LINE.sub(rb">\1", message)


def write_eml_dir(mailbox: Iterable[DemoEmail], directory: str | Path) -> Path:
    """One .eml file per message (raw bytes, CRLF), named so that a directory listing is in date order."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for index, email in enumerate(mailbox):
        token = re.sub(r"[^A-Za-z0-9]+", "-", email.message_id.strip("<>").split("@")[0])[:40].strip("-")
        (directory / f"{index:05d}-{token}.eml").write_bytes(email.raw)
    return directory


def write_jsonl(mailbox: Iterable[DemoEmail], path: str | Path) -> Path:
    """One JSON object per line: {id, from, date, subject, body}; id is the Message-ID, date ISO 8601 UTC,
    body the decoded readable text (the plain part, or the HTML part turned into text)."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for email in mailbox:
            out.write(json.dumps(readable_record(email), ensure_ascii=False) + "\n")
    return path


def write_truth(mailbox: Iterable[DemoEmail], path: str | Path) -> Path:
    """One JSON object per line: {id, kind, status, company, job_title, application_key}; id = Message-ID."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for email in mailbox:
            truth = email.truth
            record = {
                "id": email.message_id,
                "kind": truth.kind,
                "status": truth.status,
                "company": truth.company,
                "job_title": truth.job_title,
                "application_key": truth.application_key,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def readable_record(email: DemoEmail) -> dict[str, str]:
    """The email as {id, from, date, subject, body} with headers and body decoded."""
    message = message_from_bytes(email.raw, policy=policy.default)
    return {
        "id": email.message_id,
        "from": str(message["From"]),
        "date": email.received_at.isoformat(),
        "subject": str(message["Subject"] or ""),
        "body": readable_body(message),
    }


def readable_body(message: EmailMessage) -> str:
    """The text a person would read: the text/plain part if there is one, else the HTML part's text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def html_to_text(markup: str) -> str:
    """Visible text of an HTML email: no styles, scripts or hidden preheaders; blocks on their own lines."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.chunks).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


class _TextExtractor(HTMLParser):
    _SKIP = {"style", "script", "head", "title"}
    _BLOCK = {"p", "div", "tr", "h1", "h2", "h3", "li", "table", "blockquote"}
    _VOID = {"br", "meta", "img", "hr", "input", "link", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = (dict(attrs).get("style") or "").replace(" ", "")
        if tag in self._VOID:
            if tag == "br" and not self._skipping:
                self.chunks.append("\n")
        elif self._skipping or tag in self._SKIP or "display:none" in style:
            self._skipping.append(tag)  # everything inside a hidden element is hidden too
        elif tag in self._BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        elif tag in self._BLOCK or tag == "td":
            self.chunks.append("\n" if tag != "td" else " ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.chunks.append(data)
