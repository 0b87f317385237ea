"""The batch extract command: JSONL emails in, one JSONL extraction per line out, in input order.

Wired by the CLI as `python -m tracker extract INPUT --output OUTPUT --extractor rules|llm|cascade`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from tracker.email_reading import email_from_fields
from tracker.extraction import Extractor
from tracker.extraction.cascade import (
    DEFAULT_CASCADE_THRESHOLD,
    CascadeExtractor,
    CascadePolicy,
    LLMExtractor,
)
from tracker.extraction.llm_answer import ChatModel
from tracker.extraction.rules import RulesExtractor
from tracker.files import jsonl_records, write_atomically
from tracker.models import Extraction

OUTPUT_KEYS = ("id", "kind", "status", "company", "job_title", "confidence", "extractor")
EXTRACTOR_NAMES = ("rules", "llm", "cascade")

ChatModelFactory = Callable[[], ChatModel]


class ExtractorNotAvailableError(ValueError):
    """The named extractor does not exist, or needs a chat model that was not provided."""


def build_extractor(
    name: str,
    chat_model: ChatModelFactory | None = None,
    *,
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Extractor:
    """The extractor called `name` (one of `EXTRACTOR_NAMES`).

    "llm" and "cascade" call `chat_model()` once for their model; the driver supplies it (the CLI
    and the functions build an OpenAI-backed one in infra/llm.py). Without it they raise
    `ExtractorNotAvailableError`, as an unknown name does.
    """
    if name == "rules":
        return RulesExtractor()
    if name not in EXTRACTOR_NAMES:
        raise ExtractorNotAvailableError(
            f"extractor {name!r} does not exist (available: {', '.join(EXTRACTOR_NAMES)})"
        )
    if chat_model is None:
        raise ExtractorNotAvailableError(
            f"the {name!r} extractor needs a chat model (OPENAI_API_KEY, OPENAI_BASE_URL); none is configured"
        )
    if name == "llm":
        return LLMExtractor(chat_model())
    return CascadeExtractor(chat_model(), CascadePolicy(cascade_threshold))


def run_extract_command(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    extractor_name: str = "rules",
    *,
    extractor: Extractor | None = None,
) -> int:
    """Extract every JSONL line of `input_path` into `output_path`; 0 when all lines were read, 1 otherwise.

    Input lines are objects with any of id, from, date, subject, body. A line that is not a JSON
    object is reported on stderr with its line number and skipped; blank lines are skipped silently.
    The output appears complete or not at all (written to a temporary file, then renamed).
    `extractor`, when given, is used as is; otherwise `build_extractor(extractor_name)` is, which
    raises `ExtractorNotAvailableError` for an unknown name or a model-backed one.
    """
    extractor = extractor or build_extractor(extractor_name)
    output = Path(output_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    bad_lines = 0

    def write(sink: TextIO) -> None:
        nonlocal bad_lines
        with open(input_path, encoding="utf-8", errors="replace") as source:
            for line_number, record in _records(source):
                result = None if record is None else _extract_line(extractor, record, line_number)
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
