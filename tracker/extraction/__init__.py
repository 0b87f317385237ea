"""Extraction: one email in, one `Extraction` (kind, status, employer, title) out.

`extract(email)` uses the offline rules extractor unless another extractor is handed in (the
LLM extractor and the cascade implement the same `Extractor` protocol).
"""

from __future__ import annotations

from typing import Protocol

from tracker.extraction.rules import RulesExtractor
from tracker.models import EmailMessage, Extraction


class Extractor(Protocol):
    """Anything that turns an email into an `Extraction`."""

    def extract(self, email: EmailMessage) -> Extraction: ...


_RULES = RulesExtractor()


def extract(email: EmailMessage, extractor: Extractor | None = None) -> Extraction:
    """Extract with `extractor`, or with the rules extractor when none is given."""
    return (extractor or _RULES).extract(email)


__all__ = ["Extractor", "RulesExtractor", "extract"]
