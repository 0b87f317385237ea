"""Where the rules' reading spends its CPU time: each step `RulesExtractor.read` takes, timed per pass.

    python bench/reading_areas.py [--passes 5]

Reads every ../shared/datasets/*.jsonl row once to warm up, then --passes times, each step's process CPU
added up over a pass (the best pass's total is printed with the rate it gives). A step is a function the
rules module calls (rules.py's imports: `prepare`, `read_status`, `find_employer`, ...); the phrase scan
(inside `prepare`, and inside any reader that prepares a text again) and the text's cleanup are shown
indented under `prepare`, as parts of it; a step rules.py calls inside another (`is_hire_step` inside
`_with_hire_step`) is counted in both, so the shares add up to more than the whole. The timers cost a
little each call: the rate is a few percent below bench/extraction.py's. Use it to ask which reader a
speed change should look at, and compare runs of two checkouts alternately (the machine is shared).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import dataset_rows  # noqa: E402
from bench.extraction import _email, _forget_names_read  # noqa: E402
from tracker.extraction import phrases, rules, text  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402

# The parts of `prepare` shown under it (text.py's own calls), and the scan, wherever it is called from.
_PREPARE_PARTS = (
    "normalise_text",
    "trim_replies_and_signature",
    "unwrap_lines",
    "labelled_rows",
    "says_nothing",
)


class _Timers:
    """CPU time and calls per area, added up while the wrapped functions run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, module: Any, name: str, area: str) -> None:
        function: Callable[..., Any] = getattr(module, name)
        seconds, calls, clock = self.seconds, self.calls, time.process_time

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[area] += clock() - start
                calls[area] += 1

        setattr(module, name, timed)

    def clear(self) -> None:
        self.seconds.clear()
        self.calls.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passes", type=int, default=5, help="timed passes (default 5)")
    args = parser.parse_args(argv)
    rows = dataset_rows(None)
    if rows is None:
        return 1
    emails = [_email(row) for row in rows]
    timers = _Timers()
    steps = [name for name, value in vars(rules).items() if _is_reading_step(name, value)]
    for name in steps:
        timers.wrap(rules, name, name)
    for name in _PREPARE_PARTS:
        timers.wrap(text, name, f"  prepare: {name}")
    timers.wrap(phrases, "scan", "  prepare: phrases.scan")
    extractor = RulesExtractor()
    for email in emails:
        extractor.extract(email)  # imports, compiled entries, first-use caches
    best: tuple[float, dict[str, float], dict[str, int]] | None = None
    for _ in range(args.passes):
        _forget_names_read()
        timers.clear()
        start = time.process_time()
        for email in emails:
            extractor.extract(email)
        elapsed = time.process_time() - start
        if best is None or elapsed < best[0]:
            best = (elapsed, dict(timers.seconds), dict(timers.calls))
    assert best is not None
    elapsed, seconds, calls = best
    print(f"{len(emails)} emails, best of {args.passes} passes: {elapsed * 1000:.0f} ms CPU "
          f"({len(emails) / elapsed:.0f} emails/s with the timers on)")  # fmt: skip
    print(f"{'area':44} {'ms/pass':>8} {'share':>6} {'calls':>7}")
    for area in sorted(seconds, key=lambda area: _order(area, seconds)):
        print(f"{area:44} {seconds[area] * 1000:8.1f} {seconds[area] / elapsed:6.1%} {calls[area]:7d}")
    return 0


def _is_reading_step(name: str, value: Any) -> bool:
    """A function rules.py calls while reading (its imports, its own helpers), not a class or a constant."""
    return callable(value) and not isinstance(value, type) and not name.startswith("__")


def _order(area: str, seconds: dict[str, float]) -> tuple[float, float]:
    """Steps by time, weightiest first; prepare's parts right under it."""
    if area.startswith("  prepare: "):
        return (-seconds.get("prepare", 0.0), -seconds[area])
    return (-seconds[area], float("inf"))


if __name__ == "__main__":
    raise SystemExit(main())
