"""How much the rules' reading leans on the employers and titles it has met: a name-swap bench.

    python bench/name_swap.py                 (every ../shared/datasets/*.jsonl, 3 variants a row)
    python bench/name_swap.py --variants 5 --errors

Every dev source was tuned on its own mail, so its figures say little about an employer or a role the
rules never met. For each labelled application email whose employer C is written in its text (subject,
body or sender's display name), this makes variants where C is replaced everywhere by an invented
employer (bench/invented_names.py: a coined word, two words, "X & Y", "X Labs", a university or
hospital, a legal form, an acronym, a possessive, a dotted brand, a non-English name), and C's compact
form in addresses and links by the new name's (bench/swapping.py); the label becomes the new name. Then,
separately, the same for the job title T with an invented title of the email's language. Each row's
names are chosen by its id, so every run makes the same variants.

Prints per source: the rows swapped, the accuracy on those rows' originals and on their variants (the
gap is how much the reading leans on the names it has met), then the variants' accuracy per name shape;
--errors lists every variant read wrong. Rows whose name is not written in the text are skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import dataset_rows  # noqa: E402
from bench.invented_names import EMPLOYERS, TITLES  # noqa: E402
from bench.scoring import FieldTally  # noqa: E402
from bench.swapping import Swap, pick, still_names, swap_email  # noqa: E402
from tracker.email_reading import email_from_fields  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.models import Extraction  # noqa: E402
from tracker.names import same_company, same_title  # noqa: E402

# A German posting's gender tag closing the title ("(m/w/d)", "(w/m/d)", "(all genders)"): a swapped title
# keeps the original's, so the mail around it still reads as written.
_GENDER_TAG = re.compile(r"\s*\((?:[mwfdx](?:\s*/\s*[mwfdx]){1,3}|all genders|gn)\)\s*$", re.I)


@dataclass(frozen=True)
class Field:
    """What is swapped: the label's key, the names to swap in, and how a reading is judged."""

    label: str
    heading: str
    read: Callable[[Extraction], str | None]
    same: Callable[[str | None, str | None], bool]


@dataclass(frozen=True)
class Outcome:
    """One variant of one row: the name's shape, whether the original and the variant were read right."""

    row_id: str
    shape: str
    original_ok: bool
    swapped_ok: bool
    expected: str
    got: str | None


COMPANY = Field("company", "employers", lambda read: read.company, same_company)
TITLE = Field("job_title", "job titles", lambda read: read.job_title, same_title)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", action="append", type=Path, help="labelled JSONL file (repeatable)")
    parser.add_argument("--variants", type=int, default=3, help="invented names per row (3)")
    parser.add_argument("--errors", action="store_true", help="list every variant read wrong")
    args = parser.parse_args(argv)
    rows = dataset_rows(args.dataset)
    if rows is None:
        return 2
    extractor = RulesExtractor()
    for field in (COMPANY, TITLE):
        outcomes, left = _outcomes(rows, field, args.variants, extractor)
        _print_field(field, outcomes, left, args.variants, args.errors)
    return 0


def _outcomes(rows: list[dict], field: Field, variants: int, extractor) -> tuple[list[Outcome], Counter]:
    """Every variant's outcome, and per source the rows left out because the old employer is still
    written in another form after the swap (`still_names`)."""
    outcomes: list[Outcome] = []
    left: Counter = Counter()
    for row in rows:
        old = row.get(field.label)
        if row.get("kind") != "application" or not isinstance(old, str) or not old.strip():
            continue
        email = email_from_fields(
            row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
        )
        row_id = str(row.get("id"))
        text = "\n".join((email.sender, email.subject, email.body))
        swapped = [
            (shape, new, swap_email(email, Swap(old, new)))
            for shape, new in _invented(field, row, row_id, variants, text)
        ]
        if not swapped or swapped[0][2] is None:
            continue  # the name is not written in the mail: nothing a reader could see would change
        if field is COMPANY and still_names(swapped[0][2], Swap(old, swapped[0][1])):
            left[row_id[:1]] += 1
            continue
        original_ok = field.same(field.read(extractor.extract(email)), old)
        for shape, new, variant in swapped:
            assert variant is not None
            got = field.read(extractor.extract(variant))
            outcomes.append(Outcome(row_id, shape, original_ok, field.same(got, new), new, got))
    return outcomes, left


def _invented(field: Field, row: dict, row_id: str, variants: int, text: str) -> list[tuple[str, str]]:
    if field is COMPANY:
        return pick(EMPLOYERS, f"{row_id}:company", variants, text)
    language = "de" if row.get("lang") == "de" else "en"
    tag = _GENDER_TAG.search(row[field.label])
    chosen = pick(TITLES[language], f"{row_id}:title", variants, text)
    prefix = "" if language == "en" else f"{language}: "
    return [(prefix + shape, title + tag.group() if tag else title) for shape, title in chosen]


def _print_field(
    field: Field, outcomes: list[Outcome], left: Counter, variants: int, show_errors: bool
) -> None:
    print(f"== {field.heading} swapped ({variants} invented names a row; {field.label} accuracy)")
    print(f"{'source':<8}{'rows':>6}{'left':>6}{'original':>18}{'swapped':>20}{'gap':>8}")
    by_source: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_source[outcome.row_id[:1]].append(outcome)
    for source, part in [*sorted(by_source.items()), ("all", outcomes)]:
        originals, swapped = _tallies(part)
        gap = originals.accuracy - swapped.accuracy
        skipped = "-" if field is not COMPANY else sum(left.values()) if source == "all" else left[source]
        print(
            f"{source:<8}{originals.total:>6}{skipped:>6}{_tally(originals):>18}{_tally(swapped):>20}"
            f"{gap:>+8.3f}"
        )
    print("per shape (all sources): variants read right")
    by_shape: dict[str, FieldTally] = defaultdict(FieldTally)
    for outcome in outcomes:
        by_shape[outcome.shape].add(outcome.swapped_ok)
    for shape, tally in sorted(by_shape.items()):
        print(f"  {shape:<22}{_tally(tally):>20}")
    if show_errors:
        print("variants read wrong (id, shape, expected, got; * = the original was read right):")
        for outcome in outcomes:
            if not outcome.swapped_ok:
                mark = "*" if outcome.original_ok else " "
                expected, got = repr(outcome.expected), repr(outcome.got)
                print(f"  {outcome.row_id:<6}{mark} {outcome.shape:<20} {expected:<36} {got}")
    print()


def _tallies(outcomes: list[Outcome]) -> tuple[FieldTally, FieldTally]:
    """The originals (one a row) and the variants, each right out of all."""
    originals, swapped = FieldTally(), FieldTally()
    seen: set[str] = set()
    for outcome in outcomes:
        if outcome.row_id not in seen:
            seen.add(outcome.row_id)
            originals.add(outcome.original_ok)
        swapped.add(outcome.swapped_ok)
    return originals, swapped


def _tally(tally: FieldTally) -> str:
    return f"{tally.accuracy:.3f} ({tally.correct}/{tally.total})"


if __name__ == "__main__":
    raise SystemExit(main())
