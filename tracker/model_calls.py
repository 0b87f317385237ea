"""The per-user log of model calls: when the model was asked about which email, what it cost, which
fields came back and how it ended. Never the email's text, nor the values the model answered.

The cascade (tracker/extraction/cascade.py) puts a `ModelCall` on the extraction it returns; the
worker stamps it with the time and the user's retention and records it (ports.ModelCallLog); the user
reads the log through `GET /users/model_calls/`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

# The answer's fields, as the schema names them (llm_prompt.EXTRACTION_SCHEMA).
ANSWER_FIELDS = ("kind", "status", "company", "job_title")
ANSWERED = "answered"


@dataclass(frozen=True)
class ModelCall:
    """One request to the model about one email.

    `outcome` is "answered" when the answer was used, else the short reason tag it was not (the
    same tags as the fallback counters: "timeout", "refusal", "unsupported_company", ...).
    `fields` names the answer's fields that came back with a value (not the values). `removed`
    names what redaction took out of the email first (tracker/redaction.py). `at` and `expire_at`
    are set when the call is recorded for a user.
    """

    message_id: str
    extractor: str
    outcome: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    fields: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    at: datetime | None = None
    expire_at: datetime | None = None

    def to_json(self) -> dict:
        """As the API shows it."""
        return {
            "message_id": self.message_id,
            "at": self.at.isoformat() if self.at else None,
            "extractor": self.extractor,
            "outcome": self.outcome,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "fields": list(self.fields),
            "removed": list(self.removed),
        }


@dataclass(frozen=True)
class ModelCallPage:
    """One page of a user's model calls, newest first, and how many there are in all."""

    calls: list[ModelCall] = field(default_factory=list)
    total: int = 0


def answered_fields(content: str | None) -> tuple[str, ...]:
    """The schema fields an answer's JSON `content` gave a value for, in schema order; () for none."""
    if not content:
        return ()
    try:
        parsed = json.loads(content)
    except json.JSONDecodeError:
        return ()
    if not isinstance(parsed, dict):
        return ()
    return tuple(name for name in ANSWER_FIELDS if parsed.get(name) not in (None, ""))
