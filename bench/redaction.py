"""What redaction for the model (tracker/redaction.py) saves and what it costs, per source.

    python bench/redaction.py [--dataset ../shared/datasets/dev.jsonl ...]

Reads every ../shared/datasets/*.jsonl at run time (nothing is copied). Per source (the id's first
letter) and for all:
- tokens: the user turn of the model's prompt (the email as the cascade sends it; the system prompt
  is the same on every call and printed once) per call, unredacted and redacted, estimated as the
  fake OpenAI does (4 characters a token), over every email and over those the cascade sends (rules
  confidence under the threshold);
- what was removed: the share of emails redaction changed;
- the offline accuracy proxy: the rules extractor's scores (bench/extraction.py's scoring: app F1,
  status, company, title) on the unredacted body and on the redacted one;
- whether the model could still answer: of the labelled companies, how many the email it is shown
  still supports (llm_answer.company_is_supported, the check every answer must pass), and of the
  labelled titles, how many it still contains.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.datasets import DATASETS, dataset_rows  # noqa: E402
from bench.scoring import FieldTally, ScoredRow, body_is_missing, score_rows  # noqa: E402
from devstack.fake_openai.wire import estimate_tokens  # noqa: E402
from tracker.email_reading import email_from_fields  # noqa: E402
from tracker.extraction.cascade import DEFAULT_CASCADE_THRESHOLD, CascadePolicy  # noqa: E402
from tracker.extraction.llm_answer import company_is_supported  # noqa: E402
from tracker.extraction.llm_prompt import SYSTEM_PROMPT, EmailForModel, user_message  # noqa: E402
from tracker.extraction.rules import RulesExtractor  # noqa: E402
from tracker.models import EmailMessage  # noqa: E402
from tracker.redaction import redact_for_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", action="append", type=Path, help=f"default: every *.jsonl in {DATASETS}")
    args = parser.parse_args(argv)
    rows = dataset_rows(args.dataset)
    if rows is None:
        return 2
    by_source: dict[str, list[Measured]] = defaultdict(list)
    for row in rows:
        measured = measure(row)
        by_source[measured.row_id[:1]].append(measured)
    everything = [m for part in by_source.values() for m in part]
    system = estimate_tokens(SYSTEM_PROMPT)
    print(
        f"email tokens per call (the user turn, 4 characters a token; every call adds the system "
        f"prompt's {system}), cascade threshold {DEFAULT_CASCADE_THRESHOLD}"
    )
    print(
        f"{'source':<7}{'emails':>7}{'changed':>9}{'all: before':>13}{'after':>7}{'saved':>7}"
        f"{'sent':>6}{'sent: before':>14}{'after':>7}{'saved':>7}"
    )
    for source, part in [*sorted(by_source.items()), ("all", everything)]:
        print(_token_line(source, part))
    print()
    print("rules on the unredacted -> redacted body (bench/extraction.py scoring); model-answerable fields")
    print(
        f"{'source':<7}{'app F1':>16}{'status':>16}{'company':>16}{'title':>16}"
        f"{'company supported':>22}{'title present':>18}"
    )
    for source, part in [*sorted(by_source.items()), ("all", everything)]:
        print(_accuracy_line(source, part))
    removed = Counter(tag for m in everything for tag in m.removed)
    print()
    print("removed, emails per tag: " + ", ".join(f"{tag} {count}" for tag, count in removed.most_common()))
    return 0


class Measured:
    """One labelled email, read both ways."""

    def __init__(
        self, row: dict, email: EmailMessage, redacted_email: EmailMessage, removed: tuple[str, ...]
    ):
        rules = RulesExtractor()
        self.row_id = str(row.get("id"))
        self.row = row
        self.removed = removed
        self.before = ScoredRow(self.row_id, row, rules.extract(email), body_is_missing(email))
        self.after = ScoredRow(self.row_id, row, rules.extract(redacted_email), body_is_missing(email))
        self.sent = CascadePolicy().needs_model(self.before.extraction)
        self.shown_before = EmailForModel.of(email)
        self.shown_after = EmailForModel.of(redacted_email)
        self.tokens_before = _prompt_tokens(self.shown_before)
        self.tokens_after = _prompt_tokens(self.shown_after)


def measure(row: dict) -> Measured:
    email = email_from_fields(
        row.get("id"), row.get("from"), row.get("date"), row.get("subject"), row.get("body")
    )
    redacted = redact_for_model(email.body or "", email.sender or "")
    return Measured(row, email, replace(email, body=redacted.text), redacted.removed)


def _prompt_tokens(shown: EmailForModel) -> int:
    """The user turn's tokens: the part redaction changes (the system prompt is the same every call)."""
    return estimate_tokens(user_message(shown))


def _token_line(source: str, part: list[Measured]) -> str:
    sent = [m for m in part if m.sent]
    changed = sum(1 for m in part if m.removed) / len(part)
    return f"{source:<7}{len(part):>7}{changed:>9.1%}{_tokens(part)}{len(sent):>6}{_tokens(sent, wide=14)}"


def _tokens(part: list[Measured], wide: int = 13) -> str:
    if not part:
        return f"{'-':>{wide}}{'-':>7}{'-':>7}"
    before = sum(m.tokens_before for m in part) / len(part)
    after = sum(m.tokens_after for m in part) / len(part)
    return f"{before:>{wide}.1f}{after:>7.1f}{1 - after / before:>7.1%}"


def _accuracy_line(source: str, part: list[Measured]) -> str:
    before = score_rows([m.before for m in part])
    after = score_rows([m.after for m in part])
    f1 = f"{before.f1:.3f}->{after.f1:.3f}"
    cells = [f1, _pair(before.status, after.status), _pair(before.company, after.company)]
    cells.append(_pair(before.title, after.title))
    company, title = FieldTally(), FieldTally()
    company_after, title_after = FieldTally(), FieldTally()
    for m in part:
        label = m.row.get("company")
        if isinstance(label, str) and label:
            company.add(company_is_supported(label, m.shown_before))
            company_after.add(company_is_supported(label, m.shown_after))
        label = m.row.get("job_title")
        if isinstance(label, str) and label:
            title.add(_contains(m.shown_before, label))
            title_after.add(_contains(m.shown_after, label))
    supported = f"{company.correct}->{company_after.correct}/{company.total}"
    present = f"{title.correct}->{title_after.correct}/{title.total}"
    return f"{source:<7}{''.join(f'{cell:>16}' for cell in cells)}{supported:>22}{present:>18}"


def _pair(before: FieldTally, after: FieldTally) -> str:
    if not before.total:
        return "-"
    return f"{before.accuracy:.3f}->{after.accuracy:.3f}"


def _contains(shown: EmailForModel, title: str) -> bool:
    wanted = " ".join(title.lower().split())
    return wanted in " ".join(f"{shown.subject} {shown.body}".lower().split())


if __name__ == "__main__":
    raise SystemExit(main())
