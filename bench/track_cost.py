"""What recording one email costs as its employer's applications grow (issue 14: cost growing with the inbox).

    python bench/track_cost.py [--sizes 1 10 50] [--repeat 7]

For each size K, an employer with K applications (K roles, each a confirmation, half of them with an
interview or a rejection later) is recorded through `record_email` on the in-memory store; then four
kinds of email are recorded on top, each on a fresh copy: a rejection naming one of the roles, one
naming it another way ("... II"), a confirmation for a new role, and an update naming no role. For
each, per email:
- reads: the documents a Firestore unit of work would read (infra/firestore_unit.py): the message's
  marker, one document per employer group locked (it holds the group's recorded emails and each
  application's digest), and one per application read;
- writes: applications saved or deleted, emails added or removed, the marker, the employer documents;
- emails replayed (every email of the employer is planned again) and the matching work done on them:
  an application's employer compared with an email's (match_keys.spelled_compatibly), and titles
  compared (compatible_spellings.compatible_titles);
- CPU milliseconds of the `record_email` call (best of --repeat, each on a fresh store).
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker import match_keys, names, relay_matching  # noqa: E402
from tracker.memory_store import MemoryApplicationStore  # noqa: E402
from tracker.models import EmailMessage, Extraction, Kind, Status  # noqa: E402
from tracker.recording import record_email  # noqa: E402

USER = "bench-user"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
_LEVELS = ["Junior", "Senior", "Staff", "Principal", "Lead"]
_FIELDS = [
    "Data",
    "Platform",
    "Backend",
    "Frontend",
    "Security",
    "Mobile",
    "Cloud",
    "Machine Learning",
    "QA",
    "Site Reliability",
]


def role(n: int) -> str:
    """The n-th of 50 distinct roles."""
    return f"{_LEVELS[n % len(_LEVELS)]} {_FIELDS[n // len(_LEVELS) % len(_FIELDS)]} Engineer"


@dataclass
class Costs:
    reads: int = 0
    writes: int = 0
    replayed: int = 0
    employer_comparisons: int = 0
    compatible_titles: int = 0


class CountingTransaction:
    """The unit of work, counting what a Firestore unit would read and write."""

    def __init__(self, tx, costs: Costs) -> None:
        self._tx, self._costs = tx, costs
        self._groups: set[str] = set()
        self._written: set[str] = set()

    def __getattr__(self, name):
        return getattr(self._tx, name)

    def lock_company(self, key: str, written: bool = True) -> None:
        """Lock `key`'s group: one read, and one write at the end of the unit unless `written` is False (a
        placeholder only looked up: infra/firestore_unit.py writes it back only when it changes)."""
        group = names.employer_group(key)
        if group not in self._groups:
            self._groups.add(group)
            self._costs.reads += 1  # the group's document: its app ids and recorded emails
        if written and group not in self._written:
            self._written.add(group)
            self._costs.writes += 1  # written back at the end of the unit
        self._tx.lock_company(key)

    def get_marker(self, message_id: str):
        self._costs.reads += 1
        return self._tx.get_marker(message_id)

    def application_digests(self, key: str):
        self.lock_company(key)  # the digests are on the group's document
        return self._tx.application_digests(key)

    def applications(self, app_ids: list[str]):
        found = self._tx.applications(app_ids)
        self._costs.reads += len(found)
        return found

    def employer_history(self, key: str):
        self.lock_company(key)
        history = self._tx.employer_history(key)
        self._costs.replayed += sum(len(events) for events in history.values())
        return history

    def employer_alias(self, placeholder: str):
        self.lock_company(placeholder, written=False)
        return self._tx.employer_alias(placeholder)

    def save_employer_alias(self, placeholder: str, company_key: str) -> None:
        self.lock_company(placeholder)
        self._tx.save_employer_alias(placeholder, company_key)

    def save_application(self, application) -> None:
        self._costs.writes += 1
        self._tx.save_application(application)

    def delete_application(self, app_id: str) -> None:
        self._costs.writes += 1
        self._tx.delete_application(app_id)

    def add_event(self, app_id: str, event) -> None:
        self._costs.writes += 1
        self._tx.add_event(app_id, event)

    def remove_event(self, app_id: str, message_id: str) -> None:
        self._costs.writes += 1
        self._tx.remove_event(app_id, message_id)

    def save_marker(self, marker) -> None:
        self._costs.writes += 1
        self._tx.save_marker(marker)


def _email(n: int, on: datetime) -> EmailMessage:
    return EmailMessage(
        message_id=f"m{n:05d}",
        sender="Northwind Careers <careers@northwind.example>",
        subject="Your application",
        body="",
        received_at=on,
        thread_id=None,
    )


def _extraction(status: Status, title: str | None) -> Extraction:
    return Extraction(
        kind=Kind.APPLICATION, status=status, company="Northwind", job_title=title, status_stated=True
    )


def employer_with(applications: int) -> tuple[MemoryApplicationStore, int]:
    """A store holding `applications` applications at one employer; returns it and the next message number."""
    store, n = MemoryApplicationStore(), 0
    mails = []
    for i in range(applications):
        applied = START + timedelta(days=3 * i)
        mails.append((applied, Status.APPLIED, role(i)))
        if i % 2:
            later = Status.INTERVIEW if i % 4 == 1 else Status.REJECTED
            mails.append((applied + timedelta(days=10), later, role(i)))
    for on, status, title in sorted(mails, key=lambda mail: mail[0]):
        n += 1
        _record(store, _email(n, on), _extraction(status, title))
    return store, n


def _record(store: MemoryApplicationStore, email: EmailMessage, extraction: Extraction, tx_wrapper=None):
    now = datetime(2027, 1, 1, tzinfo=UTC)
    work = functools.partial(record_email, email=email, extraction=extraction, now=now)
    if tx_wrapper is None:
        return store.in_transaction(USER, work)
    return store.in_transaction(USER, lambda tx: work(tx_wrapper(tx)))


def _counting(costs: Costs):
    """Count the matching modules' name comparisons while recording."""
    employers, titles = match_keys.spelled_compatibly, match_keys.compatible_titles

    def counted_employers(*args):
        costs.employer_comparisons += 1
        return employers(*args)

    def counted_titles(*args):
        costs.compatible_titles += 1
        return titles(*args)

    return counted_employers, counted_titles, employers, titles


def _patch_comparisons(employers, titles) -> None:
    """Put `employers` and `titles` where matching calls them (relay_matching imports its own name)."""
    match_keys.spelled_compatibly = relay_matching.spelled_compatibly = employers
    match_keys.compatible_titles = titles


def measure(applications: int, what: str, repeat: int) -> tuple[Costs, float]:
    """The costs of recording one email of kind `what` on top of an employer with `applications`."""
    n = employer_with(applications)[1]
    last = START + timedelta(days=3 * applications + 20)
    email = _email(n + 1, last)
    extraction = {
        "rejection naming a role": _extraction(Status.REJECTED, role(applications // 2)),
        "rejection naming a role another way": _extraction(Status.REJECTED, role(applications // 2) + " II"),
        "confirmation of a new role": _extraction(Status.APPLIED, "Solutions Architect"),
        "update naming no role": _extraction(Status.INTERVIEW, None),
    }[what]
    costs = Costs()
    counted_employers, counted_titles, employers, titles = _counting(costs)
    store = employer_with(applications)[0]
    _patch_comparisons(counted_employers, counted_titles)
    try:
        _record(store, email, extraction, lambda tx: CountingTransaction(tx, costs))
    finally:
        _patch_comparisons(employers, titles)
    best = float("inf")
    for _ in range(repeat):
        store = employer_with(applications)[0]
        started = time.process_time()
        _record(store, email, extraction)
        best = min(best, time.process_time() - started)
    return costs, best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    kinds = [
        "rejection naming a role",
        "rejection naming a role another way",
        "confirmation of a new role",
        "update naming no role",
    ]
    columns = ["reads", "writes", "emails replayed", "employer comparisons", "title comparisons", "ms CPU"]
    print(" | ".join(["applications", "email", *columns]))
    for size in args.sizes:
        for what in kinds:
            costs, ms = measure(size, what, args.repeat)
            print(
                f"{size} | {what} | {costs.reads} | {costs.writes} | {costs.replayed} | "
                f"{costs.employer_comparisons} | {costs.compatible_titles} | {ms:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
