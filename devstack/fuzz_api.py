"""`make fuzz-api`: schemathesis against the api's served OpenAPI document, on the local stack.

Starts the stack, signs a user in through the real flow, gives them data (a small mailbox fetched
into applications by the model extractor against the fake OpenAI, so that the model-call log has
entries too), then runs schemathesis with that user's session cookie and CSRF header, checking
that no request gets a 5xx and that every response fits the document. Deleting the account is left
out (it would end the session the rest of the run needs; tests/integration/test_api.py covers it).
Exit code: schemathesis's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from devstack.browser_session import FETCH_ENDED, BrowserSession, signed_in_with_mail_waiting
from devstack.demo_mailbox import generate_mailbox
from devstack.stack import LocalStack
from functions.session import CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE

USER = "fuzz.tester@example.com"


def seed_user(stack: LocalStack) -> BrowserSession:
    """A signed-in user with a sheet and applications fetched from a small mailbox."""
    browser = signed_in_with_mail_waiting(
        stack.endpoints, USER, "Fuzz Tester", generate_mailbox(seed=3, applications=8)
    )
    task = browser.api("POST", "/jobs/fetch_emails/", expect=202)
    if browser.wait_for_fetch(task["task_id"], timeout=120)["status"] not in FETCH_ENDED:
        raise SystemExit("the seeding fetch did not finish")
    if not browser.api("GET", "/users/model_calls/", expect=200)["count"]:
        raise SystemExit("the seeding fetch left no model call to page through")
    return browser


def run_schemathesis(stack: LocalStack, browser: BrowserSession, max_examples: int, report: Path) -> int:
    cookies = browser.http.cookies
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{stack.endpoints.api}openapi.json",
        "--checks",
        "not_a_server_error,response_schema_conformance",
        "--header",
        f"Cookie: {SESSION_COOKIE}={cookies[SESSION_COOKIE]}; {CSRF_COOKIE}={cookies[CSRF_COOKIE]}",
        "--header",
        f"{CSRF_HEADER}: {cookies[CSRF_COOKIE]}",
        "--header",
        f"Origin: {stack.endpoints.web}",
        "--exclude-operation-id",
        "deleteAccount",
        "--max-examples",
        str(max_examples),
        "--seed",
        "1",
        "--workers",
        "1",
        "--report",
        "junit",
        "--report-junit-path",
        str(report),
    ]
    return subprocess.run(command, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devstack.fuzz_api", description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=25, help="examples per operation")
    parser.add_argument("--report", default=".devstack/fuzz-api-junit.xml")
    args = parser.parse_args(argv)
    report = Path(args.report)
    report.parent.mkdir(parents=True, exist_ok=True)
    with LocalStack(extractor="llm") as stack:
        browser = seed_user(stack)
        return run_schemathesis(stack, browser, args.max_examples, report)


if __name__ == "__main__":
    sys.exit(main())
