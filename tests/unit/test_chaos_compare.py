"""The chaos run's verdict: lost, duplicated and mismatched against the fault-free run, and sheet checks."""

from __future__ import annotations

from devstack.chaos_compare import TrackedApplication, compare_runs, sheet_differences
from tracker.sheet_layout import HEADER


def application(company="Acme", title="Engineer", status="applied", emails=("a1",)) -> TrackedApplication:
    return TrackedApplication(company, title, status, frozenset(emails))


FAULT_FREE = [
    application("Acme", "Engineer", "interview", ("a1", "a2")),
    application("Globex", "Analyst", "rejected", ("g1", "g2", "g3")),
]


def test_the_same_answer_is_clean():
    comparison = compare_runs(FAULT_FREE, list(reversed(FAULT_FREE)))
    assert comparison.clean
    assert comparison.verdict_line() == "lost=0 duplicated=0 mismatched=0"


def test_an_email_in_no_application_is_lost_and_its_application_mismatched():
    chaos = [application("Acme", "Engineer", "interview", ("a1",)), FAULT_FREE[1]]
    comparison = compare_runs(FAULT_FREE, chaos)
    assert comparison.lost_emails == ("a2",)
    assert (comparison.lost, comparison.duplicated, comparison.mismatched) == (1, 0, 1)


def test_an_application_split_in_two_counts_as_a_duplicate():
    chaos = [
        application("Acme", "Engineer", "applied", ("a1",)),
        application("Acme", "Engineer", "interview", ("a2",)),
        FAULT_FREE[1],
    ]
    comparison = compare_runs(FAULT_FREE, chaos)
    assert comparison.extra_roles == {("Acme", "Engineer"): 1}
    assert (comparison.lost, comparison.duplicated, comparison.mismatched) == (0, 1, 1)


def test_an_email_on_two_timelines_is_duplicated():
    chaos = [FAULT_FREE[0], application("Globex", "Analyst", "rejected", ("g1", "g2", "g3", "a2"))]
    comparison = compare_runs(FAULT_FREE, chaos)
    assert comparison.emails_in_several_applications == ("a2",)
    assert comparison.duplicated == 1


def test_a_different_status_is_a_mismatch_only():
    chaos = [application("Acme", "Engineer", "applied", ("a1", "a2")), FAULT_FREE[1]]
    comparison = compare_runs(FAULT_FREE, chaos)
    assert (comparison.lost, comparison.duplicated, comparison.mismatched) == (0, 0, 1)
    assert "became" in comparison.mismatched_applications[0]


def test_an_application_of_emails_the_fault_free_run_skipped_is_extra_and_mismatched():
    chaos = [*FAULT_FREE, application("Initech", "Tester", "applied", ("x1",))]
    comparison = compare_runs(FAULT_FREE, chaos)
    assert (comparison.lost, comparison.duplicated, comparison.mismatched) == (0, 1, 1)


def test_sheet_differences_count_towards_mismatched():
    comparison = compare_runs(FAULT_FREE, FAULT_FREE, sheet_differences=["row 3 is stale"])
    assert comparison.verdict_line() == "lost=0 duplicated=0 mismatched=1"


def job(app_id="j1", row=2, company="Acme", title="Engineer", status="applied") -> dict:
    return {
        "id": app_id,
        "company": company,
        "job_title": title,
        "status": status,
        "applied_at": "2026-05-04T09:30:00+00:00",
        "updated_at": "2026-05-20T23:59:00+00:00",
        "email_link": f"https://mail.google.com/mail/u/0/#all/{app_id}",
        "row_number": row,
    }


def row_of(job: dict) -> list[str]:
    return [
        job["company"],
        job["job_title"],
        job["status"],
        "2026-05-04",
        "2026-05-20",
        job["email_link"],
        "",
        "",
    ]


def test_a_sheet_holding_every_job_on_its_row_has_no_differences():
    jobs = [job("j1", 2), job("j2", 3, "Globex", "")]
    grid = [list(HEADER), row_of(jobs[0]), row_of(jobs[1])]
    assert sheet_differences(jobs, grid) == []


def test_a_stale_cell_a_missing_row_and_a_stray_row_are_differences():
    stale, unplaced = job("j1", 2), job("j2", None)
    grid = [list(HEADER), row_of(job("j1", 2, status="interview")), ["Stray Co", "Role", "applied"]]
    differences = sheet_differences([stale, unplaced], grid)
    assert len(differences) == 3
    assert differences[0].startswith("row 2 is")
    assert "has no row" in differences[1]
    assert "no application owns it" in differences[2]


def test_blank_rows_below_the_header_are_fine():
    grid = [list(HEADER), row_of(job()), [""] * len(HEADER)]
    assert sheet_differences([job()], grid) == []
