"""Scoring extractions against hand labels, field by field, only where a field is labelled.

Label conventions (datasets/README.md): a key that is absent is "not labelled"; a null value is
"labelled: there is none". `not_rejection: true` rows only say the status is not "rejected". A
status email whose body is missing can only be read from its subject, which often can't tell:
any status is accepted there as long as the kind is right. A row's `status_also` lists other statuses
that are equally right (an assessment centre that includes an interview): any of them counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.models import EmailMessage, Extraction, Kind
from tracker.names import same_company, same_title

_APPLICATION = Kind.APPLICATION.value
NOT_APPLICATION = "-"


@dataclass(frozen=True)
class ScoredRow:
    """One labelled row with what the extractor made of it."""

    row_id: str
    labels: dict
    extraction: Extraction
    body_missing: bool


@dataclass
class FieldTally:
    """Right answers out of labelled rows for one field."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Report:
    """All the bench's figures plus the misclassified rows."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    status: FieldTally = field(default_factory=FieldTally)
    company: FieldTally = field(default_factory=FieldTally)
    title: FieldTally = field(default_factory=FieldTally)
    not_rejection: FieldTally = field(default_factory=FieldTally)
    status_confusion: Counter = field(default_factory=Counter)
    kind_confusion: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_rows(rows: Iterable[ScoredRow]) -> Report:
    """Score every row into one report."""
    report = Report()
    for row in rows:
        score_row(report, row)
    return report


def score_row(report: Report, row: ScoredRow) -> None:
    """Add one row's results to `report` (errors recorded as (id, field, expected, got))."""
    labels, got = row.labels, row.extraction
    got_kind = got.kind.value
    got_application = got_kind == _APPLICATION
    if "kind" in labels and labels["kind"] is not None:
        _score_kind(report, row.row_id, labels["kind"], got_kind)
    if labels.get("not_rejection"):
        ok = not (got_application and got.status is not None and got.status.value == "rejected")
        report.not_rejection.add(ok)
        if not ok:
            report.errors.append((row.row_id, "not_rejection", "not rejected", "rejected"))
    if labels.get("kind") != _APPLICATION:
        return
    got_status = got.status.value if got_application and got.status else NOT_APPLICATION
    if labels.get("status"):
        expected = labels["status"]
        report.status_confusion[(expected, got_status)] += 1
        accepted = {expected, *(labels.get("status_also") or ())}
        ok = got_application and (got_status in accepted or row.body_missing)
        report.status.add(ok)
        if not ok:
            report.errors.append((row.row_id, "status", expected, got_status))
    if "company" in labels:
        _score_name(
            report, row.row_id, "company", labels["company"], got.company, same_company, report.company
        )
    if "job_title" in labels:
        _score_name(
            report, row.row_id, "job_title", labels["job_title"], got.job_title, same_title, report.title
        )


def _score_kind(report: Report, row_id: str, expected: str, got: str) -> None:
    report.kind_confusion[(expected, got)] += 1
    expected_app, got_app = expected == _APPLICATION, got == _APPLICATION
    if expected_app and got_app:
        report.true_positive += 1
    elif got_app:
        report.false_positive += 1
    elif expected_app:
        report.false_negative += 1
    else:
        report.true_negative += 1
    if expected != got:
        report.errors.append((row_id, "kind", expected, got))


def _score_name(report: Report, row_id: str, name: str, expected, got, same, tally: FieldTally) -> None:
    ok = (expected is None and got is None) or same(expected, got)
    tally.add(ok)
    if not ok:
        report.errors.append((row_id, name, expected, got))


def body_is_missing(email: EmailMessage) -> bool:
    """True when the decoded body has no text (the row can only be read from its subject)."""
    return not email.body.strip()
