"""Who wrote a quoted mail, read one way by every reader of a quote (quote_writers.py): the replier quoting
themself is found by the same address or by their name in the replier's display name, word for word; quote
marks come off each line. Invented names."""

from __future__ import annotations

import pytest

from tracker.extraction.quote_writers import unquoted, written_by_the_replier
from tracker.extraction.text import Sender

REPLIER = Sender.parse("Dana Kerr | Kerr Joinery <dana@kerrjoinery.example.com>")


@pytest.mark.parametrize(
    "writer",
    [
        "Dana Kerr <dana@kerrjoinery.example.com>",
        "<DANA@kerrjoinery.example.com>",
        "Dana Kerr",
        "dana kerr",
        '"Dana Kerr" <dana.kerr@othermail.example.com>',
    ],
)
def test_the_replier_quoting_themself_is_found(writer):
    assert written_by_the_replier(writer, REPLIER)


@pytest.mark.parametrize(
    "writer",
    [
        "Sam Osei <sam.osei@mailbox.example.com>",
        "<sam.osei@mailbox.example.com>",
        "Sam Osei",
        "Dan",  # a name inside another word of the replier's is not theirs
        "",
    ],
)
def test_someone_elses_quoted_mail_is_theirs(writer):
    assert not written_by_the_replier(writer, REPLIER)


def test_quote_marks_come_off_a_line():
    assert unquoted("> > I'd like to apply for the joiner job") == "I'd like to apply for the joiner job"
    assert unquoted("no marks") == "no marks"
