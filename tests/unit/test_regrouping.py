"""An employer's applications depend on the set of its emails, not on the order they arrive in."""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tests.builders import an_email, application_email, day
from tracker.application_folding import new_application
from tracker.editing import ManualChanges, apply_manual_changes, manual_application
from tracker.memory_store import MemoryApplicationStore
from tracker.models import ApplicationEvent, EmailMessage, Status
from tracker.recording import record_email
from tracker.regrouping import plan_employer

USER = "u1"


def two_roles_at_one_employer():
    """Role A applied and rejected; role B applied later; a titleless update that belongs to B."""
    return [
        (an_email(on=1, thread="a"), application_email("applied", "Beacon Bio", "Data Engineer")),
        (an_email(on=9, thread="a"), application_email("rejected", "Beacon Bio", "Data Engineer")),
        (an_email(on=30, thread="b"), application_email("applied", "Beacon Bio", "Platform Engineer")),
        (an_email(on=31, thread="c"), application_email("applied", "Beacon Bio", None)),
        (an_email(on=40, thread="b"), application_email("interview", "Beacon Bio", "Platform Engineer")),
    ]


def answer(mailbox, store=None):
    store = store or MemoryApplicationStore()
    for email, extraction in mailbox:
        store.in_transaction(USER, lambda tx, e=email, x=extraction: record_email(tx, e, x, now=day(100)))
    return store, {
        (a.job_title, a.status, frozenset(e.message_id for e in store.list_events(USER, a.app_id)))
        for a in store.list_applications(USER)
    }


def test_a_titleless_email_that_arrives_before_its_application_ends_up_where_date_order_puts_it():
    mailbox = two_roles_at_one_employer()
    _, in_order = answer(mailbox)
    platform = next(group for group in in_order if group[0] == "Platform Engineer")
    assert mailbox[3][0].message_id in platform[2] and platform[1] is Status.INTERVIEW
    for seed in range(25):
        shuffled = mailbox[:]
        random.Random(seed).shuffle(shuffled)
        assert answer(shuffled)[1] == in_order, seed


def test_application_ids_stay_put_when_a_late_email_moves_between_applications():
    mailbox = two_roles_at_one_employer()
    late_first = [mailbox[3], *mailbox[:3], mailbox[4]]
    store, _ = answer(late_first[:1])
    (first,) = store.list_applications(USER)
    store, _ = answer(late_first[1:], store)
    ids = {a.job_title: a.app_id for a in store.list_applications(USER)}
    assert first.app_id in ids.values() and len(ids) == 2
    listed = [e.message_id for app_id in ids.values() for e in store.list_events(USER, app_id)]
    assert sorted(listed) == sorted(email.message_id for email, _ in late_first)  # each email once


def test_an_application_made_by_hand_keeps_its_emails_and_takes_new_ones():
    store = MemoryApplicationStore()
    changes = ManualChanges(company="Beacon Bio", job_title="Data Engineer", status=Status.APPLIED)
    manual = manual_application("manual-1", changes, day(0))
    store.in_transaction(USER, lambda tx: (tx.lock_company(manual.company_key), tx.save_application(manual)))
    answer(two_roles_at_one_employer(), store)
    mine = next(a for a in store.list_applications(USER) if a.app_id == "manual-1")
    assert mine.status is Status.REJECTED and mine.company == "Beacon Bio" and mine.source == "manual"
    assert len(store.list_applications(USER)) == 2


def test_the_shown_spelling_is_the_earliest_emails_whatever_the_arrival_order():
    late = (an_email(on=6), application_email("interview", "Acme Corp", "Data Engineer"))
    early = (an_email(on=1), application_email("applied", "ACME Corporation", "Data engineer"))  # later id
    for mailbox in ([early, late], [late, early]):
        store, _ = answer(mailbox)
        (application,) = store.list_applications(USER)
        assert (application.company, application.job_title) == ("ACME Corporation", "Data engineer")


def test_an_application_renamed_by_hand_keeps_its_name_and_emails_and_takes_new_ones():
    store, _ = answer([(an_email(on=1), application_email("applied", "Beacon Bio", "Data Engineer"))])
    (application,) = store.list_applications(USER)
    apply_manual_changes(application, ManualChanges(job_title="Data Platform Engineer"), day(2))
    store.in_transaction(USER, lambda tx: tx.save_application(application))
    later = an_email(on=5)
    answer([(later, application_email("interview", "Beacon Bio", "Data Platform Engineer"))], store)
    (renamed,) = store.list_applications(USER)
    events = {e.message_id for e in store.list_events(USER, application.app_id)}
    assert (renamed.app_id, renamed.job_title, renamed.status) == (
        application.app_id,
        "Data Platform Engineer",
        Status.INTERVIEW,
    )
    assert later.message_id in events and len(events) == 2


def test_a_new_email_in_a_pinned_applications_thread_adds_its_requisition_id_to_it():
    store = MemoryApplicationStore()
    changes = ManualChanges(company="Beacon Bio", job_title="Data Engineer", status=Status.APPLIED)
    manual = manual_application("manual-1", changes, day(0))
    store.in_transaction(USER, lambda tx: (tx.lock_company(manual.company_key), tx.save_application(manual)))
    interview = application_email("interview", "Beacon Bio", "Data Engineer")
    answer([(an_email(on=4, thread="t"), interview)], store)
    answer([(an_email(on=2, thread="t"), application_email("applied", "Beacon Bio", None, "R-77"))], store)
    (mine,) = store.list_applications(USER)
    assert (mine.app_id, mine.requisition_ids) == ("manual-1", ["R-77"])


def test_an_email_a_late_arrival_moves_to_another_application_leaves_the_first_ones_timeline():
    data = (an_email(on=1, thread="a"), application_email("applied", "Acme", "Data Engineer"))
    rejection = (an_email(on=5, thread="c"), application_email("rejected", "Acme", None))
    late = (an_email(on=2, thread="b"), application_email("applied", "Acme", "ML Engineer"))
    store, _ = answer([data, rejection])
    store, _ = answer([late], store)
    timelines = {
        a.job_title: [e.message_id for e in store.list_events(USER, a.app_id)]
        for a in store.list_applications(USER)
    }
    assert timelines == {
        "Data Engineer": [data[0].message_id],
        "ML Engineer": [late[0].message_id],
        None: [rejection[0].message_id],
    }


def test_the_earliest_spelling_is_shown_across_a_daylight_saving_change_in_the_machines_zone():
    # Berlin's clocks go back at 01:00 UTC: 00:30 UTC reads 02:30+02:00 there, 01:10 UTC 02:10+01:00.
    before_change = replace(an_email(), received_at=datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    after_change = replace(an_email(), received_at=datetime(2026, 10, 25, 1, 10, tzinfo=UTC))
    zone = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        local = [email.received_at.astimezone().isoformat() for email in (before_change, after_change)]
        assert local[0] > local[1]  # written in the local zone, the earlier email sorts after the later
        store, _ = answer(
            [
                (after_change, application_email("interview", "ACME Corp", "Data Engineer")),
                (before_change, application_email("applied", "Acme Corporation", "Data Engineer")),
            ]
        )
    finally:
        if zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = zone
        time.tzset()
    (application,) = store.list_applications(USER)
    assert application.company == "Acme Corporation"


def an_event(message_id: str, on: int, title: str | None = "Data Engineer", status=Status.APPLIED):
    return ApplicationEvent(message_id, status, day(on), company="Acme", job_title=title)


def test_a_stored_application_lends_its_id_only_to_a_group_sharing_one_of_its_emails():
    stored = new_application("stored-1", "acme", an_event("m0", 0))
    plan = plan_employer([stored], {"stored-1": []}, an_event("m1", 1), lambda: "new-1")
    assert plan.app_of == {"m1": "new-1"} and plan.created == {"new-1"}
    assert [a.app_id for a in plan.dropped] == ["stored-1"]


def test_the_group_sharing_most_emails_with_a_stored_application_keeps_its_id():
    stored = new_application("stored-1", "acme", an_event("m1", 1))
    history = {"stored-1": [an_event("m1", 1), an_event("m2", 2)]}
    plan = plan_employer([stored], history, an_event("m3", 3), lambda: "new-1")
    assert set(plan.app_of.values()) == {"stored-1"} and not plan.created and not plan.dropped


def test_an_application_made_by_hand_keeps_the_users_spelling_whatever_the_emails_say():
    store = MemoryApplicationStore()
    changes = ManualChanges(company="Beacon Bio", job_title="Data Engineer", status=Status.APPLIED)
    manual = manual_application("manual-1", changes, day(0))
    store.in_transaction(USER, lambda tx: (tx.lock_company(manual.company_key), tx.save_application(manual)))
    answer([(an_email(on=-3), application_email("interview", "BEACON BIO", "data engineer"))], store)
    (mine,) = store.list_applications(USER)
    assert (mine.company, mine.job_title, mine.status) == ("Beacon Bio", "Data Engineer", Status.INTERVIEW)


def test_an_application_whose_employer_was_respelled_by_hand_is_pinned_too():
    store, _ = answer([(an_email(on=1), application_email("applied", "BEACON BIO", "Data Engineer"))])
    (application,) = store.list_applications(USER)
    apply_manual_changes(application, ManualChanges(company="Beacon Bio"), day(2))
    store.in_transaction(USER, lambda tx: tx.save_application(application))
    answer([(an_email(on=5), application_email("interview", "BEACON BIO", "Data Engineer"))], store)
    (respelled,) = store.list_applications(USER)
    assert (respelled.app_id, respelled.company, respelled.status) == (
        application.app_id,
        "Beacon Bio",
        Status.INTERVIEW,
    )


def test_a_pinned_application_keeps_its_row_and_counts_a_new_email_as_one_change():
    store = MemoryApplicationStore()
    changes = ManualChanges(company="Beacon Bio", job_title="Data Engineer", status=Status.APPLIED)
    manual = manual_application("manual-1", changes, day(0))
    manual.row_number, manual.version, manual.sheet_dirty = 5, 3, False
    store.in_transaction(USER, lambda tx: (tx.lock_company(manual.company_key), tx.save_application(manual)))
    answer([(an_email(on=4), application_email("interview", "Beacon Bio", "Data Engineer"))], store)
    (mine,) = store.list_applications(USER)
    assert (mine.row_number, mine.version, mine.sheet_dirty, mine.source) == (5, 4, True, "manual")


def test_applications_with_no_recorded_email_take_part_without_a_history_entry():
    pinned = new_application("manual-1", "acme", an_event("m0", 0))
    pinned.source, pinned.job_title, pinned.title_key = "manual", "Data Engineer", "data engineer"
    stored = new_application("stored-1", "acme", an_event("m0", 0, title="ML Engineer"))
    plan = plan_employer([pinned, stored], {}, an_event("m1", 1), lambda: "new-1")
    assert plan.app_of == {"m1": "manual-1"} and [a.app_id for a in plan.dropped] == ["stored-1"]


def test_when_a_stored_application_splits_the_larger_part_keeps_its_id():
    stored = new_application("stored-1", "acme", an_event("a", 1))
    history = {
        "stored-1": [
            an_event("a", 1),
            an_event("b", 2),
            an_event("c", 3, title="ML Engineer"),
            an_event("e", 5),
        ]
    }
    plan = plan_employer([stored], history, an_event("d", 4, title="ML Engineer"), lambda: "new-1")
    assert {m: plan.app_of[m] for m in "abcde"} == {
        "a": "stored-1",
        "b": "stored-1",
        "e": "stored-1",
        "c": "new-1",
        "d": "new-1",
    }


def test_a_merged_group_keeps_the_id_of_the_application_it_shares_most_emails_with():
    few = new_application("stored-9", "acme", an_event("a", 1))
    many = new_application("stored-1", "acme", an_event("b", 5, title="ML Engineer"))
    history = {
        "stored-9": [
            ApplicationEvent(
                "a", Status.APPLIED, day(1), thread_id="t1", company="Acme", job_title="Data Engineer"
            )
        ],
        "stored-1": [
            ApplicationEvent(
                "b", Status.APPLIED, day(5), thread_id="t2", company="Acme", job_title="ML Engineer"
            ),
            ApplicationEvent(
                "c", Status.INTERVIEW, day(6), thread_id="t2", company="Acme", job_title="ML Engineer"
            ),
        ],
    }
    # An email of the ML Engineer thread about the Data Engineer application joins all three.
    joining = ApplicationEvent(
        "j", Status.APPLIED, day(3), thread_id="t2", company="Acme", job_title="Data Engineer"
    )
    plan = plan_employer([few, many], history, joining, lambda: "new-1")
    assert set(plan.app_of.values()) == {"stored-1"} and [a.app_id for a in plan.dropped] == ["stored-9"]


def test_requisition_ids_are_kept_once_each_and_only_when_stated():
    store, _ = answer(
        [
            (an_email(on=1), application_email("applied", "Acme", "Data Engineer", "R-1")),
            (an_email(on=2), application_email("assessment", "Acme", "Data Engineer", "R-1")),
            (an_email(on=3), application_email("interview", "Acme", "Data Engineer")),
        ]
    )
    (application,) = store.list_applications(USER)
    assert application.requisition_ids == ["R-1"]


def test_an_application_no_email_names_the_employer_of_is_the_unknown_employer():
    store, _ = answer(
        [(an_email(on=1, sender="Careers"), application_email("applied", None, "Data Engineer"))]
    )
    (application,) = store.list_applications(USER)
    assert application.company == "Unknown employer"


def test_a_titled_email_names_the_application_an_earlier_untitled_one_started():
    store, _ = answer(
        [
            (an_email(on=1), application_email("applied", "Acme", None)),
            (an_email(on=5), application_email("interview", "Acme", "Data Engineer")),
        ]
    )
    (application,) = store.list_applications(USER)
    assert (application.job_title, application.status) == ("Data Engineer", Status.INTERVIEW)


def test_an_undated_email_joins_its_application_but_the_spelling_comes_from_a_dated_one():
    undated = EmailMessage("undated-1", "Careers <jobs@example.com>", "Your application", "", None)
    dated = an_email(on=3)
    store, _ = answer(
        [
            (dated, application_email("interview", "Acme Corp", "Data Engineer")),
            (undated, application_email("applied", "ACME Corporation", "Data Engineer")),
        ]
    )
    (application,) = store.list_applications(USER)
    assert (application.company, application.status, application.updated_at) == (
        "Acme Corp",
        Status.INTERVIEW,
        day(3),
    )


def test_a_title_less_email_while_several_applications_are_open_is_kept_apart_and_asks_for_review():
    store, _ = answer(
        [
            (an_email(on=1, thread="a"), application_email("applied", "Acme", "Data Engineer")),
            (an_email(on=2, thread="b"), application_email("applied", "Acme", "ML Engineer")),
            (an_email(on=5, thread="c"), application_email("rejected", "Acme", None)),
        ]
    )
    flagged = {a.job_title: (a.status, a.needs_review) for a in store.list_applications(USER)}
    assert flagged["Data Engineer"] == (Status.APPLIED, None)
    assert flagged["ML Engineer"] == (Status.APPLIED, None)
    status, reason = flagged[None]
    assert status is Status.REJECTED and "kept apart" in reason and "2 open applications" in reason


def test_an_email_in_the_thread_of_its_application_needs_no_review():
    store, _ = answer(
        [
            (an_email(on=1, thread="a"), application_email("applied", "Acme", "Data Engineer")),
            (an_email(on=2, thread="b"), application_email("applied", "Acme", "ML Engineer")),
            (an_email(on=5, thread="b"), application_email("rejected", "Acme", None)),
        ]
    )
    assert not any(a.needs_review for a in store.list_applications(USER))


def test_a_title_less_email_joined_to_the_application_just_begun_keeps_that_reason_whatever_its_address():
    # The address only places an email the other rules keep apart: here the follow-up window places it.
    greenhouse, workday = "Acme <no-reply@greenhouse.io>", "Acme <acme@myworkday.com>"
    begun = replace(an_email(on=2, thread="b", sender=workday), received_at=day(2))
    follow_up = replace(
        an_email(on=2, thread="c", sender=greenhouse), received_at=day(2) + timedelta(hours=2)
    )
    store, _ = answer(
        [
            (
                an_email(on=1, thread="a", sender=greenhouse),
                application_email("applied", "Acme", "Data Engineer"),
            ),
            (begun, application_email("applied", "Acme", "ML Engineer")),
            (follow_up, application_email("assessment", "Acme", None)),
        ]
    )
    reasons = {a.job_title: a.needs_review for a in store.list_applications(USER)}
    assert reasons["Data Engineer"] is None
    assert "begun just before it" in reasons["ML Engineer"]
