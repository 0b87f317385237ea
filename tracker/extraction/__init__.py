"""Extraction: one email in, one `Extraction` (kind, status, employer, title) out.

`extract(email)` uses the offline rules extractor unless another extractor is handed in. The LLM
extractor and the cascade (cascade.py) implement the same `Extractor` protocol over a `ChatModel`
port (llm_answer.py) that infra/llm.py implements with OpenAI; infra/extractors.py chooses and
builds one from the settings.
"""

from __future__ import annotations

from typing import Protocol

from tracker.extraction.cascade import CascadeExtractor, CascadePolicy, LLMExtractor
from tracker.extraction.llm_answer import ChatAnswer, ChatModel, ChatModelError
from tracker.extraction.rules import RulesExtractor
from tracker.models import EmailMessage, Extraction


class Extractor(Protocol):
    """Anything that turns an email into an `Extraction`."""

    def extract(self, email: EmailMessage) -> Extraction: ...


_RULES = RulesExtractor()


def extract(email: EmailMessage, extractor: Extractor | None = None) -> Extraction:
    """Extract with `extractor`, or with the rules extractor when none is given."""
    return (extractor or _RULES).extract(email)


__all__ = [
    "CascadeExtractor",
    "CascadePolicy",
    "ChatAnswer",
    "ChatModel",
    "ChatModelError",
    "Extractor",
    "LLMExtractor",
    "RulesExtractor",
    "extract",
]
