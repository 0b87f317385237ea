"""A placeholder that names one employer, or holds the keys of mail naming none that waits for it.

A role's (tracker/role_employers.py) and a sender domain's (tracker/sender_domains.py) placeholders work
alike: the placeholder holds the employer its mail named, or the key of the first email naming none, and
`<key>#1`, `<key>#2`, ... the next ones (at most MOST_WAITING), read in that order.
"""

from __future__ import annotations

from collections.abc import Callable

from tracker.match_keys import is_unknown_employer
from tracker.ports import UserTransaction

# Mail naming no employer that waits for its employer's mail, per placeholder: more is a title too common,
# or a domain too busy, to tell.
MOST_WAITING = 4


class WaitingSlots:
    """One placeholder's employer (`named`) or the mail waiting for it (`waiting`)."""

    key: str

    def __init__(self) -> None:
        self.named: str | None = None  # what the placeholder holds
        self.waiting: list[str] = []  # the keys of mail naming no employer recorded before, first first

    def read_slots(self, tx: UserTransaction, waits: Callable[[str], bool], lock: bool = False) -> None:
        """Read the placeholder and, where it holds waiting mail (`waits`), its numbered followers; `lock`
        locks each before it is read."""
        if not self.key:
            return
        if lock:
            tx.lock_company(self.key)
        self.named = tx.employer_alias(self.key)
        if self.named and waits(self.named):
            self.waiting = [self.named]
            for number in range(1, MOST_WAITING):
                if lock:
                    tx.lock_company(f"{self.key}#{number}")
                waiting = tx.employer_alias(f"{self.key}#{number}")
                if not waiting:
                    break
                self.waiting.append(waiting)

    def add_waiting(self, tx: UserTransaction, entry: str) -> None:
        """Leave `entry` (what mail naming no employer leaves) on the placeholder, or on its next numbered
        follower once it holds some: not twice, nor past MOST_WAITING."""
        if not self.key or entry in self.waiting or len(self.waiting) >= MOST_WAITING:
            return
        number = len(self.waiting)
        tx.save_employer_alias(f"{self.key}#{number}" if number else self.key, entry)

    def employer(self) -> str | None:
        """The one employer the placeholder names (a name), SEVERAL_EMPLOYERS, or None."""
        if not self.named or is_unknown_employer(self.named):
            return None
        return self.named
