"""Measure extractors on a labelled JSONL set (datasets/README.md's format).

    python bench/extraction.py --dataset ../shared/datasets/dev.jsonl [--extractor rules] [--errors]

Prints, per extractor: application precision / recall / F1, status accuracy on true applications,
company and title accuracy where labelled, a status confusion matrix, emails per second on one core
(over the whole set, after start-up) and, with --errors, every misclassified id with expected vs got.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.email_reading import email_from_fields  # noqa: E402
from tracker.extraction.batch import ExtractorNotAvailableError, build_extractor  # noqa: E402
from tracker.extraction.scoring import NOT_APPLICATION, Report, ScoredRow, body_is_missing, score_rows  # noqa: E402

_STATUSES = ["applied", "assessment", "interview", "offer", "rejected", "withdrawn", NOT_APPLICATION]
_TIMING_ROUNDS = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", required=True, type=Path, help="labelled JSONL file")
    parser.add_argument("--extractor", action="append", help="extractor name (repeatable); default: rules")
    parser.add_argument("--errors", action="store_true", help="list misclassified ids with expected vs got")
    args = parser.parse_args(argv)
    if not args.dataset.exists():
        print(f"dataset not found: {args.dataset} (nothing to measure)", file=sys.stderr)
        return 2
    rows = [
        json.loads(line) for line in args.dataset.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for name in args.extractor or ["rules"]:
        try:
            extractor = build_extractor(name)
        except ExtractorNotAvailableError as error:
            print(f"== extractor: {name}: skipped, {error}")
            continue
        report, rate, extract_rate = _run(rows, extractor)
        _print_report(name, report, rate, extract_rate, len(rows), show_errors=args.errors)
    return 0


def _run(rows: list[dict], extractor) -> tuple[Report, float, float]:
    emails = [_email(row) for row in rows]
    extractions = [extractor.extract(email) for email in emails]  # also warms caches
    end_to_end = min(
        _timed(lambda: [extractor.extract(_email(row)) for row in rows]) for _ in range(_TIMING_ROUNDS)
    )
    extract_only = min(
        _timed(lambda: [extractor.extract(email) for email in emails]) for _ in range(_TIMING_ROUNDS)
    )
    scored = [
        ScoredRow(str(row.get("id")), row, extraction, body_is_missing(email))
        for row, email, extraction in zip(rows, emails, extractions, strict=True)
    ]
    return score_rows(scored), len(rows) / end_to_end, len(rows) / extract_only


def _email(row: dict):
    return email_from_fields(
        row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
    )


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return max(time.perf_counter() - start, 1e-9)


def _print_report(
    name: str, report: Report, rate: float, extract_rate: float, count: int, show_errors: bool
) -> None:
    print(f"== extractor: {name}  ({count} emails)")
    print(
        f"application  precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}  "
        f"(tp {report.true_positive} fp {report.false_positive} fn {report.false_negative} tn "
        f"{report.true_negative})"
    )
    tallies = (
        ("status (true applications)", report.status),
        ("company", report.company),
        ("job title", report.title),
        ("not-rejection rows", report.not_rejection),
    )
    for label, tally in tallies:
        print(f"{label:<28} {tally.accuracy:.3f}  ({tally.correct}/{tally.total})")
    print(f"speed  {rate:,.0f} emails/s decode+extract, {extract_rate:,.0f} emails/s extract only (one core)")
    _print_confusion(report.status_confusion)
    _print_kinds(report.kind_confusion)
    if show_errors:
        print("errors (id, field, expected, got):")
        for row_id, field_name, expected, got in sorted(report.errors):
            print(f"  {row_id:<8} {field_name:<13} expected {expected!r:<40} got {got!r}")


def _print_confusion(confusion: Counter) -> None:
    print("status confusion (rows: expected, columns: got)")
    print(" " * 12 + "".join(f"{status[:10]:>11}" for status in _STATUSES))
    for expected in _STATUSES[:-1]:
        counts = [confusion.get((expected, got), 0) for got in _STATUSES]
        if any(counts):
            print(f"{expected:<12}" + "".join(f"{count:>11}" for count in counts))


def _print_kinds(confusion: Counter) -> None:
    pairs = ", ".join(f"{expected}->{got}: {count}" for (expected, got), count in sorted(confusion.items()))
    print(f"kinds (expected->got): {pairs}")


if __name__ == "__main__":
    raise SystemExit(main())
