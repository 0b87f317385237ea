"""The LLM extractor over a fake chat model: answers used when they hold up, rules otherwise, all counted."""

import json
from dataclasses import dataclass, field

import pytest

from cli.__main__ import main
from infra.extractors import ChatModelOnFirstUse, ExtractorNotAvailableError, build_extractor
from infra.settings import Settings
from tracker.extraction.cascade import FALLBACK_EXTRACTOR_NAME, CascadeExtractor, LLMExtractor
from tracker.extraction.llm_answer import ChatAnswer, ChatModelError
from tracker.extraction.llm_prompt import EXTRACTION_SCHEMA, RESPONSE_SCHEMA_NAME, SYSTEM_PROMPT
from tracker.models import EmailMessage, Kind, Status

REJECTION = EmailMessage(
    message_id="m1",
    sender="Acme Careers <jobs@acme.com>",
    subject="Your application to Acme",
    body="Dear Jane,\nThank you for applying for the Data Engineer position at Acme. Unfortunately, we "
    "have decided to move forward with other candidates.",
)


def reply(**fields) -> ChatAnswer:
    content = {"kind": "application", "status": "rejected", "company": "Acme", "job_title": None, **fields}
    return ChatAnswer(content=json.dumps(content), prompt_tokens=300, completion_tokens=25)


@dataclass
class FakeChatModel:
    """Answers each call with the next scripted answer (or raises it) and remembers the calls."""

    answers: list = field(default_factory=list)
    calls: list[tuple[str, str, dict, str]] = field(default_factory=list)

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        self.calls.append((system, user, schema, schema_name))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_good_answer_is_used_and_its_tokens_counted():
    model = FakeChatModel([reply(job_title="Data Engineer")])
    extractor = LLMExtractor(model)

    extraction = extractor.extract(REJECTION)

    assert (extraction.kind, extraction.status, extraction.company) == (
        Kind.APPLICATION,
        Status.REJECTED,
        "Acme",
    )
    assert extraction.extractor == "llm"
    stats = extractor.stats
    assert (stats.emails, stats.llm_calls, stats.prompt_tokens, stats.completion_tokens) == (1, 1, 300, 25)
    assert stats.fallback_count == 0


def test_the_model_is_asked_with_the_prompt_the_schema_and_the_email():
    model = FakeChatModel([reply()])

    LLMExtractor(model).extract(REJECTION)

    [(system, user, schema, schema_name)] = model.calls
    assert (system, schema, schema_name) == (SYSTEM_PROMPT, EXTRACTION_SCHEMA, RESPONSE_SCHEMA_NAME)
    assert "move forward with other candidates" in user


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (ChatModelError("timeout"), "timeout"),
        (ChatModelError("server_error"), "server_error"),
        (ChatAnswer(content='{"kind": '), "malformed"),
        (ChatAnswer(content=None, refusal="I can't help with that."), "refusal"),
        (reply(company="Globex"), "unsupported_company"),
    ],
)
def test_failures_fall_back_to_the_rules_and_are_counted_by_reason(failure, reason):
    extractor = LLMExtractor(FakeChatModel([failure]))

    extraction = extractor.extract(REJECTION)

    assert extraction.extractor == FALLBACK_EXTRACTOR_NAME
    assert (extraction.kind, extraction.status, extraction.company) == (
        Kind.APPLICATION,
        Status.REJECTED,
        "Acme",
    )
    assert extractor.stats.fallbacks == {reason: 1}
    assert extractor.stats.llm_calls == 1


def test_stats_add_up_over_many_emails():
    extractor = LLMExtractor(FakeChatModel([reply(), ChatModelError("timeout"), reply()]))

    for _ in range(3):
        extractor.extract(REJECTION)

    stats = extractor.stats
    assert (stats.emails, stats.llm_calls, stats.fallback_count) == (3, 3, 1)
    assert stats.tokens_per_email == pytest.approx(2 * 325 / 3)
    assert stats.llm_share == 1.0


def test_build_extractor_makes_model_backed_extractors_from_an_injected_factory():
    model = FakeChatModel()

    assert isinstance(build_extractor(Settings(extractor="llm"), lambda: model), LLMExtractor)
    cascade = build_extractor(Settings(extractor="cascade", cascade_threshold=0.5), lambda: model)
    assert isinstance(cascade, CascadeExtractor) and cascade.policy.threshold == 0.5


def test_a_chat_model_built_on_first_use_is_built_once_at_the_first_call_and_answers_as_itself():
    model, builds = FakeChatModel(answers=[reply(), reply()]), []
    lazy = ChatModelOnFirstUse(lambda: builds.append(1) or model)
    assert builds == []
    extractor = LLMExtractor(lazy)
    assert builds == []
    assert extractor.extract(REJECTION).status is Status.REJECTED
    extractor.extract(REJECTION)
    assert builds == [1] and len(model.calls) == 2


@pytest.mark.parametrize("name", ["llm", "cascade", "magic"])
def test_build_extractor_refuses_without_a_model_or_for_an_unknown_name(name):
    with pytest.raises(ExtractorNotAvailableError):
        build_extractor(Settings(extractor=name, openai_api_key=""))


@pytest.mark.parametrize("command", ["extract", "track"])
def test_cli_without_an_api_key_says_so_and_exits_2(command, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "subject": "hi", "body": "hello"}) + "\n")
    output = ["--output", str(tmp_path / "out.jsonl")]

    with pytest.raises(SystemExit) as exited:
        main([command, str(source), *output, "--extractor", "cascade"])

    assert exited.value.code == 2
    assert "needs OPENAI_API_KEY" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()
