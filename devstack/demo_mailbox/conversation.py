"""Replies: "Re:" subjects, In-Reply-To/References chains and quoted earlier text, the way mail clients
write them. Alex's own replies are sent mail, so they never reach the inbox, but they are quoted and
referenced by the answers that do."""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from datetime import datetime

from devstack.demo_mailbox.ids import message_id
from devstack.demo_mailbox.layout import quote_reply
from devstack.demo_mailbox.model import DEMO_USER_ADDRESS, DEMO_USER_NAME, Draft

_RE_PREFIX = re.compile(r"^\s*((re|fwd?|aw|tr)\s*:\s*)+", re.I)
_TAG = re.compile(r"<(style|head|title)\b.*?</\1>|<[^>]+>", re.S | re.I)


@dataclass
class Thread:
    """A conversation: its Gmail thread id, first subject, and every message id in it (inbox or sent)."""

    thread_id: str
    subject: str
    last_draft: Draft
    last_when: datetime
    references: list[str] = field(default_factory=list)


def make_reply(rng: random.Random, draft: Draft, thread: Thread, when: datetime) -> Draft:
    """Rewrite `draft` as the next message of `thread`, sent at `when` (quoting, subject and headers)."""
    earlier_text = _readable(thread.last_draft)
    earlier = _attribution(thread.last_draft.sender_name, thread.last_draft.sender_address, thread.last_when)
    references = list(thread.references)
    if draft.answers_note:
        note_when = thread.last_when + (when - thread.last_when) * rng.uniform(0.2, 0.8)
        note_id = message_id(rng, "gmail", "mail.gmail.com", note_when)
        earlier_text = quote_reply(draft.answers_note, earlier_text, earlier)
        earlier = _attribution(DEMO_USER_NAME, DEMO_USER_ADDRESS, note_when)
        references.append(note_id)
    draft.text = quote_reply(draft.text or "", earlier_text, earlier)
    if draft.html:
        draft.html, draft.html_from_text = None, True
    draft.subject = "Re: " + _RE_PREFIX.sub("", thread.subject)
    draft.references = tuple(references)
    return draft


def _attribution(name: str, address: str, when: datetime) -> str:
    stamp = when.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {stamp} {name} <{address}> wrote:"


def _readable(draft: Draft) -> str:
    if draft.text:
        return draft.text
    text = html.unescape(_TAG.sub(" ", draft.html or ""))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
