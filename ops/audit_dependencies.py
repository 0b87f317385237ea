"""`make audit`'s dependency half: pip-audit over requirements.txt, and an honest answer when it can't.

pip-audit asks a vulnerability database about each pinned dependency (and what they pull in): PyPI's
JSON API (each release's `vulnerabilities`, from OSV) by default, or OSV's API. Exit codes:

  0  every dependency audited and none has a known vulnerability (bar the explained ignores below);
     or no database was reachable at all (404s, or no connection) and AUDIT_REQUIRE_VULNERABILITY_DB
     is not set: said loudly.
  1  a known vulnerability; or some dependencies audited and others not (a partial answer is no answer);
     or no database reachable while AUDIT_REQUIRE_VULNERABILITY_DB=1 (Cloud Build sets it).

Measured on the development machines and their CI (2026-12): the package mirror serves PyPI's simple
index but answers 404 to its JSON API for every package, and api.osv.dev does not resolve, so every
dependency comes back "not found on PyPI and could not be audited". docs/SECURITY.md, "Supply chain".

    python ops/audit_dependencies.py requirements.txt
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Vulnerability ids we accept, each with why (pip-audit --ignore-vuln). None today.
IGNORED: dict[str, str] = {}
UNREACHABLE = "Dependency not found on PyPI and could not be audited"
# pip-audit stops with a traceback, writing no report, when it cannot connect at all (no network, or a
# TLS-intercepting proxy whose certificate the environment does not name, as in a clean `env -i` shell).
CONNECTION_FAILURES = ("SSLError", "ConnectionError", "MaxRetryError", "NameResolutionError")


def main(argv: list[str]) -> int:
    requirements = argv[1] if len(argv) > 1 else "requirements.txt"
    with tempfile.TemporaryDirectory() as scratch:
        report_path = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "pip_audit", "-r", requirements, "--progress-spinner", "off"]
        command += ["--format", "json", "--output", str(report_path)]
        for vulnerability in IGNORED:
            command += ["--ignore-vuln", vulnerability]
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        if not report_path.exists():
            if any(failure in finished.stderr for failure in CONNECTION_FAILURES):
                return _no_database("it could not connect to one: " + _last_line(finished.stderr))
            print(finished.stderr[-3000:], file=sys.stderr)
            print("pip-audit: no report (it failed before auditing anything)", file=sys.stderr)
            return 1
        report = json.loads(report_path.read_text(encoding="utf-8"))
    dependencies = report["dependencies"]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if "skip_reason" in d]
    audited = len(dependencies) - len(skipped)
    for dependency in vulnerable:
        for vulnerability in dependency["vulns"]:
            fixed = ", ".join(vulnerability.get("fix_versions", [])) or "no fix yet"
            print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vulnerability['id']} ({fixed})")
    if vulnerable:
        return 1
    if skipped and audited:
        for dependency in skipped:
            print(f"NOT AUDITED {dependency['name']}: {dependency['skip_reason']}")
        return 1
    if skipped:
        unreachable = all(d["skip_reason"].startswith(UNREACHABLE) for d in skipped)
        return _no_database(
            f"none of the {len(skipped)} dependencies could be looked up"
            + (" (PyPI's JSON API answered 404 for each)" if unreachable else "")
        )
    print(f"pip-audit: {audited} dependencies audited, no known vulnerabilities")
    return 0


def _no_database(why: str) -> int:
    """No vulnerability database answered: said loudly, and a failure only where one must answer."""
    print(
        f"pip-audit: NO VULNERABILITY DATABASE REACHABLE from this machine: {why}. "
        "Dependencies NOT audited here; Cloud Build audits them (AUDIT_REQUIRE_VULNERABILITY_DB=1)."
    )
    return 1 if os.environ.get("AUDIT_REQUIRE_VULNERABILITY_DB") == "1" else 0


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no message"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
