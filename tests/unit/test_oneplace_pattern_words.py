"""The words of a pattern are read in one module (match_words.py), with the stdlib's parser imported once
(phrases/pattern_shape.py): a reader's pre-check, and the whole answer of a plain alternation that
caseless_words.CaselessWords gives by str's own search."""

from __future__ import annotations

import re

import pytest

from tracker.extraction import caseless_words, match_words
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.match_words import plain_words
from tracker.extraction.phrases import pattern_shape


def test_a_plain_alternation_is_its_words() -> None:
    assert plain_words("this is|my name is|i am|i'm") == ("this is", "my name is", "i am", "i'm")
    assert plain_words("recruiter") == ("recruiter",)


@pytest.mark.parametrize("pattern", [r"\bteam|hr", "hiring (?:team|manager)", "recruit\\w*|talent", "a|b+"])
def test_a_pattern_with_more_than_words_has_no_plain_words(pattern: str) -> None:
    assert plain_words(pattern) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hi, THIS IS Sam from Acme", True), ("I'm Sam", True), ("Dear applicant", False), ("", False)],
)
def test_a_plain_alternation_occurs_where_a_caseless_search_finds_it(text: str, expected: bool) -> None:
    words = CaselessWords("this is|my name is|i am|i'm")
    assert words.occurs_in(text) is expected
    assert words.occurs_in(text) is (re.search("this is|my name is|i am|i'm", text, re.I) is not None)


def test_a_plain_alternation_opens_a_text_as_a_caseless_match_does() -> None:
    words = CaselessWords("kind regards|best")
    assert words.opens("Kind regards,")
    assert not words.opens("With kind regards,")


def test_the_patterns_parser_is_read_in_one_place() -> None:
    assert match_words.parsed is pattern_shape.parsed
    assert caseless_words.parsed is pattern_shape.parsed


def test_a_pattern_the_parser_cannot_read_is_used_as_written() -> None:
    assert pattern_shape.parsed("(unclosed") is None
    assert plain_words("(unclosed") is None
    assert pattern_shape.first_characters("(unclosed") is None
