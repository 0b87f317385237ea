"""`make chaos`: one mailbox fetched twice, fault-free and under chaos, and the answers compared.

The chaos run injects faults into a share of Gmail, Sheets and OpenAI calls (429, 500, stalls,
dropped connections) and SIGKILLs the worker function K times while the fetch runs, restarting it
on its port so Cloud Tasks redelivers what was in flight. Both runs use the same extractor, by
default the cascade against the fake OpenAI (whose fixed reply makes every email it is asked about
"other" in both runs alike: the point is the faults on its calls, not its answers), with enough
client retries that a 10% fault rate practically never forces a fallback to the rules, which would
rightly differ from the fault-free run. The last line is
`lost=N duplicated=N mismatched=N` (devstack/chaos_compare.py); the exit code is 0 only when all
three are 0 and the chaos fetch ended SUCCESS with no failed message.

    python -m devstack.chaos [--applications 560] [--fault-rate 0.1] [--kills 3] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from devstack.browser_session import FETCH_ENDED, BrowserSession
from devstack.chaos_compare import TrackedApplication, compare_runs, sheet_differences
from devstack.demo_mailbox import DemoEmail, generate_mailbox
from devstack.fake_google.client import FakeGoogleControl
from devstack.fake_openai.client import FakeOpenAIControl
from devstack.stack import LocalStack

USER = "chaos.monkey@example.com"
POLL_SECONDS = 0.5


@dataclass(frozen=True)
class ChaosPlan:
    """What goes wrong in a chaos run; `stall_seconds` is how long a "timeout" fault holds a call."""

    fault_rate: float
    kills: int
    seed: int
    stall_seconds: float = 1.5

    def kill_points(self) -> list[float]:
        """The share of listed messages processed at which each kill happens, in order."""
        rng = random.Random(f"chaos/{self.seed}/kills")
        return sorted(rng.uniform(0.05, 0.9) for _ in range(self.kills))


@dataclass
class RunResult:
    """One fetch of the mailbox on a fresh stack, and what it cost."""

    label: str
    run: dict
    applications: list[TrackedApplication]
    sheet_differences: list[str]
    counters: dict[str, int]
    faults_injected: dict[str, dict[str, int]] = field(default_factory=dict)
    kills_done: int = 0
    fetch_seconds: float = 0.0
    settle_seconds: float = 0.0

    def _sheet_state(self) -> str:
        if self.sheet_differences:
            return f"still differs from Firestore in {len(self.sheet_differences)} places"
        return "equal to Firestore"

    def calls(self, service: str) -> int:
        return sum(n for name, n in self.counters.items() if name.startswith(service + "."))

    def summary(self) -> list[str]:
        run = self.run
        lines = [
            f"{self.label}: fetch {run['status']} in {self.fetch_seconds:.1f}s; listed={run['listed']} "
            f"processed={run['processed']} applications={len(self.applications)} skipped={run['skipped']} "
            f"failed={run['failed']}",
            f"  sheet {self._sheet_state()} {self.settle_seconds:.1f}s after the fetch ended",
            f"  gmail calls={self.calls('gmail')} sheets calls={self.calls('sheets')} "
            f"oauth calls={self.calls('oauth')} openai calls={self.counters.get('openai.calls', 0)}",
            "  " + ", ".join(f"{name}={n}" for name, n in sorted(self.counters.items()) if n),
        ]
        if self.faults_injected:
            injected = {where: sum(kinds.values()) for where, kinds in self.faults_injected.items()}
            lines.append(
                "  faults injected: "
                + "; ".join(
                    f"{where} {injected[where]} {kinds}" for where, kinds in self.faults_injected.items()
                )
                + f"; worker kills={self.kills_done}"
            )
        if run.get("error"):
            lines.append(f"  run error: {run['error']}")
        return lines


class ChaosFailed(RuntimeError):
    pass


def _wait_for_fetch(
    browser: BrowserSession, task_id: str, timeout: float, on_progress=lambda run: None
) -> dict:
    """Follow the fetch (a progress line every 10 s), calling `on_progress` until it ends."""
    last_print = [0.0]

    def poll(run: dict) -> None:
        if time.monotonic() - last_print[0] > 10:
            counts = " ".join(f"{name}={run[name]}" for name in ("listed", "processed", "failed"))
            print(f"  ... {run['status']} {counts}", flush=True)
            last_print[0] = time.monotonic()
        on_progress(run)

    run = browser.wait_for_fetch(task_id, timeout, on_poll=poll, interval=POLL_SECONDS)
    return run if run["status"] in FETCH_ENDED else {**run, "status": f"TIMEOUT ({run['status']})"}


def _settled_jobs(
    browser: BrowserSession, google: FakeGoogleControl, sheet_id: str, timeout: float
) -> tuple[list[dict], list[str]]:
    """The jobs once the sheet equals them (syncs are coalesced and lag), or what is left after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        jobs = browser.all_jobs()
        differences = sheet_differences(jobs, google.sheet_values(sheet_id))
        if not differences or time.monotonic() > deadline:
            return jobs, differences
        time.sleep(1.0)


def _tracked(
    browser: BrowserSession, jobs: list[dict], header_id_of: dict[str, str]
) -> list[TrackedApplication]:
    tracked = []
    for job in jobs:
        events = browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"]
        emails = frozenset(header_id_of[event["message_id"]] for event in events)
        tracked.append(TrackedApplication(job["company"], job["job_title"], job["status"], emails))
    return tracked


def _arm_faults(google: FakeGoogleControl, openai: FakeOpenAIControl, plan: ChaosPlan) -> None:
    common = {"timeout_seconds": plan.stall_seconds}
    google.set_faults(plan.fault_rate, services=["gmail", "sheets"], seed=plan.seed, **common)
    openai.set_faults({"rate": plan.fault_rate, "services": ["openai"], "seed": plan.seed + 1, **common})


def _disarm_faults(google: FakeGoogleControl, openai: FakeOpenAIControl) -> dict[str, dict[str, int]]:
    """Stop injecting; returns how many faults of each kind were injected, per fake."""
    injected = {"google": google.faults()["injected"], "openai": openai.faults()["injected"]}
    google.clear_faults()
    openai.set_faults({"rate": 0.0})
    return injected


# 9 tries: at a 10% fault rate, a fallback to the rules is a one-in-a-billion event per call.
OPENAI_RETRIES = {"OPENAI_MAX_RETRIES": "8", "OPENAI_TIMEOUT_SECONDS": "10"}


def fetch_mailbox(
    label: str,
    mailbox: list[DemoEmail],
    plan: ChaosPlan | None,
    state_dir: Path,
    timeout: float,
    extractor: str = "cascade",
) -> RunResult:
    """Fetch `mailbox` for a new user on a fresh stack, under `plan` (None: fault-free)."""
    print(f"\n{label}: starting a fresh local stack", flush=True)
    with LocalStack(state_dir=state_dir, extractor=extractor, env_overrides=OPENAI_RETRIES) as stack:
        google = FakeGoogleControl(stack.endpoints.fake_google)
        openai = FakeOpenAIControl(stack.endpoints.fake_openai)
        google.create_user(USER, "Chaos Monkey")
        gmail_ids = google.add_messages(
            USER, [m.raw for m in mailbox], internal_dates=[m.received_at for m in mailbox]
        )
        header_id_of = {
            gmail_id: m.message_id.strip("<>") for gmail_id, m in zip(gmail_ids, mailbox, strict=True)
        }
        browser = BrowserSession(stack.endpoints)
        browser.sign_in(USER)
        sheet_id = browser.api("POST", "/users/create_sheet/", expect=201)["google_sheet_id"]
        start = min(m.received_at for m in mailbox) - timedelta(days=1)
        browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start.isoformat()}, expect=201)
        google.reset_counters()
        if plan is not None:
            _arm_faults(google, openai, plan)

        kill_points = plan.kill_points() if plan else []
        kills_done = 0

        def kill_when_due(run: dict) -> None:
            nonlocal kills_done
            listed, processed = run["listed"], run["processed"]
            if kills_done < len(kill_points) and listed and processed >= kill_points[kills_done] * listed:
                print(
                    f"  kill {kills_done + 1}: SIGKILL the worker at processed={processed}/{listed}",
                    flush=True,
                )
                began = time.monotonic()
                stack.restart_function("worker")
                kills_done += 1
                print(f"  worker back on its port after {time.monotonic() - began:.1f}s", flush=True)

        began = time.monotonic()
        task = browser.api("POST", "/jobs/fetch_emails/", expect=202)
        run = _wait_for_fetch(browser, task["task_id"], timeout, kill_when_due)
        fetch_seconds = time.monotonic() - began
        print(f"  fetch {run['status']}; waiting for the sheet to equal Firestore", flush=True)
        jobs, differences = _settled_jobs(browser, google, sheet_id, timeout=60)
        injected = _disarm_faults(google, openai) if plan is not None else {}
        counters = google.counters()
        counters.update({f"openai.{k}": v for k, v in openai.stats().items() if isinstance(v, int)})
        if plan is not None:  # read again with faults off: the answer, not a sync still catching up
            jobs, differences = _settled_jobs(browser, google, sheet_id, timeout=30)
        settle_seconds = time.monotonic() - began - fetch_seconds
        return RunResult(
            label=label,
            run=run,
            applications=_tracked(browser, jobs, header_id_of),
            sheet_differences=differences,
            counters=counters,
            faults_injected=injected,
            kills_done=kills_done,
            fetch_seconds=fetch_seconds,
            settle_seconds=settle_seconds,
        )


def _print_differences(title: str, comparison) -> None:
    print(f"\n{title}:")
    for line in comparison.details() or ["the same applications, emails, statuses and sheet"]:
        print("  " + line)


def run_chaos(
    applications: int,
    plan: ChaosPlan,
    timeout: float,
    state_dir: Path,
    control: bool = False,
    extractor: str = "cascade",
) -> int:
    mailbox = generate_mailbox(seed=plan.seed, applications=applications)
    application_emails = sum(1 for m in mailbox if m.truth.kind == "application")
    print(
        f"mailbox: {len(mailbox)} emails ({application_emails} about applications) for {applications} "
        f"applications; chaos: fault rate {plan.fault_rate} on gmail, sheets and openai, "
        f"{plan.kills} worker kills, seed {plan.seed}; extractor: {extractor}"
    )
    fault_free = fetch_mailbox("fault-free run", mailbox, None, state_dir / "fault-free", timeout, extractor)
    print("\n".join(fault_free.summary()), flush=True)
    if control:  # a second fault-free run: what differs here is the system's own nondeterminism
        again = fetch_mailbox(
            "control run (fault-free again)", mailbox, None, state_dir / "control", timeout, extractor
        )
        print("\n".join(again.summary()), flush=True)
        noise = compare_runs(fault_free.applications, again.applications, again.sheet_differences)
        _print_differences(f"control vs fault-free ({noise.verdict_line()}, not part of the verdict)", noise)
    chaos = fetch_mailbox("chaos run", mailbox, plan, state_dir / "chaos", timeout, extractor)
    print("\n".join(chaos.summary()), flush=True)

    if fault_free.run["status"] != "SUCCESS" or fault_free.run["failed"] or fault_free.sheet_differences:
        print("the fault-free run itself is not clean:", *fault_free.sheet_differences[:10], sep="\n  ")
    comparison = compare_runs(fault_free.applications, chaos.applications, chaos.sheet_differences)
    _print_differences("chaos vs fault-free", comparison)
    chaos_ran_clean = chaos.run["status"] == "SUCCESS" and not chaos.run["failed"]
    if not chaos_ran_clean:
        print(f"  the chaos fetch ended {chaos.run['status']} with failed={chaos.run['failed']}")
    print(comparison.verdict_line())
    return 0 if comparison.clean and chaos_ran_clean else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devstack.chaos", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--applications", type=int, default=560, help="applications in the mailbox (560: ~2,100 emails)"
    )
    parser.add_argument(
        "--fault-rate", type=float, default=0.1, help="share of Google and OpenAI calls that fail"
    )
    parser.add_argument("--kills", type=int, default=3, help="times the worker is SIGKILLed during the fetch")
    parser.add_argument(
        "--seed", type=int, default=0, help="seeds the mailbox, the faults and the kill moments"
    )
    parser.add_argument("--timeout", type=float, default=900, help="seconds each fetch may take")
    parser.add_argument(
        "--control", action="store_true", help="also fetch fault-free twice and show the differences"
    )
    parser.add_argument(
        "--state-dir", type=Path, help="where the stacks' logs go (default: a temporary folder)"
    )
    parser.add_argument(
        "--extractor", choices=["rules", "cascade", "llm"], default="cascade", help="in both runs"
    )
    args = parser.parse_args(argv)
    plan = ChaosPlan(fault_rate=args.fault_rate, kills=args.kills, seed=args.seed)
    try:
        if args.state_dir:
            return run_chaos(
                args.applications, plan, args.timeout, args.state_dir, args.control, args.extractor
            )
        with tempfile.TemporaryDirectory(prefix="chaos-") as state_dir:
            return run_chaos(
                args.applications, plan, args.timeout, Path(state_dir), args.control, args.extractor
            )
    except ChaosFailed as error:
        print(f"chaos failed: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
