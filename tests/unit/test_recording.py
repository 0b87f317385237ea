"""Recording emails on applications: matching, status rules and idempotency, on the memory store."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from tests.builders import an_email, application_email, day, not_an_application
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Kind, Status
from tracker.recording import record_email

USER = "u1"


class Tracker:
    """A user's tracker on the memory store, fed (email, extraction) pairs."""

    def __init__(self) -> None:
        self.store = MemoryApplicationStore()

    def receive(self, email, extraction, run_id=None):
        return self.store.in_transaction(
            USER, lambda tx: record_email(tx, email, extraction, now=day(100), run_id=run_id)
        )

    @property
    def applications(self):
        return self.store.list_applications(USER)

    def only_application(self):
        (application,) = self.applications
        return application


def test_confirmation_creates_an_application():
    tracker = Tracker()
    outcome = tracker.receive(an_email(on=1), application_email("applied", "Acme Inc.", "Data Engineer"))
    application = tracker.only_application()
    assert outcome.created and outcome.app_id == application.app_id
    assert (application.company, application.job_title, application.status) == (
        "Acme Inc.",
        "Data Engineer",
        Status.APPLIED,
    )
    assert application.applied_at == day(1)


def test_the_same_email_twice_is_one_event():
    tracker = Tracker()
    email = an_email(on=1)
    tracker.receive(email, application_email())
    second = tracker.receive(email, application_email())
    assert second.duplicate
    application = tracker.only_application()
    assert len(tracker.store.list_events(USER, application.app_id)) == 1
    assert application.version == 1


def test_ats_and_linkedin_confirmations_of_one_job_make_one_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme Corp", "Data Engineer"))
    tracker.receive(an_email(on=1), application_email("applied", "ACME Corporation", "Data engineer"))
    assert len(tracker.applications) == 1


def test_rejection_without_title_never_guesses_among_open_applications_at_that_employer():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=5), application_email("applied", "Acme", "ML Engineer"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", None))
    by_title = {a.job_title: a.status for a in tracker.applications}
    assert by_title == {"Data Engineer": Status.APPLIED, "ML Engineer": Status.APPLIED, None: Status.REJECTED}


def test_a_title_less_email_hours_after_one_application_began_is_its_follow_up():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=5), application_email("applied", "Acme", "ML Engineer"))
    follow_up = an_email(on=5)
    tracker.receive(
        replace(follow_up, received_at=follow_up.received_at + timedelta(hours=2)),
        application_email("assessment", "Acme", None),
    )
    by_title = {a.job_title: (a.status, bool(a.needs_review)) for a in tracker.applications}
    assert by_title == {"Data Engineer": (Status.APPLIED, False), "ML Engineer": (Status.ASSESSMENT, True)}


def test_two_roles_at_one_employer_stay_two():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=2), application_email("applied", "Acme", "Product Manager"))
    assert len(tracker.applications) == 2


def test_look_alike_employers_stay_apart():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Avail", "Analyst"))
    tracker.receive(an_email(on=2), application_email("rejected", "Avra", "Analyst"))
    assert sorted((a.company, a.status) for a in tracker.applications) == [
        ("Avail", Status.APPLIED),
        ("Avra", Status.REJECTED),
    ]


def test_new_application_after_a_rejection_for_the_same_role_is_a_new_record():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    tracker.receive(an_email(on=10), application_email("rejected"))
    tracker.receive(an_email(on=60), application_email("applied"))
    assert sorted(a.status for a in tracker.applications) == [Status.APPLIED, Status.REJECTED]


def test_older_email_never_overwrites_a_newer_status():
    tracker = Tracker()
    tracker.receive(an_email(on=8), application_email("interview"))
    tracker.receive(an_email(on=1), application_email("applied"))
    application = tracker.only_application()
    assert application.status is Status.INTERVIEW
    assert application.applied_at == day(1)


def test_rejection_is_final_even_when_a_later_update_arrives():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    tracker.receive(an_email(on=9), application_email("rejected"))
    tracker.receive(an_email(on=12), application_email("interview"))
    assert tracker.only_application().status is Status.REJECTED


def test_email_in_the_thread_of_an_earlier_one_joins_its_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=4, thread="t1"), application_email("interview", "Acme", "Senior Data Eng"))
    assert tracker.only_application().status is Status.INTERVIEW


def test_thread_of_another_employer_does_not_merge_applications():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=2, thread="t1"), application_email("applied", "Globex", "Data Engineer"))
    assert len(tracker.applications) == 2


def test_requisition_id_matches_a_differently_worded_title():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer II", "R-1234"))
    tracker.receive(an_email(on=3), application_email("assessment", "Acme", "Data Eng 2", "R-1234"))
    assert tracker.only_application().status is Status.ASSESSMENT


def test_titled_email_adopts_an_application_started_by_an_untitled_one():
    tracker = Tracker()
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", None))
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    application = tracker.only_application()
    assert (application.job_title, application.status) == ("Data Engineer", Status.REJECTED)


def test_job_alert_is_marked_processed_but_makes_no_application():
    tracker = Tracker()
    outcome = tracker.receive(an_email(on=1), not_an_application(), run_id="r1")
    assert outcome.app_id is None and tracker.applications == []
    counters = tracker.store.run_counters(USER, "r1", listed=1)
    assert {name: n for name, n in counters.items() if n} == {"listed": 1, "processed": 1, "skipped": 1}


def test_manual_status_edit_is_never_overwritten_by_extraction():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied"))
    store = tracker.store
    application = tracker.only_application()
    application.status = Status.OFFER
    application.edited_fields.append("status")
    store.in_transaction(USER, lambda tx: tx.save_application(application))
    tracker.receive(an_email(on=5), application_email("interview"))
    assert tracker.only_application().status is Status.OFFER


def test_shuffled_input_gives_the_same_applications():
    emails = [
        (an_email(on=1), application_email("applied", "Acme", "Data Engineer")),
        (an_email(on=2), application_email("applied", "Globex", "Analyst")),
        (an_email(on=5), application_email("assessment", "Acme", "Data Engineer")),
        (an_email(on=9), application_email("interview", "Acme", "Data Engineer")),
        (an_email(on=11), application_email("rejected", "Globex", None)),
        (an_email(on=20), application_email("offer", "Acme", "Data Engineer")),
    ]

    def summary(order):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        return sorted((a.company, a.job_title, a.status, a.applied_at) for a in tracker.applications)

    expected = summary(emails)
    for seed in range(10):
        shuffled = emails[:]
        random.Random(seed).shuffle(shuffled)
        assert summary(shuffled) == expected


def test_a_job_alert_seen_again_in_a_later_run_is_a_duplicate_counted_once():
    tracker = Tracker()
    email = an_email(on=1)
    first = tracker.receive(email, not_an_application(), run_id="r1")
    again = tracker.receive(email, not_an_application(), run_id="r2")
    assert not first.duplicate and again.duplicate and again.app_id is None
    assert (again.message_id, again.kind) == (email.message_id, Kind.JOB_ALERT)
    assert tracker.store.run_counters(USER, "r1", listed=1)["skipped"] == 1
    assert tracker.store.run_counters(USER, "r2", listed=1)["skipped"] == 0


def test_an_email_first_recorded_as_an_application_stays_where_it_went_when_read_again_as_other_mail():
    tracker = Tracker()
    email = an_email(on=1)
    first = tracker.receive(email, application_email("applied"))
    again = tracker.receive(email, not_an_application())
    assert again.duplicate and again.app_id == first.app_id
    assert len(tracker.applications) == 1
