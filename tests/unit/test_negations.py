"""tracker/extraction/phrases/negations.py: one list of negating words for every sentence shape."""

from __future__ import annotations

import pytest

from tracker.extraction.phrases.negations import NEGATION_FRAGMENTS, whole_words
from tracker.extraction.phrases.tables import any_of

NEGATION = any_of(NEGATION_FRAGMENTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "we will not be moving forward",
        "the panel cannot meet this week",
        "we haven't decided yet",
        "wir können ihnen leider keine zusage geben",
        "nous n'avons pas retenu votre candidature",
        "no seguiremos con su candidatura",
        "wij gaan niet verder",
        "não vamos avançar",
        "nao vamos avancar",
        "non proseguiremo",
    ],
)
def test_a_negation_in_each_language_is_read(sentence):
    assert NEGATION.search(sentence)


@pytest.mark.parametrize("sentence", ["a notable candidate", "nothing to add", "the panel met on monday"])
def test_words_that_only_begin_like_a_negation_are_not_one(sentence):
    assert not NEGATION.search(sentence)


def test_whole_words_reads_its_words_whole():
    assert whole_words(("not", "never")) == r"\b(?:not|never)\b"
