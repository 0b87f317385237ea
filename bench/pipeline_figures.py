"""The arithmetic of bench/pipeline.py: counters in, the figures the issue asks for out (no I/O).

Kept apart so a unit test can check it (tests/unit/test_pipeline_figures.py) without a stack.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass

# gpt-4o-mini list prices, US dollars per million tokens (OpenAI pricing page, late 2026).
USD_PER_M_PROMPT_TOKENS = 0.15
USD_PER_M_COMPLETION_TOKENS = 0.60

KEYS = (
    "n",
    "seconds",
    "msgs_per_s",
    "gmail_calls_per_msg",
    "sheets_calls",
    "sheets_windows",
    "llm_calls_per_msg",
    "llm_prompt_tokens_per_call",
    "usd_per_1000_msgs",
    "firestore_writes_per_msg",
    "worker_peak_mb",
)


def windows_spanned(started_at: float, ended_at: float, window_seconds: float) -> int:
    """How many coalescing windows (aligned to the epoch, as tracker.processing.sync_window_end aligns
    them) the interval from `started_at` to `ended_at` (epoch seconds) touches: the most sheet writes
    one user's fetch may need."""
    return math.floor(ended_at / window_seconds) - math.floor(started_at / window_seconds) + 1


def usd_per_1000(prompt_tokens: int, completion_tokens: int, messages: int) -> float:
    """The model's cost per 1,000 messages at gpt-4o-mini prices."""
    usd = (prompt_tokens * USD_PER_M_PROMPT_TOKENS + completion_tokens * USD_PER_M_COMPLETION_TOKENS) / 1e6
    return usd * 1000 / messages


def calls_of(counters: Mapping[str, int], service: str) -> dict[str, int]:
    """The fake Google's counters of one service ("gmail", "sheets"), by method."""
    prefix = service + "."
    return {name[len(prefix) :]: n for name, n in sorted(counters.items()) if name.startswith(prefix) and n}


@dataclass(frozen=True)
class UserRun:
    """One user's fetch: its messages, when it was asked for and when its sheet equalled Firestore."""

    messages: int
    started_at: float
    done_at: float

    @property
    def seconds(self) -> float:
        return self.done_at - self.started_at


@dataclass(frozen=True)
class PipelineCounts:
    """What was counted at the fakes, the emulator's client and the worker process during the runs."""

    google: Mapping[str, int]
    openai_calls: int
    openai_prompt_tokens: int
    openai_completion_tokens: int
    firestore: Mapping[str, int]
    worker_peak_mb: float | None


def figures(runs: list[UserRun], counts: PipelineCounts, window_seconds: float) -> dict:
    """The bench's JSON: `KEYS` for one user; with several, also the users and the slowest and median
    user's seconds. Per-message figures are over every user's messages; `n` is one user's mailbox."""
    total = sum(run.messages for run in runs)
    started, ended = min(run.started_at for run in runs), max(run.done_at for run in runs)
    seconds = ended - started
    llm_calls = counts.openai_calls
    result = {
        "n": runs[0].messages,
        "seconds": round(seconds, 1),
        "msgs_per_s": round(total / seconds, 1),
        "gmail_calls_per_msg": round(sum(calls_of(counts.google, "gmail").values()) / total, 3),
        "sheets_calls": sum(calls_of(counts.google, "sheets").values()),
        "sheets_windows": sum(windows_spanned(r.started_at, r.done_at, window_seconds) for r in runs),
        "llm_calls_per_msg": round(llm_calls / total, 3),
        "llm_prompt_tokens_per_call": round(counts.openai_prompt_tokens / llm_calls) if llm_calls else 0,
        "usd_per_1000_msgs": round(
            usd_per_1000(counts.openai_prompt_tokens, counts.openai_completion_tokens, total), 4
        ),
        "firestore_writes_per_msg": round(counts.firestore.get("writes", 0) / total, 2),
        "worker_peak_mb": round(counts.worker_peak_mb) if counts.worker_peak_mb is not None else None,
    }
    if len(runs) > 1:
        times = [run.seconds for run in runs]
        result |= {
            "users": len(runs),
            "slowest_user_seconds": round(max(times), 1),
            "median_user_seconds": round(statistics.median(times), 1),
        }
    return result
