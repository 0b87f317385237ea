"""Review, merge, split and undo through the api function on the Firestore emulator, with sheet syncs
writing to the fake Google's Sheets through the real client."""

from __future__ import annotations

from datetime import timedelta

import pytest

from functions import api
from infra.bootstrap import Services
from infra.sheets import GoogleSheet, sheets_service
from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tests.functions_support import csrf_headers, function_client, sign_in
from tracker.accounts import UserAccount
from tracker.corrections import MAX_WRITES
from tracker.models import ApplicationEvent, Status
from tracker.recording import record_email
from tracker.sheet_sync import sync_sheet

pytestmark = pytest.mark.emulator


class Tracker:
    """One signed-in user of the api function, their mail arriving, and their sheet."""

    def __init__(self, firestore_client, google_account, user_id) -> None:
        self.sheet = GoogleSheet(sheets_service(google_account["settings"], google_account["credentials"]))
        self.services = Services(
            google_account["settings"],
            firestore=firestore_client,
            queue=RecordingQueue(),
            sheet_for=lambda user: self.sheet,
        )
        self.control = google_account["control"]
        self.user = UserAccount(
            user_id, google_account["email"], user_id, sheet_id=self.sheet.create("Job applications")
        )
        self.services.accounts.save_user(self.user)
        self.services.accounts.connect_sheet(user_id, self.user.sheet_id)
        self.client = function_client(api.handle, self.services)
        sign_in(self.client, self.services, user_id)

    def receive(self, status="applied", company="Acme", title="Data Engineer", on=1, thread=None) -> str:
        email, extraction = an_email(on=on, thread=thread), application_email(status, company, title)
        return self.services.applications.in_transaction(
            self.user.user_id, lambda tx: record_email(tx, email, extraction, now=day(30))
        ).app_id

    def get(self, path: str):
        response = self.client.get(path)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()

    def post(self, path: str, body: dict | None = None, status: int = 200):
        response = self.client.post(path, json=body or {}, headers=csrf_headers(self.client))
        assert response.status_code == status, response.get_data(as_text=True)
        return response.get_json()

    def sync(self) -> list[list[str]]:
        services = self.services
        sync_sheet(
            self.user, services.accounts, self.sheet, services.use_cases.take_sheet_edits, services.now()
        )
        return self.control.sheet_values(self.user.sheet_id)

    def with_emails(self, app_id: str, count: int) -> None:
        """`count` more emails on the record's timeline, arranged in one transaction (a long search)."""

        def work(tx) -> None:
            tx.lock_company(tx.application(app_id).company_key)
            for n in range(count):
                at = day(40) + timedelta(minutes=n)
                tx.add_event(app_id, ApplicationEvent(f"{app_id}-{n:04d}", Status.APPLIED, at, "Update"))

        self.services.applications.in_transaction(self.user.user_id, work)

    def everything(self) -> tuple[dict, dict]:
        """Every record as the API shows it, and each one's emails."""
        jobs = self.jobs()
        return jobs, {job_id: self.emails_of(job_id) for job_id in jobs}

    def jobs(self) -> dict[str, dict]:
        listed = self.get("/jobs/?page_size=100")["results"]
        return {job["id"]: job for job in listed}

    def emails_of(self, job_id: str) -> list[str]:
        timeline = self.get(f"/jobs/{job_id}/events/")["results"]
        return sorted(e["message_id"] for e in timeline if e["kind"] == "email")


@pytest.fixture
def tracker(firestore_client, google_account, user_id) -> Tracker:
    return Tracker(firestore_client, google_account, user_id)


def row(rows: list[list[str]], number: int) -> list[str]:
    """A sheet row's cells (Sheets leaves trailing blank rows out of what it returns)."""
    return rows[number - 1] if number <= len(rows) else []


def shown(job: dict) -> dict:
    return {k: v for k, v in job.items() if k != "pinned_by"}


def test_merge_then_split_gives_back_the_original_records_and_rows(tracker):
    # An interview naming the post with words of its own: two posts of one role, kept apart to merge
    # (tracker/titled_steps.py).
    first = tracker.receive(title="Data Engineer, Payments", on=1, thread="t1")
    second = tracker.receive("interview", title="Engineer II, Data Platform", on=5, thread="t2")
    rows_before = tracker.sync()
    jobs_before = tracker.jobs()
    second_emails = tracker.emails_of(second)

    merged = tracker.post("/jobs/merge/", {"job_ids": [first, second]})
    assert merged["job"]["status"] == "interview" and merged["undo_token"]
    rows_merged = tracker.sync()
    assert set(tracker.jobs()) == {first}
    first_row, second_row = (jobs_before[i]["row_number"] for i in (first, second))
    assert row(rows_merged, first_row)[:3] == ["Acme", "Data Engineer, Payments", "interview"]
    assert not any(row(rows_merged, second_row))  # the merged-away record's row went blank

    split = tracker.post(f"/jobs/{first}/split/", {"message_ids": second_emails})
    assert split["new_job"]["id"] == second

    assert tracker.sync() == rows_before
    assert {i: shown(j) for i, j in tracker.jobs().items()} == {i: shown(j) for i, j in jobs_before.items()}
    assert tracker.emails_of(second) == second_emails


def test_an_undo_gives_back_the_records_and_rows_once(tracker):
    first = tracker.receive(title="Data Engineer", on=1)
    second = tracker.receive("rejected", company="Globex", title="Analyst", on=3)
    rows_before = tracker.sync()
    token = tracker.post("/jobs/merge/", {"job_ids": [first, second]})["undo_token"]
    tracker.sync()

    restored = tracker.post("/jobs/undo/", {"undo_token": token})["jobs"]

    assert {job["id"] for job in restored} == {first, second}
    assert tracker.sync() == rows_before
    tracker.post("/jobs/undo/", {"undo_token": token}, status=404)


def test_a_merge_survives_new_mail_for_that_employer(tracker):
    first = tracker.receive(title="Data Engineer", on=1, thread="t1")
    second = tracker.receive(title="Engineer II, Data", on=2, thread="t2")
    tracker.post("/jobs/merge/", {"job_ids": [first, second]})

    tracker.receive("offer", title="Engineer II, Data", on=9, thread="t2")
    tracker.receive(title="Platform Engineer", on=10, thread="t3")

    jobs = tracker.jobs()
    assert len(jobs) == 2 and jobs[first]["status"] == "offer" and jobs[first]["pinned_by"] == "merged"
    assert len(tracker.emails_of(first)) == 3


def test_confirming_a_record_removes_it_from_the_review_list(tracker):
    tracker.receive(title="Data Engineer", on=1)
    tracker.receive(title="Platform Engineer", on=3)
    flagged = tracker.receive("interview", title=None, on=5)
    assert tracker.get("/users/")["needs_review"] == 1
    (listed,) = tracker.get("/jobs/?needs_review=true")["results"]
    assert listed["id"] == flagged and "open applications" in listed["needs_review"]

    confirmed = tracker.post(f"/jobs/{flagged}/confirm/")
    tracker.receive("assessment", title="Data Engineer", on=6)

    assert confirmed["needs_review"] is None and confirmed["pinned_by"] == "confirmed"
    assert tracker.get("/jobs/?needs_review=true")["count"] == 0
    assert tracker.get("/users/")["needs_review"] == 0


def test_fixing_a_record_edits_it_and_takes_it_off_the_review_list(tracker):
    flagged = tracker.receive(company=None, title="Data Engineer", on=1, thread="board")

    fixed = tracker.post(f"/jobs/{flagged}/fix/", {"company": "Initech"})

    assert fixed["company"] == "Initech" and fixed["needs_review"] is None
    assert tracker.get("/jobs/?needs_review=false")["count"] == 1


def test_a_rejection_followed_by_a_late_confirmation_stays_rejected(tracker):
    rejected = tracker.receive("rejected", on=9)
    tracker.receive("applied", on=1)  # delivered late, dated before the rejection

    job = tracker.get(f"/jobs/{rejected}/")
    assert job["status"] == "rejected" and len(tracker.emails_of(rejected)) == 2
    assert [e["status"] for e in tracker.get(f"/jobs/{rejected}/events/")["results"]] == [
        "applied",
        "rejected",
    ]


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/jobs/merge/", {"job_ids": "not-a-list"}, 400),
        ("/jobs/merge/", {"job_ids": ["one-only"]}, 404),
        ("/jobs/merge/", {"job_ids": ["a", "b"], "extra": 1}, 400),
        ("/jobs/nope/split/", {"message_ids": ["m"]}, 404),
        ("/jobs/undo/", {"undo_token": "../x"}, 400),
        ("/jobs/undo/", {"undo_token": "deadbeef"}, 404),
        ("/jobs/nope/confirm/", {}, 404),
        ("/jobs/nope/fix/", {"status": "won"}, 400),
    ],
)
def test_bad_corrections_are_4xx_naming_the_problem(tracker, path, body, status):
    problem = tracker.post(path, body, status=status)
    assert problem["error"] and problem["detail"]


def test_splitting_emails_the_job_does_not_have_is_400_and_changes_nothing(tracker):
    job = tracker.receive(on=1)
    problem = tracker.post(f"/jobs/{job}/split/", {"message_ids": ["someone-elses"]}, status=400)
    assert "someone-elses" in problem["detail"] and list(tracker.jobs()) == [job]


def test_a_merge_over_the_transactions_write_limit_is_a_400_naming_it_and_writes_nothing(tracker):
    first = tracker.receive(title="Data Engineer", on=1, thread="t1")
    others = [tracker.receive(title=f"Engineer {n}", on=2 + n, thread=f"t{n + 2}") for n in range(2)]
    for other in others:
        tracker.with_emails(other, 130)  # 262 emails to move: two writes each
    rows_before, before = tracker.sync(), tracker.everything()

    problem = tracker.post("/jobs/merge/", {"job_ids": [first, *others]}, status=400)

    assert f"at most {MAX_WRITES}" in problem["detail"] and "merge fewer jobs" in problem["detail"]
    assert tracker.everything() == before and tracker.sync() == rows_before


def test_a_merge_just_under_the_write_limit_goes_through(tracker):
    first = tracker.receive(title="Data Engineer", on=1, thread="t1")
    others = [tracker.receive(title=f"Engineer {n}", on=2 + n, thread=f"t{n + 2}") for n in range(2)]
    for other in others:
        tracker.with_emails(other, 119)  # 240 emails to move

    merged = tracker.post("/jobs/merge/", {"job_ids": [first, *others]})

    assert set(tracker.jobs()) == {first} and len(tracker.emails_of(first)) == 241
    tracker.post("/jobs/undo/", {"undo_token": merged["undo_token"]})
    assert set(tracker.jobs()) == {first, *others}


def test_a_split_over_the_transactions_write_limit_is_a_400_naming_it_and_writes_nothing(tracker):
    job = tracker.receive(on=1)
    tracker.with_emails(job, 300)
    before = tracker.everything()

    problem = tracker.post(f"/jobs/{job}/split/", {"message_ids": before[1][job][:260]}, status=400)

    assert f"at most {MAX_WRITES}" in problem["detail"] and "split fewer emails" in problem["detail"]
    assert tracker.everything() == before
