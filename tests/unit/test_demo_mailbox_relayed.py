"""The demo mailbox's one application the tracker splits (devstack/demo_mailbox/relayed.py): `track`
groups every other application of the mailbox into exactly one record, keeps the relayed one in two
(one per employer name), and the user's merge mends it, as `make demo` does."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from cli.mail_sources import read_messages
from cli.track import TRACK_USER, track_messages
from devstack.demo_mailbox import generate_mailbox
from devstack.demo_mailbox.export import write_mbox
from devstack.demo_mailbox.relayed import KEY, PARENT
from tracker.corrections import merged
from tracker.extraction.rules import RulesExtractor
from tracker.models import Status


@pytest.fixture(scope="module")
def tracked(tmp_path_factory):
    """`track` over a mailbox with every featured application, a random one and the relayed one."""
    mailbox = generate_mailbox(applications=18)
    path: Path = tmp_path_factory.mktemp("relayed") / "mailbox.mbox"
    write_mbox(mailbox, path)
    store, _ = track_messages(read_messages(path), RulesExtractor())
    truth = {email.message_id.strip("<>"): email.truth.application_key for email in mailbox}
    return mailbox, store, truth


def records_of(store, truth) -> dict[str, list]:
    """Each true application's records (those holding one of its emails)."""
    found = defaultdict(list)
    for application in store.list_applications(TRACK_USER):
        keys = {truth[e.message_id] for e in store.list_events(TRACK_USER, application.app_id)}
        for key in keys:
            found[key].append(application)
    return found


def test_only_the_relayed_application_is_split_and_no_record_mixes_two(tracked):
    mailbox, store, truth = tracked
    found = records_of(store, truth)

    assert {key for key, records in found.items() if len(records) > 1} == {KEY}
    assert set(found) - {None} == {e.truth.application_key for e in mailbox if e.truth.application_key}
    for application in store.list_applications(TRACK_USER):
        assert len({truth[e.message_id] for e in store.list_events(TRACK_USER, application.app_id)}) == 1
    companies = sorted(record.company for record in found[KEY])
    assert companies[0].startswith(PARENT.split()[0]) and companies[1].startswith("Harrow Freight")


def test_the_users_merge_mends_it_into_one_record_with_both_emails(tracked):
    _, store, truth = tracked
    records = sorted(records_of(store, truth)[KEY], key=lambda record: record.applied_at)
    history = {r.app_id: store.list_events(TRACK_USER, r.app_id) for r in records}

    record = merged(records, history)

    assert record.company.startswith("Harrow Freight") and record.job_title == "Data Engineer"
    assert record.status is Status.INTERVIEW
