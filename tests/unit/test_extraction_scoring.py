"""Scoring extractions against labels: each field only where it is labelled (datasets/README.md rules)."""

import pytest

from bench.scoring import ScoredRow, score_rows
from tracker.models import Extraction, Kind, Status


def application(
    status: Status = Status.APPLIED, company: str | None = None, title: str | None = None
) -> Extraction:
    return Extraction(kind=Kind.APPLICATION, status=status, company=company, job_title=title)


def row(labels: dict, extraction: Extraction, body_missing: bool = False, row_id: str = "r") -> ScoredRow:
    return ScoredRow(row_id, labels, extraction, body_missing)


def test_application_precision_recall_and_f1_count_only_rows_with_a_kind_label():
    report = score_rows(
        [
            row({"kind": "application", "status": "applied"}, application()),
            row({"kind": "application", "status": "rejected"}, Extraction(kind=Kind.OTHER)),
            row({"kind": "job_alert", "status": None}, application()),
            row({"kind": "other", "status": None}, Extraction(kind=Kind.OTHER)),
            row({"not_rejection": True}, application()),
        ]
    )
    assert (report.true_positive, report.false_negative, report.false_positive, report.true_negative) == (
        1,
        1,
        1,
        1,
    )
    assert report.precision == report.recall == report.f1 == pytest.approx(0.5)


def test_status_is_scored_on_true_applications_and_a_missed_kind_counts_as_wrong():
    report = score_rows(
        [
            row({"kind": "application", "status": "rejected"}, application(Status.REJECTED)),
            row({"kind": "application", "status": "interview"}, application(Status.APPLIED)),
            row({"kind": "application", "status": "offer"}, Extraction(kind=Kind.JOB_ALERT)),
            row({"kind": "job_alert", "status": None}, Extraction(kind=Kind.JOB_ALERT)),
        ]
    )
    assert (report.status.correct, report.status.total) == (1, 3)
    assert report.status_confusion[("offer", "-")] == 1


def test_any_status_is_accepted_when_the_body_is_missing():
    report = score_rows(
        [row({"kind": "application", "status": "rejected"}, application(Status.APPLIED), True)]
    )
    assert report.status.correct == 1


def test_a_status_the_row_also_accepts_counts_as_right_and_no_other():
    labels = {"kind": "application", "status": "interview", "status_also": ["assessment"]}
    report = score_rows(
        [
            row(labels, application(Status.ASSESSMENT), row_id="also"),
            row(labels, application(Status.INTERVIEW), row_id="labelled"),
            row(labels, application(Status.APPLIED), row_id="neither"),
        ]
    )
    assert (report.status.correct, report.status.total) == (2, 3)
    assert report.errors == [("neither", "status", "interview", "applied")]


def test_company_and_title_are_scored_only_where_labelled_and_null_labels_expect_none():
    report = score_rows(
        [
            row(
                {"kind": "application", "company": "Acme Corp.", "job_title": "Data Analyst"},
                application(company="ACME", title="data analyst position"),
            ),  # fmt: skip
            row({"kind": "application", "company": None, "job_title": None}, application(company="Initech")),
            row({"kind": "application", "status": "rejected"}, application(company="Anything")),
        ]
    )
    assert (report.company.correct, report.company.total) == (1, 2)
    assert (report.title.correct, report.title.total) == (2, 2)


def test_not_rejection_rows_are_wrong_only_when_read_as_rejected():
    report = score_rows(
        [
            row({"not_rejection": True}, application(Status.REJECTED), row_id="x"),
            row({"not_rejection": True}, Extraction(kind=Kind.JOB_ALERT)),
            row({"not_rejection": True}, application(Status.INTERVIEW)),
        ]
    )
    assert (report.not_rejection.correct, report.not_rejection.total) == (2, 3)
    assert ("x", "not_rejection", "not rejected", "rejected") in report.errors


def test_errors_list_expected_and_got_per_field():
    report = score_rows(
        [row({"kind": "application", "status": "offer", "company": "Acme"}, application(), row_id="7")]
    )
    assert ("7", "status", "offer", "applied") in report.errors
    assert ("7", "company", "Acme", None) in report.errors
