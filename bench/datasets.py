"""The labelled datasets beside the project (../shared/datasets), read at run time and never copied."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def dataset_rows(paths: list[Path] | None) -> list[dict] | None:
    """Every row of the JSON Lines files `paths` (default: every *.jsonl in DATASETS); None, once it
    has said so on stderr, when one is missing or there are none."""
    paths = paths or sorted(DATASETS.glob("*.jsonl"))
    missing = [str(path) for path in paths if not path.exists()]
    if missing or not paths:
        print(f"dataset not found: {', '.join(missing) or DATASETS} (nothing to measure)", file=sys.stderr)
        return None
    return [
        json.loads(line) for path in paths for line in path.read_text("utf-8").splitlines() if line.strip()
    ]
