"""A body's receipt (status_news.py): the first receipt of the application that no hedge before it
qualifies, as the steps read after a receipt count it."""

from __future__ import annotations

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction import status_news
from tracker.extraction.status_sentences import is_hedged
from tracker.extraction.text import prepare


def _prepared(body: str):
    return prepare(email_from_fields("m1", "Careers <jobs@brambleford.example>", None, "Update", body))


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your application for the Pastry Chef role. We will be in touch.",
        "Did we receive your application? Thank you for your application to Brambleford Bakery.",
        "If you have not yet applied, apply today. We have received your application for the Baker post.",
        "Hello Sam, your application has been received. Our team will review it next week.",
        "We'd love to meet you. Please pick a slot for an interview on Thursday.",
    ],
)
def test_the_receipt_is_the_first_one_no_hedge_before_it_qualifies(body):
    email = _prepared(body)
    receipts = email.body_hits.get("CONFIRMATION", [])
    unhedged = [match.start() for match in receipts if not is_hedged(email.body_lower, match, False)]
    signals = status_news.status_signals(email.body_lower, email.body_hits)
    assert signals.first.get("confirmation") == (unhedged[0] if unhedged else None)


def test_a_receipt_is_hedged_by_the_words_before_it_only():
    # The receipt read once, for the steps after it and as the body's own news: one way of reading it.
    assert status_news._BODY_CATEGORIES["confirmation"] == ("CONFIRMATION", False)
