"""Is the rules' confidence a probability? The tables bench/extraction.py prints after its scores.

An email counts as right when it is an application or not as labelled and, if one, its labelled status,
company and title are right (telling "other" from "recruiter_outreach" changes no record). Printed:
accuracy per confidence bucket with the mean confidence there, the expected calibration error (ECE: the
gap between the two, weighted by the bucket's emails), the same buckets per source, and for each
threshold how often the rules are right on what they keep and what share goes to the model: the
threshold the table recommends is the lowest whose "right at or above" meets the target. With
--evidence (rules only), how often each field was right per evidence class (the rates
tracker/extraction/confidence.py and kind_rules.py carry), and the bucket table again with each source's
confidences made from the rates counted on the other sources: the guard against fitting the dev set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from bench.scoring import ScoredRow, score_rows
from tracker.extraction.rules import RulesReading

BUCKETS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
DEFAULT_TARGET = 0.95


def right_for_the_tracker(row: ScoredRow) -> bool:
    """Right where the tracker's records depend on it: telling "other" from "recruiter_outreach"
    changes no record, so that confusion does not count."""
    for _, field_name, expected, got in score_rows([row]).errors:
        if field_name != "kind" or "application" in (expected, got):
            return False
    return True


def _print_buckets(pairs: list[tuple[float, bool]], indent: str = "") -> None:
    """Per confidence bucket: emails, share right, mean confidence; then the expected calibration error."""
    for low, high, bucket in _buckets(pairs):
        if bucket:
            right = sum(ok for _, ok in bucket) / len(bucket)
            mean = sum(confidence for confidence, _ in bucket) / len(bucket)
            print(f"{indent}[{low:.2f}, {high:.2f})  {len(bucket):>6}  {right:.3f}  {mean:>15.3f}")
    print(f"{indent}expected calibration error  {expected_calibration_error(pairs):.3f}")


def _buckets(pairs: Sequence[tuple[float, bool]]) -> list[tuple[float, float, list[tuple[float, bool]]]]:
    found = []
    for low, high in zip(BUCKETS, [*BUCKETS[1:], 1.01], strict=True):
        bucket = [(confidence, right) for confidence, right in pairs if low <= confidence < high]
        found.append((low, min(high, 1.0), bucket))
    return found


def expected_calibration_error(pairs: Sequence[tuple[float, bool]]) -> float:
    """Sum over buckets of |right rate - mean confidence|, weighted by the bucket's share of emails."""
    error = 0.0
    for _, _, bucket in _buckets(pairs):
        if bucket:
            right = sum(ok for _, ok in bucket) / len(bucket)
            mean = sum(confidence for confidence, _ in bucket) / len(bucket)
            error += len(bucket) / len(pairs) * abs(right - mean)
    return error


def recommended_threshold(pairs: Sequence[tuple[float, bool]], target: float) -> float | None:
    """The lowest bucket edge at or above which the rules are right at least `target` of the time."""
    for threshold in BUCKETS[1:]:
        above = [ok for confidence, ok in pairs if confidence >= threshold]
        if above and sum(above) / len(above) >= target:
            return threshold
    return None


def print_calibration(scored: list[ScoredRow], target: float, current: float) -> None:
    pairs = [(row.extraction.confidence, right_for_the_tracker(row)) for row in scored]
    print(
        "confidence   emails  right  mean confidence  "
        "(application or not, and its labelled status, company and title)"
    )
    _print_buckets(pairs)
    _print_sources(scored, pairs)
    print("threshold  right at or above  sent to the model (what CASCADE_THRESHOLD trades)")
    for threshold in BUCKETS[1:]:
        above = [ok for confidence, ok in pairs if confidence >= threshold]
        sent = sum(1 for confidence, _ in pairs if confidence < threshold) / len(pairs)
        if above:
            print(f"{threshold:>9.2f}  {sum(above) / len(above):>17.3f}  {sent:>17.1%}")
    chosen = recommended_threshold(pairs, target)
    if chosen is None:
        print(f"recommended threshold: none reaches {target:.2f} right (the cascade default is {current})")
    else:
        sent = sum(1 for confidence, _ in pairs if confidence < chosen) / len(pairs)
        print(
            f"recommended threshold: {chosen} (the lowest whose rules answers are right >= {target:.2f}; "
            f"{sent:.1%} of these emails to the model); the cascade default is {current}"
        )


def _print_sources(scored: list[ScoredRow], pairs: list[tuple[float, bool]]) -> None:
    """Per source: each bucket's right rate (emails), and the ECE: does the table hold on every source?"""
    by_source: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for row, pair in zip(scored, pairs, strict=True):
        by_source[row.row_id[:1]].append(pair)
    print("per source: right (emails) per bucket from", ", ".join(f"{low:.2f}" for low in BUCKETS), " ECE")
    for source, source_pairs in sorted(by_source.items()):
        cells = [
            f"{sum(ok for _, ok in bucket) / len(bucket):.2f} ({len(bucket)})" if bucket else "-"
            for _, _, bucket in _buckets(source_pairs)
        ]
        print(
            f"  {source}  "
            + "  ".join(f"{cell:>10}" for cell in cells)
            + f"  {expected_calibration_error(source_pairs):.3f}"
        )


def _classes(reading: RulesReading, pooled: bool) -> list[tuple[str, str]]:
    """The evidence classes behind one answer: its kind reading's, then (applications) each field's.

    `pooled` names a non-application reading by the rate it carries, as kind_rules.py pools them."""
    if reading.evidence is None:
        name = f"rate {reading.extraction.confidence:.2f}" if pooled else reading.kind_reason
        return [("not an application", name)]
    evidence = reading.evidence
    return [
        ("application", reading.kind_reason),
        ("status", evidence.status.value),
        ("company", evidence.employer.value),
        ("title", evidence.title.value),
    ]


_LABELS = {"status": "status", "company": "company", "title": "job_title"}


def _results(reading: RulesReading, row: ScoredRow, pooled: bool) -> list[tuple[tuple[str, str], bool]]:
    """Each class behind this answer whose field the row labels, and whether that field was right."""
    classes = _classes(reading, pooled)
    if reading.evidence is None:
        return [(classes[0], right_for_the_tracker(row))]
    errors = {field_name for _, field_name, _, _ in score_rows([row]).errors}
    found = [(classes[0], "kind" not in errors)]
    if row.labels.get("kind") == "application":
        for field_class in classes[1:]:
            label = _LABELS[field_class[0]]
            if label in row.labels and (label != "status" or row.labels.get("status")):
                found.append((field_class, label not in errors))
    return found


def _tally(results: Iterable[tuple[tuple[str, str], bool]]) -> dict[tuple[str, str], list[int]]:
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for field_class, right in results:
        tallies[field_class][0] += right
        tallies[field_class][1] += 1
    return tallies


def _rate(tally: Sequence[int]) -> float:
    right, read = tally
    return round((right + 1) / (read + 2), 2)


def print_evidence(readings: list[RulesReading], scored: list[ScoredRow]) -> None:
    """Per evidence class, how often each field was right where labelled: the rates the confidence uses."""
    tallies = _tally(
        result
        for reading, row in zip(readings, scored, strict=True)
        for result in _results(reading, row, pooled=False)
    )
    print("evidence (field: class)                                   right/read  (right + 1)/(read + 2)")
    for (field_name, value), (right, read) in sorted(tallies.items()):
        print(f"  {field_name + ': ' + value:<55} {right:>5}/{read:<5}  {_rate((right, read)):.2f}")
    _print_held_out(readings, scored)


def _print_held_out(readings: list[RulesReading], scored: list[ScoredRow]) -> None:
    """Leave one source out: rates counted on the other sources give this source's confidences, so the
    table below says how the confidence holds on mail its rates were not counted on."""
    results = [_results(reading, row, pooled=True) for reading, row in zip(readings, scored, strict=True)]
    pairs: list[tuple[float, bool]] = []
    for source in sorted({row.row_id[:1] for row in scored}):
        tallies = _tally(
            result
            for found, row in zip(results, scored, strict=True)
            if row.row_id[:1] != source
            for result in found
        )
        for reading, row in zip(readings, scored, strict=True):
            if row.row_id[:1] != source:
                continue
            confidence = 1.0
            for field_class in _classes(reading, pooled=True):
                confidence *= _rate(tallies.get(field_class, (0, 0)))
            if reading.evidence is not None and reading.extraction.confidence < reading.evidence.confidence():
                confidence = min(confidence, reading.extraction.confidence)  # a ceiling (removed injection)
            pairs.append((round(confidence, 2), right_for_the_tracker(row)))
    print("held out (each source's confidences from the rates of the other sources):")
    _print_buckets(pairs, indent="  ")
    for threshold in BUCKETS[1:]:
        above = [ok for confidence, ok in pairs if confidence >= threshold]
        sent = sum(1 for confidence, _ in pairs if confidence < threshold) / len(pairs)
        if above:
            print(f"  at {threshold:.2f}: right at or above {sum(above) / len(above):.3f}, sent {sent:.1%}")
