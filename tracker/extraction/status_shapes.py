"""News read from the shape of a sentence (phrases/*_shape.py), around the anchors the phrase scan found.

Each shape module judges one sentence; here the sentences are found around a shape's anchors, hedged
ones dropped (status_sentences), and the first shaped one's place returned to status_news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from tracker.extraction import meeting_arrangements
from tracker.extraction.phrases import hold_shape, interview_shape, rejection_shape, test_shape
from tracker.extraction.selected_groups import names_a_chosen_group
from tracker.extraction.status_sentences import hedges, is_hedged, sentence_bounds


def first_shaped(
    text: str, anchors: Sequence[re.Match[str]], is_shaped: Callable[[str], bool]
) -> re.Match[str] | None:
    """The first of `anchors` whose sentence `is_shaped` accepts, unhedged, if any. A question may
    invite ("are you free on Tuesday for a call?"): `is_shaped` decides on it."""
    for anchor, left, right in _sentences_around(text, anchors):
        if is_hedged(text, anchor, whole_sentence=True):
            continue
        if is_shaped(text[left:right]):
            return anchor
    return None


def shaped_rejection_at(text: str, anchors: Sequence[re.Match[str]]) -> int | None:
    """Where the first unhedged sentence shaped as a rejection starts (phrases/rejection_shape.py), if
    any: read around each of the shape's `anchors` found in `text`."""
    for anchor, left, right in _sentences_around(text, anchors):
        sentence = text[left:right]
        if sentence.rstrip().endswith("?") or hedges(sentence, sentence):
            continue
        if rejection_shape.is_rejection_shaped(sentence) and not meeting_arrangements.is_an_arrangement(
            sentence
        ):
            return anchor.start()
    return None


def test_asked_at(
    text: str, anchors: Sequence[re.Match[str]], sizes: Sequence[re.Match[str]] = ()
) -> int | None:
    """Where the first test asked of the reader is named (phrases/test_shape.py), if any: in one sentence
    ("please return the questionnaire by Friday"), or named in one and asked for in the next ("they ask
    every candidate to sit an Excel test. Could you sit it on Tuesday?")."""
    shaped = first_shaped(text, anchors, test_shape.is_test_shaped)
    if shaped is not None:
        return shaped.start()
    for size in sizes:
        # A task behind a link with its size, unnamed: "the next step is a case: open the link, 2 hours"
        left, right = sentence_bounds(text, size.start(), size.end())
        sentence = text[left:right]
        if not hedges(sentence, sentence) and test_shape.is_task_given(sentence):
            return left
    for anchor, left, right in _sentences_around(text, anchors):
        if is_hedged(text, anchor, whole_sentence=True):
            continue
        next_left, next_right = sentence_bounds(text, right, right)
        asked = text[next_left:next_right]
        if not hedges(asked, asked) and test_shape.asks_to_do_it(text[left:right], asked):
            return anchor.start()
    return None


def test_asked_after(text: str, hits: dict[str, list[re.Match[str]]], start: int) -> int | None:
    """Where a test asked of the reader (test_asked_at) is named after `start` in `text`, if any."""
    anchors = [anchor for anchor in hits.get("TEST_SHAPE", ()) if anchor.start() >= start]
    sizes = [size for size in hits.get("SIZE_SHAPE", ()) if size.start() >= start]
    return test_asked_at(text, anchors, sizes) if anchors or sizes else None


def time_proposed_at(text: str, clocks: Sequence[re.Match[str]]) -> int | None:
    """Where the first unhedged sentence proposing the reader a meeting's day and clock time starts, the
    step unnamed (phrases/interview_shape.is_time_proposed), if any: read around each of the `clocks` the
    phrase scan found. A test set at a time is the test's (test_asked_at)."""
    checked_to = -1
    for clock in clocks:
        if clock.start() < checked_to:
            continue
        left, right = sentence_bounds(text, clock.start(), clock.end())
        checked_to = right
        sentence = text[left:right]
        if hedges(sentence, sentence) or test_shape.TEST.search(sentence) or names_a_chosen_group(sentence):
            # (A time set for the people to be chosen is theirs: "as pessoas pré-selecionadas serão
            # convocadas na sexta-feira às 10h00"; selected_groups.py.)
            continue
        following = text[slice(*sentence_bounds(text, right, right))]
        # "Our CTO would like to chat. Free Thursday at 4?": the meeting named just before the time asked.
        previous = text[slice(*sentence_bounds(text, left - 2, left - 2))] if left >= 2 else ""
        # "Free Thursday at 3? If not, send me two slots. It'd be on Meet": how the meeting would happen
        # may close the paragraph the time is asked in.
        if interview_shape.is_time_proposed(
            sentence, f"{previous} {following} {_paragraph_after(text, right)}"
        ):
            return left
    return None


# How far a paragraph's rest is read after a proposed time.
_PARAGRAPH_READ = 300


def _paragraph_after(text: str, at: int) -> str:
    """The rest of the paragraph from `at` to its blank line (at most _PARAGRAPH_READ characters)."""
    end = text.find("\n\n", at, at + _PARAGRAPH_READ)
    return text[at : end if end >= 0 else min(len(text), at + _PARAGRAPH_READ)]


def post_held_at(text: str, anchors: Sequence[re.Match[str]]) -> int | None:
    """Where the first unhedged sentence saying the post was put on hold or called off starts
    (phrases/hold_shape.py), if any: read around each of the held words the phrase scan found."""
    for anchor, left, right in _sentences_around(text, anchors):
        sentence = text[left:right]
        # "A word before you wait any longer: the board has frozen the post": a preface a colon closes
        # announces the hold, its words condition nothing after the colon.
        announced = text.rfind(":", left, anchor.start()) + 1
        scope = text[announced:right] if announced else sentence
        # "They've filled the role internally, so that one is off the table": the post gone to another.
        if (
            not hedges(scope, sentence, of_a_hold=True)
            and hold_shape.is_post_held(sentence)
            and not rejection_shape.someone_else_chosen(sentence)
        ):
            return left
    return None


def _sentences_around(
    text: str, anchors: Sequence[re.Match[str]]
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each anchor with the bounds of its sentence, once a sentence: an anchor inside a sentence already
    given is skipped."""
    checked_to = -1
    for anchor in anchors:
        if anchor.start() < checked_to:
            continue
        left, right = sentence_bounds(text, anchor.start(), anchor.end())
        checked_to = right
        yield anchor, left, right
