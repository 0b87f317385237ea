"""Measure extractors on labelled JSONL sets (datasets/README.md's format), per source.

    python bench/extraction.py                      (every ../shared/datasets/*.jsonl, rules)
    python bench/extraction.py --dataset ../shared/datasets/dev.jsonl [--extractor rules] [--errors]
    python bench/extraction.py --dataset ... --extractor cascade --fake-openai      (offline)
    OPENAI_API_KEY=... python bench/extraction.py --dataset ... --extractor llm --extractor cascade

Prints, per extractor: a table with one line per source (the id's first letter) and one for all of
them: application precision / recall / F1, status accuracy on true applications, company and title
accuracy where labelled; then, over all rows, a status confusion matrix, emails per second on one core
(over the whole set, after start-up, each timed pass with the caches of names read emptied) and,
with --errors, every misclassified id with expected vs got. --compiled BUILD_DIR reads with the
reading compiled there (make compiled-reading) instead of the source: the speed line of what deploys.
Then whether the confidence is calibrated (bench/calibration.py): accuracy per confidence bucket, its
expected calibration error, overall and per source, and the threshold the table recommends for the
cascade (the lowest at or above which the answers are right --target of the time, default .95);
--evidence adds how often each field was right per evidence class, the rates the confidence is made of.
For "llm" and "cascade" (one pass only: model calls cost money) it also prints the share of emails
sent to the model, calls and tokens per email, and fallbacks to the rules by reason. The model comes
from OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL (or the flags); --fake-openai serves devstack's
fake OpenAI in-process instead, which checks the plumbing and the accounting, not quality.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.calibration import DEFAULT_TARGET, print_calibration, print_evidence  # noqa: E402
from bench.datasets import DATASETS, dataset_rows  # noqa: E402
from bench.scoring import (  # noqa: E402
    NOT_APPLICATION,
    FieldTally,
    Report,
    ScoredRow,
    body_is_missing,
    score_rows,
)
from infra.extractors import ExtractorNotAvailableError, build_extractor  # noqa: E402
from infra.settings import Settings  # noqa: E402
from tracker.email_reading import email_from_fields  # noqa: E402
from tracker.extraction.cascade import CascadeExtractor, CascadePolicy, ExtractionStats  # noqa: E402
from tracker.extraction.llm_answer import ChatAnswer  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402

_STATUSES = ["applied", "assessment", "interview", "offer", "rejected", "withdrawn", NOT_APPLICATION]
_TIMING_ROUNDS = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--dataset",
        action="append",
        type=Path,
        help=f"labelled JSONL file (repeatable); default: every *.jsonl in {DATASETS}",
    )
    parser.add_argument("--extractor", action="append", help="extractor name (repeatable); default: rules")
    parser.add_argument("--errors", action="store_true", help="list misclassified ids with expected vs got")
    parser.add_argument(
        "--fake-openai",
        action="store_true",
        help="serve devstack's fake OpenAI in-process for llm/cascade (plumbing and accounting, not quality)",
    )
    parser.add_argument("--openai-base-url", help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL)")
    parser.add_argument("--openai-model", help="model name (default: OPENAI_MODEL, else gpt-4o-mini)")
    parser.add_argument(
        "--cascade-threshold", type=float, help="default: CASCADE_THRESHOLD, else the cascade's default"
    )
    parser.add_argument(
        "--target",
        type=float,
        default=DEFAULT_TARGET,
        help=f"how often the rules must be right at or above the recommended threshold ({DEFAULT_TARGET})",
    )
    parser.add_argument(
        "--evidence",
        action="store_true",
        help="rules: how often each field was right per evidence class (the rates the confidence uses)",
    )
    parser.add_argument(
        "--compiled",
        type=Path,
        metavar="BUILD_DIR",
        help="read with the compiled build there (make compiled-reading), not the source",
    )
    args = parser.parse_args(argv)
    if args.compiled is not None:
        return _run_compiled(args.compiled, sys.argv[1:] if argv is None else argv)
    rows = dataset_rows(args.dataset)
    if rows is None:
        return 2
    with ExitStack() as cleanup:
        settings, fake = _model_settings(args, cleanup)
        for name in args.extractor or ["rules"]:
            try:
                extractor = build_extractor(dataclasses.replace(settings, extractor=name))
            except ExtractorNotAvailableError as error:
                hint = (
                    " (set OPENAI_API_KEY, or --fake-openai offline)" if not settings.openai_api_key else ""
                )
                print(f"== extractor: {name}: skipped, {error}{hint}")
                continue
            if fake is not None:
                fake.reset()
            scored, rate, extract_rate = _run(rows, extractor)
            _print_report(name, scored, rate, extract_rate, show_errors=args.errors)
            print_calibration(scored, args.target, settings.cascade_threshold)
            if args.evidence and isinstance(extractor, RulesExtractor):
                print_evidence([extractor.read(_email(row)) for row in rows], scored)
            stats = getattr(extractor, "stats", None)
            if isinstance(stats, ExtractionStats):
                _print_model_use(stats, settings, fake)
            if isinstance(extractor, CascadeExtractor):
                _print_demo_mailbox_share(extractor.policy)
    return 0


def _run_compiled(build_dir: Path, argv: list[str]) -> int:
    """This bench again in a fresh process that reads with the build (this one imported the source)."""
    rest, skip = [], False
    for arg in argv:
        if skip or arg == "--compiled":
            skip = not skip
            continue
        if not arg.startswith("--compiled="):
            rest.append(arg)
    root = Path(__file__).resolve().parents[1]
    runner = str(root / "bench" / "with_compiled.py")
    return subprocess.run(
        [sys.executable, runner, str(build_dir.resolve()), __file__, *rest], cwd=root
    ).returncode


def _model_settings(args: argparse.Namespace, cleanup: ExitStack):
    """The OpenAI settings from the environment and the flags, and the fake server's control if started."""
    settings = Settings.from_env()
    overrides = {
        "openai_base_url": args.openai_base_url,
        "openai_model": args.openai_model,
        "cascade_threshold": args.cascade_threshold,
    }
    settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    if not args.fake_openai:
        return settings, None
    from devstack.fake_openai import FakeOpenAIControl, create_app
    from devstack.servers import serve_in_thread

    server = serve_in_thread(create_app())
    cleanup.callback(server.stop)
    settings = dataclasses.replace(
        settings, openai_base_url=f"{server.url}/v1", openai_api_key="fake-openai-key"
    )
    return settings, FakeOpenAIControl(server.url)


def _run(rows: list[dict], extractor) -> tuple[list[ScoredRow], float, float | None]:
    if isinstance(getattr(extractor, "stats", None), ExtractionStats):
        return _run_once(rows, extractor)
    emails = [_email(row) for row in rows]
    extractions = [extractor.extract(email) for email in emails]  # builds the phrase index, imports
    end_to_end = min(
        _timed(lambda: [extractor.extract(_email(row)) for row in rows], _forget_names_read)
        for _ in range(_TIMING_ROUNDS)
    )
    extract_only = min(
        _timed(lambda: [extractor.extract(email) for email in emails], _forget_names_read)
        for _ in range(_TIMING_ROUNDS)
    )
    scored = [
        ScoredRow(str(row.get("id")), row, extraction, body_is_missing(email))
        for row, email, extraction in zip(rows, emails, extractions, strict=True)
    ]
    return scored, len(rows) / end_to_end, len(rows) / extract_only


def _run_once(rows: list[dict], extractor) -> tuple[list[ScoredRow], float, None]:
    """One timed pass, decode and extract: a model-backed extractor pays per call, so no repeats."""
    start = time.perf_counter()
    emails = [_email(row) for row in rows]
    extractions = [extractor.extract(email) for email in emails]
    elapsed = max(time.perf_counter() - start, 1e-9)
    scored = [
        ScoredRow(str(row.get("id")), row, extraction, body_is_missing(email))
        for row, email, extraction in zip(rows, emails, extractions, strict=True)
    ]
    return scored, len(rows) / elapsed, None


def _email(row: dict):
    return email_from_fields(
        row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
    )


def _timed(work, before=None) -> float:
    # The process's CPU time, not the wall clock: the rules run on one core, and on a machine shared
    # with other work the wall clock measures the neighbours.
    if before is not None:
        before()
    start = time.process_time()
    work()
    return max(time.process_time() - start, 1e-9)


def _forget_names_read() -> None:
    """Empty every cache of the reading keyed by what it read (names, domains, labels: functools caches
    of functions taking arguments in tracker's modules) and re's cache of patterns, so that each timed
    pass reads its names as never seen, as real mail does: a pass over the same emails again would
    otherwise find them all cached (2,100 emails/s instead of 1,530 on main at ad37a79). What stays: the
    phrase index and the modules' compiled patterns, built once a process. The few patterns the code
    hands re as strings are compiled again each pass, as a worker would not (about 1% of a pass)."""
    caches = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name == "tracker" or name.startswith("tracker.")
        for value in vars(module).values()
        if hasattr(value, "cache_clear")
        and hasattr(value, "cache_info")
        and inspect.signature(value).parameters
    }
    for cache in caches.values():
        cache.cache_clear()
    re.purge()


def _print_report(
    name: str, scored: list[ScoredRow], rate: float, extract_rate: float | None, show_errors: bool
) -> None:
    report = score_rows(scored)
    print(f"== extractor: {name}  ({len(scored)} emails)")
    _print_sources(scored, report)
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
    if extract_rate is None:
        print(f"speed  {rate:,.1f} emails/s decode+extract, model calls included (one pass)")
    else:
        rates = f"{rate:,.0f} emails/s decode+extract, {extract_rate:,.0f} emails/s extract only"
        print(f"speed  {rates} (one core, CPU time)")
    _print_confusion(report.status_confusion)
    _print_kinds(report.kind_confusion)
    if show_errors:
        print("errors (id, field, expected, got):")
        for row_id, field_name, expected, got in sorted(report.errors):
            print(f"  {row_id:<8} {field_name:<13} expected {expected!r:<40} got {got!r}")


def _print_sources(scored: list[ScoredRow], report: Report) -> None:
    """One line per source (the id's first letter), then all sources: the figures the targets name."""
    by_source: dict[str, list[ScoredRow]] = defaultdict(list)
    for row in scored:
        by_source[row.row_id[:1]].append(row)
    header = ["source", "emails", "app P", "app R", "app F1", "status", "company", "title"]
    widths = [7, 7, 8, 8, 8, 15, 15, 15]
    print(
        "".join(
            f"{name:<{width}}" if i == 0 else f"{name:>{width}}"
            for i, (name, width) in enumerate(zip(header, widths, strict=True))
        )
    )
    lines = [(source, score_rows(rows), len(rows)) for source, rows in sorted(by_source.items())]
    for source, part, count in [*lines, ("all", report, len(scored))]:
        predicted = part.true_positive + part.false_positive
        actual = part.true_positive + part.false_negative
        print(
            f"{source:<7}{count:>7}{_ratio(part.precision, predicted)}{_ratio(part.recall, actual)}"
            f"{_ratio(part.f1, predicted + actual)}{_tally(part.status)}{_tally(part.company)}"
            f"{_tally(part.title)}"
        )


def _ratio(value: float, labelled: int) -> str:
    return f"{value:>8.3f}" if labelled else f"{'-':>8}"


def _tally(tally: FieldTally) -> str:
    if not tally.total:
        return f"{'-':>15}"
    return f"{tally.accuracy:>6.3f} ({tally.correct:>3}/{tally.total:<3})"


def _print_model_use(stats: ExtractionStats, settings: Settings, fake) -> None:
    emails = stats.emails or 1
    print(
        f"model  {settings.openai_model} at {settings.openai_base_url or 'api.openai.com'}: sent "
        f"{stats.llm_calls}/{stats.emails} emails ({stats.llm_share:.1%}), {stats.llm_calls / emails:.3f} "
        f"calls/email, {stats.tokens_per_email:.1f} tokens/email (prompt {stats.prompt_tokens / emails:.1f}, "
        f"completion {stats.completion_tokens / emails:.1f})"
    )
    reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(stats.fallbacks.items()))
    print(f"fallbacks to rules  {stats.fallback_count}" + (f"  ({reasons})" if reasons else ""))
    if fake is not None:
        seen = fake.stats()
        print(
            f"fake OpenAI: {seen['calls']} HTTP requests {seen['by_status']}, tokens estimated at 4 "
            'characters each. Its answers are a fixed default reply (kind "other" for every email), '
            "so the quality figures above measure the plumbing, not a model."
        )


class _CountingModel:
    """Answers "other" to everything: enough to count what the cascade would send, offline."""

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        return ChatAnswer('{"kind": "other", "status": null, "company": null, "job_title": null}')


def _print_demo_mailbox_share(policy: CascadePolicy) -> None:
    from devstack.demo_mailbox import generate_mailbox
    from tracker.email_reading import parse_raw_email

    cascade = CascadeExtractor(_CountingModel(), policy)
    for demo_email in generate_mailbox():
        cascade.extract(parse_raw_email(demo_email.raw, demo_email.message_id))
    stats = cascade.stats
    print(
        f"cascade on the demo mailbox (threshold {policy.threshold}): {stats.llm_calls}/{stats.emails} "
        f"emails sent to the model ({stats.llm_share:.1%}; the requirement is at most 40%)"
    )


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
