"""What a user chooses about the tracker, and the rules a change must follow.

Every setting is one field of UserSettings with one entry in SETTING_RULES (its type, bounds and
meaning). The API's JSON, its validation, the OpenAPI schema and the stored document are all made
from those two, so adding a setting is adding a field and a rule (and using it somewhere).

`read_from`, the date mail is read from, is shown and changed with the settings but stored as the
fetch checkpoint's start date (tracker/accounts.py): the fetch reads it from there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from tracker.errors import InvalidInput
from tracker.ghosting import DEFAULT_GHOSTING_DAYS

# A year by default; a month at least (the daily fetch and its retries must be long done), ten years
# at most. What it governs: tracker/retention.py.
DEFAULT_RETENTION_DAYS = 365
SHORTEST_RETENTION_DAYS = 30
LONGEST_RETENTION_DAYS = 3650


@dataclass(frozen=True)
class UserSettings:
    """A user's settings; the defaults are a new account's."""

    auto_fetch: bool = True
    ghosting_days: int = DEFAULT_GHOSTING_DAYS
    retention_days: int = DEFAULT_RETENTION_DAYS

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def with_changes(self, changes: dict[str, Any]) -> UserSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class SettingRule:
    """A setting's type (bool or int), its bounds when a number, and what it means to the user."""

    kind: type
    description: str
    minimum: int | None = None
    maximum: int | None = None


SETTING_RULES: dict[str, SettingRule] = {
    "auto_fetch": SettingRule(bool, "Fetch new mail once a day (Cloud Scheduler)."),
    "ghosting_days": SettingRule(
        int, "Days without a reply after which an open application counts as ghosted.", 1, 365
    ),
    "retention_days": SettingRule(
        int,
        "Days an email's subject, its processed marker and each model call about it are kept after "
        "the tracker recorded them; then they are erased.",
        SHORTEST_RETENTION_DAYS,
        LONGEST_RETENTION_DAYS,
    ),
}

# Gmail opened in 2004: no mailbox holds older mail, so an earlier date is a typo.
EARLIEST_READ_FROM = date(2004, 1, 1)


@dataclass(frozen=True)
class SettingsChange:
    """A validated change: new values for some settings, and a new read-from day if one was sent."""

    values: dict[str, Any]
    read_from: datetime | None = None

    @classmethod
    def from_json(cls, body: dict[str, Any], today: date) -> SettingsChange:
        """From a request body; InvalidInput naming the first problem found."""
        allowed = [*SETTING_RULES, "read_from"]
        unknown = sorted(set(body) - set(allowed))
        if unknown:
            raise InvalidInput(f"unknown setting(s): {', '.join(unknown)}; settings: {', '.join(allowed)}")
        if not body:
            raise InvalidInput(f"nothing to change; settings: {', '.join(allowed)}")
        values = {name: _checked(name, body[name]) for name in SETTING_RULES if name in body}
        read_from = _read_from(body["read_from"], today) if "read_from" in body else None
        return cls(values, read_from)


def _checked(name: str, value: Any) -> Any:
    rule = SETTING_RULES[name]
    # bool is an int in Python: a JSON true must not pass for a number, nor 1 for a boolean.
    if type(value) is not rule.kind:
        raise InvalidInput(f"{name} must be {'true or false' if rule.kind is bool else 'a whole number'}")
    if not isinstance(value, int):
        return value
    if rule.minimum is not None and value < rule.minimum:
        raise InvalidInput(f"{name} must be at least {rule.minimum}")
    if rule.maximum is not None and value > rule.maximum:
        raise InvalidInput(f"{name} must be at most {rule.maximum}")
    return value


def _read_from(value: Any, today: date) -> datetime:
    if not isinstance(value, str):
        raise InvalidInput("read_from must be a date, YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"read_from is not a date (YYYY-MM-DD): {value[:40]!r}") from None
    if day > today:
        raise InvalidInput("read_from is in the future")
    if day < EARLIEST_READ_FROM:
        raise InvalidInput(f"read_from must be on or after {EARLIEST_READ_FROM.isoformat()}")
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def read_from_day(start_date: datetime | None) -> str | None:
    """The start date as the settings show it: its UTC day."""
    return start_date.astimezone(UTC).date().isoformat() if start_date else None
