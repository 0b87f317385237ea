"""What the rules-extractor tests share: one email through the rules extractor."""

from __future__ import annotations

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Extraction

_RULES = RulesExtractor()


def extract(body: str = "", subject: str = "", sender: str = "") -> Extraction:
    """The rules extractor's reading of one email made of these fields."""
    return _RULES.extract(EmailMessage(message_id="m1", sender=sender, subject=subject, body=body))
