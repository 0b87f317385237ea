"""The cascade: rules first, the model only where the rules are unsure, the rules again if it fails."""

import json

import pytest

from devstack.demo_mailbox import generate_mailbox
from infra.settings import Settings
from tracker.email_reading import parse_raw_email
from tracker.extraction.cascade import FALLBACK_EXTRACTOR_NAME, CascadeExtractor, CascadePolicy
from tracker.extraction.llm_answer import ChatAnswer, ChatModelError
from tracker.models import EmailMessage, Extraction, Kind, Status

MAX_LLM_SHARE_ON_DEMO_MAILBOX = 0.40


class CountingChatModel:
    """Counts calls and answers each with `answer` (raising it if it is an exception)."""

    def __init__(self, answer: ChatAnswer | Exception | None = None) -> None:
        self.answer = answer or ChatAnswer(
            content=json.dumps({"kind": "other", "status": None, "company": None, "job_title": None})
        )
        self.calls = 0

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        self.calls += 1
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


class FixedRules:
    """Stands in for the rules extractor with a fixed first answer."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction

    def extract(self, email: EmailMessage) -> Extraction:
        return self.extraction


EMAIL = EmailMessage(
    message_id="m1",
    sender="Initech Talent <talent@initech.com>",
    subject="Next steps",
    body="Hi Jane, we would like to invite you to an interview for the QA Analyst role at Initech.",
)
UNSURE_APPLICATION = Extraction(
    Kind.APPLICATION, Status.APPLIED, "Initech", "QA Analyst", confidence=0.5, requisition_id="R-2231"
)
SURE_ALERT = Extraction(Kind.JOB_ALERT, confidence=0.9)
INTERVIEW_REPLY = ChatAnswer(
    content=json.dumps(
        {"kind": "application", "status": "interview", "company": "Initech", "job_title": "QA Analyst"}
    ),
    prompt_tokens=400,
    completion_tokens=30,
)


def test_confident_negative_is_decided_by_the_rules_and_never_sent():
    model = CountingChatModel(INTERVIEW_REPLY)
    cascade = CascadeExtractor(model, rules=FixedRules(SURE_ALERT))

    assert cascade.extract(EMAIL) == SURE_ALERT
    assert model.calls == 0 and cascade.stats.llm_share == 0.0


def test_unsure_rules_answer_is_replaced_by_the_models():
    cascade = CascadeExtractor(CountingChatModel(INTERVIEW_REPLY), rules=FixedRules(UNSURE_APPLICATION))

    extraction = cascade.extract(EMAIL)

    assert (extraction.status, extraction.extractor) == (Status.INTERVIEW, "llm")
    assert extraction.requisition_id == "R-2231"  # read by the rules, kept for matching
    assert (cascade.stats.llm_calls, cascade.stats.prompt_tokens) == (1, 400)


def test_model_failure_keeps_the_rules_answer_marked_as_a_fallback():
    cascade = CascadeExtractor(
        CountingChatModel(ChatModelError("rate_limited")), rules=FixedRules(UNSURE_APPLICATION)
    )

    extraction = cascade.extract(EMAIL)

    assert extraction.extractor == FALLBACK_EXTRACTOR_NAME
    assert (extraction.status, extraction.company) == (Status.APPLIED, "Initech")
    assert cascade.stats.fallbacks == {"rate_limited": 1}


@pytest.mark.parametrize(
    ("first", "sent"),
    [
        (Extraction(Kind.OTHER, confidence=0.95), False),
        (Extraction(Kind.OTHER, confidence=0.45), True),
        (Extraction(Kind.RECRUITER_OUTREACH, confidence=0.5), True),
        (Extraction(Kind.APPLICATION, Status.REJECTED, "Acme", confidence=0.92), False),
        (Extraction(Kind.APPLICATION, Status.REJECTED, "Acme", confidence=0.84), True),
        (Extraction(Kind.APPLICATION, Status.REJECTED, None, confidence=0.92), True),
    ],
)
def test_policy_sends_low_confidence_and_employerless_applications(first, sent):
    assert CascadePolicy(threshold=0.85).needs_model(first) is sent


@pytest.mark.parametrize("threshold", [-0.1, 1.5])
def test_threshold_outside_zero_to_one_is_refused(threshold):
    with pytest.raises(ValueError, match="within"):
        CascadePolicy(threshold)


def test_deployment_default_threshold_is_the_policys_default():
    assert Settings().cascade_threshold == CascadePolicy().threshold
    assert Settings.from_env({"CASCADE_THRESHOLD": "0.6"}).cascade_threshold == 0.6


def test_cascade_sends_at_most_40_percent_of_the_demo_mailbox_to_the_model():
    model = CountingChatModel()
    cascade = CascadeExtractor(model, CascadePolicy(Settings().cascade_threshold))

    for demo_email in generate_mailbox():
        cascade.extract(parse_raw_email(demo_email.raw, demo_email.message_id))

    share = model.calls / cascade.stats.emails
    print(f"cascade LLM share on the demo mailbox: {model.calls}/{cascade.stats.emails} = {share:.1%}")
    assert cascade.stats.emails == 363
    assert share <= MAX_LLM_SHARE_ON_DEMO_MAILBOX


def test_each_model_call_is_described_by_its_tokens_fields_and_outcome_never_by_its_values():
    extractor = CascadeExtractor(CountingChatModel(INTERVIEW_REPLY), rules=FixedRules(UNSURE_APPLICATION))

    call = extractor.extract(EMAIL).model_call

    assert call is not None
    assert (call.message_id, call.extractor, call.outcome) == ("m1", "cascade", "answered")
    assert (call.prompt_tokens, call.completion_tokens) == (400, 30)
    assert call.fields == ("kind", "status", "company", "job_title")
    shown = json.dumps(call.to_json())
    assert "Initech" not in shown and "QA Analyst" not in shown and "interview" not in shown


def test_a_rejected_or_failed_model_call_is_logged_with_its_reason_and_the_rules_answer():
    refused = CascadeExtractor(
        CountingChatModel(ChatAnswer(content=None, refusal="I won't", prompt_tokens=90)),
        rules=FixedRules(UNSURE_APPLICATION),
    )
    failed = CascadeExtractor(
        CountingChatModel(ChatModelError("timeout")), rules=FixedRules(UNSURE_APPLICATION)
    )

    refusal, timeout = refused.extract(EMAIL), failed.extract(EMAIL)

    assert refusal.extractor == timeout.extractor == FALLBACK_EXTRACTOR_NAME
    assert refusal.model_call is not None and timeout.model_call is not None
    assert (refusal.model_call.outcome, refusal.model_call.prompt_tokens, refusal.model_call.fields) == (
        "refusal",
        90,
        (),
    )
    assert (timeout.model_call.outcome, timeout.model_call.prompt_tokens) == ("timeout", 0)


def test_mail_the_rules_are_sure_of_carries_no_model_call():
    extractor = CascadeExtractor(CountingChatModel(INTERVIEW_REPLY), rules=FixedRules(SURE_ALERT))

    assert extractor.extract(EMAIL).model_call is None


class ShownModel(CountingChatModel):
    """Keeps the user turn of each call."""

    def __init__(self, answer: ChatAnswer) -> None:
        super().__init__(answer)
        self.shown: list[str] = []

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        self.shown.append(user)
        return super().complete(system, user, schema, schema_name)


def test_the_model_is_shown_the_redacted_email_unless_redaction_is_off():
    quoted = EmailMessage(
        message_id="m2",
        sender=EMAIL.sender,
        subject=EMAIL.subject,
        body=f"{EMAIL.body}\n\nOn Mon, Jan 6, 2025 Jane <jane@home.example> wrote:\n"
        "> my number is 555-123-4567",
    )
    redacting, plain = ShownModel(INTERVIEW_REPLY), ShownModel(INTERVIEW_REPLY)

    CascadeExtractor(redacting, rules=FixedRules(UNSURE_APPLICATION)).extract(quoted)
    call = (
        CascadeExtractor(plain, rules=FixedRules(UNSURE_APPLICATION), redact=False).extract(quoted).model_call
    )

    assert "QA Analyst role at Initech" in redacting.shown[0] and "555-123-4567" not in redacting.shown[0]
    assert "555-123-4567" in plain.shown[0] and call is not None and call.removed == ()
