"""The part of Gmail's `q` search syntax infra/gmail.py sends, compiled to a predicate.

Terms are ANDed; any term may be negated with "-". Supported: after:EPOCH_SECONDS and in:LABEL
(inbox, sent, drafts, chats, spam, trash, ...). Anything else is refused with a 400 rather than
silently misread: the fake serves what production asks, not Gmail's whole search language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from devstack.fake_google.mailbox import StoredMessage

Predicate = Callable[[StoredMessage], bool]

_TERM = re.compile(r"(-?)([A-Za-z_]+):(\S+)")
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


class QueryError(ValueError):
    """The query uses syntax the fake does not support or is malformed."""


@dataclass(frozen=True)
class MessageQuery:
    matches: Predicate
    mentions_spam_or_trash: bool


def parse_query(q: str) -> MessageQuery:
    predicates: list[Predicate] = []
    mentions_spam_or_trash = False
    for term in q.split():
        match = _TERM.fullmatch(term)
        if match is None:
            raise QueryError(f"Query term not supported by the fake: {term}")
        negated, operator, value = match.group(1), match.group(2).lower(), match.group(3).lower()
        if not negated and operator == "in" and value in ("spam", "trash"):
            mentions_spam_or_trash = True
        predicate = _term(operator, value)
        predicates.append((lambda m, p=predicate: not p(m)) if negated else predicate)
    return MessageQuery(lambda m: all(p(m) for p in predicates), mentions_spam_or_trash)


def _term(operator: str, value: str) -> Predicate:
    if operator == "after":
        if not value.isdigit():
            raise QueryError(f"after: takes epoch seconds in the fake, not {value}")
        bound_ms = int(value) * 1000
        return lambda m: m.internal_ms >= bound_ms
    if operator == "in" and value in _IN_LABELS:
        label = _IN_LABELS[value]
        return lambda m: label in m.label_ids
    raise QueryError(f"Query term not supported by the fake: {operator}:{value}")
