"""Reproductions of the inputs that took quadratic time to read: each now takes milliseconds.

At 200,000 characters a quadratic pattern takes tens of seconds (the issue measured 0.4 s at 20,000
for the HTML case), so a limit of one second of the process's own CPU time (not the wall clock, which a
busy machine stretches) tells the two apart on any machine.
"""

import time

import pytest

from tracker.email_reading.headers import header_text
from tracker.email_reading.html_text import html_to_text
from tracker.email_reading.loose_body import decode_loose_body
from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage
from tracker.names import sender_address

RUN = 200_000
LIMIT_SECONDS = 1.0


@pytest.fixture(scope="module", autouse=True)
def loaded_reading():
    """The first reading loads the phrase tables and the place names (seconds on a busy machine):
    load them before any clock starts, so a test run alone times the reading, not the loading."""
    RulesExtractor().extract(EmailMessage("warm", "jobs@firm.example", "Your application", "Thank you."))


def timed(read, text):
    start = time.process_time()
    result = read(text)
    return result, time.process_time() - start


@pytest.mark.parametrize("space", ["\u2003", "\u00a0", "\u3000", "\u2028", " ", "\t", "\n"])
def test_html_with_a_long_run_of_a_unicode_space_reads_in_linear_time(space):
    text, seconds = timed(html_to_text, f"<div>Thank you{space * RUN}for applying</div><p>Acme</p>")

    assert seconds < LIMIT_SECONDS
    assert text == "Thank you for applying\nAcme"


@pytest.mark.parametrize("space", ["\u2003", " ", "\t", "\u00a0"])
def test_header_with_a_long_run_of_spaces_reads_in_linear_time(space):
    text, seconds = timed(lambda value: header_text(value, limit=RUN), f"Your{space * RUN}application")

    assert seconds < LIMIT_SECONDS
    assert text == "Your application"


@pytest.mark.parametrize(
    "html",
    ["<style" * (RUN // 6), "<title>" * (RUN // 7), "<br" * (RUN // 3), "<p" * (RUN // 2)],
    ids=["unclosed-styles", "unclosed-titles", "unclosed-brs", "unclosed-paragraphs"],
)
def test_html_with_many_unclosed_tags_reads_in_linear_time(html):
    _, seconds = timed(html_to_text, "<p>Acme</p>" + html)

    assert seconds < LIMIT_SECONDS


def test_html_drops_closed_script_and_style_but_keeps_text_after_an_unclosed_head():
    html = "<head><title>t</title><style>p{}</style><body><p>Hello</p><script>x()</script><p>there</p>"

    assert html_to_text(html) == "Hello\nthere"


@pytest.mark.parametrize(
    "body",
    ["<a object at 0x1>" + " " * RUN + "x", "QUJD\n" + "\n" * RUN + "!"],
    ids=["object-repr-then-spaces", "base64-then-newlines"],
)
def test_loose_body_shapes_are_recognised_in_linear_time(body):
    _, seconds = timed(decode_loose_body, body)

    assert seconds < LIMIT_SECONDS


def test_a_body_of_hashes_after_a_marker_word_extracts_in_linear_time():
    email = EmailMessage("m1", "jobs@acme.example", "Your application", "<" + "#" * 6_000)

    _, seconds = timed(RulesExtractor().extract, email)

    assert seconds < LIMIT_SECONDS / 4


def test_a_sender_of_a_thousand_group_colons_reads_as_no_address():
    assert sender_address("a:" * 1_000 + "x@y.example") == ""
