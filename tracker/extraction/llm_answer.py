"""The chat model port, and reading its answer into an `Extraction` only if the answer holds up.

The port is what infra/llm.py implements; nothing here knows about OpenAI. An answer is checked as
untrusted too, since the email it describes may have argued with the model:
- refusals, empty or malformed JSON, unknown kinds or statuses: the answer is rejected;
- a company that the email does not contain (subject, body or sender, with any sentences aimed at a
  model removed first) rejects the WHOLE answer, not just the name: a model that invents or obeys
  its way to an employer has probably done the same to the kind and status. The caller falls back
  to the rules;
- a platform (Workday, LinkedIn...) named as the company is dropped to null: the rest stands;
- status, company and title are cleared for every kind but application; an application whose
  status the model left null counts as applied, with lower confidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol, TypeVar

from tracker.extraction.llm_prompt import EmailForModel
from tracker.extraction.platforms import is_platform_name
from tracker.extraction.text import remove_injected_instructions
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Extraction, Kind, Status
from tracker.names import company_key, fold_text

LLM_EXTRACTOR_NAME = "llm"
# The model gives no calibrated probability; these say "decided by the model" to readers of events.
ANSWER_CONFIDENCE = 0.9
GUESSED_STATUS_CONFIDENCE = 0.6
_LONGEST_TITLE = 150
_LONGEST_COMPANY = 100
_MAX_NAME_WORDS = 4
_ANSWER_KEYS = {"kind", "status", "company", "job_title"}
_Vocabulary = TypeVar("_Vocabulary", Kind, Status)


@dataclass(frozen=True)
class ChatAnswer:
    """One chat completion: its text or its refusal, and the tokens it cost."""

    content: str | None
    refusal: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


class ChatModelError(Exception):
    """The model could not be asked, after the adapter's own retries. `reason` is a short tag
    ("timeout", "rate_limited", "server_error", "connection", "bad_request") for counters."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class ChatModel(Protocol):
    """A chat model that answers in JSON fitting `schema` (strict structured outputs, temperature 0).

    Raises `ChatModelError` when no answer could be had; a refusal is an answer, not an error.
    """

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer: ...


class AnswerRejected(ValueError):
    """The model answered, but not with something we can use. `reason` is a short tag for counters."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def read_answer(answer: ChatAnswer, shown: EmailForModel) -> Extraction:
    """The extraction `answer` states about the email the model was `shown`; `AnswerRejected` if unusable."""
    fields = _answer_fields(answer)
    kind = _enum(Kind, fields["kind"], "kind")
    status = None if fields["status"] is None else _enum(Status, fields["status"], "status")
    company, title = _text(fields["company"], "company"), _text(fields["job_title"], "job_title")
    if kind is not Kind.APPLICATION:
        return Extraction(kind=kind, confidence=ANSWER_CONFIDENCE, extractor=LLM_EXTRACTOR_NAME)
    if company is not None:
        if len(company) > _LONGEST_COMPANY or not company_is_supported(company, shown):
            raise AnswerRejected("unsupported_company", "the email does not name it")
        if is_platform_name(company):
            company = None
    requisition_id = None
    if title is not None:
        title, requisition_id = clean_title(title)
        if not title or len(title) > _LONGEST_TITLE:
            title = None
    return Extraction(
        kind=kind,
        status=status or Status.APPLIED,
        company=company,
        job_title=title,
        confidence=ANSWER_CONFIDENCE if status else GUESSED_STATUS_CONFIDENCE,
        extractor=LLM_EXTRACTOR_NAME,
        requisition_id=requisition_id,
    )


def company_is_supported(company: str, shown: EmailForModel) -> bool:
    """True when the email names `company`: its words in the text, or run together in the sender
    address or across a few words ("JPMorgan" for "J.P. Morgan"). Sentences addressed to a model
    are not evidence."""
    subject, _ = remove_injected_instructions(shown.subject)
    body, _ = remove_injected_instructions(shown.body)
    words = fold_text(f"{shown.sender} {subject} {body}").split()
    text = f" {' '.join(words)} "
    candidates = {fold_text(company), company_key(company)} - {""}
    if any(f" {candidate} " in text for candidate in candidates):
        return True
    squashed = {candidate.replace(" ", "") for candidate in candidates if len(candidate) >= 3}
    sender_address = shown.sender.lower()
    if any(name in sender_address for name in squashed):
        return True
    return any(
        "".join(words[start : start + size]) in squashed
        for size in range(1, _MAX_NAME_WORDS + 1)
        for start in range(len(words) - size + 1)
    )


def _answer_fields(answer: ChatAnswer) -> dict:
    if answer.refusal:
        raise AnswerRejected("refusal", answer.refusal[:200])
    if not answer.content or not answer.content.strip():
        raise AnswerRejected("empty")
    try:
        fields = json.loads(answer.content)
    except json.JSONDecodeError as error:
        raise AnswerRejected("malformed", str(error)) from None
    if not isinstance(fields, dict) or set(fields) != _ANSWER_KEYS:
        raise AnswerRejected("malformed", "not an object with exactly the schema's keys")
    return fields


def _enum(enum: type[_Vocabulary], value: object, field_name: str) -> _Vocabulary:
    try:
        if isinstance(value, str):
            return enum(value)
    except ValueError:
        pass
    raise AnswerRejected("invalid", f"{field_name} {value!r}")


def _text(value: object, field_name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswerRejected("invalid", f"{field_name} is not a string")
    return " ".join(value.split()) or None
