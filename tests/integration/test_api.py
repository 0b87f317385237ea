"""The api function: the original app's shapes, and a clear 4xx JSON error for every bad request."""

from __future__ import annotations

import time

import jwt
import pytest

from functions import api, auth
from functions.session import SESSION_COOKIE
from infra.bootstrap import Services
from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tests.functions_support import WEB_ORIGIN, csrf_headers, function_client, settings_for_tests, sign_in
from tracker.accounts import FetchRun, UserAccount
from tracker.recording import record_email

pytestmark = pytest.mark.emulator


@pytest.fixture
def services(firestore_client):
    return Services(settings_for_tests(), firestore=firestore_client, queue=RecordingQueue())


@pytest.fixture
def client(services):
    return function_client(api.handle, services)


@pytest.fixture
def signed_in(client, services, user_id):
    services.accounts.save_user(
        UserAccount(user_id=user_id, email=f"{user_id}@example.com", google_sub=user_id)
    )
    sign_in(client, services, user_id)
    return client


def add_application(services, user_id, company="Acme", title="Data Engineer", on=1):
    return services.applications.in_transaction(
        user_id,
        lambda tx: record_email(
            tx, an_email(on=on), application_email("applied", company, title), now=services.now()
        ),
    ).app_id


def assert_problem(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert body is not None and "detail" in body and "error" in body
    if code:
        assert body["error"] == code


def test_get_user_has_the_original_shape(signed_in, user_id):
    body = signed_in.get("/users/").get_json()
    assert body["email"] == f"{user_id}@example.com"
    assert body["first_time_user"] is True
    assert body["sheet_id"] is None


def test_no_cookie_is_401_json(client):
    assert_problem(client.get("/users/"), 401, "unauthenticated")
    assert_problem(client.get("/jobs/"), 401, "unauthenticated")


def test_tampered_cookie_is_401(client, services, user_id):
    sign_in(client, services, user_id)
    token = client.get_cookie(SESSION_COOKIE).value
    client.set_cookie(SESSION_COOKIE, token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"))
    assert_problem(client.get("/users/"), 401)


def test_cookie_signed_with_another_key_is_401(client, services, user_id):
    forged = jwt.encode(
        {
            "sub": user_id,
            "aud": "job-tracker-session",
            "iat": int(time.time()),
            "exp": int(time.time()) + 60,
            "sid": "s1",
            "csrf": "x",
        },
        "an-attacker-key-that-is-long-enough-to-sign",
        algorithm="HS256",
    )
    client.set_cookie(SESSION_COOKIE, forged)
    assert_problem(client.get("/users/"), 401)


def test_expired_cookie_is_401(client, services, user_id):
    expired = jwt.encode(
        {"sub": user_id, "aud": "job-tracker-session", "iat": 1, "exp": 2, "sid": "s1", "csrf": "x"},
        services.settings.session_secret,
        algorithm="HS256",
    )
    client.set_cookie(SESSION_COOKIE, expired)
    assert_problem(client.get("/users/"), 401)


def test_state_change_without_csrf_token_is_403(signed_in):
    response = signed_in.post("/fetch_logs/add_log/", json={"last_fetch_date": "2026-01-01T00:00:00Z"})
    assert_problem(response, 403, "csrf_failed")


def test_malformed_body_is_400_naming_the_problem(signed_in):
    headers = csrf_headers(signed_in)
    response = signed_in.post(
        "/fetch_logs/add_log/", data="{not json", headers=headers, content_type="application/json"
    )
    assert_problem(response, 400, "invalid_json")
    response = signed_in.post("/fetch_logs/add_log/", json={}, headers=headers)
    assert_problem(response, 400, "invalid_input")
    assert "last_fetch_date" in response.get_json()["detail"]
    response = signed_in.post("/fetch_logs/add_log/", json={"last_fetch_date": "yesterday"}, headers=headers)
    assert_problem(response, 400, "invalid_input")
    response = signed_in.post(
        "/users/update_user_sheet_id/", json={"google_sheet_url": "https://example.com/x"}, headers=headers
    )
    assert_problem(response, 400, "invalid_input")


def test_unknown_ids_and_paths_are_404_and_wrong_methods_405(signed_in):
    assert_problem(signed_in.get("/jobs/does-not-exist/"), 404, "not_found")
    assert_problem(signed_in.get("/task_status/nope/"), 404, "not_found")
    assert_problem(signed_in.get("/no/such/path/"), 404, "not_found")
    response = signed_in.delete("/users/remove_sheet_id/", headers=csrf_headers(signed_in))
    assert_problem(response, 405, "method_not_allowed")


def test_bad_page_parameters_are_400(signed_in):
    assert_problem(signed_in.get("/jobs/?page=0"), 400, "invalid_input")
    assert_problem(signed_in.get("/jobs/?page_size=abc"), 400, "invalid_input")
    assert_problem(signed_in.get("/jobs/?page_size=1000"), 400, "invalid_input")


def test_jobs_are_paginated_like_the_original(signed_in, services, user_id):
    for n in range(3):
        add_application(services, user_id, company=f"Company {n}", on=n)
    first = signed_in.get("/jobs/?page_size=2").get_json()
    assert first["count"] == 3 and len(first["results"]) == 2
    assert first["previous"] is None and first["next"].endswith("/jobs/?page_size=2&page=2")
    second = signed_in.get("/jobs/?page=2&page_size=2").get_json()
    assert second["next"] is None and len(second["results"]) == 1
    job = second["results"][0]
    assert set(job) >= {"id", "job_title", "company", "status", "sender_email", "row_number"}
    assert signed_in.get(f"/jobs/{job['id']}/").get_json()["company"] == job["company"]


def test_one_user_cannot_read_change_or_delete_another_users_things(signed_in, services, user_id):
    other = f"{user_id}-other"
    app_id = add_application(services, other)
    services.accounts.start_run(FetchRun(run_id="their-run", user_id=other))
    headers = csrf_headers(signed_in)
    assert_problem(signed_in.get(f"/jobs/{app_id}/"), 404)
    assert_problem(signed_in.get(f"/jobs/{app_id}/events/"), 404)
    assert_problem(
        signed_in.put(
            f"/jobs/{app_id}/", json={"company": "X", "job_title": "Y", "status": "offer"}, headers=headers
        ),
        404,
    )
    assert_problem(signed_in.patch(f"/jobs/{app_id}/", json={"status": "offer"}, headers=headers), 404)
    assert_problem(signed_in.delete(f"/jobs/{app_id}/", headers=headers), 404)
    assert_problem(signed_in.get("/task_status/their-run/"), 404)
    assert_problem(signed_in.get("/fetches/their-run/"), 404)
    assert signed_in.get("/jobs/").get_json()["count"] == 0
    theirs = services.applications.get_application(other, app_id)
    assert (theirs.company, theirs.status.value, theirs.edited_fields) == ("Acme", "applied", [])


def test_first_fetch_needs_a_start_date(signed_in):
    response = signed_in.post("/jobs/fetch_emails/", headers=csrf_headers(signed_in))
    assert_problem(response, 409, "start_date_required")


def test_start_date_is_recorded_once_as_the_first_fetch_log(signed_in):
    headers = csrf_headers(signed_in)
    added = signed_in.post(
        "/fetch_logs/add_log/", json={"last_fetch_date": "2026-01-01T00:00:00Z"}, headers=headers
    )
    assert added.status_code == 201 and added.get_json()["status"] == "fetch log added"
    logs = signed_in.get("/fetch_logs/").get_json()
    assert logs["count"] == 1 and logs["results"][0]["last_fetch_date"] == "2026-01-01T00:00:00Z"
    assert signed_in.get("/users/").get_json()["first_time_user"] is False
    again = signed_in.post(
        "/fetch_logs/add_log/", json={"last_fetch_date": "2026-02-01T00:00:00Z"}, headers=headers
    )
    assert_problem(again, 409)


def test_cors_allows_only_the_frontend_origin(client):
    allowed = client.options(
        "/jobs/", headers={"Origin": "http://127.0.0.1:8000", "Access-Control-Request-Method": "POST"}
    )
    assert allowed.status_code == 204
    assert allowed.headers["Access-Control-Allow-Origin"] == "http://127.0.0.1:8000"
    assert allowed.headers["Access-Control-Allow-Credentials"] == "true"
    refused = client.options(
        "/jobs/", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert refused.status_code == 403 and "Access-Control-Allow-Origin" not in refused.headers


def test_put_edits_a_job_and_extraction_never_overwrites_the_edit(signed_in, services, user_id):
    app_id = add_application(services, user_id, company="Acme", title="Data Engineer")
    edited = signed_in.put(
        f"/jobs/{app_id}/",
        json={"company": "Acme Robotics", "job_title": "Senior Data Engineer", "status": "offer"},
        headers=csrf_headers(signed_in),
    )
    assert edited.status_code == 200
    assert edited.get_json()["status"] == "offer"
    assert set(edited.get_json()["edited_fields"]) == {"company", "job_title", "status"}
    assert services.queue.sheet_syncs == [user_id]
    services.applications.in_transaction(
        user_id,
        lambda tx: record_email(
            tx, an_email(on=9), application_email("rejected", "Acme Robotics", None), now=services.now()
        ),
    )
    job = signed_in.get(f"/jobs/{app_id}/").get_json()
    assert (job["company"], job["job_title"], job["status"]) == (
        "Acme Robotics",
        "Senior Data Engineer",
        "offer",
    )


def test_patch_changes_only_the_given_field(signed_in, services, user_id):
    app_id = add_application(services, user_id)
    patched = signed_in.patch(
        f"/jobs/{app_id}/", json={"status": "interview"}, headers=csrf_headers(signed_in)
    )
    assert patched.status_code == 200
    assert (patched.get_json()["company"], patched.get_json()["status"]) == ("Acme", "interview")


def test_bad_edits_are_400_naming_the_problem(signed_in, services, user_id):
    app_id = add_application(services, user_id)
    headers = csrf_headers(signed_in)
    missing = signed_in.put(f"/jobs/{app_id}/", json={"status": "offer"}, headers=headers)
    assert_problem(missing, 400, "invalid_input")
    assert "company" in missing.get_json()["detail"]
    assert_problem(signed_in.patch(f"/jobs/{app_id}/", json={"status": "hired"}, headers=headers), 400)
    assert_problem(signed_in.patch(f"/jobs/{app_id}/", json={"salary": 1}, headers=headers), 400)
    assert_problem(signed_in.patch(f"/jobs/{app_id}/", json={"company": "  "}, headers=headers), 400)
    assert_problem(signed_in.patch(f"/jobs/{app_id}/", json={}, headers=headers), 400)
    assert_problem(signed_in.patch("/jobs/nope/", json={"status": "offer"}, headers=headers), 404)


def test_delete_removes_the_job_and_its_timeline(signed_in, services, user_id):
    app_id = add_application(services, user_id)
    deleted = signed_in.delete(f"/jobs/{app_id}/", headers=csrf_headers(signed_in))
    assert deleted.status_code == 204 and deleted.get_data() == b""
    assert_problem(signed_in.get(f"/jobs/{app_id}/"), 404)
    assert services.applications.list_events(user_id, app_id) == []
    assert_problem(signed_in.delete(f"/jobs/{app_id}/", headers=csrf_headers(signed_in)), 404)


def test_a_job_added_by_hand_is_listed_and_later_emails_join_it(signed_in, services, user_id):
    created = signed_in.post(
        "/jobs/",
        json={
            "company": "Initech",
            "job_title": "Backend Engineer",
            "status": "applied",
            "applied_at": "2026-03-01",
        },
        headers=csrf_headers(signed_in),
    )
    assert created.status_code == 201
    job = created.get_json()
    assert job["applied_at"].startswith("2026-03-01")
    services.applications.in_transaction(
        user_id,
        lambda tx: record_email(
            tx,
            an_email(on=5),
            application_email("interview", "Initech Inc.", "Backend Engineer"),
            now=services.now(),
        ),
    )
    (listed,) = signed_in.get("/jobs/").get_json()["results"]
    assert (listed["id"], listed["status"], listed["company"]) == (job["id"], "interview", "Initech")


def test_jobs_filter_by_status_search_by_company_and_sort(signed_in, services, user_id):
    add_application(services, user_id, company="Acme Robotics", title="A", on=1)
    add_application(services, user_id, company="Acme Foods", title="B", on=2)
    add_application(services, user_id, company="Globex", title="C", on=3)
    signed_in.patch(
        f"/jobs/{add_application(services, user_id, company='Initech', title='D', on=4)}/",
        json={"status": "rejected"},
        headers=csrf_headers(signed_in),
    )
    acme = signed_in.get("/jobs/?company=acme&ordering=company").get_json()
    assert acme["count"] == 2 and [j["company"] for j in acme["results"]] == ["Acme Foods", "Acme Robotics"]
    rejected = signed_in.get("/jobs/?status=rejected").get_json()
    assert [j["company"] for j in rejected["results"]] == ["Initech"]
    oldest_first = signed_in.get("/jobs/?ordering=applied_at").get_json()["results"]
    assert [j["job_title"] for j in oldest_first] == ["A", "B", "C", "D"]
    assert_problem(signed_in.get("/jobs/?ordering=salary"), 400)
    assert_problem(signed_in.get("/jobs/?status=hired"), 400)
    page = signed_in.get("/jobs/?company=acme&page_size=1").get_json()
    assert "company=acme" in page["next"]


def test_stats_count_statuses_responses_and_weeks(signed_in, services, user_id):
    first = add_application(services, user_id, company="Acme", on=0)
    add_application(services, user_id, company="Globex", on=8)
    services.applications.in_transaction(
        user_id,
        lambda tx: record_email(
            tx, an_email(on=4), application_email("interview", "Acme", "Data Engineer"), now=services.now()
        ),
    )
    stats = signed_in.get("/stats/").get_json()
    assert stats["total"] == 2
    assert stats["by_status"]["interview"] == 1 and stats["by_status"]["applied"] == 1
    assert stats["response_rate"] == 0.5
    assert stats["median_days_to_first_response"] == 4.0
    assert sum(stats["applications_per_week"].values()) == 2
    assert [(s["stage"], s["reached"]) for s in stats["funnel"]] == [
        ("applied", 2),
        ("assessment", 1),
        ("interview", 1),
        ("offer", 0),
    ]
    assert stats["days_to_first_reply"] == {"median": 4.0, "p90": 4.0, "count": 1}
    acme = next(row for row in stats["by_employer"] if row["name"] == "Acme")
    assert acme["interviews"] == 1 and acme["replied"] == 1
    assert first


def test_deleting_the_account_removes_every_document_and_the_session(
    signed_in, services, user_id, firestore_client
):
    add_application(services, user_id)
    response = signed_in.delete("/users/", headers=csrf_headers(signed_in))
    assert response.status_code == 200 and response.get_json()["status"] == "deleted"
    user_ref = firestore_client.collection("users").document(user_id)
    assert not user_ref.get().exists
    assert list(user_ref.collection("applications").stream()) == []
    assert signed_in.get_cookie(SESSION_COOKIE) is None


def test_a_page_far_past_the_end_is_404_not_an_error(signed_in, services, user_id):
    add_application(services, user_id)
    assert_problem(signed_in.get("/jobs/?page=197258386&page_size=22&ordering=company"), 404, "not_found")


def test_the_daily_auto_fetch_is_switched_off_and_on_and_nothing_else_is_writable(
    signed_in, services, user_id
):
    headers = csrf_headers(signed_in)
    assert signed_in.get("/users/").get_json()["auto_fetch"] is True
    off = signed_in.patch("/users/", json={"auto_fetch": False}, headers=headers)
    assert off.status_code == 200 and off.get_json()["auto_fetch"] is False
    assert user_id not in {user.user_id for user in services.accounts.users_with_auto_fetch()}
    assert signed_in.patch("/users/", json={"auto_fetch": True}, headers=headers).get_json()["auto_fetch"]
    assert_problem(signed_in.patch("/users/", json={"auto_fetch": "yes"}, headers=headers), 400)
    assert_problem(
        signed_in.patch("/users/", json={"auto_fetch": True, "email": "x@y"}, headers=headers), 400
    )
    assert_problem(signed_in.patch("/users/", json={"auto_fetch": False}), 403, "csrf_failed")


def test_a_silent_application_shows_its_ghosting_beside_its_real_status(signed_in, services, user_id):
    silent = add_application(services, user_id, company="Acme", on=1)
    closed = add_application(services, user_id, company="Globex", on=1)
    services.applications.in_transaction(
        user_id,
        lambda tx: record_email(
            tx, an_email(on=3), application_email("rejected", "Globex", None), now=services.now()
        ),
    )
    job = signed_in.get(f"/jobs/{silent}/").get_json()
    days = (services.now() - day(1)).days
    assert job["status"] == "applied"
    assert (
        job["ghosting"]["days"] == days and job["ghosting"]["label"] == f"applied, no reply for {days} days"
    )
    assert signed_in.get(f"/jobs/{closed}/").get_json()["ghosting"] is None
    ghosted = signed_in.get("/stats/").get_json()["ghosted"]
    assert [g["id"] for g in ghosted["applications"]] == [silent] and ghosted["after_days"] == 21


def test_the_users_ghosting_days_decide_what_counts_as_ghosted(signed_in, services, user_id):
    thirty_days_ago = (services.now() - day(0)).days - 30
    silent = add_application(services, user_id, company="Acme", on=thirty_days_ago)
    assert signed_in.get(f"/jobs/{silent}/").get_json()["ghosting"]["days"] == 30
    changed = signed_in.patch("/users/settings/", json={"ghosting_days": 45}, headers=csrf_headers(signed_in))
    assert changed.status_code == 200
    assert signed_in.get(f"/jobs/{silent}/").get_json()["ghosting"] is None
    stats = signed_in.get("/stats/").get_json()
    assert stats["ghosted"] == {"after_days": 45, "count": 0, "applications": []}


def test_every_api_answer_forbids_framing_and_sniffing_and_asks_for_https(client, signed_in, services):
    auth_client = function_client(auth.handle, services)
    answers = [
        client.get("/users/"),  # 401
        signed_in.get("/users/"),  # 200
        signed_in.get("/nowhere/"),  # 404
        client.options("/users/", headers={"Origin": WEB_ORIGIN}),  # preflight
        auth_client.post("/auth/logout/"),
        auth_client.get("/auth/google/callback/"),  # 400
    ]
    for answer in answers:
        assert answer.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert "frame-ancestors 'none'" in answer.headers["Content-Security-Policy"]
        assert answer.headers["Strict-Transport-Security"] == "max-age=31536000"
        assert answer.headers["X-Frame-Options"] == "DENY"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
