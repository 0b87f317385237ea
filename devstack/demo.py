"""`make demo`: the main job, end to end, on the local stack.

Starts the emulators, the fake Google (with a demo mailbox we wrote) and the six functions; signs the
demo user in through the real OAuth redirect flow; creates and connects a sheet; picks the start date;
starts a fetch and shows its progress while Cloud Tasks runs the worker; prints the resulting sheet,
the review list's count, confirms one record and merges the two records of the one application the
tracker split (by the mailbox's truth; the sheet follows), and a summary; types
a status into the sheet and shows it come back through the API; stops everything. The last line is
`demo ok: applications=N emails=M`, N counted from the sheet and M from the mailbox. Exits 0 only if
all of that happened.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from datetime import timedelta
from urllib.parse import urlencode

from devstack.browser_session import FETCH_ENDED, BrowserSession
from devstack.demo_mailbox import generate_mailbox
from devstack.fake_google.client import FakeGoogleControl
from devstack.stack import LocalStack

DEMO_USER = "alex.rivera@example.com"
DEMO_NAME = "Alex Rivera"


class DemoFailed(RuntimeError):
    pass


def _progress(run: dict) -> str:
    return (
        f"  fetch {run['status']:<8} listed={run['listed']:<4} processed={run['processed']:<4} "
        f"applications={run['applications']:<4} skipped={run['skipped']:<4} failed={run['failed']}"
    )


def wait_for_fetch(browser: BrowserSession, task_id: str, timeout: float) -> dict:
    """Follow the fetch, printing a line whenever its counters move."""
    shown = []

    def show(run: dict) -> None:
        line = _progress(run)
        if not shown or shown[-1] != line:
            print(line, flush=True)
            shown.append(line)

    run = browser.wait_for_fetch(task_id, timeout, on_poll=show)
    show(run)
    if run["status"] not in FETCH_ENDED:
        raise DemoFailed(f"the fetch did not finish within {timeout:.0f}s")
    return run


def wait_for_sheet(
    google: FakeGoogleControl, sheet_id: str, applications: int, timeout: float, exact: bool = False
) -> list[list[str]]:
    """The sheet's rows once every application has its row (the sync is coalesced, so it lags);
    `exact`: once it has exactly that many (a merged-away row has gone blank)."""
    deadline = time.monotonic() + timeout
    rows: list[list[str]] = []
    while time.monotonic() < deadline:
        rows = [row for row in google.sheet_values(sheet_id) if any(row)]
        if len(rows) - 1 == applications or (not exact and len(rows) - 1 > applications):
            return rows
        time.sleep(0.5)
    raise DemoFailed(f"the sheet has {len(rows) - 1} rows after {timeout:.0f}s; expected {applications}")


def print_table(rows: list[list[str]]) -> None:
    header, body = rows[0], rows[1:]
    shown = [[cell[:38] for cell in row[:5]] for row in [header, *body]]
    widths = [max(len(row[i]) if i < len(row) else 0 for row in shown) for i in range(len(shown[0]))]
    for index, row in enumerate(shown):
        print("  " + "  ".join((row[i] if i < len(row) else "").ljust(widths[i]) for i in range(len(widths))))
        if index == 0:
            print("  " + "  ".join("-" * width for width in widths))


def split_application(browser: BrowserSession, jobs: list[dict], truth_of: dict[str, str]) -> list[dict]:
    """The records holding one true application's emails, when the tracker split one in two or more
    (the mailbox's truth says which application each email is about; `truth_of` maps Gmail ids to it)."""
    records_of: dict[str, list[dict]] = {}
    for job in jobs:
        events = browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"]
        keys = {truth_of.get(e["message_id"]) for e in events if e["kind"] == "email"} - {None}
        for key in keys:
            records_of.setdefault(key, []).append(job)
    split = [records for records in records_of.values() if len(records) > 1]
    return min(split, key=len) if split else []


def review_and_merge(
    browser: BrowserSession,
    google: FakeGoogleControl,
    sheet_id: str,
    truth_of: dict[str, str],
    timeout: float,
) -> list[list[str]]:
    """The review list's count, one record confirmed, the records of an application the tracker split
    merged as the user would; the sheet after the merge."""
    count = browser.api("GET", "/users/", expect=200)["needs_review"]
    flagged = browser.api("GET", "/jobs/?needs_review=true&page_size=100", expect=200)["results"]
    print(f"\nto review: {count} records")
    for job in flagged[:5]:
        print(f"  {job['company']} / {job['job_title'] or '(no title)'}: {job['needs_review']}")
    jobs = browser.all_jobs()
    records = split_application(browser, jobs, truth_of)
    if not records:
        raise DemoFailed(
            "no application was split in two: nothing to merge (see devstack/demo_mailbox/relayed.py)"
        )
    records.sort(key=lambda job: job["applied_at"] or "")
    names = " + ".join(
        f"{job['company']} / {job['job_title'] or '(no title)'} ({job['status']})" for job in records
    )
    print(f"split by the tracker, one application in the mailbox's truth: {names}")
    merged = browser.api("POST", "/jobs/merge/", {"job_ids": [job["id"] for job in records]}, expect=200)
    job = merged["job"]
    print(
        f"merged them into {job['company']} / {job['job_title']}: status {job['status']}, "
        f"{len(records) - 1} sheet row(s) cleared, undo token {merged['undo_token'][:8]}…"
    )
    left = [j for j in flagged if j["id"] not in {r["id"] for r in records}]
    if left:
        confirmed = browser.api("POST", f"/jobs/{left[0]['id']}/confirm/", expect=200)
        print(f"confirmed {confirmed['company']} / {confirmed['job_title'] or '(no title)'}")
    after = browser.api("GET", "/users/", expect=200)["needs_review"]
    print(f"to review now: {after} records")
    return wait_for_sheet(google, sheet_id, len(jobs) - len(records) + 1, timeout, exact=True)


def sheet_edit_flows_back(
    browser: BrowserSession, google: FakeGoogleControl, client_id: str, sheet_id: str, timeout: float
) -> str:
    """Type a new status into one application's Status cell through the Sheets API, ask for a sync,
    and wait until the API shows it; returns the timeline entry the edit made."""
    job = next(j for j in browser.all_jobs() if j["row_number"] and j["status"] != "offer")
    cell = f"C{job['row_number']}"
    google.type_in_sheet(DEMO_USER, client_id, sheet_id, f"'Applications'!{cell}", [["Offer"]])
    print(f"  typed 'Offer' in {cell} ({job['company']}, {job['job_title']}: {job['status']})")
    browser.api("POST", "/users/sync_sheet/", expect=202)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = browser.api("GET", f"/jobs/{job['id']}/", expect=200)
        if now["status"] == "offer":
            events = browser.api("GET", f"/jobs/{job['id']}/events/", expect=200)["results"]
            print(f"  after the next sync GET /jobs/{job['id']}/ says status={now['status']}")
            return events[-1]["subject"]
        time.sleep(0.3)
    raise DemoFailed(f"the sheet edit of {cell} did not come back within {timeout:.0f}s")


def add_demo_user(google: FakeGoogleControl, mailbox: list) -> dict[str, str]:
    """The demo user and their mailbox at the fake Google, ready to sign in; returns which true
    application each application email's Gmail id is about."""
    google.create_user(DEMO_USER, DEMO_NAME)
    gmail_ids = google.add_messages(
        DEMO_USER,
        [email.raw for email in mailbox],
        internal_dates=[email.received_at for email in mailbox],
    )
    return {
        gmail_id: email.truth.application_key
        for gmail_id, email in zip(gmail_ids, mailbox, strict=True)
        if email.truth.application_key
    }


def print_insight(browser: BrowserSession, mailbox: list) -> None:
    """The funnel, the ghosted count and the next three events, from the API like the web page."""
    stats = browser.api("GET", "/stats/", expect=200)
    stages = [
        f"{stage['stage']} {stage['reached']}"
        + (f" ({round(stage['conversion'] * 100)}%)" if stage["conversion"] is not None else "")
        for stage in stats["funnel"]
    ]
    print("  funnel: " + " -> ".join(stages))
    reply = stats["days_to_first_reply"]
    print(
        f"  response rate {round((stats['response_rate'] or 0) * 100)}%, days to a first reply: "
        f"median {reply['median']}, 90% within {reply['p90']}"
    )
    ghosted = stats["ghosted"]
    print(f"  ghosted (no reply for {ghosted['after_days']}+ days): {ghosted['count']}")
    # The mailbox's story ended months ago: its next events are those after its last invitation arrived.
    last_invitation = max(email.received_at for email in mailbox if email.scheduled)
    after = urlencode({"after": last_invitation.isoformat()})
    upcoming = browser.api("GET", f"/agenda/?{after}", expect=200)["results"][:3]
    print(f"  next events after {last_invitation.date()} (the last invitation):")
    for item in upcoming:
        print(f"    {item['starts_at']}  {item['title']}")
    feed = browser.api("POST", "/users/calendar_feed/", expect=201)
    calendar = browser.http.get(browser.endpoints.api + feed["path"], timeout=30)
    print(f"  calendar feed: {calendar.text.count('BEGIN:VEVENT')} events (a private address; not shown)")


def run_demo(applications: int, timeout: float) -> int:
    started = time.monotonic()
    mailbox = generate_mailbox(applications=applications)
    print(f"demo mailbox: {len(mailbox)} emails written by devstack/demo_mailbox for {DEMO_USER}")
    with LocalStack() as stack:
        endpoints = stack.endpoints
        print(
            f"local stack up in {time.monotonic() - started:.1f}s: {len(stack.processes)} processes "
            f"(Firestore emulator, Cloud Tasks emulator, fake Google, fake OpenAI, web, 6 functions)"
        )
        print(f"web app: {endpoints.web}/ (while the demo runs; `make up` keeps one running)")
        google = FakeGoogleControl(endpoints.fake_google)
        truth_of = add_demo_user(google, mailbox)

        browser = BrowserSession(endpoints)
        browser.sign_in(DEMO_USER)
        print("signed in through " + " -> ".join(browser.hops))
        user = browser.api("GET", "/users/", expect=200)
        print(f"user: {user['email']} first_time_user={user['first_time_user']}")
        sheet = browser.api("POST", "/users/create_sheet/", expect=201)
        print(f"sheet created and connected: {sheet['google_sheet_url']}")
        start_date = min(email.received_at for email in mailbox) - timedelta(days=1)
        browser.api("POST", "/fetch_logs/add_log/", {"last_fetch_date": start_date.isoformat()}, expect=201)
        print(f"reading mail from {start_date.date()}")

        task = browser.api("POST", "/jobs/fetch_emails/", expect=202)
        run = wait_for_fetch(browser, task["task_id"], timeout)
        if run["status"] != "SUCCESS":
            raise DemoFailed(f"the fetch ended {run['status']}: {run.get('error')}")
        jobs = browser.api("GET", "/jobs/?page_size=1", expect=200)
        rows = wait_for_sheet(google, sheet["google_sheet_id"], jobs["count"], timeout=60)

        print(f"\nthe sheet ({len(rows) - 1} applications):")
        print_table(rows)
        rows = review_and_merge(browser, google, sheet["google_sheet_id"], truth_of, timeout=60)
        by_status = Counter(row[2] for row in rows[1:] if len(row) > 2)
        emails = len(mailbox)
        print("\nsummary:")
        print("  applications by status: " + ", ".join(f"{s}={n}" for s, n in sorted(by_status.items())))
        print(
            f"  emails: {emails} in the mailbox, {run['listed']} fetched, {run['applications']} about "
            f"applications, {run['skipped']} skipped (alerts, outreach, other), {run['failed']} failed"
        )
        calls = google.counters()
        for service in ("gmail", "sheets"):
            counted = ", ".join(
                f"{name.split('.', 1)[1]}={n}"
                for name, n in sorted(calls.items())
                if name.startswith(service + ".")
            )
            print(f"  {service} API calls: {counted}")
        print_insight(browser, mailbox)
        print("\ntwo-way sheet: the user edits a cell of their sheet")
        entry = sheet_edit_flows_back(browser, google, endpoints.client_id, sheet["google_sheet_id"], 60)
        print(f"  timeline: {entry}")
        print(f"  took {time.monotonic() - started:.1f}s")
        if run["failed"] or run["listed"] != emails:
            raise DemoFailed("not every email was fetched and processed")
        print(f"demo ok: applications={len(rows) - 1} emails={emails}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devstack.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=90, help="applications in the demo mailbox")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for the fetch")
    args = parser.parse_args(argv)
    try:
        return run_demo(args.applications, args.timeout)
    except DemoFailed as error:
        print(f"demo failed: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
