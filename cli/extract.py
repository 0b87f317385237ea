"""The batch extract command: JSONL emails in, one JSONL extraction per line out, in input order.

Wired by the CLI as `python -m cli extract INPUT --output OUTPUT --extractor rules|llm|cascade`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from cli.files import jsonl_records, write_atomically
from tracker.email_reading import email_from_fields
from tracker.extraction import Extractor, RulesExtractor
from tracker.models import Extraction

OUTPUT_KEYS = ("id", "kind", "status", "company", "job_title", "confidence", "extractor")


def run_extract_command(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    extractor: Extractor | None = None,
) -> int:
    """Extract every JSONL line of `input_path` into `output_path`; 0 when all lines were read, 1 otherwise.

    Input lines are objects with any of id, from, date, subject, body. A line that is not a JSON
    object is reported on stderr with its line number and skipped; blank lines are skipped silently.
    The output appears complete or not at all (written to a temporary file, then renamed).
    `extractor` defaults to the rules extractor (infra/extractors.py builds the others).
    """
    chosen: Extractor = extractor or RulesExtractor()
    output = Path(output_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    bad_lines = 0

    def write(sink: TextIO) -> None:
        nonlocal bad_lines
        with open(input_path, encoding="utf-8", errors="replace") as source:
            for line_number, record in _records(source):
                result = None if record is None else _extract_line(chosen, record, line_number)
                if result is None:
                    bad_lines += 1
                    continue
                sink.write(json.dumps(result, ensure_ascii=False) + "\n")

    write_atomically(output, write)
    return 1 if bad_lines else 0


def extraction_record(record_id: object, extraction: Extraction) -> dict:
    """The output line for one extraction, keys in the documented order."""
    return {
        "id": record_id,
        "kind": extraction.kind.value,
        "status": extraction.status.value if extraction.status else None,
        "company": extraction.company,
        "job_title": extraction.job_title,
        "confidence": extraction.confidence,
        "extractor": extraction.extractor,
    }


def _records(source: TextIO) -> Iterator[tuple[int, dict | None]]:
    """(line number, object) per non-blank line; the object is None (and reported) when unreadable."""
    lines = tqdm(source, unit=" emails", disable=not _stderr_is_terminal(), file=sys.stderr)
    for line in jsonl_records(lines):
        if line.problem:
            _report(line.line_number, line.problem)
        yield line.line_number, line.record


def _extract_line(extractor: Extractor, record: dict, line_number: int) -> dict | None:
    try:
        email = email_from_fields(
            record.get("id"),
            record.get("from"),
            record.get("date"),
            record.get("subject"),
            record.get("body"),
        )
        return extraction_record(record.get("id"), extractor.extract(email))
    except Exception as error:  # noqa: BLE001 - one bad email must not cost the other lines' results
        _report(line_number, f"extraction failed ({error.__class__.__name__}: {error})")
        return None


def _report(line_number: int, problem: str) -> None:
    print(f"line {line_number}: {problem}; skipped", file=sys.stderr)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
