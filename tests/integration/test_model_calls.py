"""The per-user model-call log, the duplicate check before the model, and what the logs say about
answers: the worker through main.py with the cascade over the real openai client and devstack's fake
OpenAI, Firestore on the emulator, the log read back through the api function."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage as MimeMessage
from pathlib import Path

import flask.testing
import pytest
from functions_framework import create_app

from devstack.fake_openai import FakeOpenAIControl
from devstack.servers import RunningServer
from functions import api
from infra.bootstrap import Services
from infra.firestore_model_calls import FirestoreModelCallLog
from tests.fakes import RecordingQueue
from tests.functions_support import csrf_headers, function_client, settings_for_tests, sign_in
from tests.integration.test_task_handlers import FakeMailbox
from tracker.accounts import UserAccount
from tracker.errors import AccountDeleted
from tracker.model_calls import ModelCall

pytestmark = pytest.mark.emulator

MAIN = str(Path(__file__).resolve().parents[2] / "main.py")
T0 = datetime.now(UTC).replace(microsecond=0)  # sessions are checked against the real clock
# The model's answer names the employer as no line of the email spells it, so it can be told apart
# from the mail in the logs; the sender's address supports it ("zanzibarquantum").
ANSWER = {
    "kind": "application",
    "status": "interview",
    "company": "Zanzibar Quantum",
    "job_title": "Data Analyst",
}


def unsure_email(tag: str) -> bytes:
    """A recruiter's note the rules are unsure of (confidence under the cascade's threshold)."""
    message = MimeMessage()
    message["From"] = "Priya Shah <priya@zanzibarquantum.example>"
    message["Subject"] = f"Next steps {tag}"
    message.set_content(
        f"Hi Sam, thanks for your time last week ({tag}). Could you share your availability for a "
        "chat with the team about the Data Analyst role? Best, Priya"
    )
    return bytes(message)


@pytest.fixture
def control(openai_server) -> FakeOpenAIControl:
    control = FakeOpenAIControl(openai_server.url)
    control.script([{"match": "Next steps", "reply": ANSWER}])
    return control


class Clock:
    """The services' clock, moved by a test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Stack:
    services: Services
    mailbox: FakeMailbox
    user_id: str
    clock: Clock

    def post(self, target: str, payload: dict, headers: dict | None = None):
        return create_app(target, MAIN).test_client().post("/", json=payload, headers=headers or {})

    def deliver(self, message_id: str) -> dict:
        response = self.post("worker", {"user_id": self.user_id, "message_id": message_id})
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()

    def api(self) -> flask.testing.FlaskClient:
        client = function_client(api.handle, self.services)
        sign_in(client, self.services, self.user_id)
        return client


def worker_stack(firestore_client, user_id: str, openai_server: RunningServer, monkeypatch) -> Stack:
    """main.py's functions over the emulator, a fake Gmail and the cascade asking the fake OpenAI."""
    mailbox, clock = FakeMailbox(), Clock(T0)
    settings = settings_for_tests(
        verify_oidc=False,
        extractor="cascade",
        openai_api_key="sk-test",
        openai_base_url=f"{openai_server.url}/v1",
        openai_max_retries=0,
    )
    services = Services(
        settings,
        firestore=firestore_client,
        queue=RecordingQueue(),
        mailbox_for=lambda user: mailbox,
        now=clock,
    )
    services.accounts.save_user(UserAccount(user_id, f"{user_id}@example.com", user_id))
    # main.py's entry points call default_services(); each create_app imports main.py afresh.
    monkeypatch.setattr("infra.bootstrap.default_services", lambda: services)
    return Stack(services, mailbox, user_id, clock)


@pytest.fixture
def stack(firestore_client, user_id, openai_server, monkeypatch) -> Stack:
    return worker_stack(firestore_client, user_id, openai_server, monkeypatch)


def test_each_model_call_is_logged_for_the_user_and_read_back_through_the_api(stack, control):
    stack.mailbox.messages["m-1"] = unsure_email("one")

    stack.deliver("m-1")

    answer = stack.api().get("/users/model_calls/")
    listed = answer.get_json()
    assert answer.status_code == 200, listed
    served = control.stats()
    assert served["calls"] == 1 and listed["count"] == 1
    [call] = listed["results"]
    assert call == {
        "message_id": "m-1",
        "at": T0.isoformat(),
        "extractor": "cascade",
        "outcome": "answered",
        "prompt_tokens": served["prompt_tokens"],
        "completion_tokens": served["completion_tokens"],
        "fields": ["kind", "status", "company", "job_title"],
        "removed": call["removed"],
    }
    assert "Zanzibar" not in json.dumps(listed) and "Next steps" not in json.dumps(listed)


def test_a_message_already_processed_never_reaches_the_model_again(stack, control):
    stack.mailbox.messages["m-1"] = unsure_email("one")

    first, again = stack.deliver("m-1"), stack.deliver("m-1")

    assert first["result"] == "application" and again["result"] == "duplicate"
    assert control.stats()["calls"] == 1
    assert stack.services.model_calls.page(stack.user_id, 0, 10).total == 1


def test_the_log_is_paged_newest_first_and_holds_only_the_users_own_calls(stack, firestore_client):
    calls = FirestoreModelCallLog(firestore_client)
    for minute in range(3):
        calls.record(
            stack.user_id, ModelCall(f"m-{minute}", "cascade", "answered", at=T0 + timedelta(minutes=minute))
        )
    calls.record(f"{stack.user_id}-other", ModelCall("theirs", "cascade", "answered", at=T0))
    client = stack.api()

    first = client.get("/users/model_calls/?page_size=2").get_json()
    second = client.get("/users/model_calls/?page=2&page_size=2").get_json()

    assert [c["message_id"] for c in first["results"]] == ["m-2", "m-1"] and first["count"] == 3
    assert "page=2" in first["next"] and first["previous"] is None
    assert [c["message_id"] for c in second["results"]] == ["m-0"] and second["next"] is None
    assert client.get("/users/model_calls/?page=3&page_size=2").status_code == 404
    assert client.get("/users/model_calls/?page=0").get_json()["error"] == "invalid_input"
    assert client.get("/users/model_calls/?page_size=101").status_code == 400


def test_deleting_the_account_removes_the_log_and_a_late_call_writes_nothing(stack, control):
    stack.mailbox.messages["m-1"] = unsure_email("one")
    stack.deliver("m-1")
    client = stack.api()

    deleted = client.delete("/users/", headers=csrf_headers(client))

    log = stack.services.model_calls
    assert deleted.status_code == 200 and log.page(stack.user_id, 0, 10).total == 0
    with pytest.raises(AccountDeleted):
        log.record(stack.user_id, ModelCall("late", "cascade", "answered", at=T0))
    assert log.page(stack.user_id, 0, 10).total == 0


def test_the_log_lines_of_a_cascade_run_carry_reason_tags_never_the_models_answers(stack, control, caplog):
    answers = {
        "good": {"reply": ANSWER},
        "refused": {"refusal": "REFUSAL-TEXT I will not read Zanzibar's mail"},
        "obeyed": {"reply": {**ANSWER, "company": "Obedient Evilcorp Holdings", "job_title": "Chief Obeyer"}},
        "broken": {"raw": '{"kind": "application", "company": "Malformed Quokka'},
    }
    control.script([{"match": tag, **rule} for tag, rule in answers.items()])
    # The root at INFO, as main.py's configure_logging sets it (the libraries held at WARNING); our
    # own code at every level.
    caplog.set_level(logging.INFO)
    for ours in ("tracker", "functions", "infra"):
        caplog.set_level(logging.DEBUG, logger=ours)
    for tag in answers:
        stack.mailbox.messages[f"m-{tag}"] = unsure_email(tag)
        stack.deliver(f"m-{tag}")

    lines = [f"{record.getMessage()} {vars(record)}" for record in caplog.records]
    values = ["Zanzibar Quantum", "REFUSAL-TEXT", "Obedient Evilcorp", "Chief Obeyer", "Malformed Quokka"]
    assert [line[:300] for line in lines if any(value in line for value in values)] == []
    reasons = {getattr(record, "reason", None) for record in caplog.records}
    assert {"refusal", "unsupported_company", "malformed"} <= reasons
    outcomes = [c.outcome for c in stack.services.model_calls.page(stack.user_id, 0, 10).calls]
    assert sorted(outcomes) == ["answered", "malformed", "refusal", "unsupported_company"]
