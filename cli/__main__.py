"""Command line: `python -m cli track INPUT ...` and `python -m cli extract INPUT ...`.

Both run offline with the rules extractor by default (no network, no API key); `--extractor llm` or
`cascade` (rules first, the model only where they are unsure) use OPENAI_API_KEY / OPENAI_BASE_URL /
OPENAI_MODEL, so any OpenAI-compatible server works.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from infra.extractors import EXTRACTOR_NAMES, ExtractorNotAvailableError, build_extractor
from infra.settings import Settings
from tracker.extraction import Extractor

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2

T = TypeVar("T")


def _extractor(name: str) -> Extractor:
    """The extractor called `name`; "llm" and "cascade" use OpenAI as the environment configures it
    (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, CASCADE_THRESHOLD). Exits 2 without a key."""
    try:
        return build_extractor(replace(Settings.from_env(), extractor=name))
    except ExtractorNotAvailableError:
        print(
            f"tracker: --extractor {name} needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other "
            "than OpenAI's); offline, use --extractor rules",
            file=sys.stderr,
        )
        raise SystemExit(EXIT_USAGE) from None


def _progress(total_hint: str) -> Callable[[Iterable[T]], Iterable[T]]:
    """A tqdm progress bar on a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        return lambda items: items
    from tqdm import tqdm

    return lambda items: tqdm(items, desc=total_hint, unit=" msg", file=sys.stderr)


def _track(args: argparse.Namespace) -> int:
    from cli.mail_sources import read_messages
    from cli.track import track_messages, write_output
    from tracker.email_reading import parse_date

    source = Path(args.input)
    if not source.exists():
        print(f"tracker: no such input: {source}", file=sys.stderr)
        return EXIT_USAGE
    since = None
    if args.since:
        since = parse_date(args.since)
        if since is None:
            print(f"tracker: --since is not a date: {args.since!r}", file=sys.stderr)
            return EXIT_USAGE
    output = Path(args.output) if args.output else None
    if output is not None and not output.resolve().parent.is_dir():
        print(f"tracker: output folder does not exist: {output.parent}", file=sys.stderr)
        return EXIT_USAGE
    store, summary = track_messages(
        read_messages(source), _extractor(args.extractor), since=since, progress=_progress("reading")
    )
    write_output(store, output)
    for problem in summary.unreadable + summary.skipped:
        print(f"skipped {problem}", file=sys.stderr)
    for line in summary.lines():
        print(line, file=sys.stderr)
    if output is not None:
        print(f"wrote {summary.applications} applications to {output}", file=sys.stderr)
    return EXIT_SKIPPED if summary.unreadable or summary.skipped else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from cli.extract import run_extract_command

    if not Path(args.input).exists():
        print(f"tracker: no such input: {args.input}", file=sys.stderr)
        return EXIT_USAGE
    return run_extract_command(args.input, args.output, _extractor(args.extractor))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cli", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    track = commands.add_parser("track", help="track a whole exported mailbox (mbox, .eml folder, JSONL)")
    track.add_argument(
        "input", help="an mbox file (Google Takeout), a folder of .eml files, or a .jsonl file"
    )
    track.add_argument("--output", help="JSON Lines per application, or the sheet's columns for a .csv name")
    track.add_argument("--extractor", choices=EXTRACTOR_NAMES, default="rules")
    track.add_argument("--since", help="ignore mail before this date (YYYY-MM-DD or ISO 8601)")
    track.set_defaults(run=_track)

    extract = commands.add_parser(
        "extract", help="extract kind/status/company/title per email of a JSONL file"
    )
    extract.add_argument("input", help="JSON Lines with id, from, date, subject, body")
    extract.add_argument("--output", required=True, help="JSON Lines, one result per input line, in order")
    extract.add_argument("--extractor", choices=EXTRACTOR_NAMES, default="rules")
    extract.set_defaults(run=_extract)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
