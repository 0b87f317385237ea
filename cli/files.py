"""Files the commands read and write: JSON Lines records, and output that appears whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO


@dataclass(frozen=True)
class JsonlRecord:
    """One non-blank line: its object, or why it is not one."""

    line_number: int
    record: dict | None
    problem: str | None = None


def jsonl_records(lines: Iterable[str]) -> Iterator[JsonlRecord]:
    """The non-blank lines of a JSON Lines text, each parsed to an object or described as a problem."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            # error.msg, not str(error): its "line 1 column 2" would be the wrong line number.
            yield JsonlRecord(line_number, None, f"not JSON ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            yield JsonlRecord(line_number, None, "not JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield JsonlRecord(line_number, None, f"not a JSON object (got {type(record).__name__})")
            continue
        yield JsonlRecord(line_number, record)


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write through a temporary file beside `path`, then rename: complete or absent, never half."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.resolve().parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as sink:
            write(sink)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
