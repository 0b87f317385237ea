"""Benchmark: one full fetch (or many users' at once) on the local stack, and what it cost.

    python bench/pipeline.py [--n 1000] [--users 1] [--extractor cascade] [--running]
    make bench-pipeline N=1000 [USERS=50]

Starts the local stack (devstack/stack.py; `--running` uses the one `make up` started instead),
gives each user a seeded generated mailbox of N messages (devstack/demo_mailbox: about a third about
applications with their follow-ups, the rest alerts, outreach and unrelated mail), signs them in,
creates their sheet, asks for every user's fetch at once and waits until each run has ended and its
sheet equals Firestore. Counted where the calls land: Gmail and Sheets at the fake Google, model
calls and tokens at the fake OpenAI, Firestore RPCs by a gRPC interceptor the functions load only
here (bench/firestore_counting), peak RSS of the worker's processes from /proc. Also the cold start
of the worker (import main.py and build the services it uses) in a fresh process. The last line is
one JSON object (bench/pipeline_figures.py); bench/README.md has the targets and the last figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pipeline_figures import PipelineCounts, UserRun, calls_of, figures  # noqa: E402
from devstack.browser_session import FETCH_ENDED, BrowserSession  # noqa: E402
from devstack.chaos_compare import sheet_differences  # noqa: E402
from devstack.demo_mailbox import DemoEmail, generate_mailbox  # noqa: E402
from devstack.fake_google.client import FakeGoogleControl  # noqa: E402
from devstack.fake_openai.client import FakeOpenAIControl  # noqa: E402
from devstack.stack import STATE_DIR, Endpoints, LocalStack  # noqa: E402

EMAILS_PER_APPLICATION = 3.8  # what the demo mailbox generator writes on average
UPLOAD_BATCH = 500
POLL_SECONDS = 1.0  # as the web page follows a fetch
COUNTING = ROOT / "bench" / "firestore_counting"

COLD_START = """
import json, time
wall, cpu = time.perf_counter(), time.process_time()
import main
imported = time.perf_counter(), time.process_time()
from infra.bootstrap import default_services
services = default_services()
services.accounts, services.applications, services.queue, services.extractor
built = time.perf_counter(), time.process_time()
print(json.dumps({
    "import": imported[0] - wall, "import_cpu": imported[1] - cpu,
    "services": built[0] - imported[0], "services_cpu": built[1] - imported[1],
}))
"""


def mailbox_of(messages: int, seed: int) -> list[DemoEmail]:
    """Exactly `messages` generated emails (the first ones by date of a slightly larger mailbox)."""
    applications = max(1, round(messages / EMAILS_PER_APPLICATION))
    while True:
        mailbox = generate_mailbox(seed=seed, applications=applications)
        if len(mailbox) >= messages:
            return mailbox[:messages]
        applications = int(applications * messages / len(mailbox)) + 2


@dataclass
class BenchUser:
    email: str
    browser: BrowserSession
    sheet_id: str
    task_id: str = ""
    started_at: float = 0.0
    run: dict | None = None


def add_user(
    endpoints: Endpoints, google: FakeGoogleControl, email: str, mailbox: list[DemoEmail]
) -> BenchUser:
    google.create_user(email, email.split("@")[0])
    for at in range(0, len(mailbox), UPLOAD_BATCH):
        batch = mailbox[at : at + UPLOAD_BATCH]
        google.add_messages(email, [m.raw for m in batch], internal_dates=[m.received_at for m in batch])
    browser = BrowserSession(endpoints)
    browser.sign_in(email)
    sheet_id = browser.api("POST", "/users/create_sheet/", expect=201)["google_sheet_id"]
    start = min(m.received_at for m in mailbox) - timedelta(days=1)
    browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start.isoformat()}, expect=201)
    return BenchUser(email, browser, sheet_id)


def follow_until_settled(
    users: list[BenchUser], google: FakeGoogleControl, timeout: float, messages: int
) -> list[UserRun]:
    """Poll every user until their run has ended and their sheet equals Firestore; returns the times."""
    done: dict[str, UserRun] = {}
    deadline = time.monotonic() + timeout
    last_print = time.monotonic()
    while len(done) < len(users):
        if time.monotonic() > deadline:
            raise SystemExit(f"timeout: {len(users) - len(done)} users not settled after {timeout:.0f}s")
        for user in users:
            if user.email in done:
                continue
            try:
                user.run = user.browser.api("GET", f"/task_status/{user.task_id}/", expect=200)
            except requests.Timeout:  # the run's counts are aggregations over its markers: slow when big
                print(f"  ... /task_status/ of {user.email} took over 30 s; asking again", flush=True)
                continue
            if user.run["status"] not in FETCH_ENDED:
                continue
            grid = google.sheet_values(user.sheet_id)
            if not sheet_differences(user.browser.all_jobs(), grid):
                done[user.email] = UserRun(messages, user.started_at, time.time())
        if time.monotonic() - last_print > 10:
            processed = sum((u.run or {}).get("processed", 0) for u in users)
            print(f"  ... processed={processed} settled users={len(done)}/{len(users)}", flush=True)
            last_print = time.monotonic()
        time.sleep(POLL_SECONDS if len(users) == 1 else 0.2)
    return [done[user.email] for user in users]


PIPELINE_FUNCTIONS = ("fetch", "worker", "sheet_sync")  # not the api: it answers the bench's polling


def firestore_counts(counts_dir: Path | None) -> dict[str, int]:
    """The sum of the pipeline functions' Firestore counters (each process writes its own every second)."""
    total: dict[str, int] = {}
    paths = [p for f in PIPELINE_FUNCTIONS for p in counts_dir.glob(f"{f}-*.json")] if counts_dir else []
    for path in paths:
        for name, n in json.loads(path.read_text()).items():
            total[name] = total.get(name, 0) + n
    return total


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def peak_rss_mb(pid: int) -> float:
    """The largest peak resident set (VmHWM) among the process and its descendants, in MiB."""
    peaks = [0.0]
    for each in _descendants(pid):
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
    return max(peaks)


def cold_start(env: dict[str, str], times: int = 3) -> dict[str, float]:
    """Median seconds (wall and CPU) to import main.py and to build the worker's services, in fresh
    processes. On a shared machine the CPU time is the steadier figure: about the wall time of an
    instance with a core to itself."""
    samples = []
    for _ in range(times):
        out = subprocess.run(
            [sys.executable, "-c", COLD_START], env=env, cwd=ROOT, capture_output=True, text=True, check=True
        )
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: round(statistics.median(s[key] for s in samples), 3) for key in samples[0]}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_bench(args: argparse.Namespace, endpoints: Endpoints, stack: LocalStack | None, counts_dir) -> dict:
    google = FakeGoogleControl(endpoints.fake_google, timeout=120)
    openai = FakeOpenAIControl(endpoints.fake_openai)
    mailbox = mailbox_of(args.n, args.seed)
    about_applications = sum(1 for m in mailbox if m.truth.kind == "application")
    print(f"mailbox: {len(mailbox)} messages, {about_applications} about applications; users: {args.users}")
    tag = f"{int(time.time())}"
    users = [add_user(endpoints, google, f"bench{i}.{tag}@example.com", mailbox) for i in range(args.users)]
    if stack is not None:
        env = {**os.environ, **stack.function_env, "PYTHONPATH": str(ROOT)}
        env.pop("FIRESTORE_COUNTS_DIR", None)
        print(f"cold start of the worker (median of 3): {cold_start(env)} s; load {load_average()}")
    google.reset_counters()
    openai.reset()
    time.sleep(1.2)  # every process's Firestore counters written since the set-up
    before = firestore_counts(counts_dir)
    print(f"fetching; load average before {load_average()}", flush=True)
    for user in users:
        user.started_at = time.time()
        user.task_id = user.browser.api("POST", "/jobs/fetch_emails/", expect=202)["task_id"]
    runs = follow_until_settled(users, google, args.timeout, len(mailbox))
    load_after = load_average()
    time.sleep(1.2)
    after = firestore_counts(counts_dir)
    firestore = {name: n - before.get(name, 0) for name, n in after.items() if n - before.get(name, 0)}
    stats = openai.stats()
    worker = next((p for p in stack.processes if p.name == "function-worker"), None) if stack else None
    counts = PipelineCounts(
        google=google.counters(),
        openai_calls=stats.get("calls", 0),
        openai_prompt_tokens=stats.get("prompt_tokens", 0),
        openai_completion_tokens=stats.get("completion_tokens", 0),
        firestore=firestore,
        worker_peak_mb=peak_rss_mb(worker.pid) if worker else None,
    )
    total = len(mailbox) * len(users)
    unclean = [u.run for u in users if u.run and (u.run["status"] != "SUCCESS" or u.run.get("failed"))]
    for user in users:
        if user.run in unclean:
            print(f"  unclean run of {user.email}: {user.run.get('status')} {user.run}")
    first = users[0].run or {}
    print(
        f"runs: {len(users) - len(unclean)} of {len(users)} SUCCESS without failures; first user's run: "
        + " ".join(f"{k}={first.get(k)}" for k in ("status", "listed", "processed", "skipped", "failed"))
    )
    print(f"load average after the fetch {load_after}")
    print(f"gmail calls: {calls_of(counts.google, 'gmail')}")
    print(
        f"sheets calls: {calls_of(counts.google, 'sheets')} "
        f"(window {args.window:g} s, {args.run_window:g} s during a run)"
    )
    print(f"openai: {stats}")
    if counts_dir:
        print(
            f"firestore: {firestore}; per message reads={firestore.get('reads', 0) / total:.2f} "
            f"writes={firestore.get('writes', 0) / total:.2f} "
            f"commits={firestore.get('calls.Commit', 0) / total:.2f}"
        )
    result = figures(runs, counts, args.window)
    if unclean:
        result["unclean_runs"] = len(unclean)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="messages in each user's mailbox")
    parser.add_argument("--users", type=int, default=1, help="users fetching at once, each with N messages")
    parser.add_argument("--seed", type=int, default=0, help="seeds the generated mailbox")
    parser.add_argument("--extractor", choices=["rules", "cascade", "llm"], default="cascade")
    parser.add_argument(
        "--window", type=float, default=10.0, help="the sheet sync's coalescing window (production: 10 s)"
    )
    parser.add_argument(
        "--run-window",
        type=float,
        default=30.0,
        help="the same for a fetch run's messages (production: 30 s)",
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds the fetches may take")
    parser.add_argument("--running", action="store_true", help="use the stack `make up` started")
    parser.add_argument(
        "--profile", type=Path, help="sample the worker's threads; write where its time goes to this folder"
    )
    parser.add_argument("--state-dir", type=Path, help="the stack's logs (default: a temporary folder)")
    args = parser.parse_args(argv)
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; load average {load_average()}")
    if args.running:
        endpoints = Endpoints(**json.loads((STATE_DIR / "endpoints.json").read_text()))
        env = dict(line.split("=", 1) for line in (STATE_DIR / "functions.env").read_text().splitlines())
        args.window = float(env.get("SHEET_SYNC_DELAY_SECONDS", args.window))
        args.run_window = float(env.get("RUN_SHEET_SYNC_DELAY_SECONDS", args.run_window))
        result = run_bench(args, endpoints, None, None)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as temp:
            state_dir = args.state_dir or Path(temp)
            counts_dir = Path(temp) / "firestore-counts"
            counts_dir.mkdir()
            overrides = {
                "SHEET_SYNC_DELAY_SECONDS": f"{args.window:g}",
                "RUN_SHEET_SYNC_DELAY_SECONDS": f"{args.run_window:g}",
                # As deployed (terraform/functions.tf), not the local stack's small pages and short sweep.
                "FETCH_PAGE_SIZE": "500",
                "FETCH_PAGES_PER_TASK": "40",
                "RUN_SWEEP_SECONDS": "900",
                "FIRESTORE_COUNTS_DIR": str(counts_dir),
                **({"BENCH_PROFILE_DIR": str(args.profile.resolve())} if args.profile else {}),
                "PYTHONPATH": os.pathsep.join([str(ROOT), str(COUNTING)]),
            }
            with LocalStack(state_dir=state_dir, extractor=args.extractor, env_overrides=overrides) as stack:
                result = run_bench(args, stack.endpoints, stack, counts_dir)
    print(json.dumps(result))
    return 0 if "unclean_runs" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
