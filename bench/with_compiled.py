"""Run a bench script with the compiled reading (ops/compiled_reading.py's build) instead of the source.

    python bench/with_compiled.py BUILD_DIR bench/extraction.py [ARGS...]
    python bench/with_compiled.py BUILD_DIR bench/reading_identity.py OUT.txt

Exits 2, saying why, where the build can't be used (tracker/compiled_reading.py): a figure read "compiled"
is never the source's.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.compiled_reading import use_compiled_reading  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    build_dir, script, *args = argv
    refused = use_compiled_reading(Path(build_dir).resolve())
    if refused is not None:
        print(f"the compiled build can't be used: {refused}", file=sys.stderr)
        return 2
    sys.argv = [script, *args]
    runpy.run_path(script, run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
