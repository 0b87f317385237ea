"""The part of Gmail's `q` search syntax infra/gmail.py sends, compiled to a predicate.

Terms are ANDed; any term may be negated with "-". Supported: after:EPOCH_SECONDS and in:sent,
in:drafts, in:chats (production's "after:N -in:sent -in:drafts -in:chats"). Anything else is refused
with a 400 rather than silently misread: the fake serves what production asks, not Gmail's whole
search language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from devstack.fake_google.mailbox import StoredMessage

Predicate = Callable[[StoredMessage], bool]

_TERM = re.compile(r"(-?)([A-Za-z_]+):(\S+)")
_IN_LABELS = {"sent": "SENT", "drafts": "DRAFT", "chats": "CHAT"}


class QueryError(ValueError):
    """The query uses syntax the fake does not support or is malformed."""


def parse_query(q: str) -> Predicate:
    predicates: list[Predicate] = []
    for term in q.split():
        match = _TERM.fullmatch(term)
        if match is None:
            raise QueryError(f"Query term not supported by the fake: {term}")
        negated, operator, value = match.group(1), match.group(2).lower(), match.group(3).lower()
        predicate = _term(operator, value)
        predicates.append((lambda m, p=predicate: not p(m)) if negated else predicate)
    return lambda m: all(p(m) for p in predicates)


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
