"""python -m devstack.demo_mailbox --mbox FILE | --jsonl FILE | --eml-dir DIR | --truth FILE [--seed N]
[--applications N]: generate the demo mailbox and write it in one or more formats, then print a summary."""

from __future__ import annotations

import argparse
import json
import sys

from devstack.demo_mailbox import describe, generate_mailbox
from devstack.demo_mailbox.export import write_eml_dir, write_jsonl, write_mbox, write_truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devstack.demo_mailbox", description=__doc__)
    parser.add_argument("--mbox", help="write a Google-Takeout-style mbox to this file")
    parser.add_argument("--jsonl", help="write {id, from, date, subject, body} lines to this file")
    parser.add_argument("--eml-dir", help="write one .eml file per message into this directory")
    parser.add_argument("--truth", help="write the ground truth as JSONL to this file")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--applications",
        type=int,
        default=90,
        help="number of planned applications (default 90); above 17 the relayed one comes on top",
    )
    args = parser.parse_args(argv)
    if not any((args.mbox, args.jsonl, args.eml_dir, args.truth)):
        parser.error("give at least one of --mbox, --jsonl, --eml-dir, --truth")
    mailbox = generate_mailbox(seed=args.seed, applications=args.applications)
    written = []
    for target, write in (
        (args.mbox, write_mbox),
        (args.jsonl, write_jsonl),
        (args.eml_dir, write_eml_dir),
        (args.truth, write_truth),
    ):
        if target:
            written.append(str(write(mailbox, target)))
    summary = describe(mailbox)
    print(json.dumps({"written": written, **summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
