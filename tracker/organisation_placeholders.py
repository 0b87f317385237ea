"""The storage of the worker's memory of senders (tracker/organisation_slots.py): one placeholder per
organisation a sender writes for, what each holds, and the mail waiting on it.

A placeholder (`?org:<key>`) holds the employer its sender's strong readings named, the date of the
earliest, and the weak mail filed under it (`Filed`, at most MOST_FILED), fields apart by tabs; or
SEVERAL_EMPLOYERS; or, before any employer is named, a waiting entry per weak mail (`waiting_entry`) on it
and its numbered followers (tracker/waiting_slots.py). Dates are UTC ISO strings, `UNDATED` for none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.match_keys import UNKNOWN_EMPLOYER_PREFIX
from tracker.ports import UserTransaction
from tracker.waiting_slots import MOST_WAITING, WaitingSlots

ORGANISATION_PREFIX = f"{UNKNOWN_EMPLOYER_PREFIX}org:"
# What weak mail leaves: a JSON list of its date, the key of the group it was recorded in and its message id.
WAITING = f"{UNKNOWN_EMPLOYER_PREFIX}orgwaiting:"
# Between a named placeholder's fields: name, earliest date, a JSON list [date, reading, message id(, 1 if
# renamed)] per filed mail (any id, a file name with spaces or tabs, round-trips), then the waiting
# entries it keeps.
FIELDS = "\t"
UNDATED = "-"
# Weak mail filed under a sender's employer, remembered to be re-planned: more stays as read.
MOST_FILED = 12
# Beside each placeholder: the titles its sender's mail named, squashed (a reading spelling one is weak,
# as `track` reads a sender's mail against all its titles), at most MOST_TITLES.
TITLES = "#titles"
MOST_TITLES = 24


def mail_date(moment: datetime | None) -> str:
    """A mail's date as compared (UTC, ISO), `UNDATED` for none."""
    return moment.astimezone(UTC).isoformat() if moment else UNDATED


def known_before(moment: str, since: str) -> bool:
    """Whether a mail dated `moment` is known to be earlier than `since`."""
    return UNDATED not in (moment, since) and moment < since


def organisation_key(organisation: str) -> str:
    """The placeholder of one organisation a sender writes for (a `sender_organisations` key). One word: a
    placeholder's first word is its document (names.employer_group)."""
    return ORGANISATION_PREFIX + "+".join(organisation.split())


@dataclass(frozen=True)
class Filed:
    """Mail filed under its sender's employer: its date and its own reading, weak, or (`renamed`) a strong
    one alike to the employer read as its fuller spelling, which a second employer re-reads whatever its
    date, as `track` leaves every strong reading of a sender naming several as read."""

    message_id: str
    date: str
    reading: str
    renamed: bool = False


def filed_entry(entry: str) -> Filed:
    """A filed mail as its placeholder keeps it."""
    date, reading, message_id, *renamed = json.loads(entry)
    return Filed(message_id, date, reading, bool(renamed))


class OrganisationSlot(WaitingSlots):
    """One organisation's placeholder: what it names, and the weak mail waiting on it."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.titles: list[str] = []

    def read_titles(self, tx: UserTransaction) -> None:
        tx.lock_company(self.key + TITLES)
        self.titles = json.loads(tx.employer_alias(self.key + TITLES) or "[]")

    def add_title(self, tx: UserTransaction, title: str) -> None:
        if title and title not in self.titles and len(self.titles) < MOST_TITLES:
            tx.save_employer_alias(self.key + TITLES, json.dumps([*self.titles, title]))

    def named_since(self) -> tuple[str | None, str, list[Filed]]:
        """The employer it names (a name, SEVERAL_EMPLOYERS, or None), the date of its earliest mail, and
        the weak mail filed under it."""
        named = self.employer()
        if not named:
            return None, UNDATED, []
        name, *rest = named.split(FIELDS)  # SEVERAL_EMPLOYERS alone
        since, filed = (rest[0], rest[1:]) if rest else (UNDATED, [])
        return name, since, [filed_entry(entry) for entry in filed if not entry.startswith(WAITING)]

    def kept_waiting(self) -> list[str]:
        """The waiting entries a named placeholder keeps: weak mail dated before its earliest mail, for an
        earlier one of the employer's to re-plan."""
        named = self.employer()
        return [entry for entry in (named or "").split(FIELDS)[2:] if entry.startswith(WAITING)]

    def save(
        self, tx: UserTransaction, name: str, since: str, filed: list[Filed], waiting: list[str]
    ) -> None:
        entries = [
            json.dumps([f.date, f.reading, f.message_id, *([1] if f.renamed else [])])
            for f in filed[:MOST_FILED]
        ]
        kept = list(dict.fromkeys(waiting))[:MOST_WAITING]
        tx.save_employer_alias(self.key, FIELDS.join([name, since, *entries, *kept]))


def waiting_entry(date: str, own_key: str, message_id: str) -> str:
    """What weak mail leaves on a placeholder before its sender named an employer."""
    return WAITING + json.dumps([date, own_key, message_id])


def waiting_fields(entry: str) -> tuple[str, str, str]:
    """A waiting entry's date, the key its mail was recorded under, and its message id."""
    date, own_key, message_id = json.loads(entry[len(WAITING) :])
    return date, own_key, message_id
