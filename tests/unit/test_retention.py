"""The user's retention period: what expires when, what a fetch erases, what the API still shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.unit.test_processing import (
    T0,
    USER,
    OneMessageMailbox,
    RecordingAccounts,
    RecordingQueue,
    SteppingClock,
    confirmation_raw,
)
from tracker.errors import InvalidInput
from tracker.extraction.rules import RulesExtractor
from tracker.memory_store import MemoryApplicationStore
from tracker.model_calls import ModelCall
from tracker.processing import process_message
from tracker.retention import erase_expired_subjects, visible_subject
from tracker.user_settings import SettingsChange, UserSettings

SUBJECT = "Thank you for applying to Globex"


class LoggedExtractor:
    """The rules, as if a model had been asked too: the extraction carries a model call."""

    def extract(self, email):
        return replace(
            RulesExtractor().extract(email), model_call=ModelCall(email.message_id, "cascade", "answered")
        )


class KeptCalls:
    def __init__(self) -> None:
        self.calls: list[ModelCall] = []

    def record(self, user_id, call) -> None:
        self.calls.append(call)


def recorded(retention_days: int | None, store: MemoryApplicationStore | None = None, calls=None):
    store = store or MemoryApplicationStore()
    process_message(
        USER,
        "run-1",
        "gmail-1",
        OneMessageMailbox(confirmation_raw()),
        LoggedExtractor(),
        store,
        RecordingAccounts(),
        RecordingQueue(),
        SteppingClock(T0),
        model_calls=calls,
        retention_days=retention_days,
    )
    return store


def the_event(store: MemoryApplicationStore):
    ((event,),) = store.timelines(USER).values()
    return event


def test_the_marker_the_subject_and_the_model_call_expire_after_the_users_period():
    calls = KeptCalls()
    store = recorded(90, calls=calls)

    marker = store.in_transaction(USER, lambda tx: tx.get_marker("gmail-1"))
    assert marker is not None and marker.expire_at == T0 + timedelta(days=90)
    assert the_event(store).subject_expire_at == T0 + timedelta(days=90)
    assert [(c.at, c.expire_at) for c in calls.calls] == [(T0, T0 + timedelta(days=90))]


def test_without_a_period_nothing_expires():
    store = recorded(None)

    assert the_event(store).subject_expire_at is None
    assert store.in_transaction(USER, lambda tx: tx.get_marker("gmail-1")).expire_at is None


def test_a_fetch_erases_expired_subjects_and_keeps_the_event_and_its_status():
    store = recorded(30)
    before = the_event(store)

    assert erase_expired_subjects(store, USER, T0 + timedelta(days=29), 30) == 0
    assert erase_expired_subjects(store, USER, T0 + timedelta(days=30), 30) == 1
    assert erase_expired_subjects(store, USER, T0 + timedelta(days=31), 30) == 0  # nothing left to erase

    after = the_event(store)
    assert before.subject == SUBJECT and after.subject == ""
    assert (after.message_id, after.status, after.sender) == (before.message_id, before.status, before.sender)
    [application] = store.list_applications(USER)
    assert (application.company, application.job_title) == ("Globex", "Data Analyst")


def test_a_shorter_period_set_later_applies_to_subjects_already_recorded():
    store = recorded(365)

    assert erase_expired_subjects(store, USER, T0 + timedelta(days=31), 30) == 1
    assert the_event(store).subject == ""


def test_the_api_shows_no_subject_past_the_period_even_before_a_fetch_erased_it():
    event = the_event(recorded(60))

    assert visible_subject(event, T0 + timedelta(days=59), 60) == SUBJECT
    assert visible_subject(event, T0 + timedelta(days=60), 60) == ""
    assert visible_subject(event, T0 + timedelta(days=45), 30) == ""


def test_the_period_is_a_setting_of_a_month_to_ten_years_a_year_by_default():
    assert UserSettings().retention_days == 365
    assert SettingsChange.from_json({"retention_days": 30}, T0.date()).values == {"retention_days": 30}
    for days, named in ((29, "at least 30"), (3651, "at most 3650"), ("90", "whole number")):
        with pytest.raises(InvalidInput, match=named):
            SettingsChange.from_json({"retention_days": days}, T0.date())
