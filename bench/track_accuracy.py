"""How well `track` groups a labelled mailbox into applications (issue 11's measures).

    python bench/track_accuracy.py [--seeds 7 21 33] [--applications 90]

For each generated demo mailbox (devstack/demo_mailbox, ground truth per email), runs the track path
(read, extract, record in date order) and prints:
- pair precision / recall / F1: two application emails in one record, versus in one true application;
- exact: the share of true applications whose emails form exactly one record, nothing more or less;
- final status: the share of true applications whose record (the one holding most of their emails)
  ends in the true final status;
- junk records: records made only from emails that are not about an application.
Our generated mailboxes are a second opinion; the real measure is other people's inboxes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devstack.demo_mailbox import generate_mailbox  # noqa: E402
from tracker.email_reading import parse_raw_email  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.mail_sources import SourceMessage, thread_of  # noqa: E402
from tracker.track import TRACK_USER, track_messages  # noqa: E402


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(group), 2)}


def score(seed: int, applications: int) -> dict[str, float]:
    mailbox = generate_mailbox(seed=seed, applications=applications)
    truth = {m.message_id.strip("<>"): m.truth for m in mailbox}
    messages = [
        SourceMessage(f"message {i}", parse_raw_email(m.raw, thread_id=thread_of(m.raw)))
        for i, m in enumerate(mailbox, start=1)
    ]
    store, _ = track_messages(messages, RulesExtractor())
    records = [
        {e.message_id for e in store.list_events(TRACK_USER, a.app_id)} | set()
        for a in store.list_applications(TRACK_USER)
    ]
    status_of = {a.app_id: a.status.value for a in store.list_applications(TRACK_USER)}
    record_ids = [a.app_id for a in store.list_applications(TRACK_USER)]

    true_groups: dict[str, set[str]] = defaultdict(set)
    final_status: dict[str, tuple] = {}
    for message_id, t in truth.items():
        if t.application_key:
            true_groups[t.application_key].add(message_id)
    for m in sorted(mailbox, key=lambda m: m.received_at):
        if m.truth.application_key:
            final_status[m.truth.application_key] = _fold(
                final_status.get(m.truth.application_key), m.truth.status
            )

    predicted, expected = _pairs(records), _pairs(list(true_groups.values()))
    tp = len(predicted & expected)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(1 for group in true_groups.values() if group in records) / len(true_groups)
    status_right = 0
    for key, group in true_groups.items():
        holders = Counter(i for i, record in enumerate(records) for m in group if m in record)
        if holders and status_of[record_ids[holders.most_common(1)[0][0]]] == final_status[key][0]:
            status_right += 1
    junk = sum(1 for record in records if not any(truth[m].application_key for m in record))
    return {
        "emails": len(mailbox),
        "applications": len(true_groups),
        "records": len(records),
        "pair_precision": precision,
        "pair_recall": recall,
        "pair_f1": f1,
        "exact": exact,
        "final_status": status_right / len(true_groups),
        "junk_records": junk,
    }


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 21, 33])
    parser.add_argument("--applications", type=int, default=90)
    args = parser.parse_args(argv)
    for seed in args.seeds:
        s = score(seed, args.applications)
        print(
            f"seed {seed}: {s['emails']} emails, {s['applications']} applications, {s['records']} records | "
            f"pair P {s['pair_precision']:.3f} R {s['pair_recall']:.3f} F1 {s['pair_f1']:.3f} | "
            f"exact {s['exact']:.1%} | final status {s['final_status']:.1%} | junk {s['junk_records']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
