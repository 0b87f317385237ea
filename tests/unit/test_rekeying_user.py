"""Re-keying one user's records after the key functions changed (tracker/rekeying.py), in memory."""

from __future__ import annotations

import copy
import itertools

import pytest

from tests.builders import an_email, application_email, day
from tests.fakes import ForgottenRows, RecordingQueue
from tests.rekeying_support import old_keys
from tracker.editing import ManualChanges
from tracker.employer_spellings import FORM_PREFIX
from tracker.errors import TransientFailure
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Status
from tracker.recording import record_email
from tracker.rekeying import KEY_VERSION, ROLE_LOCK_TRIES, Rekeying, _RolesToLock, is_stale
from tracker.role_employers import ROLE_PREFIX
from tracker.use_cases import UseCases

USER = "u1"


class Driver:
    def __init__(self) -> None:
        self.store = MemoryApplicationStore()
        self.rows = ForgottenRows()
        self.queue = RecordingQueue()
        self.rekeying = Rekeying(self.store, self.rows, self.queue, lambda: day(200))

    def record(self, email, extraction):
        return self.store.in_transaction(USER, lambda tx: record_email(tx, email, extraction, now=day(100)))

    def applications(self):
        return sorted(self.store.list_applications(USER), key=lambda a: a.app_id)

    def emails_of(self, application):
        return {e.message_id for e in self.store.list_events(USER, application.app_id)}

    def state(self):
        return [(a, sorted(self.emails_of(a))) for a in self.applications()], dict(
            self.store.employer_aliases(USER)
        )


@pytest.fixture
def driver():
    return Driver()


def saved_under_old_keys(driver, *mail):
    with old_keys():
        return [driver.record(email, extraction) for email, extraction in mail]


def test_a_duplicate_made_under_the_old_keys_joins_its_application(driver):
    saved_under_old_keys(
        driver,
        (an_email(on=1, thread="t1"), application_email("applied", "The Body Shop", "Krankenpfleger")),
        (an_email(on=9, thread="t2"), application_email("interview", "Body Shop", "Krankenpflegerin")),
    )
    assert len(driver.applications()) == 2  # the old keys kept them apart

    report = driver.rekeying.rekey_user(USER)

    (application,) = driver.applications()
    assert (application.company_key, application.title_key) == ("body shop", "krankenpfleger")
    assert application.status is Status.INTERVIEW
    assert len(driver.emails_of(application)) == 2
    assert (report.rekeyed, report.merged, report.left_stale) == (2, 1, 0)


def test_records_get_todays_keys_and_new_mail_meets_them(driver):
    saved_under_old_keys(
        driver,
        (an_email(on=1), application_email("applied", "Kliniken Lindau gGmbH", "Sr. Pflegefachfrau")),
    )
    driver.rekeying.rekey_user(USER)
    driver.record(an_email(on=20), application_email("rejected", "Kliniken Lindau", "Senior Pflegefachmann"))

    (application,) = driver.applications()
    assert (application.company_key, application.title_key) == ("kliniken lindau", "senior pflegefachmann")
    assert application.status is Status.REJECTED


def test_a_pinned_record_keeps_its_emails_and_edits_and_gets_todays_keys(driver):
    (first,) = saved_under_old_keys(
        driver, (an_email(on=1), application_email("applied", "The Body Shop", "Pfleger/in"))
    )
    UseCases(driver.store, driver.rows, driver.queue, lambda: day(50)).edit_application(
        USER, first.app_id, ManualChanges(notes="called them"), reviewed=True
    )
    before = driver.store.get_application(USER, first.app_id)

    driver.rekeying.rekey_user(USER)

    after = driver.store.get_application(USER, first.app_id)
    assert (after.company_key, after.title_key) == ("body shop", "pfleger")
    assert (after.pinned_by, after.notes, after.manual_edits) == (
        before.pinned_by,
        "called them",
        before.manual_edits,
    )
    assert driver.emails_of(after) == {first.message_id}


def test_a_duplicate_joins_a_pinned_record_where_matching_joins_it(driver):
    first, _ = saved_under_old_keys(
        driver,
        (an_email(on=1), application_email("applied", "The Body Shop", "Verkäufer")),
        (an_email(on=8), application_email("interview", "Body Shop", "Verkäufer")),
    )
    UseCases(driver.store, driver.rows, driver.queue, lambda: day(50)).edit_application(
        USER, first.app_id, ManualChanges(), reviewed=True
    )

    driver.rekeying.rekey_user(USER)

    (application,) = driver.applications()
    assert application.app_id == first.app_id and application.pinned_by is not None
    assert application.status is Status.INTERVIEW


def test_running_twice_changes_nothing(driver):
    saved_under_old_keys(
        driver,
        (an_email(on=1, thread="t1"), application_email("applied", "The Body Shop", "Krankenpfleger")),
        (an_email(on=9), application_email("interview", "Body Shop", "Krankenpflegerin")),
        (an_email(on=3), application_email("applied", "Acme GmbH", "Data Engineer")),
    )
    driver.rekeying.rekey_user(USER)
    once = copy.deepcopy(driver.state())
    syncs = len(driver.queue.sheet_syncs)

    again = driver.rekeying.rekey_user(USER)

    assert driver.state() == once
    assert not again.changed and again.groups == 0
    assert len(driver.queue.sheet_syncs) == syncs
    assert not any(is_stale(a) for a in driver.applications())


def test_the_version_is_recorded_and_a_current_user_is_not_rekeyed_again(driver):
    saved_under_old_keys(driver, (an_email(on=1), application_email("applied", "The Body Shop")))
    assert driver.store.key_version(USER) == 0

    assert driver.rekeying.rekey_if_older(USER) is not None
    assert driver.store.key_version(USER) == KEY_VERSION
    assert driver.rekeying.rekey_if_older(USER) is None


def test_the_joined_records_row_goes_blank_and_the_sheet_follows(driver):
    _, second = saved_under_old_keys(
        driver,
        (an_email(on=1), application_email("applied", "The Body Shop", "Krankenpfleger")),
        (an_email(on=9), application_email("interview", "Body Shop", "Krankenpfleger")),
    )
    for row, application in enumerate(driver.applications(), start=2):
        application.row_number = row
        driver.store.in_transaction(USER, lambda tx, a=application: tx.save_application(a))

    driver.rekeying.rekey_user(USER)

    (kept,) = driver.applications()
    (gone,) = [r for r in driver.rows.rows if r[1] != kept.app_id]
    assert gone[2] in (2, 3) and kept.row_number != gone[2]
    assert driver.queue.sheet_syncs == [USER]


def _thread_links(driver) -> dict[str, str]:
    """The user's thread and requisition links, without the spellings and roles employers leave
    (tracker/employer_spellings.py, tracker/role_employers.py)."""
    return {
        k: v
        for k, v in driver.store.employer_aliases(USER).items()
        if not k.startswith((FORM_PREFIX, ROLE_PREFIX))
    }


def test_a_reply_naming_no_employer_finds_the_employer_by_its_new_key(driver):
    saved_under_old_keys(
        driver,
        (an_email(on=1, thread="t1"), application_email("applied", "The Body Shop", "Krankenpfleger")),
    )
    assert _thread_links(driver) == {"?t1": "the body shop"}

    report = driver.rekeying.rekey_user(USER)
    driver.record(an_email(on=5, thread="t1"), application_email("interview", None, None))

    assert report.aliases == 1 and _thread_links(driver) == {"?t1": "body shop"}
    (application,) = driver.applications()
    assert application.status is Status.INTERVIEW


def test_many_records_are_moved_a_few_at_a_time_with_the_same_result(driver):
    mail = [
        (an_email(on=day_), application_email("applied", f"The {name} Shop", "Krankenpfleger"))
        for day_, name in enumerate(["Body", "Coffee", "Tea", "Print", "Flower"], start=1)
    ] + [(an_email(on=30), application_email("interview", "Body Shop", "Krankenpflegerin"))]
    saved_under_old_keys(driver, *mail)

    report = driver.rekeying.rekey_user(USER, chunk=1)

    assert len(driver.applications()) == 5 and report.left_stale == 0
    assert {a.company_key for a in driver.applications()} == {
        "body shop",
        "coffee shop",
        "tea shop",
        "print shop",
        "flower shop",
    }


BOARD = "SEEK <noreply@seek.com.au>"


def _where(driver) -> dict[str, tuple]:
    """Each record with what it shows and the emails it holds, by id."""
    return {
        a.app_id: (a.company, a.job_title, a.status, a.needs_review, sorted(driver.emails_of(a)))
        for a in driver.applications()
    }


def _role_and_spelling_mail(employer: str, squashed: str) -> list:
    """An employer's receipt, its mail read under its name squashed (employer_spellings.py) and a job
    board's rejection naming only the role (role_employers.py)."""
    role = "Warehouse Operative"
    return [
        (
            an_email(on=1, sender=f"Jobs <jobs@{squashed.lower()}.example>"),
            application_email("applied", employer, role),
        ),
        (an_email(on=4), application_email("interview", squashed, role)),
        (an_email(on=6, sender=BOARD), application_email("rejected", None, role)),
    ]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
@pytest.mark.parametrize(
    ("employer", "squashed"),
    [
        ("Kliniken Lindau gGmbH", "Klinikenlindau"),  # re-keyed in its group ("kliniken")
        ("The Body Shop", "Thebodyshop"),  # moved to another group ("the" -> "body")
    ],
)
def test_mail_joined_by_its_role_or_a_spelled_form_stays_where_it_was(driver, employer, squashed, order):
    mail = _role_and_spelling_mail(employer, squashed)
    saved_under_old_keys(driver, *(mail[at] for at in order))
    before = _where(driver)

    report = driver.rekeying.rekey_user(USER)

    assert report.rekeyed and _where(driver) == before
    once = copy.deepcopy(driver.state())
    assert not driver.rekeying.rekey_user(USER).changed and driver.state() == once


def test_a_rejection_naming_only_the_role_stays_on_its_employers_record(driver):
    saved_under_old_keys(driver, *_role_and_spelling_mail("The Body Shop", "Thebodyshop"))

    driver.rekeying.rekey_user(USER)

    (application,) = driver.applications()
    assert (application.company_key, application.status) == ("body shop", Status.REJECTED)
    assert len(driver.emails_of(application)) == 3


class _LockLog:
    """The store, noting in each unit of work the groups locked and the placeholders read (each read
    locks its placeholder in Firestore: infra/firestore_unit.py)."""

    def __init__(self, store) -> None:
        self.store, self.units = store, []

    def in_transaction(self, user_id, work):
        log: list[str] = []
        self.units.append(log)
        return self.store.in_transaction(user_id, lambda tx: work(_LoggedUnit(tx, log)))

    def __getattr__(self, name):
        return getattr(self.store, name)


class _LoggedUnit:
    def __init__(self, tx, log: list[str]) -> None:
        self.tx, self.log = tx, log

    def lock_company(self, key: str) -> None:
        self.log.append(key)
        self.tx.lock_company(key)

    def employer_alias(self, key: str):
        self.log.append(key)
        return self.tx.employer_alias(key)

    def __getattr__(self, name):
        return getattr(self.tx, name)


def test_a_role_placeholder_is_locked_before_the_employers_it_is_read_with(driver):
    saved_under_old_keys(driver, *_role_and_spelling_mail("The Body Shop", "Thebodyshop"))
    logged = _LockLog(driver.store)

    Rekeying(logged, driver.rows, driver.queue, lambda: day(200)).rekey_user(USER)

    # The first try found the role's placeholder unlocked and wrote nothing; the second locked it first.
    *_, found, planned = logged.units
    assert "?role:warehouse+operative" not in found and found[:2] == ["body", "the"]
    assert planned[:3] == ["?role:warehouse+operative", "body", "the"]
    (application,) = driver.applications()
    assert len(driver.emails_of(application)) == 3


class _EverNewRoles:
    """A store where, on every try, mail recorded meanwhile names one more role the unit did not lock."""

    def __init__(self, store) -> None:
        self.store, self.tries = store, 0

    def in_transaction(self, user_id, work):
        if not work.__qualname__.startswith("_group_work"):  # the aliases unit runs as it is
            return self.store.in_transaction(user_id, work)
        self.tries += 1
        raise _RolesToLock([f"?role:new+role+{n}" for n in range(self.tries)])

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_group_whose_mail_never_stops_naming_new_roles_fails_transiently_having_written_nothing(driver):
    saved_under_old_keys(driver, *_role_and_spelling_mail("The Body Shop", "Thebodyshop"))
    records_before, _ = driver.state()
    racing = _EverNewRoles(driver.store)

    with pytest.raises(TransientFailure, match="retry later"):
        Rekeying(racing, driver.rows, driver.queue, lambda: day(200)).rekey_user(USER)

    assert racing.tries == ROLE_LOCK_TRIES
    # The aliases were pointed at the new keys first (as in every run); no record moved, and the user is
    # still on the old version, so the next try re-keys them.
    assert driver.state()[0] == records_before and driver.store.key_version(USER) < KEY_VERSION
