"""The fake OpenAI server, driven by the real `openai` client."""

from __future__ import annotations

import json
from collections.abc import Iterator

import openai
import pytest
import requests

from devstack.fake_openai import FakeOpenAIControl, create_app
from devstack.servers import RunningServer, serve_in_thread

EXTRACTION_SCHEMA = {
    "type": "object",
    "properties": {
        "kind": {"type": "string"},
        "status": {"type": ["string", "null"]},
        "company": {"type": ["string", "null"]},
        "job_title": {"type": ["string", "null"]},
    },
    "required": ["kind", "status", "company", "job_title"],
    "additionalProperties": False,
}
ACME_REPLY = {"kind": "application", "status": "applied", "company": "Acme", "job_title": "Data Engineer"}


@pytest.fixture
def server() -> Iterator[RunningServer]:
    running = serve_in_thread(create_app())
    yield running
    running.stop()


@pytest.fixture
def control(server: RunningServer) -> FakeOpenAIControl:
    return FakeOpenAIControl(server.url)


def llm(
    server: RunningServer, *, max_retries: int = 0, timeout: float = 5.0, api_key: str = "test"
) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{server.url}/v1", api_key=api_key, max_retries=max_retries, timeout=timeout
    )


def extract(client: openai.OpenAI, email_text: str):
    """The call the LLM extractor makes: strict structured output at temperature 0."""
    return client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {"role": "system", "content": "Extract the job application from the email."},
            {"role": "user", "content": f"<email>\n{email_text}\n</email>"},
        ],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "extraction", "strict": True, "schema": EXTRACTION_SCHEMA},
        },
    )


def test_scripted_reply_comes_back_as_structured_json(server, control):
    control.script([{"match": "Acme", "reply": ACME_REPLY}])

    completion = extract(llm(server), "Thank you for applying to Acme.")

    assert completion.object == "chat.completion" and completion.model == "gpt-4o-mini"
    [choice] = completion.choices
    assert choice.finish_reason == "stop" and choice.message.refusal is None
    assert json.loads(choice.message.content) == ACME_REPLY
    assert completion.usage.completion_tokens == len(choice.message.content) // 4
    assert (
        completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    )
    assert control.stats() == {
        "calls": 1,
        "prompt_tokens": completion.usage.prompt_tokens,
        "completion_tokens": completion.usage.completion_tokens,
        "by_status": {"200": 1},
    }


def test_unmatched_email_gets_the_default_reply(server, control):
    completion = extract(llm(server), "Your weekly newsletter")
    assert json.loads(completion.choices[0].message.content) == {
        "kind": "other",
        "status": None,
        "company": None,
        "job_title": None,
    }

    control.script([], default={**ACME_REPLY, "kind": "job_alert"})
    completion = extract(llm(server), "Your weekly newsletter")
    assert json.loads(completion.choices[0].message.content)["kind"] == "job_alert"


def test_raw_rule_returns_malformed_json_verbatim(server, control):
    control.script([{"match": "Globex", "raw": '{"kind": "application", "company": '}])

    completion = extract(llm(server), "Globex received your application")

    assert completion.choices[0].message.content == '{"kind": "application", "company": '


def test_refusal_surfaces_in_message_refusal(server, control):
    control.script([{"match": "Initech", "refusal": "I can't help with that"}])

    message = extract(llm(server), "Initech: your offer").choices[0].message

    assert message.refusal == "I can't help with that" and message.content is None


def test_rate_limit_is_retried_by_the_client_until_success(server, control):
    control.script([{"match": "Acme", "status": 429, "times": 1}, {"match": "Acme", "reply": ACME_REPLY}])

    completion = extract(llm(server, max_retries=2), "Acme interview invitation")

    assert json.loads(completion.choices[0].message.content) == ACME_REPLY
    assert control.stats()["by_status"] == {"429": 1, "200": 1}


def test_slow_answer_raises_api_timeout_error(server, control):
    control.script([{"match": "slow", "delay_seconds": 1.5, "reply": ACME_REPLY}])

    with pytest.raises(openai.APITimeoutError):
        extract(llm(server, timeout=0.3), "a slow email")


def test_request_without_api_key_is_refused_with_openai_error_shape(server):
    response = requests.post(f"{server.url}/v1/chat/completions", json={"model": "gpt-4o-mini"}, timeout=5)

    assert response.status_code == 401
    assert set(response.json()["error"]) == {"message", "type", "param", "code"}


def test_wrong_api_key_raises_authentication_error():
    server = serve_in_thread(create_app(api_keys={"sk-right"}))
    try:
        with pytest.raises(openai.AuthenticationError) as raised:
            extract(llm(server, api_key="sk-wrong"), "Acme")
        assert raised.value.code == "invalid_api_key"
        assert extract(llm(server, api_key="sk-right"), "Acme").choices[0].message.content
    finally:
        server.stop()


@pytest.mark.parametrize(
    "bad_request",
    [
        {"model": "", "messages": [{"role": "user", "content": "hi"}]},
        {"model": "gpt-4o-mini", "messages": []},
        {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "text"},
        },
        {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "x"}},
        },
    ],
)
def test_invalid_requests_are_refused_with_400(server, bad_request):
    with pytest.raises(openai.BadRequestError):
        llm(server).chat.completions.create(**bad_request)


def test_reply_that_does_not_fit_the_schema_is_a_loud_500(server, control):
    control.script([{"match": "Acme", "reply": {"kind": "application", "employer": "Acme"}}])

    with pytest.raises(openai.InternalServerError, match="does not fit the request's json_schema"):
        extract(llm(server), "Acme")


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("429", openai.RateLimitError),
        ("500", openai.InternalServerError),
        ("timeout", openai.APITimeoutError),
        ("drop", openai.APIConnectionError),
    ],
)
def test_fault_plan_at_rate_one_fails_every_call(server, control, kind, error):
    control.set_faults({"rate": 1.0, "kinds": [kind], "services": ["openai"], "timeout_seconds": 1.0})

    with pytest.raises(error):
        extract(llm(server, timeout=0.3), "Acme")
    assert control.faults()["injected"] == {kind: 1}


def test_oracle_answers_by_message_id_key(server, control):
    entries = [
        {"match": f"<msg-{number}@mail.example>", "reply": {**ACME_REPLY, "company": f"Company {number}"}}
        for number in range(500)
    ]
    control.oracle(entries, key_pattern=r"Message-ID: (<[^>]+>)")

    completion = extract(llm(server), "Message-ID: <msg-321@mail.example>\nSubject: Your application")

    assert json.loads(completion.choices[0].message.content)["company"] == "Company 321"


def test_reset_forgets_script_and_counters(server, control):
    control.script([{"match": "Acme", "reply": ACME_REPLY}])
    extract(llm(server), "Acme")

    control.reset()

    assert control.stats()["calls"] == 0
    assert json.loads(extract(llm(server), "Acme").choices[0].message.content)["kind"] == "other"


def test_models_are_listed(server):
    assert "gpt-4o-mini" in [model.id for model in llm(server).models.list()]
