"""MatchWords: the words a pattern's every match holds, as a reader's pre-check, never ruling a match out.

The words of a pattern are read in one module (match_words.py), with the stdlib's parser imported once
(phrases/pattern_shape.py): a reader's pre-check, and the whole answer of a plain alternation that
caseless_words.CaselessWords gives by str's own search."""

from __future__ import annotations

import re

import pytest

from tracker.extraction import (
    caseless_words,
    client_relays,
    deciders,
    hire_steps,
    hiring_pauses,
    jobseekers_at_large,
    match_words,
)
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.match_words import MatchWords, plain_words
from tracker.extraction.phrases import pattern_shape
from tracker.extraction.text import lowercase


@pytest.mark.parametrize(
    ("pattern", "text", "may"),
    [
        (r"\b(?:until further notice|bis auf weiteres)\b", "Paused until further notice.", True),
        (r"\b(?:until further notice|bis auf weiteres)\b", "Nothing to see here", False),
        # Every part of a sequence is asked: "your" alone tells nothing, the check's words do.
        (r"\byour (?:dbs|background) (?:check|screening)", "your application was received", False),
        (r"\byour (?:dbs|background) (?:check|screening)", "Your DBS check", True),
        # A caseless pattern's words are lowercase, as the lowered text is.
        (r"(?i:Rückmeldung von) (?:Frau|Herrn) [A-Z]", "RÜCKMELDUNG VON Frau Keller", True),
        # An optional part holds nothing every match needs; a repeated one at least once does.
        (r"(?:hello )?(?:world)+", "WORLD", True),
        (r"(?:hello )?(?:world)+", "hello", False),
    ],
)
def test_it_rules_out_only_texts_without_a_match(pattern, text, may):
    words = MatchWords(pattern)
    assert words.may_match(lowercase(text)) is may
    if re.search(pattern, text, re.IGNORECASE):  # however the text is cased, a match is never ruled out
        assert may


def test_a_pattern_without_words_every_match_holds_is_refused():
    with pytest.raises(ValueError, match="no words"):
        MatchWords(r"\b[a-z]+\b|your")


@pytest.mark.parametrize(
    ("words", "pattern", "text"),
    [
        (client_relays._OPENING_PRECHECK, client_relays._OPENING, "unser kunde, die firma kessler"),
        (client_relays._STEP_PRECHECK, client_relays._STEP, "würde Sie gern als Schweißer übernehmen"),
        (client_relays._HELD_PRECHECK, client_relays._ON_HOLD, "notre client met le poste en stand-by"),
        (deciders._DECIDER_PRECHECK, deciders._DECIDER, "Heard back from Gavin"),
        (hiring_pauses._NOTICE_PRECHECK, hiring_pauses._UNTIL_FURTHER_NOTICE, "jusqu'à nouvel ordre"),
        (jobseekers_at_large._PRECHECK, jobseekers_at_large._TO_JOBSEEKERS, "dear jobseeker,"),
        (hire_steps._STEP_PRECHECK, hire_steps._READERS_STEP, "your enhanced dbs application"),
        (hire_steps._STEP_PRECHECK, hire_steps._FIRST_DAY, "see you on your first day"),
    ],
)
def test_the_readers_pre_checks_let_their_patterns_matches_through(words, pattern, text):
    assert pattern.search(text)
    assert words.may_match(lowercase(text))
    assert not words.may_match("thank you for your application to the analyst role")


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
