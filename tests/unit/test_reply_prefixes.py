"""A reply's and a forward's subject prefixes are written once (text.py: their words and PREFIX_END, the
counter and colon after a word): the reading strips them and the bookkeeping threads by the subject
without them (subject_threads.py)."""

from __future__ import annotations

import pytest

from tracker.extraction.text import prepare
from tracker.models import EmailMessage
from tracker.subject_threads import base_subject


def _prepared(subject: str):
    return prepare(
        EmailMessage(message_id="m1", sender="Acme <jobs@acme.example>", subject=subject, body="Hi")
    )


@pytest.mark.parametrize(
    "subject", ["Re: Interview", "AW[2]: Interview", "Re(2): Interview", "RE (3) : Interview"]
)
def test_a_reply_counted_or_not_answers_a_mail_and_loses_its_prefix(subject: str) -> None:
    email = _prepared(subject)
    assert email.answers_a_mail
    assert email.subject == "Interview"


@pytest.mark.parametrize("subject", ["Fwd: Interview", "WG[2]: Interview", "TR(2): Interview"])
def test_a_forward_loses_its_prefix_but_answers_no_mail(subject: str) -> None:
    email = _prepared(subject)
    assert not email.answers_a_mail
    assert email.subject == "Interview"


@pytest.mark.parametrize("subject", ["Re: Re[2]: Interview", "Fwd: RE(2): interview", "I: R: Interview"])
def test_threads_read_the_subject_without_the_prefixes_the_reading_strips(subject: str) -> None:
    assert base_subject(subject) == ("interview", True)
