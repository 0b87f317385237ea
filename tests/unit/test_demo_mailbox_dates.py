"""The demo mailbox's invitations and deadlines: every date an email states is read at its UTC instant."""

from __future__ import annotations

from collections import Counter

import pytest

from devstack.demo_mailbox import generate_mailbox
from tracker.email_reading import parse_raw_email
from tracker.extraction import RulesExtractor
from tracker.extraction.dates_ahead import dates_ahead

MAILBOX = generate_mailbox()  # the one `make demo` fetches
DATED = [email for email in MAILBOX if email.scheduled]
extractor = RulesExtractor()


def test_the_demo_mailbox_states_interviews_in_several_time_zones_and_deadlines():
    kinds = Counter(kind for email in DATED for kind, _ in email.scheduled)
    assert kinds["interview"] >= 5 and kinds["deadline"] >= 2
    offsets = {email.raw.split(b"\nDate: ", 1)[1].split(b"\n", 1)[0][-5:] for email in DATED}
    assert len(offsets) >= 3, offsets  # recruiters write from several zones


@pytest.mark.parametrize("demo", DATED, ids=[email.message_id for email in DATED])
def test_each_stated_date_is_read_at_its_utc_instant(demo):
    email = parse_raw_email(demo.raw, message_id=demo.message_id)
    read = {(date.kind, date.starts_at) for date in dates_ahead(email, extractor.extract(email).status)}
    for expected in demo.scheduled:
        assert expected in read, (email.subject, email.body[:600])
