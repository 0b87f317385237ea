"""How much the rules' reading leans on knowing the platform and the layout: a platform/layout swap bench.

    python bench/platform_swap.py                 (every ../shared/datasets/*.jsonl)
    python bench/platform_swap.py --errors        (and every variant read wrong whose original was right)

The held-back mail comes from applicant-tracking systems, job boards and mail layouts the rules may
never have met. For each labelled email this makes variants a person reads exactly as the original
(bench/platform_variants.py), labels unchanged, and reads them through the real reading path:
- unknown platform: mail from a platform the lists know (its sender's domain) as an invented platform
  would send it (address, name in the display name, subject, body and links), chosen by the row's id;
  rows whose old platform stays written glued where the swap cannot reach ("poweredbyworkday") are
  left out (`left`);
- forwarded: the user forwards the mail to themselves (Gmail's or Outlook's block, chosen by the row's
  id; sender the user, "Fwd: "/"FW: ");
- reply on top: the user's courtesy reply ("Thank you for letting me know.") above the original
  (Gmail's quote or Outlook's header lines), for application mail only (nobody replies to an alert);
- wrapped: the body hard-wrapped at 72 or 76 columns (chosen by the row's id), as plain-text clients and
  ATS text parts send it; rows with no line that long are left out;
- HTML only: the body in a marketing/ATS HTML layout, a raw message with no text/plain part, read by
  tracker.email_reading.parse_raw_email; rows with no body are left out.
Prints per transform and source the rows, then kind/status/company/title accuracy on those rows'
originals and on their variants; the gap (original - variant) is how much the reading leans on what
changed. Status of a row whose original body is missing is scored as bench/extraction.py scores it.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import dataset_rows  # noqa: E402
from bench.platform_variants import (  # noqa: E402
    CLIENTS,
    COURTESY_REPLIES,
    WRAP_COLUMNS,
    forwarded,
    html_only,
    invented_for,
    known_platform,
    reply_on_top,
    still_names_platform,
    unknown_platform,
    wrapped,
)
from bench.scoring import FieldTally, Report, ScoredRow, body_is_missing, score_rows  # noqa: E402
from tracker.email_reading import email_from_fields, parse_raw_email  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.models import EmailMessage  # noqa: E402
from tracker.names import same_company  # noqa: E402

_APPLICATION = "application"


@dataclass(frozen=True)
class Variant:
    """What one transform made of one row: the email to read, or why the row is left out."""

    email: EmailMessage | None
    left_out: bool = False  # the transform applies, but the variant still shows what it changes


Transform = Callable[[dict, EmailMessage], Variant]


def _unknown_platform(row: dict, email: EmailMessage) -> Variant:
    known = known_platform(email)
    if known is None or (isinstance(row.get("company"), str) and same_company(row["company"], known)):
        return Variant(None)  # no platform the lists know, or the platform is itself the employer
    invented = random.Random(f"{row.get('id')}:platform").choice(invented_for(email))
    variant = unknown_platform(email, invented)
    assert variant is not None
    if still_names_platform(variant, known):
        return Variant(None, left_out=True)
    return Variant(_reread(variant))


def _forwarded(row: dict, email: EmailMessage) -> Variant:
    client = random.Random(f"{row.get('id')}:client").choice(CLIENTS)
    return Variant(_reread(forwarded(email, client=client)))


def _reply_on_top(row: dict, email: EmailMessage) -> Variant:
    if row.get("kind") != _APPLICATION or not email.body.strip():
        return Variant(None)
    reply = random.Random(f"{row.get('id')}:reply").choice(COURTESY_REPLIES)
    client = random.Random(f"{row.get('id')}:client").choice(CLIENTS)
    return Variant(_reread(reply_on_top(email, reply, client=client)))


def _wrapped(row: dict, email: EmailMessage) -> Variant:
    width = random.Random(f"{row.get('id')}:wrap").choice(WRAP_COLUMNS)
    variant = wrapped(email, width)
    if variant.body == email.body:
        return Variant(None)  # no line as long as the column: nothing changes
    return Variant(_reread(variant))


def _html_only(row: dict, email: EmailMessage) -> Variant:
    if not email.body.strip():
        return Variant(None)
    return Variant(parse_raw_email(html_only(email), message_id=email.message_id))


TRANSFORMS: dict[str, Transform] = {
    "unknown platform": _unknown_platform,
    "forwarded": _forwarded,
    "reply on top": _reply_on_top,
    "HTML only": _html_only,
    "wrapped": _wrapped,
}


def _reread(email: EmailMessage) -> EmailMessage:
    """The variant through the reading path a loose or raw message takes (headers, body cleanup)."""
    return email_from_fields(
        email.message_id,
        email.sender,
        email.received_at.isoformat() if email.received_at else None,
        email.subject,
        email.body,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", action="append", type=Path, help="labelled JSONL file (repeatable)")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS), help="only these")
    parser.add_argument("--errors", action="store_true", help="list variants read wrong, original right")
    args = parser.parse_args(argv)
    rows = dataset_rows(args.dataset)
    if rows is None:
        return 2
    extractor = RulesExtractor()
    emails = [
        email_from_fields(
            row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
        )
        for row in rows
    ]
    originals = [
        ScoredRow(str(row.get("id")), row, extractor.extract(email), body_is_missing(email))
        for row, email in zip(rows, emails, strict=True)
    ]
    for name in args.transform or TRANSFORMS:
        pairs, left = _pairs(TRANSFORMS[name], rows, emails, originals, extractor)
        _print_transform(name, pairs, left, args.errors)
    return 0


def _pairs(transform: Transform, rows, emails, originals, extractor):
    """(original, variant) scored rows for every row the transform applies to; per source, the rows
    left out."""
    pairs: list[tuple[ScoredRow, ScoredRow]] = []
    left: dict[str, int] = defaultdict(int)
    for row, email, original in zip(rows, emails, originals, strict=True):
        variant = transform(row, email)
        if variant.left_out:
            left[original.row_id[:1]] += 1
        if variant.email is None:
            continue
        scored = ScoredRow(original.row_id, row, extractor.extract(variant.email), original.body_missing)
        pairs.append((original, scored))
    return pairs, left


def _print_transform(name: str, pairs, left: dict[str, int], show_errors: bool) -> None:
    print(f"== {name} (accuracy: original -> variant)")
    print(f"{'source':<8}{'rows':>5}{'left':>5}  {'kind':<15}{'status':<15}{'company':<15}{'title':<15}")
    by_source: dict[str, list] = defaultdict(list)
    for pair in pairs:
        by_source[pair[0].row_id[:1]].append(pair)
    for source, part in [*sorted(by_source.items()), ("all", pairs)]:
        before = score_rows(original for original, _ in part)
        after = score_rows(variant for _, variant in part)
        skipped = sum(left.values()) if source == "all" else left.get(source, 0)
        cells = "".join(
            f"{_pair(read(before), read(after)):<15}" for read in (_kind, _status, _company, _title)
        )
        print(f"{source:<8}{len(part):>5}{skipped:>5}  {cells}")
    if show_errors:
        print("variants read wrong whose original was read right (id, field, expected, got):")
        for original, variant in pairs:
            wrong_before = {error[:2] for error in score_rows([original]).errors}
            for row_id, field, expected, got in score_rows([variant]).errors:
                if (row_id, field) not in wrong_before:
                    print(f"  {row_id:<7} {field:<13} expected {expected!r:<38} got {got!r}")
    print()


def _kind(report: Report) -> FieldTally:
    tally = FieldTally()
    for (expected, got), count in report.kind_confusion.items():
        for _ in range(count):
            tally.add(expected == got)
    return tally


def _status(report: Report) -> FieldTally:
    return report.status


def _company(report: Report) -> FieldTally:
    return report.company


def _title(report: Report) -> FieldTally:
    return report.title


def _pair(before: FieldTally, after: FieldTally) -> str:
    if not before.total:
        return "-"
    return f"{before.accuracy:.3f}>{after.accuracy:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
