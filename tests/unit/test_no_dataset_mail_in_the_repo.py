"""Nothing of the labelled datasets' mail is committed: no run of nine words from one mail, and no
sender's personal name.

The datasets are real people's mail, read from ../shared/datasets at run time and never copied into the
project. A test written from a dataset mail (its sentences kept, its names swapped) would copy it; these
checks keep one from landing. Wording that three or more mails share is a platform's or a form letter's,
not one person's, and is not counted.
"""

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
RUN = 9
# The project's own text: code, tests, docs, the demo mailbox, the web app.
SEARCHED = ("tracker", "tests", "docs", "bench", "devstack", "functions", "cli", "infra", "web", "ops")
SUFFIXES = {".py", ".md", ".toml", ".html"}
# (file, mail id) pairs allowed to share runs: a platform's fixed template the test needs word for word.
PLATFORM_TEMPLATES = {("tests/written_inboxes.py", "j023")}  # Indeed Apply's "items were sent" receipt


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _dataset_rows() -> list[dict]:
    if not DATASETS.is_dir():
        pytest.skip(f"no datasets beside the project ({DATASETS})")
    return [
        json.loads(line)
        for path in sorted(DATASETS.rglob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip().startswith("{")
    ]


def _project_texts() -> dict[str, str]:
    return {
        str(path.relative_to(ROOT)): path.read_text("utf-8", errors="ignore")
        for folder in SEARCHED
        if (ROOT / folder).is_dir()
        for path in (ROOT / folder).rglob("*")
        if path.suffix in SUFFIXES and path.is_file() and ".venv" not in path.parts and path != Path(__file__)
    }


def _runs_by_mail(rows: list[dict]) -> dict[tuple[str, ...], set[str]]:
    mails_by_run: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in rows:
        words = _words(f"{row.get('subject') or ''} {row.get('body') or ''}")
        for start in range(len(words) - RUN + 1):
            mails_by_run[tuple(words[start : start + RUN])].add(str(row.get("id")))
    return {run: mails for run, mails in mails_by_run.items() if len(mails) <= 2}


# Words a team's or a system's mailbox is named with, never a person's name.
_MAILBOX_WORDS = {
    "talent",
    "acquisition",
    "recruiting",
    "recruitment",
    "careers",
    "career",
    "team",
    "jobs",
    "hiring",
    "people",
    "human",
    "resources",
    "reply",
    "apply",
    "site",
    "notifications",
    "support",
    "alerts",
}


def _personal_names(rows: list[dict]) -> set[str]:
    """Senders shown as a person: "Last, First", or "First Last" whose mailbox, not its domain, spells one."""
    names = set()
    for row in rows:
        sender = str(row.get("from") or "")
        display = re.sub(r"\s*<[^>]*>\s*$", "", sender).strip().strip('"').strip()
        address = re.search(r"<([^@>]+)@([^>]+)>", sender)
        local, domain = (address.group(1).lower(), address.group(2).lower()) if address else ("", "")
        words = [word.lower() for word in display.split() if len(word) > 2]
        last_first = re.fullmatch(r"[A-Z][a-z'-]+, [A-Z][a-z'-]+", display)
        first_last = re.fullmatch(r"[A-Z][a-z'-]+ [A-Z][a-z'-]+", display)
        # a person's own mailbox spells their name; a platform's ("Indeed Apply" at indeed.com) its domain's
        spelled = any(word in local for word in words) and not any(word in domain for word in words)
        if set(words) & _MAILBOX_WORDS:
            continue
        if last_first or (first_last and spelled):
            names.add(display)
    return names


def test_no_file_shares_a_run_of_nine_words_with_one_dataset_mail():
    runs = _runs_by_mail(_dataset_rows())
    copied = {}
    for name, text in _project_texts().items():
        shared: dict[str, int] = defaultdict(int)
        words = _words(text)
        for start in range(len(words) - RUN + 1):
            for mail in runs.get(tuple(words[start : start + RUN]), ()):
                shared[mail] += 1
        found = {
            mail: count
            for mail, count in shared.items()
            if count >= 3 and (name, mail) not in PLATFORM_TEMPLATES
        }
        if found:
            copied[name] = found
    assert not copied, (
        f"text shared with dataset mail (file: {{mail id: runs}}); write invented mail: {copied}"
    )


def test_no_dataset_sender_is_named_in_the_project():
    names = _personal_names(_dataset_rows())
    texts = _project_texts()
    named = {
        name: [file for file, text in texts.items() if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        for name in names
    }
    assert not {name: files for name, files in named.items() if files}, (
        "a real sender's name is in the project"
    )
