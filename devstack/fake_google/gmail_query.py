"""The subset of Gmail's `q` search syntax the fake understands, compiled to a predicate.

Terms are ANDed; any term may be negated with "-". Supported: after:/before: (epoch seconds or
YYYY/MM/DD at midnight PST, as Gmail reads dates), newer_than:/older_than: (Nd, Nm, Ny), in:,
label:, is:, category:, from:, to:, subject:, has:attachment, and bare words or "quoted phrases"
(substring of subject, sender, recipients or snippet). OR, braces and parentheses are refused
with a 400 rather than silently misread.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from devstack.fake_google import mime_payload
from devstack.fake_google.mailbox import StoredMessage

Predicate = Callable[[StoredMessage], bool]

# Gmail's documentation: "dates used in the search query are interpreted as midnight ... PST".
PST = timezone(timedelta(hours=-8), "PST")
_TERM = re.compile(r'(-?)(?:([A-Za-z_]+):)?("([^"]*)"|[^\s"]+)')
_DATE = re.compile(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$")
_PERIOD = re.compile(r"^(\d+)([dmy])$")
_PERIOD_DAYS = {"d": 1, "m": 30, "y": 365}
_IN_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "spam": "SPAM",
    "trash": "TRASH",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "unread": "UNREAD",
    "chats": "CHAT",
}
_CATEGORIES = {"primary": "CATEGORY_PERSONAL", "personal": "CATEGORY_PERSONAL"}


class QueryError(ValueError):
    """The query uses syntax the fake does not support or is malformed."""


@dataclass(frozen=True)
class MessageQuery:
    matches: Predicate
    mentions_spam_or_trash: bool


def label_key(name: str) -> str:
    """Labels compare case-insensitively, with spaces and slashes written as dashes (Gmail's rule)."""
    return re.sub(r"[\s/]+", "-", name.strip()).lower()


def parse_query(q: str, now_seconds: float | None = None) -> MessageQuery:
    now = time.time() if now_seconds is None else now_seconds
    if re.search(r"[(){}]", q) or re.search(r"(^|\s)(OR|AROUND)(\s|$)", q):
        raise QueryError(f"Unsupported query syntax (OR, braces, parentheses): {q}")
    predicates: list[Predicate] = []
    mentions_spam_or_trash = False
    for negated, operator, token, quoted in _TERM.findall(q):
        value = quoted if token.startswith('"') else token
        operator = operator.lower()
        if not negated and operator == "in" and value.lower() in ("spam", "trash", "anywhere"):
            mentions_spam_or_trash = True
        if (operator, value.lower()) == ("in", "anywhere"):
            continue
        predicate = _term(operator, value, now)
        predicates.append(_negate(predicate) if negated else predicate)
    return MessageQuery(lambda m: all(p(m) for p in predicates), mentions_spam_or_trash)


def _negate(predicate: Predicate) -> Predicate:
    return lambda m: not predicate(m)


def _term(operator: str, value: str, now: float) -> Predicate:
    if operator in ("after", "before"):
        bound_ms = _instant_ms(value)
        if operator == "after":
            return lambda m: m.internal_ms >= bound_ms
        return lambda m: m.internal_ms < bound_ms
    if operator in ("newer_than", "older_than"):
        bound_ms = int((now - _period_seconds(value)) * 1000)
        if operator == "newer_than":
            return lambda m: m.internal_ms >= bound_ms
        return lambda m: m.internal_ms < bound_ms
    if operator in ("in", "is", "label", "category"):
        return _has_label(_label_for(operator, value))
    text = value.lower()
    if operator == "from":
        return lambda m: text in m.sender
    if operator == "to":
        return lambda m: text in m.recipients
    if operator == "subject":
        return lambda m: text in m.subject
    if operator == "has" and text == "attachment":
        return lambda m: mime_payload.has_attachment(m.parsed())
    if operator:  # unknown operators are searched as text, as Gmail does
        text = f"{operator}:{text}"
    return lambda m: (
        text in m.subject or text in m.sender or text in m.recipients or text in m.snippet().lower()
    )


def _label_for(operator: str, value: str) -> str:
    lowered = value.lower()
    if operator in ("in", "is") and lowered in _IN_LABELS:
        return _IN_LABELS[lowered]
    if operator == "is" and lowered == "read":
        return "!UNREAD"
    if operator == "category":
        return _CATEGORIES.get(lowered, f"CATEGORY_{lowered.upper()}")
    return value


def _has_label(label: str) -> Predicate:
    if label == "!UNREAD":
        return lambda m: "UNREAD" not in m.label_ids
    wanted = label_key(label)
    return lambda m: any(label_key(have) == wanted for have in m.label_ids)


def _instant_ms(value: str) -> int:
    if value.isdigit():
        return int(value) * 1000
    match = _DATE.match(value)
    if not match:
        raise QueryError(f"Invalid date in query: {value}")
    year, month, day = (int(part) for part in match.groups())
    try:
        return int(datetime(year, month, day, tzinfo=PST).timestamp() * 1000)
    except ValueError as error:
        raise QueryError(f"Invalid date in query: {value}") from error


def _period_seconds(value: str) -> float:
    match = _PERIOD.match(value.lower())
    if not match:
        raise QueryError(f"Invalid period in query: {value}")
    return int(match.group(1)) * _PERIOD_DAYS[match.group(2)] * 86400
