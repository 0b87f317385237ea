"""An inbox written as an export is fed to `track`: JSON Lines of raw mail, read by the rules, and the
application records `track` writes of it (cli/track.py)."""

from __future__ import annotations

import json
from pathlib import Path

from cli.mail_sources import read_messages
from cli.track import application_records, track_messages
from tracker.extraction.rules import RulesExtractor


def raw_mail(id_: str, sender: str, date: str, subject: str, body: str) -> dict:
    """One mail as an export's line holds it."""
    return {"id": id_, "from": sender, "date": date, "subject": subject, "body": body}


def tracked_inbox(tmp_path: Path, mails: list[dict]) -> list[dict]:
    """The application records `track` makes of `mails`, written to a JSON Lines inbox under `tmp_path`."""
    inbox = tmp_path / "inbox.jsonl"
    inbox.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in mails) + "\n", encoding="utf-8")
    store, _ = track_messages(read_messages(inbox), RulesExtractor())
    return application_records(store)
