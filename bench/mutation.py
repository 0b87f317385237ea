"""Mutation testing of the bookkeeping core: which small changes to the domain would tests/unit notice?

    python bench/mutation.py [--jobs 2] [MUTANT_GLOB ...]      (make mutate)

Runs mutmut (configured in pyproject.toml, [tool.mutmut]) from a clean mutants/ folder over the
mutant names in `scope` (or the globs given, for a faster subset), then prints each surviving mutant
and, last, `mutation: killed=K survived=S timeout=T score=0.NN`. Mutants listed in `equivalent`
change nothing observable: they are left out of the score and listed instead. A timeout counts as
caught (the change was noticed: the tests stopped finishing); a mutant no test runs counts as
survived. Target (issue 22): score >= 0.85 in under 20 minutes on two cores.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLED = {1, 3, 37}  # mutmut's exit codes: tests failed, pytest internal error, type check
TIMEOUT = {24, -24, 36, 152, 255}


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]


def _results() -> dict[str, int | None]:
    results: dict[str, int | None] = {}
    for meta in (ROOT / "mutants").rglob("*.meta"):
        results.update(json.loads(meta.read_text("utf-8"))["exit_code_by_key"])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("globs", nargs="*", help="mutant name globs (default: the configured scope)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel mutant workers")
    args = parser.parse_args()
    config = _config()
    globs = args.globs or config["scope"]
    equivalent = set(config.get("equivalent", []))

    started = time.monotonic()
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)  # stale results must not count
    (ROOT / "mutants").mkdir()
    log = ROOT / "mutants" / "run.log"
    with log.open("w") as output:
        run = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.jobs), *globs],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    if run.returncode != 0:
        print(log.read_text("utf-8", errors="replace")[-3000:], file=sys.stderr)
        print(f"mutation: mutmut run failed (exit {run.returncode}, log in {log})", file=sys.stderr)
        return run.returncode

    in_scope = {
        name: code for name, code in _results().items() if any(fnmatch.fnmatch(name, g) for g in globs)
    }
    killed = [n for n, code in in_scope.items() if code in KILLED and n not in equivalent]
    timeout = [n for n, code in in_scope.items() if code in TIMEOUT and n not in equivalent]
    survived = sorted(n for n in in_scope if n not in equivalent and n not in killed and n not in timeout)
    listed = sorted(n for n in equivalent if n in in_scope)
    for name in survived:
        print(f"survived: {name}   (python -m mutmut show {name})")
    for name in listed:
        caught = " (now caught: drop it from the list)" if in_scope[name] in KILLED | TIMEOUT else ""
        print(f"equivalent: {name}{caught}")
    judged = len(killed) + len(survived) + len(timeout)
    caught = len(killed) + len(timeout)
    score = math.floor(100 * caught / judged) / 100 if judged else 0.0  # never rounded up to the target
    print(f"mutants: {len(in_scope)} in scope, {len(listed)} equivalent, {time.monotonic() - started:.0f} s")
    print(f"mutation: killed={len(killed)} survived={len(survived)} timeout={len(timeout)} score={score:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
