"""The worker, fetch and sheet_sync functions through main.py, as Functions Framework serves them.

As in functions-framework's own tests, each test builds the app with `create_app(target, "main.py")`
and calls it through Flask's test client. main.py gets its services from `default_services()`; the
tests hand it a `Services` over the Firestore emulator with fake Gmail, Sheets and Cloud Tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage as MimeMessage
from pathlib import Path

import flask.testing
import pytest
from functions_framework import create_app

from functions import api
from functions.tasks_common import RETRY_COUNT_HEADER
from infra.bootstrap import Services
from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tests.functions_support import function_client, settings_for_tests, sign_in
from tests.rekeying_support import old_keys
from tracker.accounts import FetchRun, RunState, SyncCheckpoint, UserAccount
from tracker.errors import Conflict, GrantRevoked
from tracker.models import Status
from tracker.recording import record_email
from tracker.rekeying import KEY_VERSION
from tracker.service_ports import MessagePage, RawMessage

pytestmark = pytest.mark.emulator

MAIN = str(Path(__file__).resolve().parents[2] / "main.py")
MAX_ATTEMPTS = 3
LAST_ATTEMPT = {RETRY_COUNT_HEADER: str(MAX_ATTEMPTS - 1)}


def interview_invitation(company: str = "Globex") -> bytes:
    message = MimeMessage()
    message["From"] = f"{company} Recruiting <recruiting@{company.lower()}.example>"
    message["Subject"] = f"Interview invitation: Data Analyst at {company}"
    message.set_content(
        f"Hi Sam,\n\nWe would like to invite you to an interview for the Data Analyst position at "
        f"{company}. Please pick a time that suits you.\n\n{company} Recruiting"
    )
    return bytes(message)


def confirmation(company: str = "Globex") -> bytes:
    message = MimeMessage()
    message["From"] = f"{company} Careers <careers@{company.lower()}.example>"
    message["Subject"] = f"Thank you for applying to {company}"
    message.set_content(
        f"Hi Sam,\n\nThank you for applying for the Data Analyst position at {company}. "
        f"We have received your application and will review it.\n\n{company} Recruiting"
    )
    return bytes(message)


@dataclass
class FakeMailbox:
    """Gmail as the handlers see it; `failure` is raised by every call when set."""

    messages: dict[str, bytes] = field(default_factory=dict)
    failure: Exception | None = None

    def _check(self) -> None:
        if self.failure is not None:
            raise self.failure

    def current_history_id(self) -> str:
        self._check()
        return "100"

    def list_message_page(self, after, page_token: str | None, page_size: int) -> MessagePage:
        self._check()
        start, ids = int(page_token or 0), list(self.messages)
        end = start + page_size
        return MessagePage(ids[start:end], str(end) if end < len(ids) else None)

    def list_added_page(self, history_id: str, page_token: str | None, page_size: int) -> MessagePage:
        self._check()
        return MessagePage(list(self.messages), None, "100")

    def get_message(self, message_id: str) -> RawMessage | None:
        self._check()
        raw = self.messages.get(message_id)
        return RawMessage(message_id, f"thread-{message_id}", raw, day(1)) if raw else None


@dataclass
class FakeSheet:
    """A sheet that records its writes; `failure` is raised by every call when set."""

    writes: list[dict[int, list[str]]] = field(default_factory=list)
    failure: Exception | None = None
    # Run once, during the next write (as a worker committing while a sync writes).
    while_writing: Callable[[], object] | None = None

    def _check(self) -> None:
        if self.failure is not None:
            raise self.failure

    def create(self, title: str) -> str:
        return "sheet-1"

    def prepare(self, sheet_id: str) -> str:
        self._check()
        return "Applications"

    def read_rows(self, sheet_id: str, sheet_title: str) -> list[list[str]]:
        self._check()
        return []

    def write_rows(self, sheet_id: str, sheet_title: str, rows: dict[int, list[str]]) -> None:
        self._check()
        self.writes.append(rows)
        meanwhile, self.while_writing = self.while_writing, None
        if meanwhile is not None:
            meanwhile()


@dataclass
class Stack:
    services: Services
    mailbox: FakeMailbox
    sheet: FakeSheet
    queue: RecordingQueue
    user: UserAccount
    client_for: Callable[[str], flask.testing.FlaskClient]

    def post(self, target: str, payload: dict, headers: dict | None = None):
        return self.client_for(target).post("/", json=payload, headers=headers or {})


@pytest.fixture
def stack(firestore_client, user_id, monkeypatch) -> Stack:
    mailbox, sheet, queue = FakeMailbox(), FakeSheet(), RecordingQueue()
    services = Services(
        settings_for_tests(
            verify_oidc=False, worker_max_attempts=MAX_ATTEMPTS, fetch_page_size=2, fetch_pages_per_task=2
        ),
        firestore=firestore_client,
        queue=queue,
        mailbox_for=lambda user: mailbox,
        sheet_for=lambda user: sheet,
    )
    user = UserAccount(
        user_id=user_id,
        email=f"{user_id}@example.com",
        google_sub=user_id,
        sheet_id="sheet-1",
        sync=SyncCheckpoint(start_date=day(0)),
    )
    services.accounts.save_user(user)
    # main.py's entry points call default_services(); each create_app imports main.py afresh.
    monkeypatch.setattr("infra.bootstrap.default_services", lambda: services)

    def client_for(target: str) -> flask.testing.FlaskClient:
        return create_app(target, MAIN).test_client()

    return Stack(services, mailbox, sheet, queue, user, client_for)


def start_run(stack: Stack) -> str:
    run = FetchRun(run_id=f"run-{stack.user.user_id}", user_id=stack.user.user_id, started_at=day(1))
    stack.services.accounts.start_run(run)
    return run.run_id


def run_of(stack: Stack, run_id: str) -> FetchRun:
    run = stack.services.accounts.get_run(stack.user.user_id, run_id, with_counts=True)
    assert run is not None
    return run


# worker


def test_the_worker_records_a_message_and_asks_for_a_sheet_sync(stack):
    stack.mailbox.messages["m1"] = confirmation()

    response = stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1"})

    assert response.status_code == 200 and response.json["result"] == "application"
    (application,) = stack.services.applications.list_applications(stack.user.user_id)
    assert application.company == "Globex"
    assert stack.queue.sheet_syncs == [stack.user.user_id]


def test_the_worker_marks_a_revoked_grant_and_fails_the_run_without_a_failure_marker(stack):
    run_id = start_run(stack)
    stack.mailbox.failure = GrantRevoked("invalid_grant")

    response = stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1", "run_id": run_id})

    assert response.status_code == 200 and response.json["result"] == "reconnect needed"
    accounts = stack.services.accounts
    assert accounts.get_user(stack.user.user_id).reconnect_needed
    assert run_of(stack, run_id).state is RunState.FAILED
    assert accounts.processed_message_ids(stack.user.user_id, ["m1"]) == set()


def test_the_worker_asks_for_a_retry_until_the_last_attempt_then_records_the_failure(stack):
    run_id = start_run(stack)
    stack.mailbox.failure = RuntimeError("Gmail is down")
    payload = {"user_id": stack.user.user_id, "message_id": "m1", "run_id": run_id}

    retried = stack.post("worker", payload)
    given_up = stack.post("worker", payload, headers=LAST_ATTEMPT)

    assert retried.status_code == 500
    assert given_up.status_code == 200 and given_up.json["result"] == "failed"
    assert stack.services.accounts.processed_message_ids(stack.user.user_id, ["m1"]) == {"m1"}
    assert run_of(stack, run_id).count("failed") == 1


def test_the_worker_drops_a_task_for_an_unknown_user(stack):
    response = stack.post("worker", {"user_id": "nobody", "message_id": "m1"})

    assert response.status_code == 200 and response.json["result"] == "unknown user"


# A deleted user: deletion goes through the API, as the user does it.


def delete_account(stack: Stack) -> None:
    client = function_client(api.handle, stack.services)
    csrf = sign_in(client, stack.services, stack.user.user_id)
    assert client.delete("/users/", headers={"X-CSRF-Token": csrf}).status_code == 200


def everything_stored_for(stack: Stack) -> list[str]:
    """Every document left under users/{uid}, at any depth, and the user document itself."""
    user_ref = stack.services.firestore.collection("users").document(stack.user.user_id)
    found = [user_ref.path] if user_ref.get().exists else []
    pending = list(user_ref.collections())
    while pending:
        for doc in pending.pop().list_documents():
            if doc.get().exists:
                found.append(doc.path)
            pending.extend(doc.collections())
    return found


class DeletedWhileReading(FakeMailbox):
    """The user deletes their account while the worker reads their message (the worker has already
    loaded the user): then every failure the task can meet, from a revoked grant on."""

    def __init__(self, stack: Stack, failure: Exception | None) -> None:
        super().__init__(dict(stack.mailbox.messages))
        self.stack, self.then = stack, failure

    def get_message(self, message_id: str) -> RawMessage | None:
        delete_account(self.stack)
        self.failure = self.then
        return super().get_message(message_id)


@pytest.mark.parametrize(
    ("failure", "headers"),
    [(None, {}), (GrantRevoked("invalid_grant"), {}), (RuntimeError("Gmail is down"), LAST_ATTEMPT)],
    ids=["records", "grant-revoked", "last-attempt-failure"],
)
def test_a_worker_task_for_a_user_deleted_meanwhile_writes_nothing(stack, monkeypatch, failure, headers):
    run_id = start_run(stack)
    stack.mailbox.messages["m1"] = confirmation()
    mailbox = DeletedWhileReading(stack, failure)
    monkeypatch.setattr(stack.services, "mailbox_for", lambda user: mailbox)
    payload = {"user_id": stack.user.user_id, "message_id": "m1", "run_id": run_id}

    response = stack.post("worker", payload, headers=headers)

    assert response.status_code == 200, response.json
    assert everything_stored_for(stack) == []
    assert stack.queue.sheet_syncs == []


def tasks_queued_before_the_deletion(stack: Stack, run_id: str) -> list[tuple[str, dict]]:
    """One of each task a user can have queued: a message, a listing's first and follow-up tasks, a
    run's sweep, a sheet sync."""
    run = {"user_id": stack.user.user_id, "run_id": run_id}
    return [
        ("worker", {**run, "message_id": "m1"}),
        ("fetch", run),
        ("fetch", {**run, "listing_page": 2}),
        ("fetch", {**run, "sweep_progress": 1}),
        ("sheet_sync", {"user_id": stack.user.user_id}),
    ]


def nothing_enqueued(queue: RecordingQueue) -> bool:
    return not (queue.messages or queue.fetches or queue.listing_pages or queue.sweeps or queue.sheet_syncs)


def test_tasks_arriving_after_the_deletion_write_nothing(stack):
    run_id = start_run(stack)
    stack.mailbox.messages["m1"] = confirmation()
    delete_account(stack)

    for target, payload in tasks_queued_before_the_deletion(stack, run_id):
        assert stack.post(target, payload).status_code == 200, (target, payload)
    assert everything_stored_for(stack) == [] and nothing_enqueued(stack.queue)


def test_tasks_queued_before_a_deletion_do_nothing_for_the_same_person_signed_up_again(stack):
    """Tasks are not purged on deletion (docs/decisions/2026-12-no-task-purge.md), and the same Google
    account gets the same user id: a task from before must not bring the old mail back."""
    run_id = start_run(stack)
    stack.mailbox.messages["m1"] = confirmation()
    delete_account(stack)
    accounts = stack.services.accounts
    accounts.clear_tombstone(stack.user.user_id)  # what signing in again does, then a fresh user
    accounts.save_user(UserAccount(stack.user.user_id, stack.user.email, stack.user.google_sub))

    for target, payload in tasks_queued_before_the_deletion(stack, run_id):
        assert stack.post(target, payload).status_code == 200, (target, payload)
    assert everything_stored_for(stack) == [f"users/{stack.user.user_id}"]
    assert nothing_enqueued(stack.queue)


@pytest.mark.parametrize("sealed", ["v2:retired-key:" + "A" * 60, "v2:k1:not base64!", "garbage"])
def test_a_refresh_token_no_key_can_read_asks_to_reconnect_instead_of_failing(stack, monkeypatch, sealed):
    """A token sealed by a key since dropped from the ring, or a corrupted field: never a 500."""
    run_id = start_run(stack)
    user = stack.services.accounts.get_user(stack.user.user_id)
    user.encrypted_refresh_token = sealed
    stack.services.accounts.save_user(user)
    # The real Services.mailbox_for, which decrypts the token to build the user's credentials.
    real = Services(stack.services.settings, firestore=stack.services.firestore, queue=stack.queue)
    monkeypatch.setattr("infra.bootstrap.default_services", lambda: real)

    response = stack.post("worker", {"user_id": user.user_id, "message_id": "m1", "run_id": run_id})

    assert response.status_code == 200 and response.json["result"] == "reconnect needed"
    assert stack.services.accounts.get_user(user.user_id).reconnect_needed
    assert run_of(stack, run_id).state is RunState.FAILED


# fetch


def test_a_fetch_enqueues_one_task_per_new_message(stack):
    run_id = start_run(stack)
    stack.mailbox.messages.update({"m1": confirmation(), "m2": confirmation("Initech")})

    response = stack.post("fetch", {"user_id": stack.user.user_id, "run_id": run_id})

    assert response.status_code == 200 and response.json["listed"] == 2
    assert stack.queue.messages == {(stack.user.user_id, "m1"): run_id, (stack.user.user_id, "m2"): run_id}


def test_a_fetch_first_rekeys_records_saved_under_older_keys(stack):
    user_id, store = stack.user.user_id, stack.services.applications
    with old_keys():
        for email, extraction in [
            (an_email(on=1), application_email("applied", "The Body Shop", "Krankenpfleger")),
            (an_email(on=9), application_email("interview", "Body Shop", "Krankenpflegerin")),
        ]:
            store.in_transaction(
                user_id, lambda tx, e=email, x=extraction: record_email(tx, e, x, now=day(9))
            )
    assert len(store.list_applications(user_id)) == 2

    response = stack.post("fetch", {"user_id": user_id, "run_id": start_run(stack)})

    assert response.status_code == 200
    (application,) = store.list_applications(user_id)
    assert application.company_key == "body shop" and application.status is Status.INTERVIEW
    assert store.key_version(user_id) == KEY_VERSION


def test_a_fetch_goes_on_when_its_rekey_fails_and_the_next_fetch_tries_again(stack, monkeypatch):
    class FailingRekeying:
        def rekey_if_older(self, user_id):
            raise RuntimeError("contention")

    monkeypatch.setattr(stack.services, "rekeying", FailingRekeying())
    stack.mailbox.messages["m1"] = confirmation()

    response = stack.post("fetch", {"user_id": stack.user.user_id, "run_id": start_run(stack)})

    assert response.status_code == 200 and response.json["listed"] == 1
    assert stack.services.applications.key_version(stack.user.user_id) == 0


def test_a_fetch_with_a_revoked_grant_fails_its_run_and_asks_to_reconnect(stack):
    run_id = start_run(stack)
    stack.mailbox.failure = GrantRevoked("invalid_grant")

    response = stack.post("fetch", {"user_id": stack.user.user_id, "run_id": run_id})

    assert response.status_code == 200 and response.json["result"] == "reconnect needed"
    assert stack.services.accounts.get_user(stack.user.user_id).reconnect_needed
    assert "reconnect needed" in run_of(stack, run_id).error


def sweep(stack: Stack) -> dict:
    """Deliver the one sweep the queue holds, as Cloud Tasks would at its time."""
    (task,) = stack.queue.sweeps
    stack.queue.sweeps.clear()
    payload = {name: value for name, value in task.items() if name != "at"}
    response = stack.post("fetch", payload)
    assert response.status_code == 200, response.json
    return response.json


def test_a_run_whose_worker_dies_on_its_last_attempt_ends_failed_within_a_sweep_period(stack):
    run_id = start_run(stack)
    stack.mailbox.messages.update({"m1": confirmation(), "m2": confirmation("Initech")})
    listed_at = stack.services.now()
    stack.post("fetch", {"user_id": stack.user.user_id, "run_id": run_id})
    (first,) = stack.queue.sweeps
    period = stack.services.settings.run_sweep_seconds
    assert first["sweep_progress"] == 1 and (first["at"] - listed_at).total_seconds() >= period
    # m1 is handled; m2's worker is killed on its last attempt: Cloud Tasks drops the task, no marker.
    stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1", "run_id": run_id})

    assert sweep(stack)["swept"] == "running"  # one message handled since: alive, look again later
    assert [s["sweep_progress"] for s in stack.queue.sweeps] == [2]  # one page listed, one message
    assert sweep(stack)["swept"] == "running"  # nothing handled, but m2's task still waits its turn
    del stack.queue.messages[(stack.user.user_id, "m2")]
    assert sweep(stack)["swept"] == "failed"  # nothing handled for a whole period, no task left: it ends

    run = run_of(stack, run_id)
    assert run.state is RunState.FAILED and run.finished_at is not None
    assert run.error.startswith("1 of 2 messages got no result")
    assert stack.queue.sweeps == []


def test_a_run_that_finished_is_left_alone_by_its_sweep(stack):
    run_id = start_run(stack)
    stack.mailbox.messages["m1"] = confirmation()
    stack.post("fetch", {"user_id": stack.user.user_id, "run_id": run_id})
    stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1", "run_id": run_id})

    assert sweep(stack)["swept"] == "done"
    assert run_of(stack, run_id).state is RunState.DONE and stack.queue.sweeps == []


def test_a_sweep_or_a_listing_task_with_a_bad_count_is_400(stack):
    run_id = start_run(stack)
    for name in ("sweep_progress", "listing_page"):
        for bad in ("3", -1, True):
            payload = {"user_id": stack.user.user_id, "run_id": run_id, name: bad}
            assert stack.post("fetch", payload).status_code == 400


def test_a_listing_over_a_tasks_budget_goes_on_in_follow_up_tasks_counting_each_message_once(stack):
    user_id, run_id = stack.user.user_id, start_run(stack)
    stack.mailbox.messages.update({f"m{n}": confirmation(f"Company {n}") for n in range(9)})
    fetch = {"user_id": user_id, "run_id": run_id}

    first = stack.post("fetch", fetch).json  # 2 ids a page, 2 pages a task
    assert (first["pages"], first["listed"], first["state"]) == (2, 4, "running")
    assert stack.queue.listing_pages == [(user_id, run_id, 2)]
    assert stack.post("fetch", fetch).json["listed"] == 4  # the first task redelivered: nothing more
    stack.post("fetch", {**fetch, "listing_page": 2})
    last = stack.post("fetch", {**fetch, "listing_page": 4}).json

    assert stack.queue.listing_pages == [(user_id, run_id, 2), (user_id, run_id, 4)]
    assert (last["pages"], last["listed"]) == (5, 9)
    assert sorted(stack.queue.messages.values()) == [run_id] * 9
    assert stack.services.accounts.get_user(user_id).sync.history_id == "100"  # moved at the end
    for message_id in stack.mailbox.messages:
        stack.post("worker", {**fetch, "message_id": message_id})
    run = run_of(stack, run_id)
    assert run.state is RunState.DONE and run.count("processed") == run.count("listed") == 9


def test_a_failing_fetch_is_retried_then_fails_its_run_on_the_last_attempt(stack):
    run_id = start_run(stack)
    stack.mailbox.failure = RuntimeError("Gmail is down")
    payload = {"user_id": stack.user.user_id, "run_id": run_id}

    retried = stack.post("fetch", payload)
    given_up = stack.post("fetch", payload, headers=LAST_ATTEMPT)

    assert retried.status_code == 500
    assert given_up.status_code == 200 and given_up.json["result"] == "failed"
    run = run_of(stack, run_id)
    assert run.state is RunState.FAILED and "Gmail is down" in run.error


# sheet_sync


def test_a_sheet_sync_writes_the_changed_rows_in_one_batch_and_frees_its_lease(stack):
    stack.mailbox.messages["m1"] = confirmation()
    stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1"})

    first = stack.post("sheet_sync", {"user_id": stack.user.user_id})
    second = stack.post("sheet_sync", {"user_id": stack.user.user_id})

    assert first.status_code == 200 and first.json["rows_written"] == 1
    assert len(stack.sheet.writes) == 1 and stack.sheet.writes[0][2][0] == "Globex"
    assert second.status_code == 200 and second.json["rows_written"] == 0


def test_a_sheet_sync_finding_the_lease_taken_asks_for_a_later_one(stack):
    stack.services.accounts.acquire_sync_lease(stack.user.user_id, "another-sync", stack.services.now(), 600)

    response = stack.post("sheet_sync", {"user_id": stack.user.user_id})

    assert response.status_code == 200 and "later" in response.json["result"]
    assert stack.queue.sheet_syncs == [stack.user.user_id]


@pytest.mark.parametrize("during_a_run", [True, False])
def test_a_sheet_sync_that_saw_a_row_change_while_it_wrote_asks_for_the_sync_the_change_asked_for(
    stack, monkeypatch, during_a_run
):
    """The change's own worker asks for the sync of its window after its commit; the sync that saw the
    change asks for that same one (one named task), not a sync of its own: during a fetch the run's
    30-s window, else the user's 10-s one."""
    settings = stack.services.settings
    assert (settings.sheet_sync_delay_seconds, settings.run_sheet_sync_delay_seconds) == (10, 30)
    monkeypatch.setattr(stack.services, "now", lambda: datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC))
    task = {"user_id": stack.user.user_id}
    if during_a_run:
        run = FetchRun(run_id="run-1", user_id=stack.user.user_id, state=RunState.RUNNING, started_at=day(1))
        stack.services.accounts.start_run(run)
        task["run_id"] = run.run_id
    stack.mailbox.messages.update({"m1": confirmation(), "m2": interview_invitation()})
    stack.post("worker", {**task, "message_id": "m1"})
    stack.sheet.while_writing = lambda: stack.post("worker", {**task, "message_id": "m2"})

    response = stack.post("sheet_sync", {"user_id": stack.user.user_id})

    assert response.status_code == 200 and response.json["rows_written"] == 1
    *_, the_change_asked, the_sync_asked = stack.queue.sync_windows
    assert the_sync_asked == the_change_asked
    assert the_sync_asked == datetime(2026, 3, 2, 9, 0, 30 if during_a_run else 10, tzinfo=UTC)
    (still_changed,) = stack.services.accounts.changed_applications(stack.user.user_id)
    assert still_changed.application.status.value == "interview"


@pytest.mark.parametrize(
    ("failure", "result"),
    [(GrantRevoked("invalid_grant"), "reconnect needed"), (Conflict("no access"), "sheet not writable")],
)
def test_a_sheet_sync_that_cannot_write_answers_2xx_and_frees_its_lease(stack, failure, result):
    stack.mailbox.messages["m1"] = confirmation()
    stack.post("worker", {"user_id": stack.user.user_id, "message_id": "m1"})
    stack.sheet.failure = failure

    response = stack.post("sheet_sync", {"user_id": stack.user.user_id})

    assert response.status_code == 200 and response.json["result"].startswith(result)
    assert stack.services.accounts.acquire_sync_lease(stack.user.user_id, "next", stack.services.now(), 60)
