"""Re-keying on the Firestore emulator (tracker/rekeying.py over infra/firestore_store.py): records saved
under an older key function (tests/rekeying_support.py) are moved in the employer index, duplicates join,
pinned records stay, a second run changes nothing, and mail recorded meanwhile is not lost."""

from __future__ import annotations

import threading

import pytest

from infra.firestore_accounts import FirestoreAccountStore
from infra.firestore_store import FirestoreApplicationStore
from infra.firestore_unit import doc_key
from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tests.rekeying_support import old_keys
from tracker.accounts import UserAccount
from tracker.editing import ManualChanges
from tracker.models import Status
from tracker.recording import record_email
from tracker.rekeying import KEY_VERSION, Rekeying
from tracker.use_cases import UseCases

pytestmark = pytest.mark.emulator


@pytest.fixture
def store(firestore_client):
    return FirestoreApplicationStore(firestore_client)


@pytest.fixture
def rekeying(store, firestore_client, user_id):
    accounts = FirestoreAccountStore(firestore_client)
    accounts.save_user(UserAccount(user_id, f"{user_id}@example.com", user_id))
    return Rekeying(store, accounts, RecordingQueue(), lambda: day(200))


def record(store, user_id, email, extraction):
    return store.in_transaction(user_id, lambda tx: record_email(tx, email, extraction, now=day(100)))


def under_old_keys(store, user_id, mail):
    with old_keys():
        return [record(store, user_id, email, extraction) for email, extraction in mail]


def employer_doc(firestore_client, user_id, group):
    user = firestore_client.collection("users").document(user_id)
    return user.collection("companies").document(doc_key(group)).get().to_dict() or {}


def state(store, user_id):
    applications = sorted(store.list_applications(user_id), key=lambda a: a.app_id)
    emails = {
        a.app_id: sorted(e.message_id for e in store.list_events(user_id, a.app_id)) for a in applications
    }
    return applications, emails, store.employer_aliases(user_id)


def test_a_duplicate_joins_a_pinned_record_stays_and_the_index_follows(
    store, rekeying, firestore_client, user_id
):
    first, second, pinned = under_old_keys(
        store,
        user_id,
        [
            (an_email(on=1, thread="t1"), application_email("applied", "The Body Shop", "Krankenpfleger")),
            (an_email(on=9, thread="t2"), application_email("interview", "Body Shop", "Krankenpflegerin")),
            (an_email(on=4), application_email("applied", "Kliniken Lindau gGmbH", "Sr. Pflegefachfrau")),
        ],
    )
    UseCases(store, rekeying.accounts, RecordingQueue(), lambda: day(50)).edit_application(
        user_id, pinned.app_id, ManualChanges(notes="my notes"), reviewed=True
    )
    assert len(store.list_applications(user_id)) == 3

    report = rekeying.rekey_user(user_id)

    applications, emails, aliases = state(store, user_id)
    assert len(applications) == 2 and report.merged == 1
    joined = next(a for a in applications if a.company_key == "body shop")
    assert joined.status is Status.INTERVIEW and len(emails[joined.app_id]) == 2
    kept = store.get_application(user_id, pinned.app_id)
    assert (kept.company_key, kept.title_key) == ("kliniken lindau", "senior pflegefachmann")
    assert kept.notes == "my notes" and kept.pinned_by is not None
    assert emails[pinned.app_id] == [pinned.message_id]
    # The employer index: the old group's document no longer holds the record, the new one holds it
    # with its emails.
    assert joined.app_id not in employer_doc(firestore_client, user_id, "the").get("app_ids", [])
    body = employer_doc(firestore_client, user_id, "body")
    assert body["app_ids"] == [joined.app_id]
    assert sorted(e["message_id"] for e in body["events"]) == emails[joined.app_id]
    assert aliases["?t1"] == "body shop"
    assert store.key_version(user_id) == KEY_VERSION


def test_running_twice_changes_nothing(store, rekeying, user_id):
    under_old_keys(
        store,
        user_id,
        [
            (an_email(on=1, thread="t1"), application_email("applied", "The Body Shop", "Krankenpfleger")),
            (an_email(on=9), application_email("rejected", "Body Shop", "Krankenpflegerin")),
            (an_email(on=2), application_email("applied", "The Tea Shop", "Barista")),
        ],
    )
    rekeying.rekey_user(user_id)
    once = state(store, user_id)

    again = rekeying.rekey_user(user_id)

    assert state(store, user_id) == once
    assert not again.changed and again.groups == 0


class ListedThenWaits:
    """The store, for the re-key: its first transaction waits until the worker has recorded half its
    mail, so that mail lands after the re-key listed the records and before it moved them."""

    def __init__(self, store, listed: threading.Event, recorded: threading.Event) -> None:
        self._store, self._listed, self._recorded = store, listed, recorded

    def in_transaction(self, user_id, work):
        if not self._listed.is_set():
            self._listed.set()
            assert self._recorded.wait(60)
        return self._store.in_transaction(user_id, work)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_mail_recorded_while_the_rekey_runs_is_not_lost(store, rekeying, user_id):
    shops = ["Body", "Coffee", "Tea", "Print", "Flower", "Book"]
    old = [
        (an_email(on=n, thread=f"old-{n}"), application_email("applied", f"The {shop} Shop", "Verkäufer"))
        for n, shop in enumerate(shops, start=1)
    ]
    under_old_keys(store, user_id, old)
    new = [
        (an_email(on=20 + n), application_email("interview", f"{shop} Shop", "Verkäuferin"))
        for n, shop in enumerate(shops)
    ]
    listed, recorded = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def worker() -> None:
        assert listed.wait(60)
        for n, (email, extraction) in enumerate(new):
            if n == len(new) // 2:
                recorded.set()  # the rest is recorded while the re-key moves records
            try:
                record(store, user_id, email, extraction)
            except Exception as error:  # surfaced below
                errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    during = Rekeying(
        ListedThenWaits(store, listed, recorded), rekeying.accounts, rekeying.queue, rekeying.clock
    )
    during.rekey_user(user_id, chunk=1)
    thread.join()
    rekeying.rekey_user(user_id)  # whatever the worker left under its own keys, the next run finds

    assert not errors
    applications, emails, _ = state(store, user_id)
    recorded_ids = sorted(m for ids in emails.values() for m in ids)
    assert recorded_ids == sorted(e.message_id for e, _ in old + new)  # each email once, none lost
    assert sorted(a.company_key for a in applications) == sorted(f"{s.lower()} shop" for s in shops)
    assert all(a.status is Status.INTERVIEW for a in applications)
    timelines = store.timelines(user_id)
    assert {app_id: sorted(e.message_id for e in events) for app_id, events in timelines.items()} == emails


def test_mail_joined_by_its_role_or_a_spelled_form_stays_on_its_record(store, rekeying, user_id):
    """The re-key's unit finds the role's placeholder unlocked, writes nothing, and is run again with it
    locked before the employers (a rolled-back Firestore transaction, then a committed one)."""
    role = "Warehouse Operative"
    under_old_keys(
        store,
        user_id,
        [
            (an_email(on=1), application_email("applied", "The Body Shop", role)),
            (an_email(on=4), application_email("interview", "Thebodyshop", role)),
            (an_email(on=6, sender="SEEK <noreply@seek.com.au>"), application_email("rejected", None, role)),
        ],
    )
    applications, emails, _ = state(store, user_id)
    assert len(applications) == 1 and len(emails[applications[0].app_id]) == 3

    rekeying.rekey_user(user_id)

    after, emails_after, aliases = state(store, user_id)
    assert emails_after == emails
    (application,) = after
    assert (application.company_key, application.status) == ("body shop", Status.REJECTED)
    assert aliases["?role:warehouse+operative"] == "The Body Shop"  # a name: never re-keyed
