"""How well `track` groups a whole mailbox into applications (issue 11's and issue 14's measures).

    python bench/track_accuracy.py                 (the grouped real inboxes, then generated ones)
    python bench/track_accuracy.py --real-only
    python bench/track_accuracy.py --seeds 7 21 33 [--applications 90]
    python bench/track_accuracy.py --written      (only the written inboxes of tests/written_inboxes.py)

Real inboxes: for each ../shared/datasets/groups/<source>_apps.jsonl, every email of that source in
the dataset files is written to a temporary JSON Lines file and read back through `track`'s own
reader, exactly as `make track INPUT=inbox.jsonl` reads it. Generated inboxes: devstack's demo
mailbox (ours, so never evidence of accuracy: a second opinion on the plumbing). Written inboxes: one
per bookkeeping class of issue 14 (tests/written_inboxes.py; they show where `track` is blind, they
measure nothing about real mail). For each it prints:
- pair precision / recall / F1: two application emails in one record, versus in one true application;
- exact: the share of true applications whose emails form exactly one record, nothing more or less;
- final status: the share of true applications whose record (the one holding their last email)
  ends in the true final status;
- junk: records holding no application email at all, and their share of all records.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import astuple, dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cli.mail_sources import SourceMessage, read_messages, thread_of  # noqa: E402
from cli.track import application_records, track_messages  # noqa: E402
from devstack.demo_mailbox import generate_mailbox  # noqa: E402
from tests.written_inboxes import WRITTEN_INBOXES, WrittenInbox  # noqa: E402
from tracker.email_reading import parse_raw_email  # noqa: E402
from tracker.extraction import Extractor  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


@dataclass(frozen=True)
class TrueApplication:
    """One application of the ground truth: its emails in date order and its final status."""

    emails: tuple[str, ...]
    final_status: str


@dataclass(frozen=True)
class GroupingScore:
    emails: int
    applications: int
    records: int
    pair_precision: float
    pair_recall: float
    pair_f1: float
    exact: float
    final_status: float
    junk_records: int

    def line(self, name: str) -> str:
        junk_share = self.junk_records / self.records if self.records else 0.0
        return (
            f"{name}: {self.emails} emails, {self.applications} applications, {self.records} records | "
            f"pair P {self.pair_precision:.3f} R {self.pair_recall:.3f} F1 {self.pair_f1:.3f} | "
            f"exact {self.exact:.3f} | final status {self.final_status:.3f} | "
            f"junk {self.junk_records} ({junk_share:.1%})"
        )


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(group), 2)}


@dataclass(frozen=True)
class GroupingCounts:
    """What a score is made of, so that several inboxes can be pooled (bench/track_noise.py)."""

    emails: int
    applications: int
    records: int
    pairs_right: int
    pairs_predicted: int
    pairs_expected: int
    exact: int
    status_right: int
    junk_records: int

    def __add__(self, other: GroupingCounts) -> GroupingCounts:
        return GroupingCounts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def score(self) -> GroupingScore:
        precision = self.pairs_right / self.pairs_predicted if self.pairs_predicted else 1.0
        recall = self.pairs_right / self.pairs_expected if self.pairs_expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        count = self.applications or 1
        return GroupingScore(
            self.emails,
            self.applications,
            self.records,
            precision,
            recall,
            f1,
            self.exact / count,
            self.status_right / count,
            self.junk_records,
        )


def grouping_counts(
    emails: int, records: list[tuple[set[str], str]], truth: list[TrueApplication]
) -> GroupingCounts:
    """Count (emails, status) records against the true applications."""
    application_emails = {email for application in truth for email in application.emails}
    record_sets = [emails_of for emails_of, _ in records]
    predicted = _pairs([group & application_emails for group in record_sets])
    expected = _pairs([set(application.emails) for application in truth])
    exact = sum(1 for application in truth if set(application.emails) in record_sets)
    status_of = {email: status for emails_of, status in records for email in emails_of}
    status_right = sum(1 for a in truth if status_of.get(a.emails[-1]) == a.final_status)
    junk = sum(1 for group in record_sets if not group & application_emails)
    return GroupingCounts(
        emails,
        len(truth),
        len(records),
        len(predicted & expected),
        len(predicted),
        len(expected),
        exact,
        status_right,
        junk,
    )


def score_grouping(
    emails: int, records: list[tuple[set[str], str]], truth: list[TrueApplication]
) -> GroupingScore:
    """Score (emails, status) records against the true applications."""
    return grouping_counts(emails, records, truth).score()


def real_inbox(groups_file: Path, dataset_files: list[Path]) -> tuple[list[str], list[TrueApplication]]:
    """One grouped source: its emails (dataset lines, in file order) and its true applications."""
    source = groups_file.name.split("_", 1)[0]
    rows = [
        line
        for path in dataset_files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line).get("id", "").startswith(source)
    ]
    truth = []
    for line in groups_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            group = json.loads(line)
            truth.append(TrueApplication(tuple(group["emails"]), group["final_status"]))
    return rows, truth


def track_rows(rows: list[str], extractor: Extractor) -> list[dict]:
    """`track`'s records for dataset lines, read back through its own reader exactly as
    `make track INPUT=inbox.jsonl` reads them."""
    with tempfile.TemporaryDirectory() as folder:
        inbox = Path(folder) / "inbox.jsonl"
        inbox.write_text("\n".join(rows) + "\n", encoding="utf-8")
        store, _ = track_messages(read_messages(inbox), extractor)
    return application_records(store)


def score_real_inbox(groups_file: Path, dataset_files: list[Path]) -> GroupingScore:
    """`track` over every email of one grouped source, scored against its groups file."""
    rows, truth = real_inbox(groups_file, dataset_files)
    records = [(set(record["emails"]), record["status"]) for record in track_rows(rows, RulesExtractor())]
    return score_grouping(len(rows), records, truth)


def score_generated(seed: int, applications: int) -> GroupingScore:
    """`track` over one generated demo mailbox, scored against its own ground truth."""
    mailbox = generate_mailbox(seed=seed, applications=applications)
    messages = [
        SourceMessage(f"message {i}", parse_raw_email(m.raw, thread_id=thread_of(m.raw)))
        for i, m in enumerate(mailbox, start=1)
    ]
    store, _ = track_messages(messages, RulesExtractor())
    records = [(set(record["emails"]), record["status"]) for record in application_records(store)]
    emails_of: dict[str, list[str]] = defaultdict(list)
    final_status: dict[str, tuple] = {}
    for m in sorted(mailbox, key=lambda m: m.received_at):
        key = m.truth.application_key
        if key:
            emails_of[key].append(m.message_id.strip("<>"))
            final_status[key] = _fold(final_status.get(key), m.truth.status)
    truth = [TrueApplication(tuple(emails), final_status[key][0]) for key, emails in emails_of.items()]
    return score_grouping(len(mailbox), records, truth)


def track_written(inbox: WrittenInbox, extractor: Extractor | None = None) -> list[dict]:
    """`track`'s records for one written inbox, fed as the export file it would come in."""
    with tempfile.TemporaryDirectory() as folder:
        messages = read_messages(inbox.write(Path(folder)))
        store, _ = track_messages(messages, extractor or RulesExtractor())
    return application_records(store)


def written_truth(inbox: WrittenInbox) -> list[TrueApplication]:
    """The grouping a written inbox was written with, each application's final status folded."""
    truth = []
    for mails in inbox.applications().values():
        final: tuple | None = None
        for mail in mails:
            final = _fold(final, mail.status or "applied")
        assert final is not None
        truth.append(TrueApplication(tuple(m.id for m in mails), final[0]))
    return truth


def score_written(inbox: WrittenInbox, records: list[dict] | None = None) -> GroupingScore:
    """`track` over one written inbox, scored against the grouping it was written with."""
    records = track_written(inbox) if records is None else records
    scored = [(set(record["emails"]), record["status"]) for record in records]
    return score_grouping(len(inbox.mails), scored, written_truth(inbox))


_RANK = {"applied": 1, "assessment": 2, "interview": 3, "offer": 4}


def _fold(current: tuple | None, status: str) -> tuple:
    """(status, final?) after one more email, by the tracker's status rules applied to the truth."""
    if status in ("rejected", "withdrawn"):
        return (status, True)
    if current and current[1]:
        return current
    if current is None or _RANK[status] > _RANK[current[0]]:
        return (status, False)
    return current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 21, 33])
    parser.add_argument("--applications", type=int, default=90)
    parser.add_argument("--real-only", action="store_true", help="only the grouped real inboxes")
    parser.add_argument("--written", action="store_true", help="only the written inboxes, one per class")
    args = parser.parse_args(argv)
    if args.written:
        for inbox in WRITTEN_INBOXES:
            print(score_written(inbox).line(f"written {inbox.name}"))
        return 0
    groups = sorted((DATASETS / "groups").glob("*_apps.jsonl"))
    if not groups:
        print(f"no grouped inboxes under {DATASETS / 'groups'} (skipping the real inboxes)")
    dataset_files = sorted(DATASETS.glob("*.jsonl"))
    for groups_file in groups:
        print(score_real_inbox(groups_file, dataset_files).line(f"real inbox {groups_file.name[:1]}"))
    if args.real_only:
        return 0
    for seed in args.seeds:
        print(score_generated(seed, args.applications).line(f"generated seed {seed}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
