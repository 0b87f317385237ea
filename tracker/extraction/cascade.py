"""Extractors that ask a chat model: always (`LLMExtractor`), or only where the rules are unsure
(`CascadeExtractor`, rules first).

Both fall back to the rules when the model cannot be asked or its answer does not hold up
(llm_answer.py), and say so: the extraction's `extractor` is "rules-fallback" and `stats.fallbacks`
counts why. Each keeps `stats` (emails, calls, tokens, fallbacks) for the bench and the logs, and
puts the call it made on the extraction (`model_call`: tracker/model_calls.py) for the user's log.
The model is shown the email without its quoted history, signature contacts, contact details and
link paths (tracker/redaction.py; bench/redaction.py measures it).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tracker.extraction.llm_answer import (
    AnswerRejected,
    ChatAnswer,
    ChatModel,
    ChatModelError,
    read_answer,
)
from tracker.extraction.llm_prompt import (
    EXTRACTION_SCHEMA,
    RESPONSE_SCHEMA_NAME,
    SYSTEM_PROMPT,
    EmailForModel,
    user_message,
)
from tracker.extraction.rules import RulesExtractor
from tracker.model_calls import ANSWERED, ModelCall, answered_fields
from tracker.models import EmailMessage, Extraction
from tracker.redaction import redact_for_model

if TYPE_CHECKING:
    from tracker.extraction import Extractor

# Below this rules confidence the cascade asks the model. The rules' confidence is calibrated (a
# probability their whole answer is right: rules.py); 0.90 is the lowest threshold at or above which the
# labelled dev sources are read right 95% of the time (bench/extraction.py prints the table; docs/
# accuracy.md, "Calibration"). It sends the model 25% of the dev sources and 24% of the demo mailbox.
DEFAULT_CASCADE_THRESHOLD = 0.90
FALLBACK_EXTRACTOR_NAME = "rules-fallback"

log = logging.getLogger(__name__)


@dataclass
class ExtractionStats:
    """What an extractor spent: emails seen, model calls made, tokens used, fallbacks by reason.

    `llm_calls` counts requests to the model port (the adapter's own retries are inside one call).
    Updated under a lock: one extractor may serve several worker threads.
    """

    emails: int = 0
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    fallbacks: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record_email(self) -> None:
        with self._lock:
            self.emails += 1

    def record_call(self, answer: ChatAnswer | None) -> None:
        with self._lock:
            self.llm_calls += 1
            if answer is not None:
                self.prompt_tokens += answer.prompt_tokens
                self.completion_tokens += answer.completion_tokens

    def record_fallback(self, reason: str) -> None:
        with self._lock:
            self.fallbacks[reason] += 1

    @property
    def fallback_count(self) -> int:
        return sum(self.fallbacks.values())

    @property
    def llm_share(self) -> float:
        """Model calls per email seen (for the cascade: the share of mail the rules passed on)."""
        return self.llm_calls / self.emails if self.emails else 0.0

    @property
    def tokens_per_email(self) -> float:
        return (self.prompt_tokens + self.completion_tokens) / self.emails if self.emails else 0.0


@dataclass(frozen=True)
class CascadePolicy:
    """Which rules answers the model should redo: those below `threshold` confidence, and
    applications whose employer the rules could not name. Confident negatives are never sent."""

    threshold: float = DEFAULT_CASCADE_THRESHOLD

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"cascade threshold must be within [0, 1], not {self.threshold}")

    def needs_model(self, first: Extraction) -> bool:
        if first.confidence < self.threshold:
            return True
        return first.is_application and first.company is None


class _ModelReader:
    """Asks the model about one email and returns its checked answer, or None (reason counted),
    with the call as the user's model-call log records it."""

    def __init__(self, model: ChatModel, stats: ExtractionStats, extractor: str, redact: bool) -> None:
        self._model = model
        self._stats = stats
        self._extractor = extractor
        self._redact = redact

    def read(self, email: EmailMessage) -> tuple[Extraction | None, ModelCall]:
        # The model sees the email without what it does not need (tracker/redaction.py); the answer
        # is checked against what it saw.
        redacted = redact_for_model(email.body or "", email.sender or "") if self._redact else None
        shown = EmailForModel.of(replace(email, body=redacted.text) if redacted else email)
        removed = redacted.removed if redacted else ()
        try:
            answer = self._model.complete(
                SYSTEM_PROMPT, user_message(shown), EXTRACTION_SCHEMA, RESPONSE_SCHEMA_NAME
            )
        except ChatModelError as error:
            self._stats.record_call(None)
            self._give_up(email, error.reason, error)
            return None, self._call(email, error.reason, None, removed)
        self._stats.record_call(answer)
        try:
            return read_answer(answer, shown), self._call(email, ANSWERED, answer, removed)
        except AnswerRejected as error:
            self._give_up(email, error.reason, error)
            return None, self._call(email, error.reason, answer, removed)

    def _call(
        self, email: EmailMessage, outcome: str, answer: ChatAnswer | None, removed: tuple[str, ...]
    ) -> ModelCall:
        return ModelCall(
            message_id=email.message_id,
            extractor=self._extractor,
            outcome=outcome,
            prompt_tokens=answer.prompt_tokens if answer else 0,
            completion_tokens=answer.completion_tokens if answer else 0,
            fields=answered_fields(answer.content if answer else None),
            removed=removed,
        )

    def _give_up(self, email: EmailMessage, reason: str, error: Exception) -> None:
        self._stats.record_fallback(reason)
        # The reason and the error's type only: model output may quote the mail, and logs hold ids.
        log.warning(
            "llm extraction fell back to rules for message %s: %s (%s)",
            email.message_id,
            reason,
            type(error).__name__,
            extra={"event": "llm_fallback", "reason": reason},
        )


class LLMExtractor:
    """Every email goes to the model; the rules answer only when the model fails."""

    name = "llm"

    def __init__(self, model: ChatModel, fallback: Extractor | None = None, redact: bool = True) -> None:
        self.stats = ExtractionStats()
        self._reader = _ModelReader(model, self.stats, self.name, redact)
        self._fallback = fallback or RulesExtractor()

    def extract(self, email: EmailMessage) -> Extraction:
        self.stats.record_email()
        found, call = self._reader.read(email)
        if found is None:
            found = replace(self._fallback.extract(email), extractor=FALLBACK_EXTRACTOR_NAME)
        return replace(found, model_call=call)


class CascadeExtractor:
    """Rules first; the model only for what `policy` says the rules are unsure of."""

    name = "cascade"

    def __init__(
        self,
        model: ChatModel,
        policy: CascadePolicy | None = None,
        rules: Extractor | None = None,
        redact: bool = True,
    ) -> None:
        self.policy = policy or CascadePolicy()
        self.stats = ExtractionStats()
        self._reader = _ModelReader(model, self.stats, self.name, redact)
        self._rules = rules or RulesExtractor()

    def extract(self, email: EmailMessage) -> Extraction:
        self.stats.record_email()
        first = self._rules.extract(email)
        if not self.policy.needs_model(first):
            return first
        found, call = self._reader.read(email)
        if found is None:
            return replace(first, extractor=FALLBACK_EXTRACTOR_NAME, model_call=call)
        if found.is_application and found.requisition_id is None and first.requisition_id:
            # The schema has no requisition id; the one the rules read from the text still helps matching.
            found = replace(found, requisition_id=first.requisition_id)
        return replace(found, model_call=call)
