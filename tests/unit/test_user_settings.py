"""The settings a user may change, and the rules each change must follow."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest

from tracker.errors import InvalidInput
from tracker.user_settings import SETTING_RULES, SettingsChange, UserSettings, read_from_day

TODAY = date(2026, 12, 2)


def test_every_setting_has_a_rule_and_every_rule_a_setting():
    assert [f.name for f in fields(UserSettings)] == list(SETTING_RULES)


def test_a_valid_change_carries_only_what_was_sent():
    change = SettingsChange.from_json({"ghosting_days": 30}, TODAY)
    assert change == SettingsChange({"ghosting_days": 30})
    assert UserSettings().with_changes(change.values) == UserSettings(ghosting_days=30)


def test_the_read_from_day_becomes_midnight_utc_and_shows_as_its_day():
    change = SettingsChange.from_json({"read_from": "2025-09-01", "auto_fetch": False}, TODAY)
    assert change.read_from == datetime(2025, 9, 1, tzinfo=UTC)
    assert change.values == {"auto_fetch": False}
    assert read_from_day(change.read_from) == "2025-09-01"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"ghosting_days": 0}, "at least 1"),
        ({"ghosting_days": 366}, "at most 365"),
        ({"ghosting_days": True}, "whole number"),
        ({"auto_fetch": 0}, "true or false"),
        ({"read_from": "2026-12-03"}, "future"),
        ({"read_from": "2003-12-31"}, "2004-01-01"),
        ({"read_from": 20250901}, "YYYY-MM-DD"),
        ({"colour": "red"}, "unknown setting(s): colour"),
        ({}, "nothing to change"),
    ],
)
def test_a_bad_change_names_its_problem(body, named):
    with pytest.raises(InvalidInput, match=named.replace("(", r"\(").replace(")", r"\)")):
        SettingsChange.from_json(body, TODAY)


def test_today_is_a_valid_read_from_day_and_the_bounds_are_inclusive():
    assert SettingsChange.from_json({"read_from": TODAY.isoformat()}, TODAY).read_from is not None
    assert SettingsChange.from_json({"ghosting_days": 1}, TODAY).values == {"ghosting_days": 1}
    assert SettingsChange.from_json({"ghosting_days": 365}, TODAY).values == {"ghosting_days": 365}
