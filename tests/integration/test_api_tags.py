"""Tags, notes and the timeline's hand-made changes through the api function, on the Firestore emulator."""

from __future__ import annotations

import pytest

from tests.functions_support import csrf_headers
from tests.integration.test_api import add_application, assert_problem

pytestmark = pytest.mark.emulator


def patch(client, job_id, body):
    return client.patch(f"/jobs/{job_id}/", json=body, headers=csrf_headers(client))


def test_tags_and_notes_are_saved_shown_and_filtered_on(signed_in, services, user_id):
    acme = add_application(services, user_id, "Acme")
    globex = add_application(services, user_id, "Globex", on=2)
    add_application(services, user_id, "Initech", on=3)

    tagged = patch(signed_in, acme, {"tags": ["Remote", "referral"], "notes": "Ask Sam\nabout visas"})
    assert tagged.status_code == 200
    assert tagged.get_json()["tags"] == ["remote", "referral"]
    assert tagged.get_json()["notes"] == "Ask Sam\nabout visas"
    patch(signed_in, globex, {"tags": ["remote"]})

    remote = signed_in.get("/jobs/?tag=remote&ordering=company").get_json()
    assert remote["count"] == 2 and [job["company"] for job in remote["results"]] == ["Acme", "Globex"]
    referral = signed_in.get("/jobs/?tag=REFERRAL").get_json()
    assert [job["id"] for job in referral["results"]] == [acme]
    assert signed_in.get("/jobs/?tag=remote&company=glo").get_json()["count"] == 1
    assert signed_in.get("/jobs/?tag=remote&status=offer").get_json()["count"] == 0
    paged = signed_in.get("/jobs/?tag=remote&page_size=1&ordering=-company").get_json()
    assert (
        paged["count"] == 2 and paged["results"][0]["company"] == "Globex" and "tag=remote" in paged["next"]
    )


@pytest.mark.parametrize(
    "body",
    [
        {"tags": "remote"},
        {"tags": ["a,b"]},
        {"tags": ["x" * 31]},
        {"tags": [f"t{n}" for n in range(21)]},
        {"notes": 7},
        {"notes": "n" * 2001},
        {"notes": "escape \x1b[31m"},
    ],
)
def test_bad_tags_or_notes_are_400_and_nothing_changes(signed_in, services, user_id, body):
    job_id = add_application(services, user_id)
    assert_problem(patch(signed_in, job_id, body), 400, "invalid_input")
    job = signed_in.get(f"/jobs/{job_id}/").get_json()
    assert (job["tags"], job["notes"]) == ([], "")


def test_a_bad_tag_filter_is_400(signed_in):
    assert_problem(signed_in.get("/jobs/?tag=%23hash"), 400, "invalid_input")


def test_a_hand_edit_is_on_the_timeline_beside_the_emails(signed_in, services, user_id):
    job_id = add_application(services, user_id)
    patch(signed_in, job_id, {"status": "interview", "notes": "Round 2 on Friday"})

    timeline = signed_in.get(f"/jobs/{job_id}/events/").get_json()
    assert [entry["kind"] for entry in timeline["results"]] == ["email", "manual_edit"]
    edit = timeline["results"][1]
    assert edit["source"] == "app" and edit["status"] == "interview"
    assert edit["changes"] == {"status": "interview", "notes": "Round 2 on Friday"}
    assert edit["subject"] == "Edited in the app: status: interview; notes: Round 2 on Friday"


def test_a_job_added_by_hand_may_carry_tags_and_notes(signed_in):
    body = {
        "company": "Umbrella",
        "job_title": "Analyst",
        "status": "applied",
        "tags": ["Dream"],
        "notes": "x",
    }
    created = signed_in.post("/jobs/", json=body, headers=csrf_headers(signed_in))
    assert created.status_code == 201 and created.get_json()["tags"] == ["dream"]
    assert created.get_json()["notes"] == "x"
