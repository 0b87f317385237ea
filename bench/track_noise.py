"""How `track`'s bookkeeping holds when the reading is wrong (issue 14, conservative bookkeeping).

    python bench/track_noise.py                       (every kind of noise at 5%, 10%, 20%; seeds 1 2 3)
    python bench/track_noise.py --rates 0.1 --seeds 1 --kinds company-board title-missing
    python bench/track_noise.py --markdown    (a row a kind and rate: F1 / exact / final / junk / flagged)

The grouped real inboxes (../shared/datasets/groups/, as bench/track_accuracy.py reads them) and the
written inboxes (tests/written_inboxes.py, pooled into one line) go through the real `track`, but what
the rules read from a seeded share of their emails is made wrong in one way at a time:

- company-board: the employer read as the ATS or job board that sent the mail ("Workday", "LinkedIn");
- company-person: the employer read as a recruiter's personal name ("Mitchell, Sarah");
- company-department: the employer read as a department ("Human Resources", "Talent Acquisition");
- company-missing: no employer read;
- company-other: the employer read as another one the inbox's mail names (a recommendation's);
- title-missing: no job title read;
- title-extra: the title read with extra words ("Data Analyst - Interview Prep");
- rejection-applied: a rejection read as a confirmation ("applied");
- alert-application: mail that is no application (job alerts, newsletters) read as a confirmation,
  its employer the sender's display name and its title the subject.

Which emails are perturbed is drawn per email from (seed, kind, message id): independent of the order
of the mail, and the 5% drawn are among the 10% drawn. The rate is of the emails the kind can touch
(the emails read as applications; the rejections; the emails read as no application). Each line is the
mean over the seeds of track_accuracy's figures: pair precision / recall / F1, exact, final status, junk
records (their share of all records); then how many of the records that are wrong (holding no true
application exactly: merged, split or junk) carry a review flag, and how many of the right ones do
(a wrong record flagged is one the user is told to check). The reading of the real inboxes is tuned
(they score 1.000 clean), so this shows how the bookkeeping degrades when reading fails, as it will on
mail never seen.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from dataclasses import astuple, dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.track_accuracy import (  # noqa: E402
    DATASETS,
    GroupingCounts,
    grouping_counts,
    real_inbox,
    track_rows,
    track_written,
    written_truth,
)
from tests.written_inboxes import WRITTEN_INBOXES  # noqa: E402
from tracker.extraction import Extractor  # noqa: E402
from tracker.extraction.platforms import platform_of  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.extraction.text import Sender  # noqa: E402
from tracker.models import EmailMessage, Extraction, Kind, Status  # noqa: E402
from tracker.names import company_key  # noqa: E402

_BOARDS = ("LinkedIn", "Indeed", "Workday", "Greenhouse")
_PEOPLE = ("Sarah Mitchell", "Mitchell, Sarah", "David Chen")
_DEPARTMENTS = ("Human Resources", "Talent Acquisition", "Office of Human Resources", "Recruiting Team")
_EXTRA_WORDS = (" - Interview Prep", " (3/4", " Job", " - Remote, US", " Prep conversation")

# (the clean reading, the email, the draw, the employers the clean reading found in the inbox)
Perturb = Callable[[Extraction, EmailMessage, random.Random, tuple[str, ...]], Extraction | None]


def _is_application(extraction: Extraction) -> bool:
    return extraction.is_application and extraction.status is not None


def _company(choose: Callable[[EmailMessage, random.Random], str | None]) -> Perturb:
    def perturb(
        extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
    ) -> Extraction | None:
        if not _is_application(extraction):
            return None
        return replace(extraction, company=choose(email, rng))

    return perturb


def _other_employer(
    extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
) -> Extraction | None:
    """Another employer the inbox's mail names (a recommendation's, a quoted job's, the last one read)."""
    others = [name for name in employers if company_key(name) != company_key(extraction.company)]
    if not _is_application(extraction) or not others:
        return None
    return replace(extraction, company=rng.choice(others))


def _board(email: EmailMessage, rng: random.Random) -> str:
    return platform_of(Sender.parse(email.sender)) or rng.choice(_BOARDS)


def _title_missing(
    extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
) -> Extraction | None:
    if not _is_application(extraction) or not extraction.job_title:
        return None
    return replace(extraction, job_title=None)


def _title_extra(
    extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
) -> Extraction | None:
    if not _is_application(extraction) or not extraction.job_title:
        return None
    return replace(extraction, job_title=extraction.job_title + rng.choice(_EXTRA_WORDS))


def _rejection_applied(
    extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
) -> Extraction | None:
    if not _is_application(extraction) or extraction.status is not Status.REJECTED:
        return None
    return replace(extraction, status=Status.APPLIED, status_stated=True)


def _alert_application(
    extraction: Extraction, email: EmailMessage, rng: random.Random, employers: tuple[str, ...]
) -> Extraction | None:
    if extraction.is_application:
        return None
    sender = Sender.parse(email.sender)
    return Extraction(
        kind=Kind.APPLICATION,
        status=Status.APPLIED,
        company=sender.name or sender.domain or None,
        job_title=email.subject or None,
        confidence=extraction.confidence,
    )


NOISE: dict[str, Perturb] = {
    "company-board": _company(_board),
    "company-person": _company(lambda email, rng: rng.choice(_PEOPLE)),
    "company-department": _company(lambda email, rng: rng.choice(_DEPARTMENTS)),
    "company-missing": _company(lambda email, rng: None),
    "company-other": _other_employer,
    "title-missing": _title_missing,
    "title-extra": _title_extra,
    "rejection-applied": _rejection_applied,
    "alert-application": _alert_application,
}


class RememberingExtractor:
    """The rules' reading of each email, read once for every run of the bench."""

    def __init__(self, inner: Extractor) -> None:
        self.inner, self.read = inner, {}

    def extract(self, email: EmailMessage) -> Extraction:
        if email.message_id not in self.read:
            self.read[email.message_id] = self.inner.extract(email)
        return self.read[email.message_id]


@dataclass
class NoisyExtractor:
    """The clean reading, made wrong by `perturb` on a `rate` share of the emails it can touch."""

    clean: Extractor
    kind: str
    rate: float
    seed: int
    employers: tuple[str, ...] = ()
    perturbed: int = 0

    def extract(self, email: EmailMessage) -> Extraction:
        extraction = self.clean.extract(email)
        rng = random.Random(f"{self.seed}:{self.kind}:{email.message_id}")
        if rng.random() >= self.rate:
            return extraction
        wrong = NOISE[self.kind](extraction, email, rng, self.employers)
        if wrong is None:
            return extraction
        self.perturbed += 1
        return wrong


@dataclass(frozen=True)
class Flags:
    """How the review flag sits on the records: wrong ones (holding no true application exactly: merged,
    split, junk) flagged, and right ones flagged."""

    wrong: int = 0
    wrong_flagged: int = 0
    right: int = 0
    right_flagged: int = 0

    def __add__(self, other: Flags) -> Flags:
        return Flags(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def review_flags(records: list[dict], truth: list) -> Flags:
    true_sets = {frozenset(application.emails) for application in truth}
    right = [r for r in records if frozenset(r["emails"]) in true_sets]
    wrong = [r for r in records if frozenset(r["emails"]) not in true_sets]
    return Flags(
        len(wrong),
        sum(1 for r in wrong if r["needs_review"]),
        len(right),
        sum(1 for r in right if r["needs_review"]),
    )


@dataclass(frozen=True)
class Inbox:
    name: str
    # Each part: (its records under an extractor, its emails, its truth); the written inboxes are many.
    parts: tuple[tuple[Callable[[Extractor], list[dict]], int, list], ...]
    ids: frozenset[str]  # its emails' message ids

    def employers(self, clean: RememberingExtractor) -> tuple[str, ...]:
        """The employers the clean reading found in this inbox (after a clean run over it)."""
        read = [clean.read[i] for i in sorted(self.ids) if i in clean.read]
        return tuple(sorted({e.company for e in read if e.is_application and e.company}))

    def counts(self, extractor: Extractor) -> tuple[GroupingCounts, Flags]:
        total: GroupingCounts | None = None
        flags = Flags()
        for track, emails, truth in self.parts:
            records = track(extractor)
            counts = grouping_counts(emails, [(set(r["emails"]), r["status"]) for r in records], truth)
            total = counts if total is None else total + counts
            flags = flags + review_flags(records, truth)
        assert total is not None
        return total, flags


def _records_of(inbox) -> Callable[[Extractor], list[dict]]:
    return lambda extractor: track_written(inbox, extractor)


def inboxes() -> list[Inbox]:
    dataset_files = sorted(DATASETS.glob("*.jsonl"))
    found = []
    for groups_file in sorted((DATASETS / "groups").glob("*_apps.jsonl")):
        rows, truth = real_inbox(groups_file, dataset_files)
        part = (lambda x, rows=rows: track_rows(rows, x), len(rows), truth)
        ids = frozenset(json.loads(row)["id"] for row in rows)
        found.append(Inbox(f"real {groups_file.name[:1]}", (part,), ids))
    written = tuple((_records_of(inbox), len(inbox.mails), written_truth(inbox)) for inbox in WRITTEN_INBOXES)
    ids = frozenset(mail.id for inbox in WRITTEN_INBOXES for mail in inbox.mails)
    found.append(Inbox("written", written, ids))
    return found


def _flagged(flags: list[Flags]) -> str:
    """The share of wrong records flagged for review, and of right ones, over every seed."""
    total = Flags()
    for more in flags:
        total = total + more
    wrong = total.wrong_flagged / total.wrong if total.wrong else 0.0
    right = total.right_flagged / total.right if total.right else 0.0
    return f"flagged: {wrong:.0%} of {total.wrong / len(flags):.1f} wrong, {right:.0%} of right"


def _cell(results: list[tuple[GroupingCounts, Flags]]) -> str:
    scores = [c.score() for c, _ in results]
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    junk = mean([s.junk_records for s in scores])
    share = mean([s.junk_records / s.records if s.records else 0.0 for s in scores])
    return (
        f"P {mean([s.pair_precision for s in scores]):.3f} R {mean([s.pair_recall for s in scores]):.3f} "
        f"F1 {mean([s.pair_f1 for s in scores]):.3f} exact {mean([s.exact for s in scores]):.3f} "
        f"final {mean([s.final_status for s in scores]):.3f} junk {junk:.1f} ({share:.1%}) | "
        + _flagged([f for _, f in results])
    )


def _brief(results: list[tuple[GroupingCounts, Flags]]) -> str:
    """pair F1 / exact / final status / junk share, the mean over the seeds, then the share of wrong
    records flagged for review (a markdown cell)."""
    scores = [c.score() for c, _ in results]
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    share = mean([s.junk_records / s.records if s.records else 0.0 for s in scores])
    wrong = sum(f.wrong for _, f in results)
    flagged = sum(f.wrong_flagged for _, f in results) / wrong if wrong else 0.0
    return (
        f"{mean([s.pair_f1 for s in scores]):.3f} / {mean([s.exact for s in scores]):.3f} / "
        f"{mean([s.final_status for s in scores]):.3f} / {share:.1%} / {flagged:.0%}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rates", type=float, nargs="+", default=[0.05, 0.10, 0.20])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--kinds", nargs="+", choices=sorted(NOISE), default=list(NOISE))
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="one table row a kind and rate: F1 / exact / final / junk / wrong records flagged",
    )
    args = parser.parse_args(argv)
    clean = RememberingExtractor(RulesExtractor())
    found = inboxes()
    if args.markdown:
        print("| noise | rate | " + " | ".join(inbox.name for inbox in found) + " |")
        print("| --- | --- |" + " --- |" * len(found))
        print("| none | 0% | " + " | ".join(_brief([inbox.counts(clean)]) for inbox in found) + " |")
        for kind in args.kinds:
            for rate in args.rates:
                cells = [
                    _brief(
                        [
                            inbox.counts(NoisyExtractor(clean, kind, rate, seed, inbox.employers(clean)))
                            for seed in args.seeds
                        ]
                    )
                    for inbox in found
                ]
                print(f"| {kind} | {rate:.0%} | " + " | ".join(cells) + " |")
        return 0
    print("clean reading:")
    for inbox in found:
        print(f"  {inbox.name:8} {_cell([inbox.counts(clean)])}")
    for kind in args.kinds:
        for rate in args.rates:
            print(f"{kind} at {rate:.0%}:")
            for inbox in found:
                employers = inbox.employers(clean)
                noisy = [NoisyExtractor(clean, kind, rate, seed, employers) for seed in args.seeds]
                counts = [inbox.counts(extractor) for extractor in noisy]
                touched = sum(extractor.perturbed for extractor in noisy) / len(noisy)
                print(f"  {inbox.name:8} {_cell(counts)} | {touched:.1f} emails made wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
