"""The phrase scan's CPU time on its own, over every text it reads while the rules read the dataset mails.

    python bench/phrase_scan.py [--passes 9]

The texts are those the rules hand to phrases.scan while reading every ../shared/datasets/*.jsonl row
once (bodies, notes, quoted parts). Prints the texts read, the word starts where a key begins and how
many of them any category matches at, then process CPU per pass (min and median of --passes): the whole
scan, finding the starts alone, and the scan with the starts handed over (all of them, then only those
where a category matches: the share of the scan the starts that match nothing cost). Process CPU is
steadier than the extract-only rate on a shared machine; compare runs of the same checkout alternately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import dataset_rows  # noqa: E402
from bench.extraction import _email  # noqa: E402
from tracker.extraction import phrases  # noqa: E402
from tracker.extraction.phrases.index import PhraseIndex  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passes", type=int, default=9, help="timed passes per figure (default 9)")
    args = parser.parse_args(argv)
    texts = scanned_texts()
    if texts is None:
        return 1
    index = phrases.phrase_index()
    starts = {text: index._starts(text) for text in texts}
    matching = {text: [start for start in starts[text] if _matches(index, text, *start)] for text in texts}
    print(f"{len(texts)} texts, {sum(map(len, texts))} characters")
    found, matched = sum(map(len, starts.values())), sum(map(len, matching.values()))
    print(f"{found} key starts, {matched} where a category matches")
    _report("scan", args.passes, lambda: [index.scan(text) for text in texts])
    _report("finding the starts", args.passes, lambda: [index._starts(text) for text in texts])
    _report("scan, starts given", args.passes, lambda: _scan_from(index, texts, starts))
    _report("scan, matching starts given", args.passes, lambda: _scan_from(index, texts, matching))
    return 0


def scanned_texts() -> list[str] | None:
    """Every text phrases.scan reads while the rules read each dataset row once; None without datasets."""
    rows = dataset_rows(None)
    if rows is None:
        return None
    texts: list[str] = []
    scan = PhraseIndex.scan

    def recorded(index: PhraseIndex, text: str):
        texts.append(text)
        return scan(index, text)

    PhraseIndex.scan = recorded  # type: ignore[method-assign]
    try:
        extractor = RulesExtractor()
        for row in rows:
            extractor.extract(_email(row))
    finally:
        PhraseIndex.scan = scan  # type: ignore[method-assign]
    return texts


def _matches(index: PhraseIndex, text: str, position: int, key: str) -> bool:
    entry = index._by_key.get(key) or index._compile_key(key)
    return any(pattern.match(text, position) for pattern in entry.patterns)


def _scan_from(index: PhraseIndex, texts: list[str], starts: dict[str, list[tuple[int, str]]]) -> None:
    """The scan of each text with its starts looked up instead of found."""
    index._starts = starts.__getitem__  # type: ignore[method-assign]
    try:
        for text in texts:
            index.scan(text)
    finally:
        del index._starts


def _report(label: str, passes: int, run: Callable[[], object]) -> None:
    run()  # compiles what the first pass would
    times = []
    for _ in range(passes):
        start = time.process_time()
        run()
        times.append((time.process_time() - start) * 1000)
    print(f"{label}: min {min(times):.1f} ms, median {statistics.median(times):.1f} ms CPU a pass")


if __name__ == "__main__":
    raise SystemExit(main())
