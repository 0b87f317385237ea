"""The chaos run's verdict: one fetch's answer compared with a fault-free fetch of the same mailbox.

Pure functions over plain data, so the verdict itself is unit-tested (tests/unit/test_chaos_compare.py).
Emails are named by their Message-ID header, the one name both runs share (Gmail ids differ per stack).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from tracker.sheet_layout import HEADER


@dataclass(frozen=True)
class TrackedApplication:
    """One application as the API shows it, with the emails on its timeline."""

    company: str
    job_title: str
    status: str
    emails: frozenset[str]

    @property
    def role(self) -> tuple[str, str]:
        return (self.company, self.job_title)


@dataclass(frozen=True)
class Comparison:
    """What the chaos run got wrong; one fault can show in more than one counter.

    lost: application emails of the fault-free run that are in no application.
    duplicated: emails in more than one application, plus applications beyond the fault-free run's
    count for their (company, title).
    mismatched: fault-free applications with no chaos application of exactly the same emails, or
    whose twin differs in company, title or status; chaos applications holding emails the
    fault-free run did not track; and sheet rows that differ from Firestore.
    """

    lost_emails: tuple[str, ...] = ()
    emails_in_several_applications: tuple[str, ...] = ()
    extra_roles: Mapping[tuple[str, str], int] = field(default_factory=dict)
    mismatched_applications: tuple[str, ...] = ()
    sheet_differences: tuple[str, ...] = ()

    @property
    def lost(self) -> int:
        return len(self.lost_emails)

    @property
    def duplicated(self) -> int:
        return len(self.emails_in_several_applications) + sum(self.extra_roles.values())

    @property
    def mismatched(self) -> int:
        return len(self.mismatched_applications) + len(self.sheet_differences)

    @property
    def clean(self) -> bool:
        return not (self.lost or self.duplicated or self.mismatched)

    def verdict_line(self) -> str:
        return f"lost={self.lost} duplicated={self.duplicated} mismatched={self.mismatched}"

    def details(self, limit: int = 10) -> list[str]:
        """Human-readable examples of each problem, at most `limit` per kind."""
        lines: list[str] = []
        sections = [
            ("lost email", self.lost_emails),
            ("email in several applications", self.emails_in_several_applications),
            ("extra application", [f"{role} x{n}" for role, n in sorted(self.extra_roles.items())]),
            ("mismatched application", self.mismatched_applications),
            ("sheet differs", self.sheet_differences),
        ]
        for label, items in sections:
            lines += [f"{label}: {item}" for item in list(items)[:limit]]
            if len(items) > limit:
                lines.append(f"{label}: ... and {len(items) - limit} more")
        return lines


def _describe(application: TrackedApplication) -> str:
    emails = len(application.emails)
    return f"{application.company!r} / {application.job_title!r} ({application.status}, {emails} emails)"


def compare_runs(
    fault_free: Iterable[TrackedApplication],
    chaos: Iterable[TrackedApplication],
    sheet_differences: Iterable[str] = (),
) -> Comparison:
    """Compare the chaos run's applications (and its sheet check) with the fault-free run's."""
    expected, actual = list(fault_free), list(chaos)
    expected_emails = {email for application in expected for email in application.emails}
    applications_per_email = Counter(email for application in actual for email in application.emails)
    extra_roles = Counter(a.role for a in actual) - Counter(a.role for a in expected)

    by_emails = {application.emails: application for application in actual}
    mismatched: list[str] = []
    for application in expected:
        twin = by_emails.get(application.emails)
        if twin is None:
            holders = [_describe(a) for a in actual if a.emails & application.emails]
            mismatched.append(
                f"{_describe(application)}: no application with exactly these emails; "
                f"they are in {'; '.join(holders) or 'none'}"
            )
        elif (twin.company, twin.job_title, twin.status) != (
            application.company,
            application.job_title,
            application.status,
        ):
            mismatched.append(f"{_describe(application)} became {_describe(twin)}")
    for application in actual:
        unknown = application.emails - expected_emails
        if unknown:
            mismatched.append(
                f"{_describe(application)} holds {len(unknown)} emails the fault-free run skipped"
            )

    return Comparison(
        lost_emails=tuple(sorted(expected_emails - set(applications_per_email))),
        emails_in_several_applications=tuple(
            sorted(email for email, count in applications_per_email.items() if count > 1)
        ),
        extra_roles=dict(extra_roles),
        mismatched_applications=tuple(mismatched),
        sheet_differences=tuple(sheet_differences),
    )


def _day(iso: str | None) -> str:
    return datetime.fromisoformat(iso).date().isoformat() if iso else ""


def expected_row(job: Mapping) -> list[str]:
    """The sheet row an API job should have (tracker/sheet_layout.py's columns)."""
    return [
        job["company"],
        job["job_title"] or "",
        job["status"],
        _day(job["applied_at"]),
        _day(job["updated_at"]),
        job["email_link"] or "",
        ", ".join(job.get("tags") or []),
        job.get("notes") or "",
        ghosted_cell(job.get("ghosting")),
    ]


def ghosted_cell(ghosting: Mapping | None) -> str:
    """The Ghosted cell for a job's `ghosting` (tracker/sheet_layout.ghosted_cell, from the API's side)."""
    return f"no reply since {_day(ghosting['last_email_at'])}" if ghosting else ""


def sheet_differences(jobs: Iterable[Mapping], grid: list[list[str]]) -> list[str]:
    """Where the sheet (the first tab's grid, header first) differs from the jobs the API lists.

    Each job must own its `row_number`, holding exactly its cells; every other row below the
    header must be blank.
    """
    width = len(HEADER)

    def cells(row_number: int) -> list[str]:
        row = grid[row_number - 1] if 0 < row_number <= len(grid) else []
        return (list(row) + [""] * width)[:width]

    differences: list[str] = []
    if cells(1) != list(HEADER):
        differences.append(f"row 1 is {cells(1)}, not the header")
    owners: dict[int, str] = {}
    for job in jobs:
        row_number = job.get("row_number")
        if not row_number:
            differences.append(f"{job['company']!r} / {job['job_title']!r} has no row")
            continue
        if row_number in owners:
            differences.append(f"row {row_number} belongs to two applications")
        owners[row_number] = job["id"]
        want, have = expected_row(job), cells(row_number)
        if have != want:
            differences.append(f"row {row_number} is {have}, Firestore has {want}")
    for row_number in range(2, len(grid) + 1):
        if row_number not in owners and any(cells(row_number)):
            differences.append(f"row {row_number} is {cells(row_number)} but no application owns it")
    return differences
