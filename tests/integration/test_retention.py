"""The user's retention period on Firestore: the worker (through main.py, the cascade over the fake
OpenAI) writes each expiry, a fetch erases the subjects past it, the API shows none meanwhile.
The emulator runs no TTL: that Firestore deletes markers and model calls at `expire_at` is
terraform's policy (tests/unit/test_terraform.py); here, that the field is written and right."""

from __future__ import annotations

from datetime import timedelta

import pytest

from devstack.fake_openai import FakeOpenAIControl
from functions.tasks_common import RETRY_COUNT_HEADER
from tests.integration.test_model_calls import ANSWER, T0, Stack, unsure_email, worker_stack
from tracker.accounts import FetchRun

pytestmark = pytest.mark.emulator

DAYS = 45


@pytest.fixture
def stack(firestore_client, user_id, openai_server, monkeypatch) -> Stack:
    FakeOpenAIControl(openai_server.url).script([{"match": "Next steps", "reply": ANSWER}])
    stack = worker_stack(firestore_client, user_id, openai_server, monkeypatch)
    stack.services.accounts.update_settings(user_id, {"retention_days": DAYS})
    stack.services.accounts.set_start_date(user_id, T0 - timedelta(days=2 * DAYS))
    return stack


def stored(stack: Stack, *path: str) -> dict:
    ref = stack.services.firestore.collection("users").document(stack.user_id)
    for collection, doc_id in zip(path[::2], path[1::2], strict=True):
        ref = ref.collection(collection).document(doc_id)
    return ref.get().to_dict() or {}


def timeline(stack: Stack) -> list[dict]:
    jobs = stack.api().get("/jobs/").get_json()
    assert "results" in jobs, jobs
    [job] = jobs["results"]
    return stack.api().get(f"/jobs/{job['id']}/events/").get_json()["results"]


def employers_with_mail(stack):
    """The user's employer documents that hold recorded emails (a thread's placeholder holds none)."""
    documents = (
        stack.services.firestore.collection("users").document(stack.user_id).collection("companies").get()
    )
    return [document for document in documents if document.to_dict().get("events")]


def test_the_worker_writes_each_expiry_from_the_users_period(stack):
    stack.mailbox.messages["m-1"] = unsure_email("one")

    app_id = stack.deliver("m-1")["app_id"]

    due = T0 + timedelta(days=DAYS)
    assert stored(stack, "messages", "m-1")["expire_at"] == due
    assert stored(stack, "applications", app_id, "events", "m-1")["subject_expire_at"] == due
    [call] = stack.services.model_calls.page(stack.user_id, 0, 10).calls
    assert call.expire_at == due
    [employer] = employers_with_mail(stack)
    assert [entry["subject_expire_at"] for entry in employer.to_dict()["events"]] == [due]


def test_a_failed_messages_marker_expires_as_every_other(stack):
    # Gone from Gmail between listing and reading; and failing on every attempt up to the last one.
    gone = stack.deliver("m-gone")
    stack.mailbox.messages["m-broken"] = unsure_email("two")
    stack.mailbox.failure = RuntimeError("Gmail is down")
    payload = {"user_id": stack.user_id, "message_id": "m-broken"}
    last_attempt = {RETRY_COUNT_HEADER: str(stack.services.settings.worker_max_attempts - 1)}
    given_up = stack.post("worker", payload, headers=last_attempt)

    assert gone["result"] == "message gone" and given_up.get_json()["result"] == "failed"
    due = T0 + timedelta(days=DAYS)
    for message_id in ("m-gone", "m-broken"):
        marker = stored(stack, "messages", message_id)
        assert (marker["outcome"], marker["expire_at"]) == ("failed", due), message_id


def test_past_the_period_the_api_hides_the_subject_and_the_next_fetch_erases_it(stack):
    # Recorded a period and two minutes ago: due two minutes ago. (Sessions are checked against
    # the real clock, so the API is asked at times just before the real now.)
    stack.clock.now = T0 - timedelta(days=DAYS, minutes=2)
    stack.mailbox.messages["m-1"] = unsure_email("one")
    app_id = stack.deliver("m-1")["app_id"]
    stack.clock.now = T0 - timedelta(minutes=3)
    assert [event["subject"] for event in timeline(stack)] == ["Next steps one"]

    stack.clock.now = T0 - timedelta(minutes=1)
    hidden = timeline(stack)
    still_stored = stored(stack, "applications", app_id, "events", "m-1")["subject"]
    run = FetchRun(run_id="run-later", user_id=stack.user_id, started_at=stack.clock.now)
    stack.services.accounts.start_run(run)
    fetched = stack.post("fetch", {"user_id": stack.user_id, "run_id": run.run_id})

    assert [(event["subject"], event["status"]) for event in hidden] == [("", "interview")]
    assert still_stored == "Next steps one" and fetched.status_code == 200
    assert stored(stack, "applications", app_id, "events", "m-1")["subject"] == ""
    [employer] = employers_with_mail(stack)
    assert [entry["subject"] for entry in employer.to_dict()["events"]] == [""]
    assert [event["status"] for event in timeline(stack)] == ["interview"]
