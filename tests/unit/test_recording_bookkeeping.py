"""What recording an email writes besides the application: its marker, its event, the outcome, and the
bookkeeping (version, sheet flag, row) a re-plan carries over (docs/DESIGN.md, Data model)."""

from __future__ import annotations

from tests.builders import an_email, application_email, day, not_an_application
from tests.unit.test_recording import USER, Tracker
from tracker.models import Extraction, Kind, Status
from tracker.recording import record_email, record_skipped


def marker_of(tracker: Tracker, message_id: str):
    return tracker.store.in_transaction(USER, lambda tx: tx.get_marker(message_id))


def marker_fields(marker) -> tuple:
    """Everything a processed marker records, in one tuple to compare."""
    return (marker.kind, marker.app_id, marker.thread_id, marker.run_id, marker.processed_at, marker.outcome)


def test_a_new_applications_marker_says_what_happened_in_which_run():
    tracker = Tracker()
    email = an_email(on=1, thread="t1")
    outcome = tracker.receive(email, application_email("applied"), run_id="r1")
    assert (outcome.message_id, outcome.kind, outcome.created) == (email.message_id, Kind.APPLICATION, True)
    assert marker_fields(marker_of(tracker, email.message_id)) == (
        Kind.APPLICATION,
        outcome.app_id,
        "t1",
        "r1",
        day(100),
        "new_application",
    )


def test_a_later_email_of_the_application_counts_as_application_not_new():
    tracker = Tracker()
    first = tracker.receive(an_email(on=1), application_email("applied"), run_id="r1")
    later = an_email(on=4)
    outcome = tracker.receive(later, application_email("interview"), run_id="r1")
    assert (outcome.app_id, outcome.created, outcome.duplicate) == (first.app_id, False, False)
    assert marker_of(tracker, later.message_id).outcome == "application"
    counters = tracker.store.run_counters(USER, "r1", listed=2)
    assert (counters["new_applications"], counters["processed"]) == (1, 2)


def test_other_mail_is_marked_skipped_with_its_kind_and_no_application():
    tracker = Tracker()
    email = an_email(on=1, thread="t9")
    outcome = tracker.receive(email, not_an_application(Kind.RECRUITER_OUTREACH), run_id="r1")
    assert (outcome.message_id, outcome.kind, outcome.app_id, outcome.created) == (
        email.message_id,
        Kind.RECRUITER_OUTREACH,
        None,
        False,
    )
    assert marker_fields(marker_of(tracker, email.message_id)) == (
        Kind.RECRUITER_OUTREACH,
        None,
        "t9",
        "r1",
        day(100),
        "skipped",
    )


def test_an_application_email_without_a_status_is_skipped():
    tracker = Tracker()
    outcome = tracker.receive(an_email(on=1), Extraction(kind=Kind.APPLICATION, company="Acme"), run_id="r1")
    assert outcome.app_id is None and tracker.applications == []


def test_a_duplicate_reports_the_first_outcome_of_the_message():
    tracker = Tracker()
    email = an_email(on=1)
    first = tracker.receive(email, application_email("applied"))
    again = tracker.receive(email, application_email("applied"))
    assert (again.message_id, again.kind, again.app_id, again.duplicate, again.created) == (
        email.message_id,
        Kind.APPLICATION,
        first.app_id,
        True,
        False,
    )


def test_the_event_keeps_what_was_read_from_the_email():
    tracker = Tracker()
    email = an_email(on=3, thread="t1", sender="Acme Talent <talent@acme.example>")
    extraction = Extraction(
        kind=Kind.APPLICATION,
        status=Status.INTERVIEW,
        company="Acme",
        job_title="Data Engineer",
        confidence=0.7,
        extractor="cascade",
        requisition_id="R-1",
    )
    outcome = tracker.receive(email, extraction)
    (event,) = tracker.store.list_events(USER, outcome.app_id)
    assert (
        event.message_id,
        event.status,
        event.received_at,
        event.subject,
        event.sender,
        event.thread_id,
    ) == (
        email.message_id,
        Status.INTERVIEW,
        day(3),
        "Your application",
        "Acme Talent <talent@acme.example>",
        "t1",
    )
    assert (event.extractor, event.confidence, event.company, event.job_title, event.requisition_id) == (
        "cascade",
        0.7,
        "Acme",
        "Data Engineer",
        "R-1",
    )


def test_the_event_says_whether_the_email_stated_its_status_and_when_the_tracker_recorded_it():
    tracker = Tracker()
    outcome = tracker.receive(an_email(on=3), application_email("applied", status_stated=False))
    (event,) = tracker.store.list_events(USER, outcome.app_id)
    assert (event.status_stated, event.recorded_at) == (False, day(100))


def test_a_skipped_messages_marker_is_erased_with_the_users_retention():
    tracker = Tracker()
    email = an_email(on=1)
    tracker.store.in_transaction(
        USER, lambda tx: record_skipped(tx, email, "too large", now=day(100), expire_at=day(190))
    )
    assert marker_of(tracker, email.message_id).expire_at == day(190)


def test_a_marker_of_mail_about_no_application_is_erased_with_the_users_retention():
    tracker = Tracker()
    email = an_email(on=1)
    tracker.store.in_transaction(
        USER, lambda tx: record_email(tx, email, not_an_application(), now=day(100), expire_at=day(190))
    )
    assert marker_of(tracker, email.message_id).expire_at == day(190)


def test_an_employer_the_email_does_not_name_is_its_senders_domain():
    tracker = Tracker()
    tracker.receive(an_email(on=1, sender="Jobs <jobs@globex.example>"), application_email("applied", None))
    application = tracker.only_application()
    assert (application.company, application.sender_email) == ("globex.example", "jobs@globex.example")


def test_an_employer_the_email_does_not_name_is_never_the_platform_that_sent_it():
    tracker = Tracker()
    reminder = an_email(on=1, sender="Codility <no-reply@codility.com>")
    tracker.receive(reminder, application_email("assessment", None, None))
    application = tracker.only_application()
    assert (application.company, application.needs_review) == (
        "Unknown employer",
        "the email names no employer",
    )


def test_a_new_application_is_version_one_and_waits_for_the_sheet():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    application = tracker.only_application()
    assert (application.version, application.sheet_dirty) == (1, True)


def synced(tracker: Tracker, row_number: int = 2):
    """Mark the one application as written to the sheet in `row_number`, as a sheet sync does."""
    application = tracker.only_application()
    application.sheet_dirty, application.row_number = False, row_number
    tracker.store.in_transaction(USER, lambda tx: tx.save_application(application))
    return application


def test_an_email_that_changes_what_the_sheet_shows_bumps_the_version_and_marks_the_row():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    before = synced(tracker, row_number=7)
    tracker.receive(an_email(on=5), application_email("interview"))
    after = tracker.only_application()
    assert (after.version, after.sheet_dirty, after.row_number) == (before.version + 1, True, 7)


def test_an_email_that_changes_nothing_shown_leaves_version_and_sheet_alone():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    tracker.receive(an_email(on=9), application_email("interview"))
    before = synced(tracker, row_number=4)
    tracker.receive(an_email(on=5), application_email("applied"))  # between the two: nothing moves
    after = tracker.only_application()
    assert (after.version, after.sheet_dirty, after.row_number) == (before.version, False, 4)
    assert len(tracker.store.list_events(USER, after.app_id)) == 3


def test_applications_merged_by_a_late_email_give_up_their_sheet_row():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=5, thread="t2"), application_email("interview", "Acme", "Platform Engineer"))
    rows = {}
    for number, application in enumerate(sorted(tracker.applications, key=lambda a: a.applied_at), start=2):
        application.row_number = rows[application.job_title] = number
        tracker.store.in_transaction(USER, lambda tx, a=application: tx.save_application(a))
    # The Platform Engineer thread opened with an email about the Data Engineer application.
    outcome = tracker.receive(
        an_email(on=3, thread="t2"), application_email("applied", "Acme", "Data Engineer")
    )
    (merged,) = tracker.applications
    ((dropped_id, dropped_row),) = outcome.dropped_rows
    assert merged.job_title == "Data Engineer" and dropped_id != merged.app_id
    assert sorted([merged.row_number, dropped_row]) == sorted(rows.values())
    assert len(tracker.store.list_events(USER, merged.app_id)) == 3


def test_a_message_unreadable_within_its_budget_is_skipped_with_why_and_counted_on_its_run():
    tracker = Tracker()
    email = an_email(on=1, thread="t3")
    outcome = tracker.store.in_transaction(
        USER, lambda tx: record_skipped(tx, email, "too large", now=day(100), run_id="r1")
    )
    assert (outcome.message_id, outcome.kind, outcome.app_id, outcome.skipped, outcome.duplicate) == (
        email.message_id,
        Kind.OTHER,
        None,
        "too large",
        False,
    )
    marker = marker_of(tracker, email.message_id)
    assert (marker.kind, marker.app_id, marker.thread_id, marker.run_id, marker.processed_at) == (
        Kind.OTHER,
        None,
        "t3",
        "r1",
        day(100),
    )
    assert (marker.outcome, marker.error) == ("skipped", "too large")
    assert tracker.store.run_counters(USER, "r1", listed=1)["skipped"] == 1


def test_a_skipped_message_already_recorded_is_a_duplicate_of_what_it_was():
    tracker = Tracker()
    email = an_email(on=1)
    first = tracker.receive(email, application_email("applied"))
    again = tracker.store.in_transaction(
        USER, lambda tx: record_skipped(tx, email, "too large", now=day(100))
    )
    assert (again.message_id, again.kind, again.app_id, again.duplicate) == (
        email.message_id,
        Kind.APPLICATION,
        first.app_id,
        True,
    )
    assert marker_of(tracker, email.message_id).error is None
