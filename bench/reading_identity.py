"""Dump the rules extractor's reading of a broad corpus, one line an email, to check that a speed change
keeps every reading identical (and to read, line by line, what a reading change changed).

    python bench/reading_identity.py OUT.txt          (from a checkout: that checkout's code)
    diff BEFORE.txt OUT.txt

The corpus: every ../shared/datasets/*.jsonl row (read at run time), each also forwarded, with a reply
on top, hard-wrapped and sent by an invented platform (bench/platform_variants.py); every mail of the
written inboxes (tests/written_inboxes.py); the demo mailbox at seeds 7 and 21. About 4,800 emails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import platform_variants  # noqa: E402
from bench.datasets import dataset_rows  # noqa: E402
from devstack.demo_mailbox import generate_mailbox  # noqa: E402
from devstack.demo_mailbox.export import write_jsonl  # noqa: E402
from tests.written_inboxes import WRITTEN_INBOXES  # noqa: E402
from tracker.email_reading import email_from_fields  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.models import EmailMessage  # noqa: E402

_DEMO_SEEDS = (7, 21)
_REPLY = "Thanks, see below."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", help="the file to write: one line an email, its key and its reading")
    args = parser.parse_args(argv)
    extractor = RulesExtractor()
    count = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for key, email in corpus():
            out.write(f"{key}\t{extractor.extract(email)!r}\n")
            count += 1
    print(f"{count} emails read into {args.output}")
    return 0


def corpus() -> Iterator[tuple[str, EmailMessage]]:
    """Each email of the corpus with a key naming it (its id, and the variant or inbox it comes from)."""
    for row in dataset_rows(None) or []:
        email = _email(row)
        yield row["id"], email
        yield f"{row['id']}/fwd", platform_variants.forwarded(email)
        yield f"{row['id']}/reply", platform_variants.reply_on_top(email, _REPLY)
        yield f"{row['id']}/wrap", platform_variants.wrapped(email)
        for invented in platform_variants.invented_for(email)[:1]:
            if (variant := platform_variants.unknown_platform(email, invented)) is not None:
                yield f"{row['id']}/unk", variant
    for inbox in WRITTEN_INBOXES:
        for mail in inbox.mails:
            yield (
                f"{inbox.name}/{mail.id}",
                email_from_fields(mail.id, mail.sender, mail.date, mail.subject, mail.body),
            )
    for seed in _DEMO_SEEDS:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "demo.jsonl"
            write_jsonl(generate_mailbox(seed=seed, applications=90), str(path))
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                yield f"demo{seed}/{row['id']}", _email(row)


def _email(row: dict) -> EmailMessage:
    return email_from_fields(
        row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
    )


if __name__ == "__main__":
    raise SystemExit(main())
