"""The worker's job for one message, with in-memory ports: idempotency, gone messages, sync windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage as MimeMessage

from tracker.accounts import FetchRun, RunState
from tracker.extraction.rules import RulesExtractor
from tracker.memory_store import MemoryApplicationStore
from tracker.processing import process_message, sync_window_end
from tracker.service_ports import RawMessage

T0 = datetime(2026, 3, 2, 9, 0, 4, tzinfo=UTC)
USER = "u1"


def confirmation_raw() -> bytes:
    message = MimeMessage()
    message["From"] = "Globex Careers <careers@globex.example>"
    message["Subject"] = "Thank you for applying to Globex"
    message["Message-ID"] = "<c1@globex.example>"
    message.set_content(
        "Hi Sam,\n\nThank you for applying for the Data Analyst position at Globex. "
        "We have received your application and will review it.\n\nGlobex Recruiting"
    )
    return bytes(message)


class OneMessageMailbox:
    def __init__(self, raw: bytes | None) -> None:
        self.raw = raw

    def get_message(self, message_id: str) -> RawMessage | None:
        return RawMessage(message_id, "thread-1", self.raw, T0) if self.raw else None


class RecordingQueue:
    def __init__(self) -> None:
        self.syncs: list[datetime] = []

    def enqueue_sheet_sync(self, user_id: str, not_before: datetime) -> bool:
        self.syncs.append(not_before)
        return True


class RecordingAccounts:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def record_failure(self, user_id, run_id, message_id, error, now, expire_at=None) -> None:
        self.failures.append(message_id)

    def complete_run_if_done(self, user_id, run_id, now, with_counts=True, seen=None):
        return None


class SteppingClock:
    """Returns the given times one after another (the last one from then on)."""

    def __init__(self, *times: datetime) -> None:
        self.times = list(times)

    def __call__(self) -> datetime:
        return self.times.pop(0) if len(self.times) > 1 else self.times[0]


def run(mailbox, store, queue, accounts, clock):
    return process_message(
        USER,
        "run-1",
        "gmail-1",
        mailbox,
        RulesExtractor(),
        store,
        accounts,
        queue,
        clock,
        sync_delay_seconds=10,
    )


def test_a_message_processed_twice_changes_nothing_the_second_time():
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    mailbox = OneMessageMailbox(confirmation_raw())
    first = run(mailbox, store, queue, accounts, SteppingClock(T0))
    second = run(mailbox, store, queue, accounts, SteppingClock(T0))
    assert first.created and second.duplicate and second.app_id == first.app_id
    (application,) = store.list_applications(USER)
    assert (application.company, application.job_title) == ("Globex", "Data Analyst")
    assert application.version == 1


def test_a_redelivered_message_asks_for_the_sheet_sync_again():
    # The first delivery may have died after its commit, before asking for the sync; the sync task
    # is named by its window, so asking twice costs nothing.
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    mailbox = OneMessageMailbox(confirmation_raw())
    run(mailbox, store, queue, accounts, SteppingClock(T0))
    run(mailbox, store, queue, accounts, SteppingClock(T0))
    assert queue.syncs == [sync_window_end(T0, 10)] * 2


def test_a_message_that_no_longer_exists_is_recorded_as_failed_not_retried():
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    assert run(OneMessageMailbox(None), store, queue, accounts, SteppingClock(T0)) is None
    assert accounts.failures == ["gmail-1"] and queue.syncs == []


def test_the_sheet_sync_window_is_chosen_after_the_commit():
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    committed_later = T0 + timedelta(seconds=9)  # the transaction finished in the next window
    run(OneMessageMailbox(confirmation_raw()), store, queue, accounts, SteppingClock(T0, committed_later))
    assert queue.syncs == [sync_window_end(committed_later, 10)]
    assert queue.syncs[0] > committed_later


class LastMessageAccounts(RecordingAccounts):
    """A run whose every message is handled once this one is: the call marks it done, at `now`."""

    def complete_run_if_done(self, user_id, run_id, now, with_counts=True, seen=None):
        return FetchRun(
            run_id, user_id, started_at=T0, state=RunState.DONE, finished_at=now, listing_done=True
        )


def run_with_windows(accounts, queue, clock):
    return process_message(
        USER,
        "run-1",
        "gmail-1",
        OneMessageMailbox(confirmation_raw()),
        RulesExtractor(),
        MemoryApplicationStore(),
        accounts,
        queue,
        clock,
        sync_delay_seconds=10,
        run_sync_delay_seconds=30,
    )


def test_a_fetch_runs_message_coalesces_its_sheet_sync_over_the_runs_longer_window():
    queue = RecordingQueue()
    run_with_windows(RecordingAccounts(), queue, SteppingClock(T0))
    assert queue.syncs == [sync_window_end(T0, 30)] != [sync_window_end(T0, 10)]


def test_the_message_that_ends_its_run_asks_for_the_sheet_sync_at_once():
    queue, committed = RecordingQueue(), T0 + timedelta(seconds=1)
    run_with_windows(LastMessageAccounts(), queue, SteppingClock(T0, committed))
    assert queue.syncs == [sync_window_end(committed, 30), committed]


def test_sync_windows_are_fixed_slices_of_time():
    assert sync_window_end(datetime(2026, 1, 1, 0, 0, 3, tzinfo=UTC), 10) == datetime(
        2026, 1, 1, 0, 0, 10, tzinfo=UTC
    )
    assert sync_window_end(datetime(2026, 1, 1, 0, 0, 10, tzinfo=UTC), 10) == datetime(
        2026, 1, 1, 0, 0, 20, tzinfo=UTC
    )


def headers_only_raw(headers: int) -> bytes:
    """A message of nothing but `headers` Received lines: over the budget with nothing readable."""
    return b"Received: from relay.example\r\n" * headers + b"\r\n"


def test_a_message_over_its_reading_budget_is_recorded_as_skipped_with_why_and_not_retried():
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    mailbox = OneMessageMailbox(headers_only_raw(5_000))

    outcome = run(mailbox, store, queue, accounts, SteppingClock(T0))

    assert "reading budget" in outcome.skipped and "headers" in outcome.skipped
    marker = store.in_transaction(USER, lambda tx: tx.get_marker("gmail-1"))
    assert (marker.outcome, marker.error, marker.run_id) == ("skipped", outcome.skipped, "run-1")
    assert store.run_counters(USER, "run-1", listed=1)["skipped"] == 1
    assert accounts.failures == [] and queue.syncs == []
    assert run(mailbox, store, queue, accounts, SteppingClock(T0)).duplicate


def test_gmails_arrival_time_is_kept_in_the_senders_zone_so_a_zoneless_interview_time_is_theirs():
    invitation = (
        b"From: Dana Cole <dana.cole@kelvin.example>\r\nTo: alex@example.com\r\n"
        b"Subject: Interview invitation: Site Reliability Engineer at Kelvin Telecom\r\n"
        b"Date: Mon, 02 Mar 2026 03:00:00 -0600\r\nMessage-ID: <kelvin-1@kelvin.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi Alex,\r\n\r\nThanks for applying to Kelvin Telecom! We would like to invite you to a technical "
        b"interview for the Site Reliability Engineer role.\r\n"
        b"You're confirmed for Thursday, March 5 at 2pm.\r\n"
    )
    store = MemoryApplicationStore()
    run(OneMessageMailbox(invitation), store, RecordingQueue(), RecordingAccounts(), SteppingClock(T0))
    ((event,),) = store.timelines(USER).values()
    assert event.received_at == T0  # Gmail's instant, not the header's
    assert [d.starts_at for d in event.dates] == [datetime(2026, 3, 5, 20, 0, tzinfo=UTC)]  # 2pm at -06:00


class CountingExtractor:
    """The rules, counting the emails they are asked about (a model would be asked the same way)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.rules = RulesExtractor()

    def extract(self, email):
        self.asked.append(email.message_id)
        return self.rules.extract(email)


def test_a_message_already_processed_is_neither_fetched_nor_extracted_again():
    store, queue, accounts = MemoryApplicationStore(), RecordingQueue(), RecordingAccounts()
    extractor, mailbox = CountingExtractor(), OneMessageMailbox(confirmation_raw())
    deliver = [USER, "run-1", "gmail-1", mailbox, extractor, store, accounts, queue]

    first = process_message(*deliver, SteppingClock(T0))
    mailbox.raw = None  # a second look at Gmail would now find nothing: the marker must answer first
    again = process_message(*deliver, SteppingClock(T0))

    assert extractor.asked == ["gmail-1"]
    assert again is not None and again.duplicate and again.app_id == first.app_id
    assert accounts.failures == []
