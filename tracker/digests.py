"""What an employer group's index keeps of each of its applications, so that recording an email reads
only the applications it changes.

Recording re-plans the employer from its recorded emails (tracker/regrouping.py). The plan needs an
application's stored document only where the application is pinned (it takes part as the user left it)
or where the plan changes or drops it. The digest says which: it is made from the application each time
it is saved, so it describes the stored document; an application without one is read. (A status set by
hand needs nothing of its own: where the emails say another, the fingerprints differ and the application
is read, and the plan keeps the user's status; where they say the same, there is nothing to write.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any

from tracker.models import Application

# Kept by the user, never decided by emails: a re-plan carries them over from the stored application.
_USERS_OWN = {"tags", "notes", "manual_edits"}
# Bookkeeping: what a re-plan carries over from the stored application and never compares.
NOT_COMPARED = {
    "app_id",
    "version",
    "sheet_dirty",
    "row_number",
    "edited_fields",
    "source",
    "pinned_by",
    "last_correction",
}
DECIDED_BY_EMAILS = [f.name for f in fields(Application) if f.name not in NOT_COMPARED | _USERS_OWN]


@dataclass(frozen=True)
class ApplicationDigest:
    """One application as its employer's index knows it."""

    pinned: bool  # made, renamed, merged, split or confirmed by hand (`is_pinned`)
    fingerprint: str  # of the fields emails decide (`fingerprint`)

    def to_list(self) -> list[Any]:
        return [self.pinned, self.fingerprint]

    @classmethod
    def from_list(cls, stored: Any) -> ApplicationDigest | None:
        """The digest as stored, None when there is none (written before digests were kept)."""
        if not isinstance(stored, list) or len(stored) != 2:
            return None
        return cls(bool(stored[0]), str(stored[1]))


def fingerprint(application: Application) -> str:
    """A hash of the fields emails decide: equal for two applications whose fields are equal."""
    text = repr([_plain(getattr(application, name)) for name in DECIDED_BY_EMAILS])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _plain(value: Any) -> Any:
    """The value as compared: one instant in any zone the same, an enum its value, a list a tuple."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return tuple(_plain(item) for item in value)
    return value


def is_pinned(application: Application) -> bool:
    """Made, renamed, confirmed, merged or split by hand: its identity is the user's, not the emails'."""
    return (
        application.source == "manual"
        or application.pinned_by is not None
        or bool({"company", "job_title"} & set(application.edited_fields))
    )


def digest_of(application: Application) -> ApplicationDigest:
    """The application's digest as it is saved."""
    return ApplicationDigest(is_pinned(application), fingerprint(application))
