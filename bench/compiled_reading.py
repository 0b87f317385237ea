"""The rules' reading compiled as make deploy ships it, timed back to back with the source.

    python bench/compiled_reading.py BUILD_DIR [--rounds 2] [--built]

Builds the reading into BUILD_DIR with ops/compiled_reading.py (mypyc; a C compiler, a few minutes of one
core; --built reuses the build there, e.g. make compiled-reading's build/compiled-reading), which checks
that bench/reading_identity.py's corpus reads byte-identically compiled and from source; then prints,
round after round, bench/extraction.py's "extract only" figure for both (CPU time, best of five honest
passes, names forgotten), each in a fresh process. docs/decisions/2026-12-compiled-reading.md says why
the reading ships compiled; `python bench/extraction.py --compiled BUILD_DIR` prints the whole bench so.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ops.compiled_reading import BuildRefusedError, build, check_readings  # noqa: E402

_SPEED = """\
import sys
from pathlib import Path
sys.argv = ["speed"]
if {build_dir!r}:
    from tracker.compiled_reading import use_compiled_reading
    refused = use_compiled_reading(Path({build_dir!r}))
    assert refused is None, refused
import bench.extraction as be
from bench.datasets import dataset_rows
from tracker.extraction.rules import RulesExtractor
extractor = RulesExtractor()
emails = [be._email(row) for row in dataset_rows(None)]
[extractor.extract(email) for email in emails]
best = min(be._timed(lambda: [extractor.extract(e) for e in emails], be._forget_names_read) for _ in range(5))
print(f"{{len(emails) / best:,.0f}}")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("build_dir", type=Path, help="where the build is written (or found, with --built)")
    parser.add_argument("--rounds", type=int, default=2, help="back-to-back timings of each")
    parser.add_argument("--built", action="store_true", help="time the build already there")
    args = parser.parse_args(argv)
    build_dir = args.build_dir.resolve()
    try:
        if not args.built:
            build(build_dir)
            check_readings(build_dir)
    except BuildRefusedError as refused:
        print(f"no compiled build: {refused}")
        return 1
    for _ in range(args.rounds):
        print(f"emails/s extract only: source {_speed(None)}, compiled {_speed(build_dir)}")
    return 0


def _speed(build_dir: Path | None) -> str:
    script = _SPEED.format(build_dir=str(build_dir) if build_dir else "")
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


if __name__ == "__main__":
    raise SystemExit(main())
